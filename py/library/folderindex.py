"""One model folder's part of the listing index (:class:`FolderIndex`): its directories,
every model's encoded listing JSON, and what changed on disk since the last refresh.

:class:`.index.LibraryIndex` owns one per folder and runs one refresh of it at a time;
the module docstring of :mod:`.index` says how a refresh works. Keys are
:func:`.dirs.local_key` strs, never the catalog's tuples: see that function for why.
"""

from __future__ import annotations

import os
import threading

import orjson

from ..pacing import Pacer
from ..safety.folders import Folder
from .diffplan import restat_files
from .dirs import DirState, local_key, read_dir, sort_key, split_key
from .listing import model_json
from .snapshot import CHUNK_MODELS, Snapshot, release
from .walk import FileEntry

#: More keys than this (and more than half the folder): page through the folder's rows.
ROW_BULK = 500


class FolderIndex:
    """The index of one model folder (all its roots). Not thread-safe by itself:
    :class:`LibraryIndex` runs one refresh of a folder at a time."""

    def __init__(self, folder: Folder, epoch: str):
        self.folder = folder
        self.epoch = epoch
        #: ``(path_index, "a/b/")`` → DirState; ``""`` is a root.
        self.dirs: dict[tuple[int, str], DirState] = {}
        # Keys are :func:`.dirs.local_key` strs and the "sets" are dicts of None: containers
        # the garbage collector never tracks, however often they change (see local_key).
        #: key → the model's listing JSON, for every model the index knows; its FileEntry
        #: fields (a plain tuple) are in ``dirs`` (:meth:`entry`).
        self.pieces: dict[str, bytes] = {}
        self.unscanned: dict[str, None] = {}
        #: Keys with a catalog row but no file any more (a scan removes those rows).
        self.orphan_keys: dict[str, None] = {}
        self.order: tuple[str, ...] = ()
        self.generation = 0
        self.snapshot: Snapshot | None = None
        self.loaded = False
        self._dirty: dict[str, None] = {}
        self._dirty_lock = threading.Lock()
        self._reload_rows = False
        #: Set while :meth:`apply` runs: the order must be rebuilt / some piece changed.
        self._structure = False
        self._modified = False

    # -- catalog side (any thread) ------------------------------------------
    def mark_dirty(self, keys) -> None:
        """``keys``: catalog keys ``(folder, path_index, relative_path)`` of this folder."""
        local = dict.fromkeys(local_key(k[1], k[2]) for k in keys)
        with self._dirty_lock:
            self._dirty.update(local)

    def mark_all_dirty(self) -> None:
        with self._dirty_lock:
            self._reload_rows = True

    def _take_dirty(self) -> tuple[dict, bool]:
        with self._dirty_lock:
            dirty, self._dirty = self._dirty, {}
            reload, self._reload_rows = self._reload_rows, False
        return dirty, reload

    # -- the walk (worker thread) ---------------------------------------------
    def _locate(self, key: str) -> tuple[DirState | None, str]:
        """The state of ``key``'s directory (None: not walked) and the file's name in it."""
        index, rel = split_key(key)
        cut = rel.rfind("/") + 1
        return self.dirs.get((index, rel[:cut])), rel[cut:]

    def entry(self, key: str) -> tuple | None:
        """The FileEntry fields (a plain tuple) the index holds for ``key``; None: unknown."""
        state, name = self._locate(key)
        return None if state is None else state.files.get(name)

    def put_entry(self, key: str, entry: tuple | None) -> None:
        """Replace ``key``'s FileEntry fields in its directory's state (None: the file is gone)."""
        state, name = self._locate(key)
        if state is not None:
            if entry is None:
                state.files.pop(name, None)
            else:
                state.files[name] = entry

    def dir_path(self, dkey: tuple[int, str]) -> str:
        root = self.folder.roots[dkey[0]]
        return os.path.join(root, *dkey[1].split("/")[:-1]) if dkey[1] else root

    def _walk(self, dkey: tuple[int, str], changed: dict, pace: Pacer) -> None:
        """Read ``dkey`` and every directory below it that is not known yet."""
        idents = {d.ident for d in self.dirs.values()}
        stack = [dkey]
        while stack:
            key = stack.pop()
            pace()
            state = read_dir(self.folder.name, key[0], self.dir_path(key), key[1])
            if state is None or state.ident in idents:  # unreadable, or a link loop
                continue
            idents.add(state.ident)
            self.dirs[key] = state
            for entry in state.files.values():
                changed[local_key(entry[1], entry[2])] = True
            stack.extend((key[0], key[1] + name + "/") for name in state.subdirs)

    def _drop(self, dkey: tuple[int, str], changed: dict) -> None:
        """Forget ``dkey`` and everything below it (it is gone)."""
        index, prefix = dkey
        for key in [k for k in self.dirs if k[0] == index and k[1].startswith(prefix)]:
            for entry in self.dirs.pop(key).files.values():
                changed[local_key(entry[1], entry[2])] = None

    def _reread(self, dkey: tuple[int, str], old: DirState, changed: dict, pace: Pacer) -> None:
        state = read_dir(self.folder.name, dkey[0], self.dir_path(dkey), dkey[1])
        if state is None:
            self._drop(dkey, changed)
            return
        for name, entry in old.files.items():
            if name not in state.files:
                changed[local_key(entry[1], entry[2])] = None
        for name, entry in state.files.items():
            if old.files.get(name) != entry:
                changed[local_key(entry[1], entry[2])] = True
        self.dirs[dkey] = state
        new_subdirs = set(state.subdirs)
        for name in old.subdirs:
            if name not in new_subdirs:
                self._drop((dkey[0], dkey[1] + name + "/"), changed)
        for name in state.subdirs:
            sub = (dkey[0], dkey[1] + name + "/")
            if sub not in self.dirs:
                self._walk(sub, changed, pace)

    def scan_disk(self, pace: Pacer, restat: bool = False) -> tuple[dict, dict, bool]:
        """What changed on disk since the last call: ``(changed, need_rows, bulk)``.

        ``changed`` maps keys to True (new or changed: its new FileEntry fields are in
        ``dirs``) or None (gone); ``need_rows`` (a dict used as a set) are the keys whose
        catalog row must be (re)read (empty when ``bulk``: read all rows). ``restat``
        also ``stat``s every known file (changes in place).
        """
        changed: dict = {}
        dirty, reload = self._take_dirty()
        bulk = reload or not self.loaded
        known = list(self.dirs.items()) if self.loaded else []
        if not self.loaded:
            self.dirs.clear()
        for index in range(len(self.folder.roots)):
            if (index, "") not in self.dirs:
                self._walk((index, ""), changed, pace)
        for dkey, state in known:
            if self.dirs.get(dkey) is not state:  # dropped or read again on the way
                continue
            pace()
            try:
                mtime = os.stat(self.dir_path(dkey)).st_mtime_ns
            except OSError:
                self._drop(dkey, changed)
                continue
            if mtime != state.mtime_ns or not state.settled:
                self._reread(dkey, state, changed, pace)
        for key in dirty:
            old = None if key in changed else self.entry(key)
            if old is None or key not in self.pieces:
                continue
            pace()
            entry = self.stat_entry(old)
            if entry != old:
                self.put_entry(key, entry)
                changed[key] = None if entry is None else True
        if restat:  # every file, for changes in place (a diff scan asks for this)
            restat_files(self, changed, pace)
        if bulk:  # every row is read anyway; no 100,000-key container
            return changed, {}, True
        need = dict.fromkeys(changed)
        need.update((k, None) for k in dirty if k in self.pieces or k in self.orphan_keys)
        # Many changed rows (a scan's batches) are read by key and only those models encoded
        # again; the whole folder is reloaded, a page at a time, when most of it changed.
        return changed, need, bulk or self.most_of(len(need))

    def most_of(self, n: int) -> bool:
        """``n`` keys are many enough (over :data:`ROW_BULK` and half the folder) that paging
        through the whole folder's rows beats reading them by key."""
        return n > max(ROW_BULK, len(self.pieces) // 2)

    def stat_entry(self, old: tuple, s: os.stat_result | None = None) -> tuple | None:
        """``old`` (FileEntry fields) with its file's current stat facts (``s`` when the
        caller has them already); None when it is gone."""
        if s is None:
            try:
                s = os.stat(os.path.join(self.folder.roots[old[1]], old[2]))
            except OSError:
                return None
        return (old[0], old[1], old[2], s.st_size, s.st_mtime_ns,
                getattr(s, "st_birthtime_ns", None) or s.st_ctime_ns, s.st_ino, old[7])

    def apply(self, changed: dict, need: dict, rows, bulk: bool, pace: Pacer) -> Snapshot:
        """Encode what changed, rebuild the order when files came or went; a new
        Snapshot when anything changed (else the current one).

        ``rows``: the catalog rows of ``need`` by local key; when ``bulk``, an iterable of
        *pages* of rows (lists of row dicts) covering the whole folder, each encoded
        and let go before the next is read, so a 100,000-model folder never holds all
        its rows at once (that was the server's peak memory).
        """
        gone = {k: None for k, present in changed.items() if not present}
        self._structure = not self.loaded
        self._modified = False
        if bulk:
            keys = dict.fromkeys(self.pieces)
            keys.update(changed)
            for key in gone:
                del keys[key]
            self._forget(gone)
            orphans: dict = {}  # rows whose file is gone
            for page in rows:
                for row in page:
                    key = local_key(row["path_index"], row["relative_path"])
                    if key in keys:
                        del keys[key]
                        pace()
                        self._encode(key, row)
                    elif key not in self.pieces:
                        orphans[key] = None
                release(page, pace)
            for key in keys:  # files the catalog has no row for (not scanned yet)
                pace()
                self._encode(key, None)
            self.orphan_keys = orphans
        else:
            refresh = {k: None for k, present in changed.items() if present}
            for key in need:
                if key in refresh or (key in self.pieces and key not in gone):
                    refresh[key] = None
                    self.orphan_keys.pop(key, None)  # a file again (moved back, re-downloaded)
                elif key in gone or key in self.orphan_keys:
                    if key in rows:
                        self.orphan_keys[key] = None
                    else:
                        self.orphan_keys.pop(key, None)
            self._forget(gone)
            for key in refresh:
                pace()
                self._encode(key, rows.get(key))
        self.loaded = True
        if self._structure:
            self.order = self._ordered_keys(pace)
        if self.snapshot is not None and not self._structure and not self._modified:
            if self.snapshot.stale != self.stale:
                self.snapshot = Snapshot(self.folder.name, self.generation, self.snapshot.etag,
                                         self.snapshot.pieces, self.stale, self.snapshot._gzip)
            return self.snapshot
        self.generation += 1
        pieces = self.pieces
        ordered = []
        for i in range(0, len(self.order), CHUNK_MODELS):
            pace()
            ordered.extend([pieces[k] for k in self.order[i:i + CHUNK_MODELS]])
        # A tuple, not a list: once the GC has seen that it holds only bytes it stops
        # tracking it, so no later collection walks 100,000 references (a list is walked
        # by every full collection: 20-50 ms of GIL at 100,000 models).
        self.snapshot = Snapshot(self.folder.name, self.generation, f'W/"{self.epoch}-{self.generation}"',
                                 tuple(ordered), self.stale)
        self.snapshot.content_length()  # computed here, off the event loop
        return self.snapshot

    def _forget(self, gone) -> None:
        for key in gone:
            if self.pieces.pop(key, None) is not None:
                self.unscanned.pop(key, None)
                self._structure = True

    def _encode(self, key: str, row: dict | None) -> None:
        """One model's listing JSON from its file facts (in ``dirs``) and catalog row
        (None: not scanned)."""
        entry = self.entry(key)
        if entry is None:  # not on disk as far as the index knows
            self._forget((key,))
            return
        model = model_json(FileEntry._make(entry), row)
        # a copy: orjson's own bytes keep their ~4 KiB write buffer (measured: 8 KiB a model)
        piece = memoryview(orjson.dumps(model)).tobytes()
        old = self.pieces.get(key)
        if old is None:
            self._structure = True
        if old != piece:
            self.pieces[key] = piece
            self._modified = True
        if model["scanned"]:
            self.unscanned.pop(key, None)
        else:
            self.unscanned[key] = None

    @property
    def stale(self) -> bool:
        """Some models are not in the catalog yet (or rows of gone files are): a scan is due."""
        return bool(self.unscanned) or bool(self.orphan_keys)

    def _ordered_keys(self, pace: Pacer) -> tuple[str, ...]:
        """Every model key in listing order: path index, then ``relativePath.lower()``."""
        out: list[str] = []
        for index in range(len(self.folder.roots)):
            stack = [(index, "")]
            while stack:
                dkey = stack.pop()
                state = self.dirs.get(dkey)
                if state is None:
                    continue
                pace()
                children = [(sort_key(n, False), n, False) for n in state.files]
                children += [(sort_key(n, True), n, True) for n in state.subdirs]
                children.sort()
                # depth first, in order: push the children in reverse onto the stack
                for _, child, is_dir in reversed(children):
                    if is_dir:
                        stack.append((index, dkey[1] + child + "/"))
                    else:
                        stack.append(("file", local_key(index, dkey[1] + child)))
                while stack and stack[-1][0] == "file":
                    out.append(stack.pop()[1])
        return tuple([k for k in out if k in self.pieces])  # a tuple: see Snapshot's pieces
