"""The in-memory index of the model folders: a listing without a walk per request.

Per model folder (:class:`FolderIndex`) the index holds every directory it walked
(its ``st_mtime_ns`` and model files), and every model's Model JSON already
encoded with orjson (one ``bytes`` piece per model, in listing order). A listing
request only re-``stat``s the known directories: a directory whose mtime moved is
read again (files that appeared, went, or changed there; previews beside them),
the rest is taken as it is. Catalog writes (scans, downloads, edits, renames,
deletes) mark their keys dirty (:meth:`LibraryIndex.watch_catalog`); a dirty key
is re-``stat``-ed and its row fetched again at the next listing. When anything
changed the folder's **generation** goes up: it is the ``ETag`` of the listing,
and the cached reply bytes (plain and gzip) belong to one generation.

Files changed in place inside an unchanged directory (same name, new bytes) are
found by the next scan, as before.

Everything heavy runs on a worker thread in small slices (:class:`..pacing.Pacer`).
"""

from __future__ import annotations

import asyncio
import os
import secrets
import threading

import orjson

from ..pacing import Pacer
from ..safety.folders import Folder
from .diffplan import plan_folder, restat_files
from .dirs import DirState, read_dir, sort_key
from .listing import model_json
from .snapshot import CHUNK_MODELS, Snapshot, release
from .walk import FileEntry

#: More keys than this (and more than half the folder): page through the folder's rows.
ROW_BULK = 500
#: Catalog rows read at a time when a whole folder is (re)loaded.
PAGE_ROWS = 2000

class FolderIndex:
    """The index of one model folder (all its roots). Not thread-safe by itself:
    :class:`LibraryIndex` runs one refresh of a folder at a time."""

    def __init__(self, folder: Folder, epoch: str):
        self.folder = folder
        self.epoch = epoch
        #: ``(path_index, "a/b/")`` → DirState; ``""`` is a root.
        self.dirs: dict[tuple[int, str], DirState] = {}
        #: key → FileEntry's fields as a plain tuple (see :mod:`.dirs`)
        self.entries: dict[tuple, tuple] = {}
        self.pieces: dict[tuple, bytes] = {}
        self.unscanned: set[tuple] = set()
        #: Keys with a catalog row but no file any more (a scan removes those rows).
        self.orphan_keys: set[tuple] = set()
        self.order: tuple[tuple, ...] = ()
        self.generation = 0
        self.snapshot: Snapshot | None = None
        self.loaded = False
        self._dirty: set[tuple] = set()
        self._dirty_lock = threading.Lock()
        self._reload_rows = False
        #: Set while :meth:`apply` runs: the order must be rebuilt / some piece changed.
        self._structure = False
        self._modified = False

    # -- catalog side (any thread) ------------------------------------------
    def mark_dirty(self, keys) -> None:
        with self._dirty_lock:
            self._dirty.update(keys)

    def mark_all_dirty(self) -> None:
        with self._dirty_lock:
            self._reload_rows = True

    def _take_dirty(self) -> tuple[set, bool]:
        with self._dirty_lock:
            dirty, self._dirty = self._dirty, set()
            reload, self._reload_rows = self._reload_rows, False
        return dirty, reload

    # -- the walk (worker thread) ---------------------------------------------
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
                changed[entry[:3]] = entry
            stack.extend((key[0], key[1] + name + "/") for name in state.subdirs)

    def _drop(self, dkey: tuple[int, str], changed: dict) -> None:
        """Forget ``dkey`` and everything below it (it is gone)."""
        index, prefix = dkey
        for key in [k for k in self.dirs if k[0] == index and k[1].startswith(prefix)]:
            for entry in self.dirs.pop(key).files.values():
                changed[entry[:3]] = None

    def _reread(self, dkey: tuple[int, str], old: DirState, changed: dict, pace: Pacer) -> None:
        state = read_dir(self.folder.name, dkey[0], self.dir_path(dkey), dkey[1])
        if state is None:
            self._drop(dkey, changed)
            return
        for name, entry in old.files.items():
            if name not in state.files:
                changed[entry[:3]] = None
        for name, entry in state.files.items():
            if old.files.get(name) != entry:
                changed[entry[:3]] = entry
        self.dirs[dkey] = state
        new_subdirs = set(state.subdirs)
        for name in old.subdirs:
            if name not in new_subdirs:
                self._drop((dkey[0], dkey[1] + name + "/"), changed)
        for name in state.subdirs:
            sub = (dkey[0], dkey[1] + name + "/")
            if sub not in self.dirs:
                self._walk(sub, changed, pace)

    def scan_disk(self, pace: Pacer, restat: bool = False) -> tuple[dict, set[tuple], bool]:
        """What changed on disk since the last call: ``(changed, need_rows, bulk)``.

        ``changed`` maps keys to their new FileEntry (None: gone); ``need_rows`` are
        the keys whose catalog row must be (re)read (empty when ``bulk``: read all rows).
        ``restat`` also ``stat``s every known file (changes in place).
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
            if key in changed or key not in self.entries:
                continue
            pace()
            entry = self.stat_entry(self.entries[key])
            if entry != self.entries[key]:
                changed[key] = entry
        if restat:  # every file, for changes in place (a diff scan asks for this)
            restat_files(self, changed, pace)
        if bulk:  # every row is read anyway; no 100,000-key set for each GC pass to walk
            return changed, set(), True
        need = set(changed) | {k for k in dirty if k in self.entries or k in self.orphan_keys}
        # Many changed rows (a scan's batches) are read by key and only those models encoded
        # again; the whole folder is reloaded, a page at a time, when most of it changed.
        return changed, need, bulk or self.most_of(len(need))

    def most_of(self, n: int) -> bool:
        """``n`` keys are many enough (over :data:`ROW_BULK` and half the folder) that paging
        through the whole folder's rows beats reading them by key."""
        return n > max(ROW_BULK, len(self.entries) // 2)

    def stat_entry(self, old: tuple) -> tuple | None:
        """``old`` (FileEntry fields) with its file's current stat facts; None when it is gone."""
        try:
            s = os.stat(os.path.join(self.folder.roots[old[1]], old[2]))
        except OSError:
            return None
        return (old[0], old[1], old[2], s.st_size, s.st_mtime_ns,
                getattr(s, "st_birthtime_ns", None) or s.st_ctime_ns, s.st_ino, old[7])

    def apply(self, changed: dict, need: set, rows, bulk: bool, pace: Pacer) -> Snapshot:
        """Encode what changed, rebuild the order when files came or went; a new
        Snapshot when anything changed (else the current one).

        ``rows``: the catalog rows of ``need`` by key; when ``bulk``, an iterable of
        *pages* of rows (lists of row dicts) covering the whole folder, each encoded
        and let go before the next is read, so a 100,000-model folder never holds all
        its rows at once (that was the server's peak memory).
        """
        gone = {k for k, e in changed.items() if e is None}
        self._structure = not self.loaded
        self._modified = False
        if bulk:
            keys = (set(self.entries) | set(changed)) - gone
            self._forget(gone)
            orphans: set = set()  # rows whose file is gone (few; not a set of every row)
            for page in rows:
                for row in page:
                    key = (row["folder"], row["path_index"], row["relative_path"])
                    if key in keys:
                        keys.discard(key)
                        pace()
                        self._encode(key, changed.get(key) or self.entries[key], row)
                    elif key not in self.entries:
                        orphans.add(key)
                release(page, pace)
            for key in keys:  # files the catalog has no row for (not scanned yet)
                pace()
                self._encode(key, changed.get(key) or self.entries[key], None)
            self.orphan_keys = orphans
        else:
            refresh = {k: e for k, e in changed.items() if e is not None}
            for key in need:
                if key in self.entries and key not in gone and key not in refresh:
                    refresh[key] = self.entries[key]
                elif key in gone or key in self.orphan_keys:
                    (self.orphan_keys.add if key in rows else self.orphan_keys.discard)(key)
            self._forget(gone)
            for key, entry in refresh.items():
                pace()
                self._encode(key, entry, rows.get(key))
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

    def _forget(self, gone: set) -> None:
        for key in gone:
            if key in self.entries:
                del self.entries[key]
                self.pieces.pop(key, None)
                self.unscanned.discard(key)
                self._structure = True

    def _encode(self, key: tuple, entry: tuple, row: dict | None) -> None:
        """One model's listing JSON from its file facts and catalog row (None: not scanned)."""
        model = model_json(FileEntry._make(entry), row)
        # a copy: orjson's own bytes keep their ~4 KiB write buffer (measured: 8 KiB a model)
        piece = memoryview(orjson.dumps(model)).tobytes()
        if key not in self.entries:
            self._structure = True
        self.entries[key] = tuple(entry)  # an exact tuple: not tracked by the GC
        if self.pieces.get(key) != piece:
            self.pieces[key] = piece
            self._modified = True
        if model["scanned"]:
            self.unscanned.discard(key)
        else:
            self.unscanned.add(key)

    @property
    def stale(self) -> bool:
        """Some models are not in the catalog yet (or rows of gone files are): a scan is due."""
        return bool(self.unscanned) or bool(self.orphan_keys)

    def _ordered_keys(self, pace: Pacer) -> tuple[tuple, ...]:
        """Every model key in listing order: path index, then ``relativePath.lower()``."""
        out: list[tuple] = []
        name = self.folder.name
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
                        stack.append(("file", (name, index, dkey[1] + child)))
                while stack and stack[-1][0] == "file":
                    out.append(stack.pop()[1])
        return tuple([k for k in out if k in self.entries])  # a tuple: see Snapshot's pieces


class LibraryIndex:
    """The index of every model folder, built on the first listing of each."""

    def __init__(self, folders, catalog):
        self.folders = folders
        self.catalog = catalog
        #: Changes with every process start: an ETag is never reused by the next process.
        self.epoch = secrets.token_hex(4)
        self._folders: dict[str, FolderIndex] = {}
        self._locks: dict[str, asyncio.Lock] = {}
        self.watch_catalog(catalog)

    def watch_catalog(self, catalog) -> None:
        """Mark keys dirty whenever the catalog writes model rows.

        Wraps the catalog's model-writing methods (``save_models``, ``update_model``,
        ``move_model``, ``delete_models``) on this instance, so that every writer —
        scanner, downloads, edits, health actions — keeps the listing current
        without having to know about the index.
        """
        def wrap(name: str, keys_of):
            original = getattr(catalog, name, None)
            if original is None or getattr(original, "_mm_index", False):
                return

            def wrapped(*args, **kwargs):
                result = original(*args, **kwargs)
                try:
                    self._note(keys_of(*args, **kwargs))
                except Exception:  # noting must never break a catalog write
                    pass
                return result

            wrapped._mm_index = True
            setattr(catalog, name, wrapped)

        key_of = lambda r: (r["folder"], r["path_index"], r["relative_path"])  # noqa: E731
        wrap("save_models", lambda rows, *a, **k: [key_of(r) for r in rows])
        wrap("update_model", lambda key, *a, **k: [tuple(key)])
        wrap("move_model", lambda old, new, *a, **k: [tuple(old), tuple(new)])
        wrap("delete_models", lambda keys, *a, **k: [tuple(x) for x in keys])

    def _note(self, keys) -> None:
        by_folder: dict[str, list] = {}
        for key in keys:
            by_folder.setdefault(key[0], []).append(key)
        for name, ks in by_folder.items():
            fi = self._folders.get(name)
            if fi is not None:
                fi.mark_dirty(ks)

    def invalidate(self, folder: str | None = None) -> None:
        """Read every catalog row of ``folder`` (or of all folders) again at the next listing."""
        for name, fi in self._folders.items():
            if folder is None or name == folder:
                fi.mark_all_dirty()

    async def snapshot(self, folder_name: str, restat: bool = False) -> Snapshot:
        """The current listing of ``folder_name`` (brought up to date first; ``restat``:
        every file ``stat``-ed too, not only the directories).

        Raises :class:`~..errors.BadRequest` for an unknown folder.
        """
        return (await self._current(folder_name, restat)).snapshot

    async def _current(self, folder_name: str, restat: bool = False) -> FolderIndex:
        folder = self.folders.get(folder_name)
        async with self._locks.setdefault(folder.name, asyncio.Lock()):
            return await self._refresh(folder, restat)

    async def _refresh(self, folder, restat: bool) -> FolderIndex:
        """Bring the folder's index up to date (call with its lock held)."""
        fi = self._folders.get(folder.name)
        if fi is None or fi.folder.roots != folder.roots:
            fi = self._folders[folder.name] = FolderIndex(folder, self.epoch)
        changed, need, bulk = await asyncio.to_thread(fi.scan_disk, Pacer(), restat)
        if fi.snapshot is not None and not changed and not need and not bulk:
            return fi
        if bulk:  # the whole folder, a page at a time (read by apply on its worker thread)
            rows = self.catalog.model_pages(folder.name, PAGE_ROWS)
        else:
            rows = await self._fetch(folder.name, need, False)

        def apply() -> None:
            pace = Pacer()
            try:
                fi.apply(changed, need, rows, bulk, pace)
            finally:  # the rows go here, not on the event loop
                if not bulk:
                    release(rows, pace)
                release(changed, pace)

        await asyncio.to_thread(apply)
        return fi

    async def _fetch(self, folder: str, keys, bulk: bool) -> dict:
        """Catalog rows of ``keys`` (those that exist) by key. ``bulk``: many keys, read by
        paging through the whole folder (one query a page, not one a key); only the rows of
        ``keys`` are kept."""
        if not bulk:
            return await self.catalog.call(self.catalog.get_models, list(keys))

        def by_key() -> dict:
            pace, out = Pacer(), {}
            for page in self.catalog.model_pages(folder, PAGE_ROWS):
                for r in page:
                    key = (r["folder"], r["path_index"], r["relative_path"])
                    if key in keys:
                        out[key] = r
                release(page, pace)
            return out

        return await asyncio.to_thread(by_key)

    async def diff_plan(self, folder_names: list[str], counts: dict) -> tuple[list, dict]:
        """What a ``diff`` scan of ``folder_names`` must inspect, from the index.

        Every directory and file is ``stat``-ed (no row is loaded for files that did
        not change): returns ``(todo, gone)`` as :meth:`.scanner.Scanner._plan` does —
        ``todo`` a list of ``(FileEntry fields as a plain tuple, previous row or None)`` (the row of the file a
        moved one came from, matched by ``(inode, size, mtime)``), ``gone`` the rows of
        files that are no more — and fills ``counts`` (files, new, changed, moved,
        unchanged, removed).
        """
        todo: list = []
        gone_all: dict = {}
        for name in folder_names:
            folder = self.folders.get(name)
            async with self._locks.setdefault(folder.name, asyncio.Lock()):
                fi = await self._refresh(folder, restat=True)
                keys = await asyncio.to_thread(lambda: set(fi.unscanned) | fi.orphan_keys)
                rows = await self._fetch(name, keys, fi.most_of(len(keys)))
                planned, gone = await asyncio.to_thread(plan_folder, fi, rows, counts, Pacer())
                await asyncio.to_thread(release, rows)
            todo += planned
            gone_all.update(gone)
        return todo, gone_all

    async def gzip(self, snap: Snapshot) -> bytes:
        """The snapshot's reply gzip-compressed, computed once, off the event loop."""
        if snap._gzip[0] is not None:
            return snap._gzip[0]
        return await asyncio.to_thread(snap.gzip)
