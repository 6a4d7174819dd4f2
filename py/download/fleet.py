"""Many processes, one queue: task leases, the heartbeat, the catalog poll, hand-over.

Every process that runs downloads on a catalog (two ComfyUI processes on one install,
the CLI beside a server, a fleet of servers on one PostgreSQL catalog) runs one
:class:`Fleet` loop, every :data:`BEAT_SECONDS`:

1. **heartbeat**: renew the leases of the tasks this process runs, recording their
   progress (bytes, ranges, speed) — so a ``kill -9`` forgets at most the bytes of the
   last beat plus the last write flush (``client.FLUSH_SECONDS``), under a second. The
   reply names the commands other processes handed over (pause / cancel / delete),
   which are carried out here; a task missing from it was taken over (this process
   stalled past the lease's ``LEASE_TTL``) and is stopped without writing anything;
2. **poll**: read every task row and bring the other processes' tasks up to date here
   (status, bytes, speed), sending the same WebSocket events their owner sends;
3. **dead owners**: an owner on this machine that shares our data directory holds an
   ``flock`` on ``<data_dir>/owners/<id>.lock`` while it lives; when that lock can be
   taken, the owner is gone and its leases are expired at once instead of after
   ``LEASE_TTL`` (a restart after a crash continues at once);
4. **settings and models** (every :data:`SETTINGS_SECONDS`): take the settings other
   processes changed; when they wrote model rows (hashed, identified, renamed), tell
   the library's listing index to reread them (``on_models_elsewhere``);
5. **claim**: lease queued tasks (and tasks of dead owners) up to ``concurrency``,
   oldest first, and start them.
"""

from __future__ import annotations

import asyncio
import logging
import os
import socket
import time

from .. import events as ev
from ..store.tasks import new_owner_id
from ..errors import Conflict
from .task import CANCELLED, COMPLETED, FAILED, PAUSED, RUNNING, Task

try:
    import fcntl
except ImportError:  # Windows: dead owners are found by their heartbeat alone
    fcntl = None

log = logging.getLogger(__name__)

#: Seconds between heartbeats (and progress records, and catalog polls).
BEAT_SECONDS = 0.4
#: A lease whose heartbeat is older than this is dead: its owner was killed or hangs.
LEASE_TTL = 5.0
#: Seconds a command handed to another process waits for the owner to carry it out.
HAND_OVER_WAIT = LEASE_TTL + 2.0
#: Seconds between reloads of the settings other processes may have changed.
SETTINGS_SECONDS = 2.0


class LeaseLost(Exception):
    """This process no longer holds the task's lease: it must stop without writing."""


class OwnerLock:
    """An exclusive ``flock`` on ``<directory>/<key>.lock`` held while this process lives.

    The kernel drops it when the process dies, however it dies, so another process
    with the same directory can tell a dead owner from a live one without waiting.
    """

    def __init__(self, directory: str | None, owner: str):
        self.directory = directory
        self.path = os.path.join(directory, f"{self.key(owner)}.lock") if directory and fcntl else None
        self._fd: int | None = None

    @staticmethod
    def key(owner: str) -> str:
        host, pid, rand = owner.rsplit(":", 2)
        return f"{pid}-{rand}"

    def acquire(self) -> None:
        if self.path is None:
            return
        os.makedirs(self.directory, mode=0o700, exist_ok=True)
        fd = os.open(self.path, os.O_CREAT | os.O_RDWR, 0o600)
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            try:
                os.unlink(self.path)
            except OSError:
                pass
            os.close(self._fd)
            self._fd = None

    def is_dead(self, owner: str) -> bool:
        """True when ``owner`` ran on this machine with this directory and its lock is free now."""
        if self.path is None or owner.rsplit(":", 2)[0] != socket.gethostname():
            return False
        path = os.path.join(self.directory, f"{self.key(owner)}.lock")
        try:
            fd = os.open(path, os.O_RDWR)
        except OSError:
            return False  # never had one here: only its heartbeat can tell
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # held: alive
        else:
            try:
                os.unlink(path)
            except OSError:
                pass
            return True
        finally:
            os.close(fd)


class Fleet:
    """The lease loop of one :class:`.manager.DownloadManager` (see module docstring)."""

    def __init__(self, q, data_dir: str | None):
        self.q = q
        self.owner = new_owner_id()
        self.lock = OwnerLock(os.path.join(data_dir, "owners") if data_dir else None, self.owner)
        self._poke: asyncio.Future | None = None
        self._loop_task: asyncio.Task | None = None
        self._known: set[str] = set()
        self._handled: dict[str, str] = {}
        self._dead_checked: dict[str, float] = {}
        self._settings_at = time.monotonic()

    def poke(self) -> None:
        """Run the next beat now (a task was queued or a slot came free)."""
        if self._poke is not None and not self._poke.done():
            self._poke.set_result(None)

    async def start(self) -> None:
        await asyncio.to_thread(self.lock.acquire)
        self._loop_task = asyncio.get_running_loop().create_task(self._run())

    async def close(self) -> None:
        """Stop the loop and give up every lease (after the manager stopped its runners)."""
        if self._loop_task is not None:
            self._loop_task.cancel()
            await asyncio.wait([self._loop_task], timeout=5.0)
            self._loop_task = None
        catalog = self.q.catalog
        await catalog.call(catalog.release_all, self.owner)
        await asyncio.to_thread(self.lock.release)

    async def _run(self) -> None:
        while True:
            try:
                await self.tick()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database was away: try again next beat
                log.exception("model manager: catalog heartbeat failed")
            # asyncio.wait, not wait_for: Python 3.11's wait_for can swallow a cancellation
            self._poke = asyncio.get_running_loop().create_future()
            await asyncio.wait([self._poke], timeout=BEAT_SECONDS)

    async def tick(self) -> None:
        """One beat: heartbeat + commands, poll, dead owners, claim."""
        q, catalog = self.q, self.q.catalog
        own = [t for t in q.tasks.values() if t.leased]
        progress = [{
            "task_id": t.task_id, "downloaded_bytes": t.downloaded_bytes, "total_bytes": t.total_bytes,
            "segments": t.to_row()["segments"], "updated_at": t.updated_at,
            "bytes_per_second": round(t.meter.rate(), 1) if t.status == RUNNING else 0.0,
        } for t in own if t.runner is not None and not t.finishing]
        # Idle (no lease held): no write at all, so an idle catalog file stays as it is.
        commands = await catalog.call(catalog.heartbeat, self.owner, progress) if own else {}
        for t in own:
            if t.task_id not in commands and t.leased and t.runner is not None and not t.finishing:
                log.warning("model manager: lost the lease on %s (this process stalled); stopping it", t.task_id)
                t.leased = False
                t.intent = "lost"
                t.runner.cancel()
        for task_id, command in commands.items():
            if command and self._handled.get(task_id) != command:
                self._handled[task_id] = command
                asyncio.get_running_loop().create_task(self._obey(task_id, command))
        rows = await catalog.call(catalog.load_tasks)
        self._sync(rows)
        if time.monotonic() - self._settings_at >= SETTINGS_SECONDS and hasattr(q.settings, "refresh"):
            self._settings_at = time.monotonic()
            await q.settings.refresh()
            if q.on_models_elsewhere is not None and await catalog.call(catalog.models_changed_elsewhere):
                q.on_models_elsewhere()  # another process scanned, downloaded or edited models
        await self._expire_dead(rows)
        if not q.closing:
            await self.claim()

    async def _obey(self, task_id: str, command: str) -> None:
        q = self.q
        try:
            if command == "pause":
                await q.pause(task_id)
            elif command == "cancel":
                await q.cancel(task_id)
            elif command == "delete":
                await q.delete(task_id)
        except Exception as exc:  # finished meanwhile, or gone
            log.info("model manager: handed-over %s of %s: %s", command, task_id, exc)
        finally:
            self._handled.pop(task_id, None)

    async def locally(self, task: Task, change, statuses: tuple[str, ...] | None = None) -> bool:
        """Take the lease of a task no process runs, apply ``change`` (an async callable), give
        the lease back. False (nothing done) when a live process holds it or its status in the
        catalog is not one of ``statuses``; the task then shows the catalog's state."""
        if task.command_lock is None:
            task.command_lock = asyncio.Lock()
        async with task.command_lock:  # two requests on one task here: one after the other
            task.busy = True
            try:
                row = await self.q.catalog.call(self.q.catalog.acquire_lease, task.task_id, self.owner,
                                                LEASE_TTL, statuses)
                if row is None:
                    row = await self.q.catalog.call(self.q.catalog.get_task, task.task_id)
                    if row is not None:
                        task.apply_row(row)
                    return False
                task.apply_row(row)
                task.leased = True
                try:
                    await change()
                except LeaseLost:
                    raise Conflict(f"task {task.task_id} changed hands meanwhile; try again") from None
                finally:
                    if task.leased:
                        task.leased = False
                        await self.q.catalog.call(self.q.catalog.release_task, task.to_row(), self.owner)
                return True
            finally:
                task.busy = False

    async def hand_over(self, task: Task, command: str) -> None:
        """Ask the task's owner (another process) to carry out ``command``; wait until the
        catalog shows it done. :class:`Conflict` when the owner does not answer in time."""
        outcome = await self.q.catalog.call(self.q.catalog.hand_over, task.task_id, command, self.owner,
                                            LEASE_TTL)
        if outcome == "free":  # the owner let go meanwhile: one more try here
            retry = {"pause": self.q.pause, "cancel": self.q.cancel, "delete": self.q.delete}[command]
            await retry(task.task_id)
            return
        deadline = time.monotonic() + HAND_OVER_WAIT
        done = {"pause": (PAUSED, COMPLETED, FAILED, CANCELLED), "cancel": (COMPLETED, CANCELLED)}.get(command, ())
        while time.monotonic() < deadline:
            row = await self.q.catalog.call(self.q.catalog.get_task, task.task_id)
            if row is None:
                if command == "delete":
                    self.q.tasks.pop(task.task_id, None)
                    self.q.events.forget(task.task_id)
                    self.q.events.send(ev.DELETE, {"taskId": task.task_id})
                return
            if not task.leased and task.runner is None:
                task.apply_row(row)
            if row["status"] in done:
                return
            await asyncio.sleep(BEAT_SECONDS / 2)
        raise Conflict(f"the process running task {task.task_id} did not {command} it in time")

    async def claim(self) -> None:
        """Lease and start queued (or orphaned) tasks while this process has free slots."""
        q, catalog = self.q, self.q.catalog
        free = q.settings.get("concurrency") - q.running()
        if free <= 0:
            return
        rows = await catalog.call(catalog.claim_tasks, self.owner, LEASE_TTL, free, q.only_tasks)
        for row in rows:
            if q.closing:
                await catalog.call(catalog.release_all, self.owner)
                return
            task = q.tasks.get(row["task_id"])
            if task is None:
                task = q.tasks[row["task_id"]] = Task.from_row(row)
            else:
                task.apply_row(row)
            q.start_runner(task)

    def _sync(self, rows: list[dict]) -> None:
        """Mirror the other processes' tasks from the catalog rows, with their events."""
        q = self.q
        seen = set()
        for row in rows:
            task_id = row["task_id"]
            seen.add(task_id)
            task = q.tasks.get(task_id)
            if task is None:
                task = q.tasks[task_id] = Task.from_row(row)
                task.owner, task.remote_speed = row["owner"], row["bytes_per_second"] or 0.0
                q.events.send(ev.CREATE, {"taskId": task_id, "data": task.to_json()})
                continue
            if task.leased or task.runner is not None or task.busy or row["owner"] == self.owner:
                continue  # ours (or ours when the rows were read): this process is the truth
            before = (task.status, task.downloaded_bytes, task.error, task.total_bytes, task.filename)
            task.apply_row(row)
            after = (task.status, task.downloaded_bytes, task.error, task.total_bytes, task.filename)
            if after != before:
                event = {COMPLETED: ev.COMPLETE, FAILED: ev.ERROR}.get(task.status, ev.UPDATE)
                q.events.progress(task_id, event, {"taskId": task_id, "data": task.to_json()},
                                  force=after[0] != before[0])
        for task_id in self._known - seen:
            task = q.tasks.get(task_id)
            if task is not None and not task.leased and task.runner is None and not task.busy:
                q.tasks.pop(task_id, None)
                q.events.forget(task_id)
                q.events.send(ev.DELETE, {"taskId": task_id})
        self._known = seen

    async def _expire_dead(self, rows: list[dict]) -> None:
        """Expire at once the leases of owners on this machine whose process is gone."""
        if self.lock.path is None:
            return
        now = time.monotonic()
        owners = {r["owner"] for r in rows if r["owner"] and r["owner"] != self.owner}
        for owner in owners:
            if now - self._dead_checked.get(owner, 0.0) < 1.0:
                continue
            self._dead_checked[owner] = now
            if await asyncio.to_thread(self.lock.is_dead, owner):
                log.info("model manager: %s is gone; its downloads are free to continue", owner)
                await self.q.catalog.call(self.q.catalog.expire_owner, owner)
