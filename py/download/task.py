"""The download task: its states, its fields (persisted and runtime), its API shape.

Lifecycle of a task (states spelled as in the API)::

    queued -> running <-> paused -> verifying -> completed | failed | cancelled

Also here: the two outcomes of a failed attempt (:class:`DownloadFailed` ends the
task, :class:`Retryable` asks for another try), the speed meter, and
:class:`Queue` — what the engine rooms (``transfer``, ``split``, ``finish``,
``target``) use of the queue that runs them, so none of them imports the
manager.
"""

from __future__ import annotations

import asyncio
import json
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..store.catalog import TASK_COLUMNS

QUEUED, RUNNING, PAUSED, VERIFYING = "queued", "running", "paused", "verifying"
COMPLETED, FAILED, CANCELLED = "completed", "failed", "cancelled"
ACTIVE_STATES = (QUEUED, RUNNING, PAUSED, VERIFYING)

#: The folder name that asks the engine to place a download by its header.
AUTO_FOLDER = "auto"


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
    #: This process holds the task's lease (:mod:`.fleet`): only then does it write the row.
    leased: bool = False
    #: A command of this process is changing the task (the catalog poll leaves it alone).
    busy: bool = False
    #: Serializes this process's commands on the task (:meth:`.fleet.Fleet.locally`).
    command_lock: asyncio.Lock | None = field(default=None, repr=False)
    #: The lease holder and its speed, as the catalog last said (another process's task).
    owner: str | None = None
    remote_speed: float = 0.0

    @classmethod
    def from_row(cls, row: dict) -> "Task":
        values = {c: row[c] for c in TASK_COLUMNS}
        values["segments"] = json.loads(values["segments"]) if values["segments"] else None
        return cls(**values)

    def apply_row(self, row: dict) -> None:
        """Take the persisted columns (and the lease holder, its speed) from a catalog row."""
        for c in TASK_COLUMNS:
            if c != "segments":
                setattr(self, c, row[c])
        self.segments = json.loads(row["segments"]) if row["segments"] else None
        self.owner = row.get("owner")
        self.remote_speed = row.get("bytes_per_second") or 0.0

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
        if not running:
            speed = 0.0
        elif self.runner is not None:
            speed = self.meter.rate()
        else:  # another process runs it: its speed as recorded with its heartbeat
            speed = self.remote_speed
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


class Queue(Protocol):
    """What the engine rooms use of the queue running a task (:class:`.manager.DownloadManager`)."""

    folders: Any  #: :class:`~..safety.folders.ModelFolders`
    settings: Any  #: :class:`~..store.settings.Settings` (``get(name)``)
    policy: Any  #: :class:`~..safety.urlpolicy.UrlPolicy`
    events: Any  #: :class:`~..events.Events`
    session: Any  #: the shared ``aiohttp.ClientSession`` (None before ``start``)
    tasks: dict[str, Task]
    on_complete: Any

    def running(self) -> int:
        """How many tasks have a runner in this process now."""

    async def persist(self, task: Task) -> None:
        """Write the task's row to the catalog."""

    async def set_status(self, task: Task, status: str, event: str = ...) -> None:
        """Change state, persist, send the event at once."""

    async def progress(self, task: Task) -> None:
        """Record bytes received: speed, a throttled event, a periodic persist."""
