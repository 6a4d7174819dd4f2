"""What a ``diff`` scan must look at, from the listing index (:mod:`.index`).

:func:`restat_files` finds files changed in place (same name, new bytes) in a folder
index; :func:`plan_folder` turns the index's unscanned and orphaned keys into the
scanner's plan. Both run on a worker thread, paced (:class:`..pacing.Pacer`).
"""

from __future__ import annotations

import os

from ..pacing import Pacer


def restat_files(fi, changed: dict, pace: Pacer) -> None:
    """``stat`` every known file of the folder index ``fi``; those whose size, mtime or
    inode moved go into ``changed`` (their new facts; None: gone).

    A directory at a time, each name relative to the directory's descriptor
    (``dir_fd``): the kernel walks the path once a directory, not once a file —
    measured 0.21-0.31 s instead of 0.35-0.38 s for 100,000 files.
    """
    name, entries = fi.folder.name, fi.entries
    for dkey, state in list(fi.dirs.items()):
        pace()
        try:
            fd = os.open(fi.dir_path(dkey), os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
        except OSError:
            fd = None
        try:
            for i, file_name in enumerate(state.files):
                if i & 255 == 255:
                    pace()
                key = (name, dkey[0], dkey[1] + file_name)
                old = entries.get(key)
                if old is None or key in changed:
                    continue
                try:
                    s = os.stat(file_name, dir_fd=fd) if fd is not None else None
                except OSError:
                    s = None
                if s is None:
                    changed[key] = None
                elif s.st_mtime_ns != old[4] or s.st_size != old[3] or s.st_ino != old[6]:
                    changed[key] = fi.stat_entry(old)
        finally:
            if fd is not None:
                os.close(fd)


def plan_folder(fi, rows: dict, counts: dict, pace: Pacer) -> tuple[list, dict]:
    """The diff plan of one current folder index (worker thread): see :meth:`LibraryIndex.diff_plan`."""
    gone = {k: rows[k] for k in fi.orphan_keys if k in rows}
    by_identity = {(r["inode"], r["size_bytes"], r["mtime_ns"]): r for r in gone.values() if r["inode"]}
    todo, moved = [], 0
    for key in fi.unscanned:
        pace()
        # the plain tuple, not a FileEntry: the GC stops tracking exact tuples of plain values,
        # while 100,000 FileEntry objects stay tracked and lengthen every full collection
        entry, row = fi.entries[key], rows.get(key)
        if row is None:
            row = by_identity.pop((entry[6], entry[3], entry[4]), None)
            moved += row is not None
            counts["moved" if row is not None else "new"] += 1
        else:
            counts["changed"] += 1
        todo.append((entry, row))
    counts["files"] = counts.get("files", 0) + len(fi.entries)
    counts["unchanged"] += len(fi.entries) - len(fi.unscanned)
    counts["removed"] += len(gone) - moved
    return todo, gone
