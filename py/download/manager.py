"""The download engine: a persistent queue of tasks streamed into model folders.

Lifecycle of a task (states spelled as in the API)::

    queued -> running <-> paused -> verifying -> completed | failed | cancelled

- At most ``concurrency`` tasks run; the rest wait ``queued`` (oldest first).
- A running task streams with the aiohttp client into ``<target>.part`` next to
  its final name (same filesystem, so the finish is an atomic ``os.replace``),
  computing SHA-256 while it writes. Disk writes and hashing run on a worker
  thread, overlapped with the next network read, so the event loop never waits
  on the disk.
- Resume sends ``Range: bytes=N-`` and accepts only ``206`` with a
  ``Content-Range`` starting at ``N``; a ``200`` restarts from zero (truncate,
  never append). The total comes from ``Content-Range`` or from the
  ``Content-Length`` of a full reply (RFC 9110 §14.4, §15.3.7).
- Connection errors, 5xx, 429 (``Retry-After`` honoured) and read stalls are
  retried with exponential backoff; 401/403, an HTML or JSON reply where a model
  was expected, 404 and hash or size mismatches fail the task.
- The task rows live in the catalog; after a crash every task that was running
  comes back ``paused`` with the bytes its ``.part`` file holds, and the hash
  state is rebuilt by rereading that file when it resumes.
"""

from __future__ import annotations

import asyncio
import email.utils
import errno
import hashlib
import json
import logging
import os
import re
import shutil
import time
import uuid
from collections import deque
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import unquote, urlsplit

import aiohttp
from yarl import URL

from .. import events as ev
from ..store.catalog import TASK_COLUMNS, Catalog
from ..errors import ApiError, BadRequest, Conflict, NotFound
from ..library.hashing import hash_file
from ..library.header import safetensors_size_problem
from ..safety.folders import PART_SUFFIX, ModelFolders, check_extension, check_name, check_relative_path, sanitize_filename

log = logging.getLogger(__name__)

QUEUED, RUNNING, PAUSED, VERIFYING = "queued", "running", "paused", "verifying"
COMPLETED, FAILED, CANCELLED = "completed", "failed", "cancelled"
ACTIVE_STATES = (QUEUED, RUNNING, PAUSED, VERIFYING)

#: Bytes handed to the writer and hashing threads at once: large enough that per-chunk
#: overhead vanishes, small enough to keep memory flat (at most two in flight).
CHUNK_BYTES = 4 * 1024 * 1024
#: aiohttp's stream buffer; its 64 KiB default costs throughput on fast links.
READ_BUFSIZE = 4 * 1024 * 1024
MAX_REDIRECTS = 10
#: Seconds between catalog writes of a running task's progress.
PERSIST_INTERVAL = 2.0
_SHA256 = re.compile(r"^[0-9a-fA-F]{64}$")
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.I)
_NOT_MODEL_TYPES = ("text/html", "application/xhtml+xml", "application/json")
AUTH_HINT = "authentication required — set an API key"
#: What a 401/403 from a site whose API key we manage means (keys of :meth:`UrlPolicy.key_hosts`).
AUTH_ADVICE = {
    "civitai": "this model needs a Civitai API key (Settings → API keys)",
    "huggingface": "this repository is gated: accept its terms on huggingface.co and set a token",
}
#: The folder name that asks the engine to place a download by its header.
AUTO_FOLDER = "auto"
MAX_HEADER_BYTES = 100 * 1024 * 1024
USER_AGENT = "ComfyUI-Model-Manager/0.1"


class DownloadFailed(Exception):
    """A transfer that cannot succeed by retrying; ``remove_part`` drops the partial file."""

    def __init__(self, message: str, remove_part: bool = False):
        super().__init__(message)
        self.remove_part = remove_part


class Retryable(Exception):
    """A transient failure; ``retry_after`` (seconds) overrides the backoff when given."""

    def __init__(self, message: str, retry_after: float | None = None):
        super().__init__(message)
        self.retry_after = retry_after


class SpeedMeter:
    """Bytes per second over a sliding window of the last ``window`` seconds."""

    def __init__(self, window: float = 5.0):
        self.window = window
        self.samples: deque[tuple[float, int]] = deque()

    def add(self, total_bytes: int) -> None:
        now = time.monotonic()
        self.samples.append((now, total_bytes))
        while len(self.samples) > 2 and now - self.samples[0][0] > self.window:
            self.samples.popleft()

    def reset(self) -> None:
        self.samples.clear()

    def rate(self) -> float:
        if len(self.samples) < 2:
            return 0.0
        (t0, b0), (t1, b1) = self.samples[0], self.samples[-1]
        return (b1 - b0) / (t1 - t0) if t1 > t0 else 0.0


@dataclass
class Task:
    """One download task: the persisted columns plus runtime state."""

    task_id: str
    url: str
    folder: str
    path_index: int
    subfolder: str
    filename: str | None
    status: str
    downloaded_bytes: int = 0
    total_bytes: int | None = None
    expected_sha256: str | None = None
    expected_size: int | None = None
    sha256: str | None = None
    error: str | None = None
    created_at: float = 0.0
    updated_at: float = 0.0
    folder_rule: str | None = None
    source_info: str | None = None  # JSON: what the source said (for the sidecar)
    #: A split download's ranges: ``[[start, end (inclusive), bytes written], ...]``.
    segments: list | None = None
    # runtime only
    no_split: bool = False
    #: Set once the file has its final name: from then on a pause, cancel or
    #: shutdown waits for the task to finish instead of interrupting it.
    finishing: bool = False
    runner: asyncio.Task | None = field(default=None, repr=False)
    intent: str | None = None
    hasher: Any = field(default=None, repr=False)
    hashed_bytes: int = 0
    meter: SpeedMeter = field(default_factory=SpeedMeter, repr=False)
    persisted_at: float = 0.0

    @classmethod
    def from_row(cls, row: dict) -> "Task":
        values = {c: row[c] for c in TASK_COLUMNS}
        values["segments"] = json.loads(values["segments"]) if values["segments"] else None
        return cls(**values)

    def to_row(self) -> dict:
        row = {c: getattr(self, c) for c in TASK_COLUMNS}
        row["segments"] = json.dumps(self.segments) if self.segments else None
        return row

    @property
    def relative_path(self) -> str | None:
        if self.filename is None:
            return None
        return f"{self.subfolder}/{self.filename}" if self.subfolder else self.filename

    def to_json(self) -> dict:
        """The task as the API shows it (see ``Task`` in ``openapi.json``)."""
        running = self.status == RUNNING
        speed = self.meter.rate() if running else 0.0
        progress = None
        if self.total_bytes:
            progress = min(1.0, self.downloaded_bytes / self.total_bytes)
        elif self.status == COMPLETED:
            progress = 1.0
        eta = None
        if running and speed > 0 and self.total_bytes:
            eta = max(0.0, (self.total_bytes - self.downloaded_bytes) / speed)
        return {
            "taskId": self.task_id,
            "url": self.url,
            "folder": self.folder,
            "pathIndex": self.path_index,
            "subfolder": self.subfolder,
            "filename": self.filename,
            "relativePath": self.relative_path,
            "status": self.status,
            "downloadedBytes": self.downloaded_bytes,
            "totalBytes": self.total_bytes,
            "progress": progress,
            "bytesPerSecond": round(speed, 1),
            "etaSeconds": round(eta, 1) if eta is not None else None,
            "error": self.error,
            "sha256": self.sha256,
            "expectedSha256": self.expected_sha256,
            "expectedSize": self.expected_size,
            "createdAt": self.created_at,
            "updatedAt": self.updated_at,
            "folderRule": self.folder_rule,
            "connections": len(self.segments) if self.segments else 1,
        }


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``"bytes 0-99/1000"`` → ``(0, 99, 1000)``; ``*`` total → None; malformed → None."""
    m = _CONTENT_RANGE.match(value or "")
    if not m:
        return None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), int(m.group(2)), total


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or HTTP date), capped at 300; None if absent."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), 300.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(0.0, when.timestamp() - time.time()), 300.0)


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def _write_all(fd: int, chunks: list[bytes]) -> int:
    """Write every chunk, in order, with as few ``writev`` calls as the kernel allows
    (no joining into one buffer: that copy cost as much as the hashing). Returns bytes."""
    views = [memoryview(c) for c in chunks if c]
    total = sum(len(v) for v in views)
    while views:
        written = os.writev(fd, views[:1024])  # IOV_MAX is 1024 on Linux
        while written and views:
            if written >= len(views[0]):
                written -= len(views.pop(0))
            else:
                views[0] = views[0][written:]
                written = 0
    return total


def _place(part: str, target: str) -> bool:
    """Give the finished ``part`` its final name without ever replacing a file there.

    A hard link fails atomically when ``target`` exists (then the part stays);
    filesystems without hard links get an exists-check and ``os.replace``.
    Returns False when ``target`` exists. Metadata-only, so fast enough for the loop.
    """
    try:
        os.link(part, target)
    except FileExistsError:
        return False
    except OSError:
        if os.path.lexists(target):
            return False
        os.replace(part, target)
        return True
    os.unlink(part)
    return True


def _written_prefix(segments: list) -> int:
    """How many bytes from the start of a split download are on disk without a gap."""
    pos = 0
    for start, end, written in sorted(segments):
        if start != pos:
            break
        pos = start + written
        if pos <= end:
            break
    return pos


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


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
        self._session: aiohttp.ClientSession | None = None
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
                part = self._part_path_or_none(task)
                if task.segments:  # the .part is full-size (sparse): count what was written
                    task.downloaded_bytes = sum(seg[2] for seg in task.segments)
                else:
                    task.downloaded_bytes = await asyncio.to_thread(_file_size, part) if part else 0
                await self._persist(task)
            self.tasks[task.task_id] = task
        self._session = aiohttp.ClientSession(
            read_bufsize=READ_BUFSIZE, auto_decompress=False, trust_env=True,
            headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
        )
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
        if self._session is not None:
            await self._session.close()

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
            target = self._target_path(task)
            for other in self.tasks.values():
                if other.status in ACTIVE_STATES and other.filename and self._target_path(other) == target:
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
        await self._persist(task)
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
            await self._set_status(task, PAUSED)
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
        await self._set_status(task, QUEUED)
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
        await self._discard_part(task)
        await self._set_status(task, CANCELLED)
        return task

    async def delete(self, task_id: str) -> None:
        """Cancel a task and remove it and its ``.part`` file (a finished model stays)."""
        task = self.get(task_id)
        if task.runner is not None:
            await self._stop(task, "delete")
        if task.status != COMPLETED:
            await self._discard_part(task)
        self.tasks.pop(task_id, None)
        await self.catalog.call(self.catalog.delete_task, task_id)
        self.events.forget(task_id)
        self.events.send(ev.DELETE, {"taskId": task_id})
        self._schedule()

    # -- internals: bookkeeping --------------------------------------------
    def _target_path(self, task: Task) -> str:
        if task.folder == AUTO_FOLDER:
            raise BadRequest("the model folder is not decided yet")
        return self.folders.resolve(task.folder, task.path_index, task.relative_path, "filename")

    def _part_path_or_none(self, task: Task) -> str | None:
        if task.filename is None:
            return None
        try:
            return self._target_path(task) + PART_SUFFIX
        except ApiError:
            return None

    async def _discard_part(self, task: Task) -> None:
        part = self._part_path_or_none(task)
        if part:
            await asyncio.to_thread(_remove, part)
        task.hasher, task.hashed_bytes, task.downloaded_bytes = None, 0, 0
        task.segments = None

    async def _persist(self, task: Task) -> None:
        task.persisted_at = time.monotonic()
        await self.catalog.call(self.catalog.save_task, task.to_row())

    async def _set_status(self, task: Task, status: str, event: str = ev.UPDATE) -> None:
        task.status = status
        task.updated_at = time.time()
        if status != RUNNING:
            task.meter.reset()
        await self._persist(task)
        self.events.progress(task.task_id, event, {"taskId": task.task_id, "data": task.to_json()}, force=True)

    async def _progress(self, task: Task) -> None:
        task.meter.add(task.downloaded_bytes)
        task.updated_at = time.time()
        self.events.progress(task.task_id, ev.UPDATE, {"taskId": task.task_id, "data": task.to_json()})
        if time.monotonic() - task.persisted_at >= PERSIST_INTERVAL:
            await self._persist(task)

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
                await self._set_status(task, PAUSED)
            if not self._closing:
                self._schedule()

    def _schedule(self) -> None:
        if self._closing or self._session is None:
            return
        running = sum(1 for t in self.tasks.values() if t.runner is not None)
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

    # -- internals: the transfer ------------------------------------------
    async def _run(self, task: Task) -> None:
        try:
            await self._download(task)
        except asyncio.CancelledError:
            intent = task.intent
            if task.finishing and task.status != COMPLETED:
                # The model already has its final name: whatever was asked, it is done.
                await asyncio.shield(self._set_status(task, COMPLETED, ev.COMPLETE))
            elif task.status in (COMPLETED, FAILED, CANCELLED):
                # Stopped while recording its end: the end stands, write it again.
                await asyncio.shield(self._persist(task))
            elif intent == "pause":
                await self._set_status(task, PAUSED)
            elif intent == "shutdown":
                task.status = QUEUED
                await self._persist(task)
            elif intent not in ("cancel", "delete"):
                raise
        except DownloadFailed as exc:
            if exc.remove_part:
                await self._discard_part(task)
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
        await self._set_status(task, FAILED, ev.ERROR)
        log.warning("model manager: download %s failed: %s", task.task_id, message)

    async def _download(self, task: Task) -> None:
        task.error = None
        await self._set_status(task, RUNNING)
        attempts = 0
        while True:
            before = task.downloaded_bytes
            try:
                await self._transfer(task)
                break
            except Retryable as exc:
                if task.downloaded_bytes > before:
                    attempts = 0
                attempts += 1
                if attempts > self.settings.get("maxRetries"):
                    raise DownloadFailed(f"{exc} (gave up after {attempts} attempts)")
                base = self.settings.get("retryBaseDelay")
                delay = exc.retry_after if exc.retry_after is not None else min(base * 2 ** (attempts - 1), 60.0)
                task.error = f"{exc}; retry {attempts} in {delay:.0f} s"
                task.meter.reset()
                await self._set_status(task, RUNNING)
                await asyncio.sleep(delay)
                task.error = None
        await self._finish(task)

    async def _open(self, url: str, headers: dict) -> tuple[aiohttp.ClientResponse, str]:
        """GET ``url`` following redirects ourselves, so each hop gets only its own host's key."""
        timeout = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=self.settings.get("stallTimeout"))
        for _ in range(MAX_REDIRECTS + 1):
            hop_headers = dict(headers)
            hop_headers.update(self.policy.auth_headers(url))
            resp = await self._session.get(url, headers=hop_headers, allow_redirects=False, timeout=timeout)
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.headers.get("Location")
                resp.release()
                if not location:
                    raise DownloadFailed(f"HTTP {resp.status} redirect without a Location header")
                url = str(URL(url).join(URL(location)))
                try:
                    self.policy.check_redirect(url)
                except ApiError as exc:
                    raise DownloadFailed(str(exc))
                continue
            return resp, url
        raise DownloadFailed(f"more than {MAX_REDIRECTS} redirects")

    async def _transfer(self, task: Task) -> None:
        try:
            await self._transfer_once(task)
        except (aiohttp.ServerTimeoutError, asyncio.TimeoutError):
            raise Retryable(f"no data for {self.settings.get('stallTimeout'):.0f} s (stalled)")
        except (aiohttp.ClientError, ConnectionError) as exc:
            raise Retryable(f"connection error: {exc or type(exc).__name__}")

    async def _transfer_once(self, task: Task) -> None:
        if task.segments:
            await self._resume_split(task)
            return
        part = self._part_path_or_none(task)
        offset = await asyncio.to_thread(_file_size, part) if part else 0
        if part and task.total_bytes and offset == task.total_bytes:
            task.downloaded_bytes = offset
            return  # everything is on disk already (e.g. killed while verifying)
        if offset and (task.hasher is None or task.hashed_bytes != offset):
            task.hasher, task.hashed_bytes = await asyncio.to_thread(hash_file, part, offset)
        headers = {"Range": f"bytes={offset}-"} if offset else {}
        resp, final_url = await self._open(task.url, headers)
        try:
            await self._receive(task, resp, final_url, offset)
        finally:
            resp.release()

    def _auth_hint(self, url: str) -> str:
        """:data:`AUTH_HINT` plus what to do on the site that refused ``url`` (Civitai / Hugging Face)."""
        host = URL(url).host or ""
        netloc = f"{host}:{URL(url).explicit_port}" if URL(url).explicit_port else host
        for name, advice in AUTH_ADVICE.items():
            hosts = self.policy.key_hosts(name)
            if netloc in hosts or host in hosts:
                return f"{AUTH_HINT}: {advice}"
        return AUTH_HINT

    async def _receive(self, task: Task, resp: aiohttp.ClientResponse, final_url: str, offset: int) -> None:
        status = resp.status
        if status in (401, 403):
            raise DownloadFailed(f"HTTP {status}: {self._auth_hint(final_url)} for {URL(final_url).host}")
        if status == 404:
            raise DownloadFailed(f"HTTP 404: not found: {task.url}")
        if status == 416 and offset:
            cr = resp.headers.get("Content-Range", "")
            total = cr.rsplit("/", 1)[-1]
            if total.isdigit() and int(total) == offset:
                task.total_bytes = task.downloaded_bytes = offset
                return
            await self._discard_part(task)
            raise Retryable("the server refused to resume; starting over")
        if status == 429 or status >= 500:
            raise Retryable(f"HTTP {status}", parse_retry_after(resp.headers.get("Retry-After")))
        if status not in (200, 206):
            raise DownloadFailed(f"unexpected HTTP {status} from {URL(final_url).host}")
        ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        if ctype in _NOT_MODEL_TYPES:
            raise DownloadFailed(f"the server sent {ctype} instead of a model file: {AUTH_HINT}", remove_part=not offset)

        if status == 206:
            cr = parse_content_range(resp.headers.get("Content-Range"))
            if cr is None or cr[0] != offset:
                await self._discard_part(task)
                raise Retryable("the server answered the resume with a wrong Content-Range; starting over")
            total = cr[2]
        else:
            if offset:
                log.info("model manager: %s: server ignored Range, restarting from zero", task.task_id)
            offset = 0
            total = resp.content_length if "Content-Encoding" not in resp.headers else None

        prefix = b""
        if task.folder == AUTO_FOLDER:
            prefix = await self._route_by_header(task, resp)
        if task.filename is None:
            await self._name_from_response(task, resp, final_url)
        target = self._target_path(task)
        part = target + PART_SUFFIX
        if total is not None:
            if task.expected_size is not None and total != task.expected_size:
                raise DownloadFailed(
                    f"the server offers {total} bytes but {task.expected_size} were expected", remove_part=True
                )
            task.total_bytes = total
        need = (task.total_bytes or 0) - offset
        directory = os.path.dirname(target)
        await asyncio.to_thread(os.makedirs, directory, exist_ok=True)
        free = (await asyncio.to_thread(shutil.disk_usage, directory)).free
        if need > free:
            raise DownloadFailed(f"disk full: {need} bytes needed, {free} free in {directory}")

        connections = self._connections_for_one()
        if (status == 200 and task.total_bytes and not task.no_split
                and resp.headers.get("Accept-Ranges", "").lower() == "bytes"
                and connections > 1
                and task.total_bytes >= self.settings.get("splitMinBytes")):
            await self._start_split(task, resp, part, prefix, connections)
            return
        if offset == 0:
            task.hasher, task.hashed_bytes = hashlib.sha256(), 0
        task.downloaded_bytes = offset
        task.meter.reset()
        task.meter.add(offset)
        await self._stream(task, resp, part, offset, prefix)
        if task.total_bytes is None:
            task.total_bytes = task.downloaded_bytes
        elif task.downloaded_bytes < task.total_bytes:
            raise Retryable(f"the connection closed after {task.downloaded_bytes} of {task.total_bytes} bytes")
        elif task.downloaded_bytes > task.total_bytes:
            raise DownloadFailed("the server sent more bytes than it announced", remove_part=True)

    # -- split downloads: several ranged connections into one sparse .part --------
    def _connections_for_one(self) -> int:
        """Connections one new split may use: the ``connections`` setting shared by the
        downloads running now. Several running tasks are already parallel; more
        sockets would only load the shared event loop."""
        running = sum(1 for t in self.tasks.values() if t.runner is not None)
        return self.settings.get("connections") // max(1, running)

    async def _start_split(self, task: Task, resp: aiohttp.ClientResponse, part: str, prefix: bytes,
                           n: int) -> None:
        """Split a fresh download into ``connections`` byte ranges (RFC 9110 §14).

        The first response (a full ``200``) serves the first range; the others are
        fetched with ``Range`` requests. Each range is written with ``os.pwrite`` at
        its offset; the SHA-256 is computed after the last byte (the page cache
        makes that reread cheap).
        """
        total = task.total_bytes
        step = -(-total // n)
        task.segments = [[start, min(total, start + step) - 1, 0] for start in range(0, total, step)]
        task.hasher, task.hashed_bytes = hashlib.sha256(), 0

        def create() -> None:
            fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0), 0o644)
            try:
                os.ftruncate(fd, total)
            finally:
                os.close(fd)

        await asyncio.to_thread(create)
        await self._persist(task)
        await self._run_segments(task, part, (resp, prefix))

    async def _resume_split(self, task: Task) -> None:
        part = self._target_path(task) + PART_SUFFIX
        if await asyncio.to_thread(_file_size, part) != task.total_bytes:
            await self._discard_part(task)
            raise Retryable("the partial file of a split download is gone; starting over")
        await self._run_segments(task, part, None)

    async def _run_segments(self, task: Task, part: str, first) -> None:
        loop = asyncio.get_running_loop()
        fd = await loop.run_in_executor(None, os.open, part, os.O_WRONLY | getattr(os, "O_BINARY", 0))
        task.downloaded_bytes = sum(seg[2] for seg in task.segments)
        task.meter.reset()
        task.meter.add(task.downloaded_bytes)
        runners = [
            loop.create_task(self._segment(task, seg, fd, first if i == 0 else None))
            for i, seg in enumerate(task.segments) if seg[0] + seg[2] <= seg[1]
        ]
        if first is not None and task.segments[0][0] + task.segments[0][2] > task.segments[0][1]:
            first[0].release()
        ranges_done = asyncio.Event()
        hashing = loop.create_task(self._hash_behind(task, part, ranges_done))
        try:
            if runners:
                done, pending = await asyncio.wait(runners, return_when=asyncio.FIRST_EXCEPTION)
                for r in pending:
                    r.cancel()
                results = await asyncio.gather(*runners, return_exceptions=True)
                for result in results:
                    if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                        raise result
            if task.downloaded_bytes == task.total_bytes:
                ranges_done.set()
                await hashing  # the rest of the file, now complete
        finally:
            for r in runners:
                r.cancel()
            hashing.cancel()
            await asyncio.gather(*runners, hashing, return_exceptions=True)
            await loop.run_in_executor(None, os.close, fd)
            await self._persist(task)
        if task.downloaded_bytes != task.total_bytes:
            raise Retryable("a range of the split download is incomplete")

    async def _hash_behind(self, task: Task, part: str, ranges_done: asyncio.Event) -> None:
        """Hash a split download while it arrives: SHA-256 needs the bytes in order, so
        this follows the written prefix (the first range's progress, then each next
        range once the one before it is complete) and leaves only the tail for the end.

        ``task.hasher`` / ``task.hashed_bytes`` always describe a prefix of the file;
        a stop waits for the read in flight, so the two never disagree.
        """
        if task.hasher is None or task.hashed_bytes > _written_prefix(task.segments):
            task.hasher, task.hashed_bytes = hashlib.sha256(), 0
        hasher = task.hasher
        loop = asyncio.get_running_loop()

        def hash_range(start: int, end: int) -> None:
            with open(part, "rb", buffering=0) as f:
                f.seek(start)
                buf = bytearray(1024 * 1024)
                view = memoryview(buf)
                while start < end:
                    n = f.readinto(view[:min(len(buf), end - start)])
                    if not n:
                        break
                    hasher.update(view[:n])
                    start += n
                    task.hashed_bytes = start

        while task.hashed_bytes < task.total_bytes:
            ready = _written_prefix(task.segments)
            if ready > task.hashed_bytes:
                step = loop.run_in_executor(None, hash_range, task.hashed_bytes, min(ready, task.hashed_bytes + 64 * 2**20))
                try:
                    await asyncio.shield(step)
                except asyncio.CancelledError:
                    await asyncio.wait([step])  # never leave a thread updating the hasher
                    raise
            elif ranges_done.is_set():
                break
            else:
                await asyncio.sleep(0.05)

    async def _segment(self, task: Task, seg: list, fd: int, first) -> None:
        """Fetch one range ``seg = [start, end, written]`` and write it in place."""
        loop = asyncio.get_running_loop()
        start, end, _ = seg
        if first is not None:
            resp, prefix = first
        else:
            pos = start + seg[2]
            resp, _url = await self._open(task.url, {"Range": f"bytes={pos}-{end}"})
            prefix = b""
            if resp.status != 206:
                resp.release()
                if resp.status == 200:
                    # The server ignores ranges after all: one connection it is.
                    await self._discard_part(task)
                    task.no_split = True
                    raise Retryable("the server does not honour ranges; using one connection")
                if resp.status == 429 or resp.status >= 500:
                    raise Retryable(f"HTTP {resp.status}", parse_retry_after(resp.headers.get("Retry-After")))
                raise DownloadFailed(f"HTTP {resp.status} for a range of the file")
            cr = parse_content_range(resp.headers.get("Content-Range"))
            if cr is None or cr[0] != pos:
                resp.release()
                await self._discard_part(task)
                task.no_split = True
                raise Retryable("the server answered a range with a wrong Content-Range; using one connection")
        pending: asyncio.Future | None = None
        flushed_at = time.monotonic()
        try:
            buffered, size = ([prefix], len(prefix)) if prefix else ([], 0)
            got = seg[2] + size  # received for this range, written or not yet
            while True:
                remaining = end - start + 1 - got
                data = await resp.content.readany() if remaining > 0 else b""
                if data:
                    data = data[:remaining]
                    buffered.append(data)
                    size += len(data)
                    got += len(data)
                if size and (size >= CHUNK_BYTES or not data or time.monotonic() - flushed_at >= 1.0):
                    chunk = b"".join(buffered)
                    buffered, size = [], 0
                    flushed_at = time.monotonic()
                    if pending is not None:
                        await pending
                    pos = start + seg[2]

                    def write(chunk=chunk, pos=pos) -> None:
                        view = memoryview(chunk)
                        while view:
                            view = view[os.pwrite(fd, view, pos + len(chunk) - len(view)):]
                        seg[2] += len(chunk)
                        task.downloaded_bytes += len(chunk)

                    pending = loop.run_in_executor(None, write)
                    await self._progress(task)
                if not data:
                    break
            if pending is not None:
                await pending
                pending = None
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise DownloadFailed("disk full while writing a range of the file")
            raise DownloadFailed(f"cannot write the partial file: {exc.strerror or exc}")
        finally:
            if pending is not None and not pending.done():
                await asyncio.wait([pending])
            resp.release()
        if start + seg[2] <= end:
            raise Retryable(f"the connection closed {end - start - seg[2] + 1} bytes before the end of its range")

    async def _route_by_header(self, task: Task, resp: aiohttp.ClientResponse) -> bytes:
        """Pick the model folder of an ``"auto"`` task from the first bytes of the body.

        Reads the safetensors header (8-byte little-endian length + JSON, bounded
        by :data:`MAX_HEADER_BYTES`) or the GGUF magic, classifies it and returns
        the bytes read so they are written first. Fails the task when no rule
        decides: a guess hidden in a folder name helps nobody.
        """
        from ..library.classify import classify, suggested_folder
        from ..library.header import header_metadata

        head = await resp.content.readexactly(8)
        if head.lstrip().lower().startswith((b"<!doctyp", b"<html")):
            raise DownloadFailed(f"the server sent a web page instead of a model file: {AUTH_HINT}")
        if head[:4] == b"GGUF":
            folder, rule = "diffusion_models", "GGUF file → diffusion_models"
            prefix = head
        else:
            length = int.from_bytes(head, "little")
            if not 2 <= length <= MAX_HEADER_BYTES:
                raise DownloadFailed('not a safetensors or GGUF file: choose a model folder instead of "auto"')
            raw = await resp.content.readexactly(length)
            prefix = head + raw
            try:
                c = classify(raw, header_metadata(raw), task.filename or "")
            except ValueError as exc:
                raise DownloadFailed(f"unreadable safetensors header: {exc}")
            folder = suggested_folder(c)
            if folder is None:
                raise DownloadFailed(f'cannot tell which model folder this file belongs in ({c.rule}): '
                                     f'choose a folder instead of "auto"')
            rule = f"{c.rule} → {folder}"
        self.folders.get(folder)
        task.folder, task.folder_rule = folder, rule
        self.folders.resolve(task.folder, task.path_index, task.subfolder, "subfolder")
        if task.filename is not None:
            target = self._target_path(task)
            if await asyncio.to_thread(os.path.lexists, target):
                raise DownloadFailed(f"{task.folder}/{task.relative_path} already exists")
        await self._persist(task)
        return prefix

    async def _name_from_response(self, task: Task, resp: aiohttp.ClientResponse, final_url: str) -> None:
        name = resp.content_disposition.filename if resp.content_disposition else None
        if not name:
            name = unquote(urlsplit(final_url).path.rsplit("/", 1)[-1])
        name = sanitize_filename(name)
        try:
            check_extension(name, self.settings.get("allowPickle"))
        except ApiError as exc:
            raise DownloadFailed(str(exc))
        task.filename = name
        target = self._target_path(task)
        for other in self.tasks.values():
            if other is not task and other.status in ACTIVE_STATES and other.filename and self._target_path(other) == target:
                raise DownloadFailed(f"another download task ({other.task_id}) already writes {task.relative_path}")
        if await asyncio.to_thread(os.path.lexists, target):
            raise DownloadFailed(f"{task.folder}/{task.relative_path} already exists")
        await self._persist(task)

    async def _stream(self, task: Task, resp: aiohttp.ClientResponse, part: str, offset: int,
                      prefix: bytes = b"") -> None:
        """Copy the body to ``part`` from ``offset``, hashing as it goes.

        A three-stage pipeline: the event loop reads the network while one
        thread writes the previous chunk and another hashes it (SHA-256 costs
        about as much as the network and the disk together, so it gets its own
        core). Each stage has one single-thread executor, so jobs in a stage run
        in order — the close queued last waits for a write still in flight.
        """
        loop = asyncio.get_running_loop()
        flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
        flags |= os.O_APPEND if offset else os.O_TRUNC
        writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-write")
        hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-hash")
        fd = await loop.run_in_executor(writer, os.open, part, flags, 0o644)
        hasher = task.hasher
        written = [offset]

        def write(chunks: list[bytes]) -> None:
            written[0] += _write_all(fd, chunks)

        def digest(chunks: list[bytes]) -> None:
            for chunk in chunks:  # network-sized pieces: cache-friendly for the hash
                hasher.update(chunk)
                task.hashed_bytes += len(chunk)

        def submit(chunks: list[bytes]) -> list[asyncio.Future]:
            return [loop.run_in_executor(writer, write, chunks), loop.run_in_executor(hashing, digest, chunks)]

        pending: list[asyncio.Future] = []
        buffered: list[bytes] = [prefix] if prefix else []
        size = len(prefix)
        task.downloaded_bytes += len(prefix)
        flushed_at = time.monotonic()
        sniff = offset == 0 and not prefix
        try:
            while True:
                data = await resp.content.readany()
                if data:
                    if sniff:
                        sniff = False
                        head = data[:64].lstrip().lower()
                        if head.startswith((b"<!doctype html", b"<html")):
                            raise DownloadFailed(f"the server sent a web page instead of a model file: {AUTH_HINT}",
                                                 remove_part=True)
                    buffered.append(data)
                    size += len(data)
                    task.downloaded_bytes += len(data)
                # Big writes for throughput; a flush at least every second so a
                # slow transfer's .part file (what a pause keeps) stays current.
                if size and (size >= CHUNK_BYTES or not data or time.monotonic() - flushed_at >= 1.0):
                    chunks, buffered = buffered, []
                    size = 0
                    flushed_at = time.monotonic()
                    if pending:
                        await asyncio.gather(*pending)
                    pending = submit(chunks)
                if data:
                    await self._progress(task)
                else:
                    break
            if pending:
                await asyncio.gather(*pending)
            if self.settings.get("durableFinish"):
                await loop.run_in_executor(writer, os.fsync, fd)
        except (asyncio.CancelledError, aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
            # Paused or cut off: the bytes already received are good, keep them
            # (queued behind any chunk still in flight, so the order holds).
            if buffered:
                pending += submit(buffered)
                buffered = []
            raise
        except OSError as exc:
            if exc.errno == errno.ENOSPC:
                raise DownloadFailed(f"disk full while writing {os.path.basename(part)}")
            raise DownloadFailed(f"cannot write {os.path.basename(part)}: {exc.strerror or exc}")
        finally:
            closing = loop.run_in_executor(writer, os.close, fd)
            drained = loop.run_in_executor(hashing, lambda: None)
            writer.shutdown(wait=False)
            hashing.shutdown(wait=False)
            await asyncio.shield(asyncio.gather(closing, drained))
            for future in pending:
                if future.done() and not future.cancelled():
                    future.exception()  # retrieved, so asyncio does not log it again
            # What was received but not yet written is lost on a stop: report the file.
            task.downloaded_bytes = written[0]

    @staticmethod
    def _write_sidecar(task: Task, target: str, digest: str, size: int) -> None:
        from ..library.sidecars import write_metadata

        info = json.loads(task.source_info) if task.source_info else {}
        architecture = base_model = None
        if target.lower().endswith((".safetensors", ".sft")):
            from ..library.classify import classify
            from ..library.header import HeaderError, header_metadata, read_safetensors_header

            try:
                raw = read_safetensors_header(target)
                c = classify(raw, header_metadata(raw), os.path.basename(target))
                architecture, base_model = c.architecture, c.base_model
            except (HeaderError, OSError):
                pass
        write_metadata(target, {
            "sha256": digest, "size": size, "url": task.url,
            "source": info.get("source") or "direct",
            "source_ids": {k: info[k] for k in ("modelId", "versionId", "repo", "revision", "path") if k in info}
            or None,
            "base_model": info.get("baseModel") or base_model, "architecture": architecture,
            "trigger_words": info.get("triggerWords"), "civitai": info.get("civitai"),
        })

    async def _finish(self, task: Task) -> None:
        target = self._target_path(task)
        part = target + PART_SUFFIX
        await self._set_status(task, VERIFYING)
        size = await asyncio.to_thread(_file_size, part)
        if task.total_bytes is not None and size != task.total_bytes:
            raise DownloadFailed(f"size mismatch: {size} bytes on disk, {task.total_bytes} expected", remove_part=True)
        if task.expected_size is not None and size != task.expected_size:
            raise DownloadFailed(f"size mismatch: {size} bytes, {task.expected_size} expected", remove_part=True)
        if task.hasher is None or task.hashed_bytes != size:
            task.hasher, task.hashed_bytes = await asyncio.to_thread(hash_file, part, size)
        digest = task.hasher.hexdigest()
        if task.expected_sha256 and digest != task.expected_sha256:
            raise DownloadFailed(
                f"SHA-256 mismatch: expected {task.expected_sha256}, got {digest}; the download was deleted",
                remove_part=True,
            )
        if target.lower().endswith((".safetensors", ".sft")):
            problem = await asyncio.to_thread(safetensors_size_problem, part)
            if problem:
                raise DownloadFailed(f"not a complete safetensors file: {problem}; the download was deleted",
                                     remove_part=True)
        task.sha256, task.segments = digest, None
        # No await between the decision and the rename: a pause or shutdown cannot
        # land in between, and from here on it waits (``finishing``).
        if not _place(part, target):
            raise DownloadFailed(f"{task.folder}/{task.relative_path} appeared while downloading; kept nothing",
                                 remove_part=True)
        task.finishing = True
        if self.settings.get("writeSidecars"):
            try:
                await asyncio.to_thread(self._write_sidecar, task, target, digest, size)
            except Exception as exc:  # the model is fine; a missing sidecar is not worth failing it
                log.warning("model manager: no sidecar for %s: %s", target, exc)
        task.downloaded_bytes = task.total_bytes = size
        task.hasher = None
        if self.on_complete is not None:
            try:
                await self.on_complete(task.folder, task.path_index, task.relative_path, digest)
            except Exception as exc:  # the model is in place; a scan will catalog it later
                log.warning("model manager: could not catalog %s: %s", target, exc)
        await self._set_status(task, COMPLETED, ev.COMPLETE)
        self.events.forget(task.task_id)
