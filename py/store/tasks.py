"""Download task rows and their leases (part of :class:`.catalog.Catalog`, catalog thread).

A task is run only by the process holding its lease: ``owner`` (a process id string,
:func:`new_owner_id`) plus ``heartbeat`` (epoch seconds on the database's clock, so
the machines of a fleet need not agree on the time). The owner renews the heartbeat
with its progress at least every second (:meth:`TaskStore.heartbeat`); a heartbeat
older than ``ttl`` seconds means the owner died, and any process may take the task
(:meth:`TaskStore.claim_tasks`, :meth:`TaskStore.acquire_lease`). Taking is atomic:

- PostgreSQL: ``SELECT … FOR UPDATE SKIP LOCKED`` picks rows nobody else is taking,
  then one ``UPDATE`` sets the owner (a single-row take is one conditional ``UPDATE``,
  which READ COMMITTED re-checks after the row lock, so two takers never both win);
- SQLite: the same statements inside ``BEGIN IMMEDIATE`` (one writer at a time).

Other processes never write a leased task's progress; they ask the owner to pause,
cancel or delete by writing ``command`` (:meth:`TaskStore.hand_over`), which the owner
reads back from its next heartbeat.
"""

from __future__ import annotations

import os
import socket
import uuid

import sqlalchemy as sa

from . import schema

TASK_COLUMNS = (
    "task_id", "url", "folder", "path_index", "subfolder", "filename", "status",
    "downloaded_bytes", "total_bytes", "expected_sha256", "expected_size", "sha256",
    "error", "created_at", "updated_at", "folder_rule", "source_info", "segments",
)
#: Lease columns: written only through the lease methods below.
LEASE_COLUMNS = ("owner", "heartbeat", "command", "bytes_per_second")
#: States of a task that is not finished (same spelling as the download engine's).
ACTIVE = ("queued", "running", "paused", "verifying")
#: Commands one process may hand to a task's owner.
COMMANDS = ("pause", "cancel", "delete")
#: Progress fields an owner reports with each heartbeat.
PROGRESS_COLUMNS = ("downloaded_bytes", "total_bytes", "segments", "updated_at", "bytes_per_second")

t = schema.download_tasks


def new_owner_id() -> str:
    """A lease owner id for this process: ``host:pid:random`` (unique even after a pid is reused)."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


class TaskStore:
    """Task queries; mixed into :class:`.catalog.Catalog` (which provides ``_read``,
    ``_write``, ``_upsert``, ``now_sql`` and ``dialect``)."""

    def _lease_free(self, owner: str | None, ttl: float) -> sa.ColumnElement[bool]:
        """No live lease on the row, or the lease is ``owner``'s own."""
        dead = sa.or_(t.c.owner.is_(None), t.c.heartbeat.is_(None), t.c.heartbeat < self.now_sql() - ttl)
        return sa.or_(dead, t.c.owner == owner) if owner else dead

    # -- plain rows ------------------------------------------------------------
    def load_tasks(self) -> list[dict]:
        """Every download task row (task and lease columns) as a dict, oldest first."""
        with self._read() as conn:
            return self._dicts(conn.execute(sa.select(t).order_by(t.c.created_at)))

    def get_task(self, task_id: str) -> dict | None:
        """One task row (task and lease columns), or None."""
        with self._read() as conn:
            row = conn.execute(sa.select(t).where(t.c.task_id == task_id)).first()
        return dict(row._mapping) if row else None

    def save_task(self, row: dict, owner: str | None = None) -> bool:
        """Write the :data:`TASK_COLUMNS` of one task.

        Without ``owner``: insert or replace (lease columns untouched). With ``owner``:
        update only while ``owner`` holds the lease, renewing its heartbeat. Returns
        False when the row is not ``owner``'s (the lease was lost: stop working on it).
        """
        values = {c: row[c] for c in TASK_COLUMNS}
        with self._write() as conn:
            if owner is None:
                self._upsert(conn, t, [values], ("task_id",), tuple(c for c in TASK_COLUMNS if c != "task_id"))
                return True
            values.pop("task_id")
            result = conn.execute(sa.update(t).where(t.c.task_id == row["task_id"], t.c.owner == owner)
                                  .values(**values, heartbeat=self.now_sql()))
            return result.rowcount == 1

    def delete_task(self, task_id: str) -> None:
        """Remove one task row (no error if it is gone)."""
        with self._write() as conn:
            conn.execute(sa.delete(t).where(t.c.task_id == task_id))

    def find_or_insert_task(self, row: dict, owner: str | None = None) -> dict | None:
        """Insert a new task unless an unfinished one already does the same; atomic across processes.

        "The same": when ``row`` names a file, an active task writing that file
        (``folder``, ``path_index``, ``subfolder``, ``filename``); otherwise an active
        task for the same URL into the same folder (``filename`` decided by the server).
        Returns that task's row (nothing inserted), or None after inserting ``row``
        (leased to ``owner`` when given). SQLite: one ``BEGIN IMMEDIATE``; PostgreSQL:
        a transaction-scoped advisory lock, since the rows to collide with may not exist.
        """
        same_place = [t.c.folder == row["folder"], t.c.path_index == row["path_index"],
                      t.c.subfolder == row["subfolder"]]
        if row["filename"] is not None:
            match = sa.and_(*same_place, t.c.filename == row["filename"])
        else:
            match = sa.and_(*same_place, t.c.url == row["url"])
        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x4D4D_0002})
            found = conn.execute(sa.select(t).where(match, t.c.status.in_(ACTIVE)).order_by(t.c.created_at)).first()
            if found is not None:
                return dict(found._mapping)
            values = {c: row[c] for c in TASK_COLUMNS}
            if owner is not None:
                values.update(owner=owner, heartbeat=self.now_sql())
            conn.execute(sa.insert(t).values(**values))
            return None

    # -- leases ----------------------------------------------------------------
    def acquire_lease(self, task_id: str, owner: str, ttl: float, statuses: tuple[str, ...] | None = None
                      ) -> dict | None:
        """Take the lease on one task if nobody alive holds it (or ``owner`` does already) and
        its status is one of ``statuses`` (any when None). Returns the row as taken, or None."""
        cond = [t.c.task_id == task_id, self._lease_free(owner, ttl)]
        if statuses is not None:
            cond.append(t.c.status.in_(statuses))
        with self._write() as conn:
            taken = conn.execute(sa.update(t).where(*cond).values(owner=owner, heartbeat=self.now_sql(),
                                                                  command=None)).rowcount
            if taken != 1:
                return None
            return dict(conn.execute(sa.select(t).where(t.c.task_id == task_id)).one()._mapping)

    def claim_tasks(self, owner: str, ttl: float, limit: int, only: set[str] | None = None) -> list[dict]:
        """Lease up to ``limit`` tasks to run, oldest first: ``queued`` ones nobody alive holds,
        and ``running`` / ``verifying`` ones whose owner died (``only``: just these ids).
        Returns the rows as taken (their progress is where the dead owner left it)."""
        if limit <= 0 or (only is not None and not only):
            return []
        dead = self._lease_free(None, ttl)  # ``owner``'s own are running already
        cond = [t.c.status.in_(("queued", "running", "verifying")), dead]
        if only is not None:
            cond.append(t.c.task_id.in_(sorted(only)))
        pick = sa.select(t.c.task_id).where(*cond).order_by(t.c.created_at).limit(limit)
        if self.dialect == "postgresql":
            pick = pick.with_for_update(skip_locked=True)
        with self._write() as conn:
            ids = list(conn.execute(pick).scalars())
            if not ids:
                return []
            conn.execute(sa.update(t).where(t.c.task_id.in_(ids))
                         .values(owner=owner, heartbeat=self.now_sql(), command=None))
            rows = conn.execute(sa.select(t).where(t.c.task_id.in_(ids)).order_by(t.c.created_at))
            return [dict(r._mapping) for r in rows]

    def heartbeat(self, owner: str, progress: list[dict]) -> dict[str, str | None]:
        """Renew ``owner``'s leases, recording each task's progress (``progress``: dicts with
        ``task_id`` and :data:`PROGRESS_COLUMNS`), in one transaction.

        Returns ``{task_id: command or None}`` for every task ``owner`` still holds; a task
        missing from it was taken over (its lease had expired): stop it without writing.
        """
        with self._write() as conn:
            now = self.now_sql()
            for p in progress:
                values = {c: p[c] for c in PROGRESS_COLUMNS if c in p}
                conn.execute(sa.update(t).where(t.c.task_id == p["task_id"], t.c.owner == owner)
                             .values(**values, heartbeat=now))
            conn.execute(sa.update(t).where(t.c.owner == owner).values(heartbeat=now))
            rows = conn.execute(sa.select(t.c.task_id, t.c.command).where(t.c.owner == owner))
            return {task_id: command for task_id, command in rows}

    def release_task(self, row: dict, owner: str) -> bool:
        """Write the task's columns and give up ``owner``'s lease (pause, stop, finish, failure).
        Returns False when ``owner`` no longer held it (nothing written)."""
        values = {c: row[c] for c in TASK_COLUMNS if c != "task_id"}
        with self._write() as conn:
            result = conn.execute(sa.update(t).where(t.c.task_id == row["task_id"], t.c.owner == owner).values(
                **values, owner=None, heartbeat=None, command=None, bytes_per_second=0))
            return result.rowcount == 1

    def release_all(self, owner: str) -> None:
        """Give up every lease ``owner`` holds (a clean shutdown after its tasks were saved)."""
        with self._write() as conn:
            conn.execute(sa.update(t).where(t.c.owner == owner).values(
                owner=None, heartbeat=None, command=None, bytes_per_second=0))

    def expire_owner(self, owner: str) -> int:
        """Declare ``owner`` dead (its process is known to be gone): its leases may be taken
        now rather than after their ``ttl``. Returns how many tasks it held."""
        with self._write() as conn:
            return conn.execute(sa.update(t).where(t.c.owner == owner).values(heartbeat=None)).rowcount

    def hand_over(self, task_id: str, command: str, sender: str, ttl: float) -> str:
        """Ask the live owner of ``task_id`` to ``pause`` / ``cancel`` / ``delete`` it.

        Returns ``"handed"`` (written for the owner's next heartbeat), ``"free"`` (no
        live owner but ``sender`` — act yourself, after :meth:`acquire_lease`), ``"own"``
        (``sender`` holds it) or ``"gone"`` (no such task).
        """
        if command not in COMMANDS:
            raise ValueError(f"unknown task command {command!r}")
        with self._write() as conn:
            row = conn.execute(sa.select(t.c.owner).where(t.c.task_id == task_id)).first()
            if row is None:
                return "gone"
            if row.owner == sender:
                return "own"
            result = conn.execute(sa.update(t).where(t.c.task_id == task_id, sa.not_(self._lease_free(None, ttl)))
                                  .values(command=command))
            return "handed" if result.rowcount == 1 else "free"

    def live_owners(self, ttl: float) -> dict[str, str]:
        """``{task_id: owner}`` of every task under a live lease."""
        with self._read() as conn:
            rows = conn.execute(sa.select(t.c.task_id, t.c.owner).where(sa.not_(self._lease_free(None, ttl))))
            return {task_id: owner for task_id, owner in rows}
