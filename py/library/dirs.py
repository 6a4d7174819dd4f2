"""One directory as the listing index sees it (:class:`DirState`), read with :func:`read_dir`.

Same rules as :func:`.walk.walk_root`: hidden entries skipped, model files by
extension (no ``.part``), regular files only (a link to a file counts: ``stat``
follows it), a preview found by its name beside the model.
"""

from __future__ import annotations

import os
import stat as stat_mod
import time
from dataclasses import dataclass

from .previews import PREVIEW_SUFFIXES
from .walk import is_model_file

#: A directory modified this recently is read again at the next refresh:
#: filesystem timestamps are coarse, two changes may share one mtime.
SETTLE_NS = 2_000_000_000

@dataclass(slots=True)
class DirState:
    """One walked directory: its mtime, identity, model files and subdirectories."""

    mtime_ns: int
    ident: tuple[int, int]
    files: dict[str, tuple]  # name → FileEntry's fields as a plain tuple
    subdirs: list[str]
    settled: bool = True


_PREVIEW_ENDS = tuple(PREVIEW_SUFFIXES)


def sort_key(name: str, is_dir: bool) -> str:
    """Children of one directory sort like their full paths do (``relativePath.lower()``)."""
    return name.lower() + "/" if is_dir else name.lower()


def read_dir(folder: str, path_index: int, path: str, prefix: str) -> DirState | None:
    """Read one directory (model files and subdirectories, hidden ones skipped);
    None when it cannot be read. Same rules as :func:`.listing.walk_root`."""
    try:
        st = os.stat(path)
        with os.scandir(path) as it:
            entries = list(it)
    except OSError:
        return None
    # stems that have a preview beside them (one pass over the names, not one look-up per suffix)
    previewed = {name[:-len(suffix)] for name in (e.name for e in entries) if name.endswith(_PREVIEW_ENDS)
                 for suffix in PREVIEW_SUFFIXES if name.endswith(suffix)}
    files: dict[str, tuple] = {}
    subdirs: list[str] = []
    for e in entries:
        name = e.name
        if name.startswith("."):
            continue
        try:
            if e.is_dir():
                subdirs.append(name)
                continue
            if not is_model_file(name):
                continue
            s = e.stat()
        except OSError:
            continue
        if not stat_mod.S_ISREG(s.st_mode):
            continue
        has_preview = os.path.splitext(name)[0] in previewed
        created = getattr(s, "st_birthtime_ns", None) or s.st_ctime_ns
        # a plain tuple (FileEntry's fields): the garbage collector stops tracking it,
        # so 100,000 of them do not lengthen every full collection (which holds the GIL)
        files[name] = (folder, path_index, prefix + name, s.st_size, s.st_mtime_ns, created, s.st_ino, has_preview)
    settled = time.time_ns() - st.st_mtime_ns > SETTLE_NS
    return DirState(st.st_mtime_ns, (st.st_dev, st.st_ino), files, subdirs, settled)


def local_key(path_index: int, relative_path: str) -> str:
    """A model's key inside one folder's index: ``"<path index>/<relative path>"``.

    A str, not the catalog's ``(folder, path_index, relative_path)`` tuple: a dict keyed
    by fresh tuples is tracked by the garbage collector (and a set always is), so every
    full collection walked the index's 100,000-key containers while it held the GIL
    (36-41 ms at 100,000 models, the worst wait another process's request felt). A dict
    of str keys and bytes / None values is never tracked.
    """
    return f"{path_index}/{relative_path}"


def split_key(key: str) -> tuple[int, str]:
    """``(path_index, relative_path)`` of a :func:`local_key`."""
    index, _, rel = key.partition("/")
    return int(index), rel


def catalog_key(folder: str, key: str) -> tuple[str, int, str]:
    """The catalog's ``(folder, path_index, relative_path)`` of a :func:`local_key`."""
    return (folder, *split_key(key))
