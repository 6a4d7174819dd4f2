"""Atomic small-file writes (sidecars, previews, descriptions, API keys)."""

from __future__ import annotations

import os
import tempfile
from typing import BinaryIO, Callable


def write_atomic(path: str, content: bytes | Callable[[BinaryIO], None], mode: int = 0o644) -> None:
    """Write ``path`` through a temp file in its directory, fsync, then ``os.replace``.

    ``content`` is the bytes, or a function that writes to the open binary file.
    Readers see the old file or the new one, never half of one; on any error the
    temp file is removed and the exception propagates. ``mode`` is the new file's
    permission bits (``mkstemp`` alone would make every file 0600).
    """
    directory = os.path.dirname(os.path.abspath(path))
    fd, tmp = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", suffix=".tmp", dir=directory)
    try:
        os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as f:
            if callable(content):
                content(f)
            else:
                f.write(content)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
