"""The download queue: a persistent queue of tasks streamed into model folders.

:class:`DownloadManager` is the engine's public face (``create / pause / resume /
cancel / delete / list / get / start / close``) and owns the queue: validation of
a new task, scheduling (at most ``concurrency`` tasks run; the rest wait
``queued``, oldest first), persistence of the task rows in the catalog, and the
life cycle across processes and restarts (:mod:`.fleet`): a task runs only in the
process holding its lease; the others show it from the catalog and hand their
pause / cancel / delete to its owner; a task whose owner died is taken over by
any process and continues from its ``.part`` (the hash state rebuilt by rereading
it). The rooms beside it do the work of one task:

- :mod:`.task`      the task, its states (``queued -> running <-> paused ->
  verifying -> completed | failed | cancelled``) and failure kinds
- :mod:`.transfer`  one stream: open, receive, retry with backoff, stall
- :mod:`.split`     several ranged connections, hash behind the written prefix
- :mod:`.finish`    verify, place under the final name, sidecar
- :mod:`.target`    final and ``.part`` paths, folder by header, name from the reply
- :mod:`.client`    the HTTP session, redirects with per-host keys, ``Content-Range``
- :mod:`.fleet`     leases, heartbeat (progress recorded every beat), catalog poll
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time
import uuid

import aiohttp

from .. import events as ev
from ..errors import BadRequest, Conflict, NotFound
from ..safety.folders import ModelFolders, check_extension, check_name, check_relative_path
from ..store.catalog import Catalog
from ..pacing import in_background
from .client import new_session
from .fleet import BEAT_SECONDS, Fleet, LeaseLost
from .target import discard_part, target_path
from .task import (  # noqa: F401  (states re-exported: the CLI and the routes read them here)
    ACTIVE_STATES,
    AUTO_FOLDER,
    CANCELLED,
    COMPLETED,
    FAILED,
    PAUSED,
    QUEUED,
    RUNNING,
    VERIFYING,
    DownloadFailed,
    Task,
)
from .transfer import download

log = logging.getLogger(__name__)

#: Seconds between catalog writes of a running task's progress (the heartbeat's).
PERSIST_INTERVAL = BEAT_SECONDS
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


class DownloadManager:
    """The persistent download queue (see module docstring).

    Call :meth:`start` once on the running event loop before use and
    :meth:`close` at shutdown. All public coroutines raise :class:`ApiError`
    subclasses for bad requests.
    """

    def __init__(self, folders: ModelFolders, catalog: Catalog, settings, policy, events: ev.Events,
                 data_dir: str | None = None):
        self.folders = folders
        self.catalog = catalog
        self.settings = settings
        self.policy = policy
        self.events = events
        self.tasks: dict[str, Task] = {}
        self.session: aiohttp.ClientSession | None = None
        self._closing = False
        #: ``async (folder, path_index, relative_path, sha256)`` called for each finished
        #: model (the services point it at the scanner, so the catalog knows it at once).
        self.on_complete = None
        #: When a set, only these task ids are started (the CLI runs one task
        #: from a data directory whose other tasks belong to a server).
        self.only_tasks: set[str] | None = None
        #: Called (no arguments) when another process wrote model rows in the catalog.
        self.on_models_elsewhere = None
        #: Leases, heartbeat and the catalog poll (``data_dir`` holds the owner locks).
        self.fleet = Fleet(self, data_dir)

    @property
    def closing(self) -> bool:
        return self._closing

    # -- life cycle -----------------------------------------------------------
    async def start(self) -> None:
        """Load the queue from the catalog and start the lease loop (:mod:`.fleet`).

        Tasks other processes run are shown as the catalog has them. Tasks that
        were ``running`` or ``verifying`` in a process that died are taken over —
        by this process or another — and continue from their ``.part`` file.
        """
        rows = await self.catalog.call(self.catalog.load_tasks)
        for row in rows:
            task = Task.from_row(row)
            task.owner, task.remote_speed = row["owner"], row["bytes_per_second"] or 0.0
            self.tasks[task.task_id] = task
        self.session = new_session()
        await self.fleet.start()
        self._schedule()

    async def close(self) -> None:
        """Stop running transfers (they are queued again on the next start) and the HTTP client."""
        self._closing = True
        runners = []
        for task in self.tasks.values():
            if task.runner is not None:
                if not task.finishing:
                    task.intent = "shutdown"
                    task.runner.cancel()
                runners.append(task.runner)
        if runners:
            await asyncio.gather(*runners, return_exceptions=True)
        await self.fleet.close()
        if self.session is not None:
            await self.session.close()

    # -- queries --------------------------------------------------------------
    def list(self) -> list[dict]:
        """Every task as JSON, newest first."""
        tasks = sorted(self.tasks.values(), key=lambda t: t.created_at, reverse=True)
        return [t.to_json() for t in tasks]

    def get(self, task_id: str) -> Task:
        """The task ``task_id``; :class:`NotFound` when there is none."""
        task = self.tasks.get(task_id)
        if task is None:
            raise NotFound(f"no download task {task_id!r}")
        return task

    # -- commands -------------------------------------------------------------
    async def create(self, body: object) -> tuple[Task, bool]:
        """Create a task from a request body; returns ``(task, created)``.

        ``body``: ``{"url": str, "folder": str, "subfolder": str = "", "filename":
        str | None, "pathIndex": int = 0, "sha256": str | None, "size": int | None}``.
        When an active task already downloads the same URL to the same target,
        that task is returned with ``created = False``.

        Raises :class:`BadRequest` (invalid field), :class:`Forbidden` (URL host
        not allowed, path leaving the model folder) and :class:`Conflict` (the
        target file exists or another task writes it).
        """
        if not isinstance(body, dict):
            raise BadRequest("the request body must be a JSON object")
        url = self.policy.check_download_url(body.get("url"))
        path_index = body.get("pathIndex", 0)
        if path_index is None:
            path_index = 0
        subfolder = check_relative_path(body.get("subfolder") or "", "subfolder")
        if body.get("folder") == AUTO_FOLDER:
            folder = AUTO_FOLDER
            if path_index != 0:
                raise BadRequest('pathIndex must be 0 when folder is "auto"')
        else:
            folder = self.folders.get(body.get("folder")).name
            self.folders.root(folder, path_index)
            self.folders.resolve(folder, path_index, subfolder, "subfolder")
        source_info = body.get("sourceInfo")
        if source_info is not None:
            if not isinstance(source_info, dict):
                raise BadRequest("sourceInfo must be an object")
            source_info = json.dumps(source_info)
            if len(source_info) > 256 * 1024:
                raise BadRequest("sourceInfo is too large")
        filename = body.get("filename")
        if filename is not None:
            check_name(filename, "filename")
            check_extension(filename, self.settings.get("allowPickle"))
        sha256 = body.get("sha256")
        if sha256 is not None:
            if not isinstance(sha256, str) or not _SHA256.match(sha256):
                raise BadRequest("sha256 must be 64 hexadecimal characters")
            sha256 = sha256.lower()
        size = body.get("size")
        if size is not None and (isinstance(size, bool) or not isinstance(size, int) or size <= 0):
            raise BadRequest("size must be a positive integer (bytes)")

        now = time.time()
        task = Task(
            task_id=uuid.uuid4().hex, url=url, folder=folder, path_index=path_index,
            subfolder=subfolder, filename=filename, status=QUEUED, expected_sha256=sha256,
            expected_size=size, total_bytes=size, created_at=now, updated_at=now, source_info=source_info,
        )
        if filename is not None and folder != AUTO_FOLDER:
            target = target_path(self.folders, task)
            for other in self.tasks.values():
                if other.status in ACTIVE_STATES and other.filename and target_path(self.folders, other) == target:
                    if other.url == url:
                        return other, False
                    raise Conflict(f"another download task ({other.task_id}) already writes {task.relative_path}")
            if await in_background(os.path.lexists, target):
                raise Conflict(f"{folder}/{task.relative_path} already exists")
        else:
            for other in self.tasks.values():
                if (other.status in ACTIVE_STATES and other.url == url and other.folder == folder
                        and other.path_index == path_index and other.subfolder == subfolder):
                    return other, False
        # Another process may have made the same task a moment ago: the catalog decides.
        found = await self.catalog.call(self.catalog.find_or_insert_task, task.to_row())
        if found is not None:
            other = self.tasks.get(found["task_id"])
            if other is None:
                other = self.tasks[found["task_id"]] = Task.from_row(found)
            if filename is not None and found["url"] != url:
                raise Conflict(f"another download task ({other.task_id}) already writes {task.relative_path}")
            return other, False
        task.persisted_at = time.monotonic()
        mirrored = self.tasks.get(task.task_id)
        if mirrored is not None:
            # The lease loop read the new row first (and sent its create event, maybe
            # already started it): that object is the task now.
            return mirrored, True
        self.tasks[task.task_id] = task
        self.events.send(ev.CREATE, {"taskId": task.task_id, "data": task.to_json()})
        self._schedule()
        return task, True

    async def pause(self, task_id: str) -> Task:
        """Pause a queued or running task (no-op when paused). :class:`Conflict` when finished.

        A task another process runs is paused by its owner (handed over through the
        catalog); the reply comes once it is (at most ``fleet.HAND_OVER_WAIT`` seconds)."""
        task = self.get(task_id)
        if task.status == PAUSED:
            return task
        if task.status in (COMPLETED, FAILED, CANCELLED):
            raise Conflict(f"a {task.status} task cannot be paused")
        if task.runner is not None:
            await self._stop(task, "pause")  # a task that was finishing ends completed
        elif not await self.fleet.locally(task, lambda: self.set_status(task, PAUSED),
                                          (QUEUED, RUNNING, VERIFYING)):
            await self.fleet.hand_over(task, "pause")
        return task

    async def resume(self, task_id: str) -> Task:
        """Queue a paused, failed or cancelled task again (it continues from its ``.part``)."""
        task = self.get(task_id)
        if task.status in (QUEUED, RUNNING, VERIFYING):
            self._schedule()
            return task
        if task.status == COMPLETED:
            raise Conflict("the task is completed")

        async def queue() -> None:
            task.error = None
            await self.set_status(task, QUEUED)

        await self.fleet.locally(task, queue, (PAUSED, FAILED, CANCELLED))
        self._schedule()
        return task

    async def cancel(self, task_id: str) -> Task:
        """Stop a task for good: state ``cancelled``, its ``.part`` file deleted, the task kept."""
        task = self.get(task_id)
        if task.status in (COMPLETED, CANCELLED):
            return task
        if task.runner is not None:
            await self._stop(task, "cancel")
            if task.status == COMPLETED:  # it was finishing: the model is there
                return task

        async def cancel() -> None:
            await discard_part(self.folders, task)
            await self.set_status(task, CANCELLED)

        if not await self.fleet.locally(task, cancel, (QUEUED, RUNNING, PAUSED, VERIFYING, FAILED)):
            await self.fleet.hand_over(task, "cancel")
        return task

    async def delete(self, task_id: str) -> None:
        """Cancel a task and remove it and its ``.part`` file (a finished model stays)."""
        task = self.get(task_id)
        if task.runner is not None:
            await self._stop(task, "delete")

        async def delete() -> None:
            if task.status != COMPLETED:
                await discard_part(self.folders, task)
            await self.catalog.call(self.catalog.delete_task, task_id)
            task.leased = False

        if not await self.fleet.locally(task, delete):
            await self.fleet.hand_over(task, "delete")
            return
        self.tasks.pop(task_id, None)
        self.events.forget(task_id)
        self.events.send(ev.DELETE, {"taskId": task_id})
        self._schedule()

    # -- what the engine rooms use (the :class:`.task.Queue` protocol) ----------
    def running(self) -> int:
        """How many tasks have a runner (are downloading or finishing) in this process now."""
        return sum(1 for t in self.tasks.values() if t.runner is not None)

    async def persist(self, task: Task) -> None:
        """Write the task's row to the catalog, as the holder of its lease.

        Raises :class:`LeaseLost` when another process took the task over (this one
        stalled past the lease): the runner then stops without writing anything."""
        task.persisted_at = time.monotonic()
        if not task.leased:
            raise LeaseLost(task.task_id)
        if not await self.catalog.call(self.catalog.save_task, task.to_row(), self.fleet.owner):
            task.leased = False
            raise LeaseLost(task.task_id)

    async def set_status(self, task: Task, status: str, event: str = ev.UPDATE) -> None:
        """Change the task's state, persist it and send ``event`` at once (not throttled)."""
        task.status = status
        task.updated_at = time.time()
        if status != RUNNING:
            task.meter.reset()
        await self.persist(task)
        self.events.progress(task.task_id, event, {"taskId": task.task_id, "data": task.to_json()}, force=True)

    async def progress(self, task: Task) -> None:
        """Record bytes received: the speed meter and a throttled ``update_download_task``
        (the heartbeat records the progress in the catalog every :data:`PERSIST_INTERVAL`)."""
        task.meter.add(task.downloaded_bytes)
        task.updated_at = time.time()
        self.events.progress(task.task_id, ev.UPDATE, lambda: {"taskId": task.task_id, "data": task.to_json()})

    def start_runner(self, task: Task) -> None:
        """Run a task whose lease this process just took (:mod:`.fleet`)."""
        task.leased, task.intent = True, None
        task.runner = asyncio.get_running_loop().create_task(self._run(task))

    # -- internals: the queue ----------------------------------------------
    async def _stop(self, task: Task, intent: str) -> None:
        runner = task.runner
        if not task.finishing:
            task.intent = intent
            runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        if task.runner is runner:
            # Cancelled before its first step: _run never ran, so its handlers did
            # not record the stop nor give the lease back. Do it here.
            task.runner, task.intent = None, None
            if intent == "pause":
                await self._end_of_run(task, PAUSED)
            elif intent == "shutdown":
                await self._end_of_run(task, QUEUED)
            # cancel / delete: the lease stays held for the caller's next step
            if not self._closing:
                self._schedule()

    async def _release(self, task: Task) -> None:
        """Give the lease back, writing the row as it stands."""
        if task.leased:
            task.leased = False
            await self.catalog.call(self.catalog.release_task, task.to_row(), self.fleet.owner)

    async def _end_of_run(self, task: Task, status: str) -> None:
        if task.leased:
            await self.set_status(task, status)
        await self._release(task)

    def _schedule(self) -> None:
        """Let the lease loop claim queued tasks now (it starts them, :mod:`.fleet`)."""
        if self._closing or self.session is None:
            return
        self.fleet.poke()

    async def _run(self, task: Task) -> None:
        """One task's runner: :func:`.transfer.download`, then record how it ended and give
        the lease back (a lost lease: nothing written, the new owner carries on)."""
        try:
            await download(self, task)
        except LeaseLost:
            log.warning("model manager: %s was taken over by another process", task.task_id)
        except asyncio.CancelledError:
            intent = task.intent
            if intent == "lost":
                pass
            elif task.finishing and task.status != COMPLETED:
                # The model already has its final name: whatever was asked, it is done.
                await asyncio.shield(self.set_status(task, COMPLETED, ev.COMPLETE))
            elif task.status in (COMPLETED, FAILED, CANCELLED):
                # Stopped while recording its end: the end stands, write it again.
                await asyncio.shield(self.persist(task))
            elif intent == "pause":
                await self.set_status(task, PAUSED)
            elif intent == "shutdown":
                task.status = QUEUED  # any process (this one after a restart) picks it up
                await self.persist(task)
            elif intent not in ("cancel", "delete"):
                raise
        except DownloadFailed as exc:
            if exc.remove_part:
                await discard_part(self.folders, task)
            await self._fail(task, str(exc))
        except Exception as exc:  # a bug must fail one task, not the queue
            log.exception("model manager: download %s failed unexpectedly", task.task_id)
            await self._fail(task, f"unexpected error: {exc}")
        finally:
            intent = task.intent
            task.runner = None
            task.intent = None
            task.finishing = False
            # A cancel or delete keeps the lease for its next step (so no process takes
            # the half-stopped task in between); every other end gives it back.
            if intent not in ("cancel", "delete") or task.status == COMPLETED:
                await asyncio.shield(self._release(task))
            if not self._closing:
                self._schedule()

    async def _fail(self, task: Task, message: str) -> None:
        task.error = message
        try:
            await self.set_status(task, FAILED, ev.ERROR)
        except LeaseLost:
            return
        log.warning("model manager: download %s failed: %s", task.task_id, message)
