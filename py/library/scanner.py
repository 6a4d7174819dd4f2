"""The scanner: fills the catalog with what each model file is.

``diff`` mode looks only at files the catalog does not describe yet (new, or
size / mtime changed); ``full`` mode rereads the sidecars and headers of every
file (hashes are still reused while size and mtime are unchanged) and then looks
the hashes up at the sources when a source service is present.

Per file, on a worker thread (never on the event loop): sidecars first
(:mod:`.sidecars`), then the safetensors header (:mod:`.header` — bounded
read, classified from the raw bytes by :mod:`.classify`), then the SHA-256 when
no current one is known (8 MiB reads, ``hashlib`` releases the GIL so two files
hash on two cores). A file that moved keeps its hash: rows that vanished are
matched to new files by ``(inode, size, mtime)``.

Events: ``update_scan_task`` ``{"task_id", "file": Model, "files": [Model],
"progress": {"done", "total", "current"}}`` at most every 0.25 s with the batch
since the last one; ``complete_scan_task`` ``{"task_id", "results": ScanResults}``.
One scan runs at a time. A scan asked for while another runs is never dropped
(:meth:`Scanner.start`): when the running scan already covers it (same folder or
all folders, and not a ``diff`` scan asked to be ``full``) that one answers;
otherwise it is queued (status ``queued``) and starts when the running one ends.
Requests made while one is queued widen the queued scan (another folder → all
folders; ``full`` beats ``diff``), so at most one scan waits.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import threading
import time
import uuid
from concurrent.futures import FIRST_COMPLETED, CancelledError, ThreadPoolExecutor, wait
from dataclasses import dataclass, field

from ..store.catalog import Catalog
from ..errors import BadRequest, NotFound
from ..pacing import Pacer, in_background
from ..safety.folders import ModelFolders
from .hashing import Cancelled
from .diffplan import plan_walk
from .snapshot import release, release_box
from .listing import model_json
from .fileinfo import inspect_file
from .walk import FileEntry, is_current, walk_folder

log = logging.getLogger(__name__)

#: How often the loop takes the files read so far into the catalog and onto the socket.
#: 0.25 s held ~2,000 files' rows and models in flight in a cold scan at 100,000 models,
#: and every full collection walked them (17-19 ms of GIL); 0.1 s: 9-12 ms.
BATCH_SECONDS = 0.1
SCAN_UPDATE = "update_scan_task"
SCAN_COMPLETE = "complete_scan_task"


@dataclass
class ScanTask:
    """One scan: its request, progress and results."""

    task_id: str
    folder: str | None
    mode: str
    status: str = "running"  # queued | running | completed | cancelled | failed
    done: int = 0
    total: int = 0
    current: str | None = None
    started_at: float = field(default_factory=time.time)
    finished_at: float | None = None
    error: str | None = None
    counts: dict = field(default_factory=lambda: {"files": 0, "new": 0, "changed": 0, "unchanged": 0,
                                                  "removed": 0, "moved": 0, "hashed": 0, "errors": 0})
    #: Only these ``(folder, pathIndex, relativePath)`` files (a bulk re-scan / re-identify), or all.
    files: frozenset | None = None
    #: Look the files up on Civitai even when they are identified already (re-identify).
    reidentify: bool = False
    cancel: threading.Event = field(default_factory=threading.Event, repr=False)
    runner: asyncio.Task | None = field(default=None, repr=False)

    def to_json(self) -> dict:
        return {
            "taskId": self.task_id, "folder": self.folder, "mode": self.mode, "status": self.status,
            "selected": len(self.files) if self.files is not None else None,
            "progress": {"done": self.done, "total": self.total, "current": self.current},
            "results": dict(self.counts), "error": self.error,
            "startedAt": self.started_at, "finishedAt": self.finished_at,
        }


class Scanner:
    """Runs scans (one at a time) and keeps the last one for ``GET``."""

    def __init__(self, folders: ModelFolders, catalog: Catalog, events, settings, workers: int = 2):
        self.folders = folders
        self.catalog = catalog
        self.events = events
        self.settings = settings
        self.workers = workers
        self.tasks: dict[str, ScanTask] = {}
        self.current: ScanTask | None = None
        #: The scan waiting for the running one to end (at most one; see :meth:`start`).
        self.queued: ScanTask | None = None
        #: The listing index (:class:`.index.LibraryIndex`), set by the services: a
        #: ``diff`` scan plans from it instead of walking and loading every row.
        self.index = None
        #: The sources service (``lookup_hashes``), set by the services: ``full``
        #: scans identify models on Civitai by SHA-256 through it.
        self.sources = None

    def get(self, task_id: str) -> ScanTask:
        task = self.tasks.get(task_id)
        if task is None:
            raise NotFound(f"no scan task {task_id!r}")
        return task

    async def start(self, folder: str | None = None, mode: str = "diff") -> tuple[ScanTask, str]:
        """Ask for a scan of one folder (or all, ``None``); returns ``(task, outcome)``.

        ``outcome``: ``"started"`` (nothing was running: ``task`` runs now),
        ``"running"`` (the running ``task`` already covers this request) or
        ``"queued"`` (``task`` has status ``queued`` and starts when the running
        scan ends; a queued scan is widened to cover every request made while it
        waits). A request is never dropped. Raises :class:`BadRequest` for an
        unknown folder or mode.
        """
        if mode not in ("diff", "full"):
            raise BadRequest('mode must be "diff" or "full"')
        if folder is not None:
            self.folders.get(folder)
        running = self.current if self.current is not None and self.current.status == "running" else None
        if running is None:
            return self._launch(ScanTask(uuid.uuid4().hex, folder, mode)), "started"
        if self._covers(running, folder, mode):
            return running, "running"
        if self.queued is None:
            self.queued = ScanTask(uuid.uuid4().hex, folder, mode, status="queued")
            self.tasks[self.queued.task_id] = self.queued
        else:
            if self.queued.folder != folder:
                self.queued.folder = None
            if mode == "full":
                self.queued.mode = "full"
        return self.queued, "queued"

    async def start_files(self, keys: list[tuple[str, int, str]], reidentify: bool) -> ScanTask:
        """Re-read just these files (``full`` mode: sidecars, header, SHA-256 when missing) and,
        with ``reidentify``, look every one of them up on Civitai again, identified or not.

        ``keys`` are ``(folder, pathIndex, relativePath)`` the caller has checked. A key whose
        file is gone drops its catalog row. Raises :class:`Conflict` while another scan runs
        (a selection is not merged into a queued folder scan).
        """
        from ..errors import Conflict

        if self.current is not None and self.current.status == "running":
            raise Conflict("a scan is running: wait for it to finish (or cancel it) and try again")
        folders = {k[0] for k in keys}
        return self._launch(ScanTask(uuid.uuid4().hex, folders.pop() if len(folders) == 1 else None, "full",
                                     files=frozenset(keys), reidentify=reidentify))

    @staticmethod
    def _covers(task: ScanTask, folder: str | None, mode: str) -> bool:
        """True when ``task`` scans everything a ``(folder, mode)`` request asks for."""
        return (task.folder is None or task.folder == folder) and (task.mode == "full" or mode == "diff")

    def _launch(self, task: ScanTask) -> ScanTask:
        task.status, task.started_at = "running", time.time()
        self.tasks[task.task_id] = task
        self.current = task
        task.runner = asyncio.get_running_loop().create_task(self._run(task))
        return task

    async def cancel(self, task_id: str) -> ScanTask:
        """Stop a running scan (what it finished so far stays in the catalog), or drop
        a queued one before it starts."""
        task = self.get(task_id)
        if task.status == "queued":
            task.status, task.finished_at = "cancelled", time.time()
            if self.queued is task:
                self.queued = None
        elif task.status == "running":
            task.cancel.set()
            if task.runner is not None:
                await asyncio.gather(task.runner, return_exceptions=True)
        return task

    async def close(self) -> None:
        if self.queued is not None:
            await self.cancel(self.queued.task_id)
        if self.current is not None and self.current.status == "running":
            await self.cancel(self.current.task_id)

    async def _run(self, task: ScanTask) -> None:
        try:
            await self._scan(task)
            task.status = "cancelled" if task.cancel.is_set() else "completed"
        except Exception as exc:  # one scan failing must not take the server down
            log.exception("model manager: scan %s failed", task.task_id)
            task.status, task.error = "failed", str(exc)
        task.finished_at = time.time()
        task.current = None
        self.events.send(SCAN_COMPLETE, {"task_id": task.task_id, "taskId": task.task_id,
                                         "results": {**task.counts, "status": task.status,
                                                     "seconds": round(task.finished_at - task.started_at, 3)},
                                         "data": task.to_json()})
        waiting, self.queued = self.queued, None
        if waiting is not None and waiting.status == "queued":
            self._launch(waiting)

    async def _scan(self, task: ScanTask) -> None:
        if task.files is not None:
            folders = [self.folders.get(name) for name in sorted({k[0] for k in task.files})]
        else:
            folders = [self.folders.get(task.folder)] if task.folder else self.folders.all()
        if task.mode == "diff" and self.index is not None and task.files is None:
            # the listing index knows what is on disk and what the catalog describes:
            # only the files it finds changed are planned (see LibraryIndex.diff_plan)
            todo, gone = await self.index.diff_plan([f.name for f in folders], task.counts)
        else:
            entries: list[FileEntry] = []
            for folder in folders:
                entries.extend(await in_background(walk_folder, folder))
            rows: dict[tuple, dict] = {}
            for folder in folders:
                for row in await self.catalog.call(self.catalog.load_models, folder.name):
                    rows[(row["folder"], row["path_index"], row["relative_path"])] = row
            if task.files is not None:  # a selection: the rest of the folder is not this scan's business
                entries = [e for e in entries if e.key in task.files]
                rows = {k: r for k, r in rows.items() if k in task.files}
            todo, gone = await in_background(plan_walk, task.counts, task.mode, entries, rows)
            task.counts["files"] = len(entries)
            await in_background(lambda: (release(entries), release(rows)))  # not freed on the loop
        task.total = len(todo)
        await self.catalog.call(self.catalog.delete_models, list(gone))

        hash_files = self.settings.get("hashOnScan")
        roots = {f.name: f.roots for f in folders}
        results: list[tuple[dict, dict]] = []
        lock = threading.Lock()

        paces = threading.local()

        def job(fields: tuple, old: dict | None) -> tuple[dict, dict]:
            if task.cancel.is_set():
                raise Cancelled()
            entry = FileEntry._make(fields)
            local = paces.__dict__
            if "pace" not in local:
                local.update(pace=Pacer(), dir=None, names=None)
            local["pace"]()  # hands the GIL to the event loop every few ms of header parsing
            path = os.path.join(roots[entry.folder][entry.path_index], *entry.relative_path.split("/"))
            task.current = entry.relative_path
            directory = os.path.dirname(path)
            if local["dir"] != directory:  # one listing a directory: no probing for absent sidecars
                try:
                    local["names"] = frozenset(os.listdir(directory))
                except OSError:
                    local["names"] = None
                local["dir"] = directory
            row = inspect_file(path, entry, old, hash_files, task.cancel, local["names"])
            return row, model_json(entry, row)

        def handle(result, entry: tuple) -> None:
            """``result()`` gives the file's ``(row, model)`` or raises."""
            try:
                row, model = result()
            except (Cancelled, CancelledError):
                return
            except Exception as exc:  # unreadable file: counted, the scan goes on
                log.warning("model manager: scan of %s failed: %s", entry[2], exc)
                task.counts["errors"] += 1
                return
            with lock:
                results.append((row, model))

        def run_all() -> None:
            # Results flow through a list the loop drains every BATCH_SECONDS (no per-file
            # work on the loop); at most 4 files a worker in flight. Several workers only
            # when files are to be hashed (hashlib releases the GIL): header parsing holds
            # it, so a second worker there only adds a thread the event loop waits for.
            hashing = hash_files and any(  # as inspect_file decides: no computed hash for these bytes
                not is_current(FileEntry._make(fields), old) or old["sha256_source"] != "computed"
                for fields, old in todo)
            workers = self.workers if hashing else 1
            if workers == 1:  # this thread does the work: no pool, no future per file
                for entry, old in todo:
                    if task.cancel.is_set():
                        return
                    handle(lambda: job(entry, old), entry)
                return
            with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="model-manager-scan") as pool:
                items = iter(todo)
                futures: dict = {}

                def fill() -> None:
                    while len(futures) < 4 * workers and not task.cancel.is_set():
                        item = next(items, None)
                        if item is None:
                            return
                        futures[pool.submit(job, *item)] = item[0]

                fill()
                while futures:
                    done, _ = wait(futures, return_when=FIRST_COMPLETED)
                    for fut in done:
                        handle(fut.result, futures.pop(fut))
                    fill()

        async def flush() -> None:
            with lock:
                batch = results[:]
                results.clear()
            if not batch:
                return
            rows_out = [row for row, _ in batch]
            models_out = [model for _, model in batch]
            task.done += len(batch)
            task.counts["hashed"] += sum(row.pop("hashed_now") for row in rows_out)
            await self.catalog.call(self.catalog.save_models, rows_out)
            self.events.send(SCAN_UPDATE, {
                "task_id": task.task_id, "taskId": task.task_id, "file": models_out[-1], "files": models_out,
                "progress": {"done": task.done, "total": task.total, "current": task.current},
            })

        runner = asyncio.ensure_future(in_background(run_all))  # off the loop, paced
        try:
            while not runner.done():
                await asyncio.wait([runner], timeout=BATCH_SECONDS)
                await flush()
        finally:
            if not runner.done():  # cancelled from outside: stop the workers, keep what they did
                task.cancel.set()
                await asyncio.gather(runner, return_exceptions=True)
            await flush()
        runner.result()
        box = [todo]  # the only reference left: (entry, row) pairs are freed off the event loop
        del todo
        await in_background(release_box, box)
        # A selection is looked up on Civitai only when re-identifying (a re-scan stays local).
        lookup = task.files is None or task.reidentify
        if task.mode == "full" and lookup and self.sources is not None and not task.cancel.is_set():
            await self._identify(task, folders)

    async def record_file(self, folder: str, path_index: int, relative: str, sha256: str) -> None:
        """Put a file the engine just finished into the catalog at once (no scan needed):
        its header facts, its sidecars (source ids for update checks) and the SHA-256
        the engine computed while downloading."""
        root = self.folders.root(folder, path_index)
        path = os.path.join(root, *relative.split("/"))

        def inspect() -> dict:
            st = os.stat(path)
            entry = FileEntry(folder, path_index, relative, st.st_size, st.st_mtime_ns,
                              getattr(st, "st_birthtime_ns", None) or st.st_ctime_ns, st.st_ino, False)
            row = inspect_file(path, entry, None, False)
            row.pop("hashed_now", None)
            row["sha256"], row["sha256_source"], row["autov2"] = sha256, "computed", sha256[:10].upper()
            return row

        row = await in_background(inspect)
        await self.catalog.call(self.catalog.save_models, [row])

    async def _identify(self, task: ScanTask, folders) -> None:
        """Look up every not-yet-identified model of ``folders`` by SHA-256 (see
        :meth:`identify_rows`); the count lands in ``task.counts["identified"]``."""
        from ..errors import ApiError

        rows = []
        for folder in folders:
            rows += [r for r in await self.catalog.call(self.catalog.load_models, folder.name)
                     if r["sha256"] and (task.reidentify or not r["source"])
                     and (task.files is None or (r["folder"], r["path_index"], r["relative_path"]) in task.files)]
        task.counts["identified"] = 0
        if not rows:
            return
        task.current = "looking up hashes on Civitai"
        try:
            task.counts["identified"] = (await self.identify_rows(rows, refresh=task.reidentify))["identified"]
        except ApiError as exc:  # the scan itself succeeded: say why identification did not
            task.error = f"Civitai lookup failed: {exc}"

    async def identify_rows(self, rows: list[dict], refresh: bool = False) -> dict:
        """Look catalog ``rows`` up on Civitai by SHA-256 (batch by-hash, through the
        sources service) and record what is found: source ids, base model, trigger
        words, and — with the ``writeSidecars`` setting — a ``<name>.metadata.json``
        sidecar next to the model (never through a link). ``refresh`` asks again for
        hashes Civitai did not know last time. Returns ``{"asked", "identified",
        "notFound"}``; raises :class:`ApiError` when Civitai cannot be asked.
        """
        from ..errors import ApiError
        from .sidecars import write_metadata

        rows = [r for r in rows if r.get("sha256")]
        if not rows or self.sources is None:
            return {"asked": 0, "identified": 0, "notFound": len(rows)}
        found = await self.sources.lookup_hashes([r["sha256"] for r in rows], refresh=refresh)
        write = self.settings.get("writeSidecars")
        identified = 0
        for row in rows:
            hit = found.get(row["sha256"])
            if not hit:
                continue
            ids = {"modelId": hit["modelId"], "versionId": hit["versionId"]}
            fields = {"source": "civitai", "source_ids": json.dumps(ids)}
            if hit.get("baseModel"):
                fields["base_model"] = hit["baseModel"]
            if hit.get("trainedWords"):
                fields["trigger_words"] = json.dumps(hit["trainedWords"])
            key = (row["folder"], row["path_index"], row["relative_path"])
            await self.catalog.call(self.catalog.update_model, key, fields)
            identified += 1
            try:
                path = self.folders.resolve(row["folder"], row["path_index"], row["relative_path"])
            except ApiError:  # the folder is gone from the host's list
                continue
            if write and not await in_background(os.path.lexists, os.path.splitext(path)[0] + ".metadata.json"):
                try:
                    await in_background(write_metadata, path, {
                        "sha256": row["sha256"], "size": row["size_bytes"], "source": "civitai",
                        "source_ids": ids, "url": hit.get("url"), "base_model": hit.get("baseModel"),
                        "architecture": row["architecture"], "trigger_words": hit.get("trainedWords"),
                    })
                except OSError as exc:
                    log.warning("model manager: no sidecar for %s: %s", path, exc)
        return {"asked": len(rows), "identified": identified, "notFound": len(rows) - identified}
