"""One generation of a folder's listing (:class:`Snapshot`).

Everything heavy (walk, encode, gzip) runs on a worker thread, paced
(:class:`..pacing.Pacer`). zlib releases the GIL itself while it compresses.
"""

from __future__ import annotations

import zlib
from dataclasses import dataclass, field

from ..pacing import Pacer

#: Models per chunk when the reply is written or compressed.
CHUNK_MODELS = 1000

ENVELOPE_HEAD = b'{"success":true,"data":['


@dataclass(frozen=True, slots=True)
class Snapshot:
    """One generation of a folder's listing: the encoded models in order (immutable)."""

    folder: str
    generation: int
    etag: str
    pieces: tuple[bytes, ...]
    stale: bool
    #: ``[gzip bytes, content length]``, filled on demand (the snapshot is otherwise immutable).
    _gzip: list = field(default_factory=lambda: [None, None], compare=False)

    @property
    def total(self) -> int:
        return len(self.pieces)

    def tail(self) -> bytes:
        return b'],"total":' + str(len(self.pieces)).encode() + b"}"

    def content_length(self) -> int:
        """Bytes of :meth:`body` (computed once)."""
        if self._gzip[1] is None:
            n = len(self.pieces)
            self._gzip[1] = len(ENVELOPE_HEAD) + sum(map(len, self.pieces)) + max(0, n - 1) + len(self.tail())
        return self._gzip[1]

    def chunks(self):
        """The whole reply as byte chunks of ``CHUNK_MODELS`` models (joined on demand)."""
        yield ENVELOPE_HEAD
        for i in range(0, len(self.pieces), CHUNK_MODELS):
            yield (b"," if i else b"") + b",".join(self.pieces[i:i + CHUNK_MODELS])
        yield self.tail()

    def body(self) -> bytes:
        return b"".join(self.chunks())

    def gzip(self) -> bytes:
        """The whole reply gzip-compressed (computed once per snapshot; call off the loop)."""
        if self._gzip[0] is None:
            comp = zlib.compressobj(6, zlib.DEFLATED, 31)
            out = [comp.compress(c) for c in self.chunks()]
            out.append(comp.flush())
            self._gzip[0] = b"".join(out)
        return self._gzip[0]


def release(obj, pace: Pacer | None = None, batch: int = 500) -> None:
    """Empty a big dict or list a batch at a time (call on a worker thread).

    Freeing 100,000 catalog rows is one long C call that holds the GIL: done by
    the last reference dropped on the event loop, it stalled the loop for
    hundreds of milliseconds. Emptied here in batches, with pauses between them.
    """
    pace = pace or Pacer()
    if isinstance(obj, dict):
        while obj:
            for _ in range(min(batch, len(obj))):
                obj.popitem()
            pace()
    elif isinstance(obj, list):
        while obj:
            del obj[-batch:]
            pace()


def release_box(box: list, pace: Pacer | None = None) -> None:
    """Free the big tuple that ``box`` (a one-item list) alone holds, a batch at a time.

    :func:`release` cannot empty a tuple, and the last reference to one dropped on the
    event loop frees every item in one C call there. The items move to a list first (the
    tuple itself then goes in one pass of decrements), and the list is released.
    """
    items = list(box.pop())
    release(items, pace)
