"""Atomic small-file writes (sidecars, previews, descriptions, API keys) that never
write through a link.

A sidecar's name may already exist as a symbolic link (a user who linked a
model's whole set of files from a NAS, or someone hoping we follow it). The write
never opens that name: the new content goes to a fresh temporary file created with
``O_CREAT | O_EXCL | O_NOFOLLOW`` in the same directory, and is then renamed onto
the name. ``rename(2)`` replaces a link that sits there; it never follows it, so
the link's target is left byte-identical. The directory is opened once
(``O_DIRECTORY``) and both steps are relative to that descriptor, so a directory
swapped for a link between them cannot send the file elsewhere.
"""

from __future__ import annotations

import errno
import os
import secrets
from typing import BinaryIO, Callable

#: ``os.O_NOFOLLOW`` where the platform has it: opening a link fails (ELOOP) instead of
#: following it. The download engine opens every ``.part`` with it.
O_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_DIRECTORY = getattr(os, "O_DIRECTORY", 0)
_BINARY = getattr(os, "O_BINARY", 0)
_DIR_FD = os.open in os.supports_dir_fd and os.rename in os.supports_dir_fd


def write_atomic(path: str, content: bytes | Callable[[BinaryIO], None], mode: int = 0o644) -> None:
    """Write ``path`` through a temp file in its directory, fsync, then rename onto it.

    ``content`` is the bytes, or a function that writes to the open binary file.
    Readers see the old file or the new one, never half of one; on any error the
    temp file is removed and the exception propagates. ``mode`` is the new file's
    permission bits. A symbolic link at ``path`` is replaced by the new regular
    file, never written through (module docstring). Raises :class:`OSError`, e.g.
    ``NotADirectoryError`` when the parent is not a directory.
    """
    directory = os.path.dirname(os.path.abspath(path))
    name = os.path.basename(path)
    tmp = f".{name}.{secrets.token_hex(6)}.tmp"
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | O_NOFOLLOW | _BINARY
    dir_fd = os.open(directory, os.O_RDONLY | _DIRECTORY) if _DIR_FD else None
    try:
        if dir_fd is not None:
            fd = os.open(tmp, flags, mode, dir_fd=dir_fd)
        else:  # no *at() calls on this platform: plain paths, same flags
            fd = os.open(os.path.join(directory, tmp), flags, mode)
        try:
            if hasattr(os, "fchmod"):
                os.fchmod(fd, mode)  # the umask must not narrow it
            with os.fdopen(fd, "wb") as f:
                if callable(content):
                    content(f)
                else:
                    f.write(content)
                f.flush()
                os.fsync(f.fileno())
            if dir_fd is not None:
                os.rename(tmp, name, src_dir_fd=dir_fd, dst_dir_fd=dir_fd)
            else:
                os.replace(os.path.join(directory, tmp), path)
        except BaseException:
            try:
                if dir_fd is not None:
                    os.unlink(tmp, dir_fd=dir_fd)
                else:
                    os.unlink(os.path.join(directory, tmp))
            except OSError:
                pass
            raise
    finally:
        if dir_fd is not None:
            os.close(dir_fd)


def move_link(src: str, dst: str) -> None:
    """Move the symbolic link ``src`` itself to ``dst`` (never its target).

    In the same directory a plain ``os.rename`` of the link. Elsewhere, a relative
    link target would then name another file, so a new link is made at ``dst``
    pointing at the same place (kept relative when it was; ``os.symlink`` fails
    rather than replace an existing ``dst``), and then ``src`` is removed. The
    target's bytes are never read or written.
    """
    target = os.readlink(src)
    same_dir = os.path.dirname(os.path.abspath(src)) == os.path.dirname(os.path.abspath(dst))
    if same_dir or os.path.isabs(target):
        try:
            if os.path.lexists(dst):
                raise FileExistsError(dst)
            os.rename(src, dst)
            return
        except OSError as exc:
            if exc.errno != errno.EXDEV:
                raise
    if not os.path.isabs(target):
        # The kernel reads a relative target from the directory that really holds the link.
        absolute = os.path.normpath(os.path.join(os.path.realpath(os.path.dirname(os.path.abspath(src))), target))
        target = os.path.relpath(absolute, os.path.realpath(os.path.dirname(os.path.abspath(dst))))
    os.symlink(target, dst)
    os.unlink(src)
