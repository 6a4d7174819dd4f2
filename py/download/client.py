"""The HTTP side that both transfers share (one stream and split ranges).

Owns the client session's settings, opening a URL (redirects followed here, so
each hop gets only its own host's API key and passes the URL policy), the
advice for a refused download, ``Content-Range`` parsing, reading the body a
received piece at a time, and the size and the system call of one write.
"""

from __future__ import annotations

import os
import re

import aiohttp
from yarl import URL

from ..errors import ApiError
from .task import DownloadFailed, Queue

#: Bytes one stream hands its writer and hashing threads at once: large enough that
#: per-chunk overhead vanishes, small enough to keep memory flat (at most two in flight).
#: A split download's ranges use ``split.RANGE_CHUNK_BYTES`` (measured smaller).
CHUNK_BYTES = 4 * 1024 * 1024
#: Seconds at most between writes of received bytes to the ``.part`` file, whatever their
#: size: with the heartbeat's progress record (``fleet.BEAT_SECONDS``) it bounds what a
#: ``kill -9`` forgets to under a second.
FLUSH_SECONDS = 0.4
#: aiohttp's stream buffer; its 64 KiB default costs throughput on fast links.
READ_BUFSIZE = 4 * 1024 * 1024
MAX_REDIRECTS = 10
USER_AGENT = "ComfyUI-Model-Manager/0.1"
AUTH_HINT = "authentication required — set an API key"
#: What a 401/403 from a site whose API key we manage means (keys of :meth:`UrlPolicy.key_hosts`).
AUTH_ADVICE = {
    "civitai": "this model needs a Civitai API key (Settings → API keys)",
    "huggingface": "this repository is gated: accept its terms on huggingface.co and set a token",
}
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.I)


def new_session() -> aiohttp.ClientSession:
    """The engine's client: large read buffer, bodies as sent (no decompression), proxies from the environment."""
    return aiohttp.ClientSession(
        read_bufsize=READ_BUFSIZE, auto_decompress=False, trust_env=True,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
    )


async def read_piece(content: aiohttp.StreamReader) -> bytes:
    """The next piece of a response body as aiohttp received it; ``b""`` at its end.

    Not ``readany()``: that joins every buffered piece into one new ``bytes`` on the
    event loop, and CPython lets go of the GIL while it joins 1 MiB or more. The
    loop (ComfyUI's) then queues for the GIL behind the writer and hashing threads:
    a poller beside a loopback-speed split download inside ComfyUI waited 40-90 ms.
    ``readchunk()`` hands over one received piece without copying; the end of an
    HTTP chunk (``Transfer-Encoding: chunked``) is not the end of the body.
    """
    while True:
        data, end_of_http_chunk = await content.readchunk()
        if data or not end_of_http_chunk:
            return data


def write_pieces(fd: int, pieces: list[bytes], offset: int | None = None) -> int:
    """Write ``pieces`` in order with as few ``writev`` / ``pwritev`` calls as the kernel
    allows: at the file position, or at ``offset`` (a split download's range). Run on a
    worker thread. Nothing is joined into one buffer first (on one stream that copy
    cost as much as the hashing). Returns the bytes written; raises ``OSError``.
    """
    views = [memoryview(p) for p in pieces if p]
    total = sum(map(len, views))
    while views:
        batch = views[:1024]  # IOV_MAX is 1024 on Linux
        n = os.writev(fd, batch) if offset is None else os.pwritev(fd, batch, offset)
        if offset is not None:
            offset += n
        while n and views:  # drop what was written; a short write leaves a tail
            if n >= len(views[0]):
                n -= len(views.pop(0))
            else:
                views[0], n = views[0][n:], 0
    return total


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``"bytes 0-99/1000"`` → ``(0, 99, 1000)``; ``*`` total → None; malformed → None."""
    m = _CONTENT_RANGE.match(value or "")
    if not m:
        return None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), int(m.group(2)), total


async def open_url(q: Queue, url: str, headers: dict) -> tuple[aiohttp.ClientResponse, str]:
    """GET ``url`` following redirects ourselves, so each hop gets only its own host's key.

    Returns the response (not read yet) and the final URL. A read waiting longer
    than the ``stallTimeout`` setting raises ``aiohttp.ServerTimeoutError``.
    Raises :class:`DownloadFailed` for a redirect without ``Location``, one the URL
    policy refuses, or more than :data:`MAX_REDIRECTS`.
    """
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=q.settings.get("stallTimeout"))
    for _ in range(MAX_REDIRECTS + 1):
        hop_headers = dict(headers)
        hop_headers.update(q.policy.auth_headers(url))
        resp = await q.session.get(url, headers=hop_headers, allow_redirects=False, timeout=timeout)
        if resp.status in (301, 302, 303, 307, 308):
            location = resp.headers.get("Location")
            resp.release()
            if not location:
                raise DownloadFailed(f"HTTP {resp.status} redirect without a Location header")
            url = str(URL(url).join(URL(location)))
            try:
                q.policy.check_redirect(url)
            except ApiError as exc:
                raise DownloadFailed(str(exc))
            continue
        return resp, url
    raise DownloadFailed(f"more than {MAX_REDIRECTS} redirects")


def auth_hint(policy, url: str) -> str:
    """:data:`AUTH_HINT` plus what to do on the site that refused ``url`` (Civitai / Hugging Face)."""
    host = URL(url).host or ""
    netloc = f"{host}:{URL(url).explicit_port}" if URL(url).explicit_port else host
    for name, advice in AUTH_ADVICE.items():
        hosts = policy.key_hosts(name)
        if netloc in hosts or host in hosts:
            return f"{AUTH_HINT}: {advice}"
    return AUTH_HINT
