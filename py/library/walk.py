"""Walking the model folders: which files are models, and the facts a walk records.

One ``os.scandir`` pass per directory (call it on a worker thread); it never
opens a model. Hidden entries and our ``.part`` files are skipped; symlinks are
followed, and a directory reached twice (a symlink loop) is walked once.
The listing (:mod:`.listing`) and the scanner (:mod:`.scanner`) both start here.
"""

from __future__ import annotations

import os
import stat as stat_mod
from typing import NamedTuple

from ..hosts.base import MODEL_EXTENSIONS
from ..safety.folders import PART_SUFFIX, Folder
from .previews import PREVIEW_SUFFIXES
from ..pacing import Pacer


class FileEntry(NamedTuple):
    """One model file found by the walk.

    A named tuple of plain values: the garbage collector stops tracking such a
    tuple, and a library of 100,000 entries no longer lengthens every full
    collection (each one holds the GIL, so the event loop waits it out).
    """

    folder: str
    path_index: int
    relative_path: str  # '/'-separated
    size: int
    mtime_ns: int
    ctime_ns: int
    inode: int
    has_preview: bool

    @property
    def key(self) -> tuple[str, int, str]:
        return self.folder, self.path_index, self.relative_path


def is_model_file(name: str) -> bool:
    """A file ComfyUI would load: a model extension, not hidden, not our ``.part``."""
    if name.startswith(".") or name.endswith(PART_SUFFIX):
        return False
    return os.path.splitext(name)[1].lower() in MODEL_EXTENSIONS


def directories(root: str):
    """Each directory below ``root`` (itself included) once: yields ``(prefix, entries)``
    with ``prefix`` the '/'-terminated relative path ('' for the root) and ``entries``
    its ``os.DirEntry`` list, hidden ones left out. Directory links are followed, and a
    directory reached twice (a symlink loop) is yielded once: each is remembered by
    ``(st_dev, st_ino)``. Unreadable directories are skipped."""
    seen: set[tuple[int, int]] = set()
    stack = [(root, "")]
    while stack:
        directory, prefix = stack.pop()
        try:
            st = os.stat(directory)
            if (st.st_dev, st.st_ino) in seen:
                continue
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(directory) as it:
                entries = [e for e in it if not e.name.startswith(".")]
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir():
                    stack.append((e.path, prefix + e.name + "/"))
            except OSError:
                continue
        yield prefix, entries


def walk_root(folder: str, path_index: int, root: str) -> list[FileEntry]:
    """Every model file below ``root`` (recursive), through :func:`directories`.

    Runs on a worker thread, paced (:class:`..pacing.Pacer`): a walk of 10,000 files
    that never paused held the GIL long enough to stall the event loop (48-52 ms polls
    from outside while a full scan started beside a download)."""
    pace = Pacer()
    out: list[FileEntry] = []
    for prefix, entries in directories(root):
        pace()
        names = {e.name for e in entries}
        for i, e in enumerate(entries):
            if i & 127 == 127:
                pace()
            name = e.name
            if not is_model_file(name):
                continue
            try:
                if e.is_dir():
                    continue
                s = e.stat()
            except OSError:
                continue
            if not stat_mod.S_ISREG(s.st_mode):
                continue
            stem = os.path.splitext(name)[0]
            has_preview = any(stem + suffix in names for suffix in PREVIEW_SUFFIXES)
            created = getattr(s, "st_birthtime_ns", None) or s.st_ctime_ns
            out.append(FileEntry(folder, path_index, prefix + name, s.st_size, s.st_mtime_ns,
                                 created, s.st_ino, has_preview))
    return out


def walk_folder(folder: Folder) -> list[FileEntry]:
    """Every model file in every root of ``folder``."""
    out: list[FileEntry] = []
    for index, root in enumerate(folder.roots):
        out.extend(walk_root(folder.name, index, root))
    return out


def is_current(entry: FileEntry, row: dict | None) -> bool:
    """True when the catalog row still describes the file (same size and mtime)."""
    return row is not None and row["size_bytes"] == entry.size and row["mtime_ns"] == entry.mtime_ns
