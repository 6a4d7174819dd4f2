"""The in-memory index of the model folders: a listing without a walk per request.

Per model folder (:class:`.folderindex.FolderIndex`) the index holds every directory it walked
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
import secrets

from ..pacing import Pacer, in_background
from .diffplan import plan_folder
from .dirs import catalog_key, local_key
from .folderindex import FolderIndex
from .snapshot import Snapshot, release

#: Catalog rows read at a time when a whole folder is (re)loaded.
PAGE_ROWS = 2000


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
        changed, need, bulk = await in_background(fi.scan_disk, Pacer(), restat)
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

        await in_background(apply)
        return fi

    async def _fetch(self, folder: str, keys, bulk: bool) -> dict:
        """Catalog rows of ``keys`` (local keys, :func:`.dirs.local_key`) that exist, by local
        key. ``bulk``: many keys, read by paging through the whole folder (one query a page,
        not one a key); only the rows of ``keys`` are kept. Runs on a worker thread."""
        catalog = self.catalog

        def by_key() -> dict:
            pace, out = Pacer(), {}
            if not bulk:
                rows = catalog.run_sync(catalog.get_models, [catalog_key(folder, k) for k in keys])
                return {local_key(k[1], k[2]): r for k, r in rows.items()}
            for page in catalog.model_pages(folder, PAGE_ROWS):
                for r in page:
                    key = local_key(r["path_index"], r["relative_path"])
                    if key in keys:
                        out[key] = r
                release(page, pace)
            return out

        return await in_background(by_key)

    async def diff_plan(self, folder_names: list[str], counts: dict) -> tuple[list, dict]:
        """What a ``diff`` scan of ``folder_names`` must inspect, from the index.

        Every directory and file is ``stat``-ed (no row is loaded for files that did
        not change): returns ``(todo, gone)`` as :func:`.diffplan.plan_walk` does —
        ``todo`` a tuple of ``(FileEntry fields as a plain tuple, previous row or None)`` (the row of the file a
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
                keys = await in_background(lambda: {**fi.unscanned, **fi.orphan_keys})
                rows = await self._fetch(name, keys, fi.most_of(len(keys)))
                planned, gone = await in_background(plan_folder, fi, rows, counts, Pacer())
                await in_background(release, rows)
            todo += planned
            gone_all.update(gone)
        return tuple(todo), gone_all  # a tuple: see .diffplan

    async def gzip(self, snap: Snapshot) -> bytes:
        """The snapshot's reply gzip-compressed, computed once, off the event loop."""
        if snap._gzip[0] is not None:
            return snap._gzip[0]
        return await in_background(snap.gzip)
