"""The download queue: a persistent queue of tasks streamed into model folders.

:class:`DownloadManager` is the engine's public face (``create / pause / resume /
cancel / delete / list / get / start / close``) and owns the queue: validation of
a new task, scheduling (at most ``concurrency`` tasks run; the rest wait
``queued``, oldest first), persistence of the task rows in the catalog, and the
life cycle across restarts (every task that was running comes back ``paused``
with the bytes its ``.part`` file holds; the hash state is rebuilt by rereading
that file when it resumes). The rooms beside it do the work of one task:

- :mod:`.task`      the task, its states (``queued -> running <-> paused ->
  verifying -> completed | failed | cancelled``) and failure kinds
- :mod:`.transfer`  one stream: open, receive, retry with backoff, stall
- :mod:`.split`     several ranged connections, hash behind the written prefix
- :mod:`.finish`    verify, place under the final name, sidecar
- :mod:`.target`    final and ``.part`` paths, folder by header, name from the reply
- :mod:`.client`    the HTTP session, redirects with per-host keys, ``Content-Range``
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
from .client import new_session
from .target import discard_part, file_size, part_path_or_none, target_path
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

#: Seconds between catalog writes of a running task's progress.
PERSIST_INTERVAL = 2.0
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")


class DownloadManager:
    """The persistent download queue (see module docstring).

    Call :meth:`start` once on the running event loop before use and
    :meth:`close` at shutdown. All public coroutines raise :class:`ApiError`
    subclasses for bad requests.
    """

    def __init__(self, folders: ModelFolders, catalog: Catalog, settings, policy, events: ev.Events):
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

    # -- life cycle -----------------------------------------------------------
    async def start(self) -> None:
        """Load the queue from the catalog and start what is queued.

        Tasks that were ``running`` or ``verifying`` when the process died come
        back ``paused``, with ``downloadedBytes`` read from their ``.part`` file.
        """
        rows = await self.catalog.call(self.catalog.load_tasks)
        for row in rows:
            task = Task.from_row(row)
            if task.status in (RUNNING, VERIFYING, PAUSED):
                if task.status != PAUSED:
                    task.status = PAUSED
                    task.updated_at = time.time()
                part = part_path_or_none(self.folders, task)
                if task.segments:  # the .part is full-size (sparse): count what was written
                    task.downloaded_bytes = sum(seg[2] for seg in task.segments)
                else:
                    task.downloaded_bytes = await asyncio.to_thread(file_size, part) if part else 0
                await self.persist(task)
            self.tasks[task.task_id] = task
        self.session = new_session()
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
            if await asyncio.to_thread(os.path.lexists, target):
                raise Conflict(f"{folder}/{task.relative_path} already exists")
        else:
            for other in self.tasks.values():
                if (other.status in ACTIVE_STATES and other.url == url and other.folder == folder
                        and other.path_index == path_index and other.subfolder == subfolder):
                    return other, False
        self.tasks[task.task_id] = task
        await self.persist(task)
        self.events.send(ev.CREATE, {"taskId": task.task_id, "data": task.to_json()})
        self._schedule()
        return task, True

    async def pause(self, task_id: str) -> Task:
        """Pause a queued or running task (no-op when paused). :class:`Conflict` when finished."""
        task = self.get(task_id)
        if task.status == PAUSED:
            return task
        if task.status in (COMPLETED, FAILED, CANCELLED):
            raise Conflict(f"a {task.status} task cannot be paused")
        if task.runner is not None:
            await self._stop(task, "pause")  # a task that was finishing ends completed
        else:
            await self.set_status(task, PAUSED)
        return task

    async def resume(self, task_id: str) -> Task:
        """Queue a paused, failed or cancelled task again (it continues from its ``.part``)."""
        task = self.get(task_id)
        if task.status in (QUEUED, RUNNING, VERIFYING):
            self._schedule()
            return task
        if task.status == COMPLETED:
            raise Conflict("the task is completed")
        task.error = None
        await self.set_status(task, QUEUED)
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
        await discard_part(self.folders, task)
        await self.set_status(task, CANCELLED)
        return task

    async def delete(self, task_id: str) -> None:
        """Cancel a task and remove it and its ``.part`` file (a finished model stays)."""
        task = self.get(task_id)
        if task.runner is not None:
            await self._stop(task, "delete")
        if task.status != COMPLETED:
            await discard_part(self.folders, task)
        self.tasks.pop(task_id, None)
        await self.catalog.call(self.catalog.delete_task, task_id)
        self.events.forget(task_id)
        self.events.send(ev.DELETE, {"taskId": task_id})
        self._schedule()

    # -- what the engine rooms use (the :class:`.task.Queue` protocol) ----------
    def running(self) -> int:
        """How many tasks have a runner (are downloading or finishing) now."""
        return sum(1 for t in self.tasks.values() if t.runner is not None)

    async def persist(self, task: Task) -> None:
        """Write the task's row to the catalog."""
        task.persisted_at = time.monotonic()
        await self.catalog.call(self.catalog.save_task, task.to_row())

    async def set_status(self, task: Task, status: str, event: str = ev.UPDATE) -> None:
        """Change the task's state, persist it and send ``event`` at once (not throttled)."""
        task.status = status
        task.updated_at = time.time()
        if status != RUNNING:
            task.meter.reset()
        await self.persist(task)
        self.events.progress(task.task_id, event, {"taskId": task.task_id, "data": task.to_json()}, force=True)

    async def progress(self, task: Task) -> None:
        """Record bytes received: the speed meter, a throttled ``update_download_task``,
        a catalog write every :data:`PERSIST_INTERVAL` seconds."""
        task.meter.add(task.downloaded_bytes)
        task.updated_at = time.time()
        self.events.progress(task.task_id, ev.UPDATE, {"taskId": task.task_id, "data": task.to_json()})
        if time.monotonic() - task.persisted_at >= PERSIST_INTERVAL:
            await self.persist(task)

    # -- internals: the queue ----------------------------------------------
    async def _stop(self, task: Task, intent: str) -> None:
        runner = task.runner
        if not task.finishing:
            task.intent = intent
            runner.cancel()
        await asyncio.gather(runner, return_exceptions=True)
        if task.runner is runner:
            # Cancelled before its first step: _run never ran, so its handlers did
            # not record the stop. Do it here.
            task.runner, task.intent = None, None
            if intent == "pause":
                await self.set_status(task, PAUSED)
            if not self._closing:
                self._schedule()

    def _schedule(self) -> None:
        if self._closing or self.session is None:
            return
        running = self.running()
        limit = self.settings.get("concurrency")
        for task in sorted(self.tasks.values(), key=lambda t: t.created_at):
            if running >= limit:
                break
            if self.only_tasks is not None and task.task_id not in self.only_tasks:
                continue
            if task.status == QUEUED and task.runner is None:
                task.intent = None
                task.runner = asyncio.get_running_loop().create_task(self._run(task))
                running += 1

    async def _run(self, task: Task) -> None:
        """One task's runner: :func:`.transfer.download`, then record how it ended."""
        try:
            await download(self, task)
        except asyncio.CancelledError:
            intent = task.intent
            if task.finishing and task.status != COMPLETED:
                # The model already has its final name: whatever was asked, it is done.
                await asyncio.shield(self.set_status(task, COMPLETED, ev.COMPLETE))
            elif task.status in (COMPLETED, FAILED, CANCELLED):
                # Stopped while recording its end: the end stands, write it again.
                await asyncio.shield(self.persist(task))
            elif intent == "pause":
                await self.set_status(task, PAUSED)
            elif intent == "shutdown":
                task.status = QUEUED
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
            task.runner = None
            task.intent = None
            task.finishing = False
            if not self._closing:
                self._schedule()

    async def _fail(self, task: Task, message: str) -> None:
        task.error = message
        await self.set_status(task, FAILED, ev.ERROR)
        log.warning("model manager: download %s failed: %s", task.task_id, message)

