"""The catalog: one SQLite database (stdlib ``sqlite3``, WAL) in the data directory.

Tables: ``download_tasks`` (the persistent queue), ``settings`` (JSON values by
key), ``models`` (filled by the scanner) and ``hash_lookups`` (remembered
Civitai hash lookups, misses with a time stamp), ``model_updates`` and
``update_checks`` (update tracking, :mod:`.updates`). The schema version lives in
``PRAGMA user_version`` and :data:`MIGRATIONS` brings an older file up to date.

Every query runs on one dedicated worker thread (a single-thread
``ThreadPoolExecutor``): SQLite work never runs on the event loop, and one
connection used by one thread needs no locking. Use :meth:`Catalog.call` from
async code; the plain methods are for that thread (and for synchronous tools).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import sqlite3
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

T = TypeVar("T")

#: ``MIGRATIONS[i]`` upgrades a database at ``user_version == i`` to ``i + 1``.
MIGRATIONS: list[str] = [
    """
    CREATE TABLE download_tasks (
        task_id          TEXT PRIMARY KEY,
        url              TEXT NOT NULL,
        folder           TEXT NOT NULL,
        path_index       INTEGER NOT NULL DEFAULT 0,
        subfolder        TEXT NOT NULL DEFAULT '',
        filename         TEXT,
        status           TEXT NOT NULL,
        downloaded_bytes INTEGER NOT NULL DEFAULT 0,
        total_bytes      INTEGER,
        expected_sha256  TEXT,
        expected_size    INTEGER,
        sha256           TEXT,
        error            TEXT,
        created_at       REAL NOT NULL,
        updated_at       REAL NOT NULL,
        folder_rule      TEXT,
        source_info      TEXT
    );
    CREATE INDEX download_tasks_status ON download_tasks(status);
    CREATE TABLE settings (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    CREATE TABLE models (
        folder         TEXT NOT NULL,
        path_index     INTEGER NOT NULL,
        relative_path  TEXT NOT NULL,
        size_bytes     INTEGER NOT NULL,
        mtime_ns       INTEGER NOT NULL,
        ctime_ns       INTEGER NOT NULL DEFAULT 0,
        inode          INTEGER NOT NULL DEFAULT 0,
        sha256         TEXT,
        autov2         TEXT,
        architecture   TEXT,
        base_model     TEXT,
        rule           TEXT,
        header_error   TEXT,
        sha256_source  TEXT,
        description    TEXT,
        trigger_words  TEXT,
        source         TEXT,
        source_ids     TEXT,
        scanned_at     REAL NOT NULL DEFAULT 0,
        PRIMARY KEY (folder, path_index, relative_path)
    );
    CREATE INDEX models_sha256 ON models(sha256);
    """,
    # 1 → 2: remembered hash lookups (``sources``): ``data`` is the site's JSON
    # record, NULL for "not found" (retried once ``checked_at`` is old enough).
    """
    CREATE TABLE hash_lookups (
        source     TEXT NOT NULL,
        hash       TEXT NOT NULL,
        data       TEXT,
        checked_at REAL NOT NULL,
        PRIMARY KEY (source, hash)
    );
    """,
    # 2 → 3: update tracking (``updates``): one row per library file with a newer
    # Civitai version (``data`` the Update JSON); ``update_checks`` holds the last
    # finished check (one row, ``data`` the UpdateCheck JSON).
    """
    CREATE TABLE model_updates (
        folder             TEXT NOT NULL,
        path_index         INTEGER NOT NULL,
        relative_path      TEXT NOT NULL,
        model_id           INTEGER NOT NULL,
        current_version_id INTEGER NOT NULL,
        newest_version_id  INTEGER NOT NULL,
        data               TEXT NOT NULL,
        found_at           REAL NOT NULL,
        PRIMARY KEY (folder, path_index, relative_path)
    );
    CREATE TABLE update_checks (
        id   INTEGER PRIMARY KEY CHECK (id = 1),
        data TEXT NOT NULL
    );
    """,
    # 3 → 4: split downloads keep their ranges (``[[start, end, written], ...]`` JSON).
    """
    ALTER TABLE download_tasks ADD COLUMN segments TEXT;
    """,
]

MODEL_COLUMNS = (
    "folder", "path_index", "relative_path", "size_bytes", "mtime_ns", "ctime_ns", "inode", "sha256", "autov2",
    "architecture", "base_model", "rule", "header_error", "sha256_source", "description", "trigger_words",
    "source", "source_ids", "scanned_at",
)

TASK_COLUMNS = (
    "task_id", "url", "folder", "path_index", "subfolder", "filename", "status",
    "downloaded_bytes", "total_bytes", "expected_sha256", "expected_size", "sha256",
    "error", "created_at", "updated_at", "folder_rule", "source_info", "segments",
)


class Catalog:
    """The SQLite catalog at ``path`` (created with mode 0600, WAL journal)."""

    def __init__(self, path: str):
        self.path = path
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-sqlite")
        self._conn: sqlite3.Connection | None = None
        self._executor.submit(self._open).result()

    # -- thread side -------------------------------------------------------
    def _open(self) -> None:
        os.makedirs(os.path.dirname(os.path.abspath(self.path)), exist_ok=True)
        if not os.path.exists(self.path):
            # SQLite gives its -wal / -shm files the database file's mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA busy_timeout=5000")
        self._conn = conn
        self._migrate()

    def _migrate(self) -> None:
        conn = self._conn
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > len(MIGRATIONS):
            raise RuntimeError(
                f"catalog {self.path} has schema version {version}, newer than this program "
                f"({len(MIGRATIONS)}); upgrade ComfyUI Model Manager"
            )
        for target in range(version, len(MIGRATIONS)):
            conn.execute("BEGIN IMMEDIATE")
            try:
                for statement in MIGRATIONS[target].split(";"):
                    if statement.strip():
                        conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {target + 1}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise

    @property
    def schema_version(self) -> int:
        return self._executor.submit(lambda: self._conn.execute("PRAGMA user_version").fetchone()[0]).result()

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the catalog thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    def run_sync(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the catalog thread and block until done (not for the event loop)."""
        return self._executor.submit(fn, *args).result()

    def close(self) -> None:
        """Close the connection and stop the worker thread."""
        def _close():
            if self._conn is not None:
                self._conn.close()
                self._conn = None
        self._executor.submit(_close).result()
        self._executor.shutdown(wait=True)

    # -- download tasks (catalog thread) ------------------------------------
    def load_tasks(self) -> list[dict]:
        """Every download task row as a dict keyed by column name, oldest first."""
        rows = self._conn.execute(
            f"SELECT {', '.join(TASK_COLUMNS)} FROM download_tasks ORDER BY created_at"
        ).fetchall()
        return [dict(r) for r in rows]

    def save_task(self, row: dict) -> None:
        """Insert or replace one task row (keys: :data:`TASK_COLUMNS`)."""
        cols = ", ".join(TASK_COLUMNS)
        marks = ", ".join("?" for _ in TASK_COLUMNS)
        self._conn.execute(
            f"INSERT OR REPLACE INTO download_tasks ({cols}) VALUES ({marks})",
            [row[c] for c in TASK_COLUMNS],
        )

    def delete_task(self, task_id: str) -> None:
        """Remove one task row (no error if it is gone)."""
        self._conn.execute("DELETE FROM download_tasks WHERE task_id = ?", (task_id,))

    # -- settings (catalog thread) ------------------------------------------
    def load_settings(self) -> dict[str, Any]:
        """All stored settings, JSON-decoded."""
        return {r["key"]: json.loads(r["value"]) for r in self._conn.execute("SELECT key, value FROM settings")}

    def save_setting(self, key: str, value: Any) -> None:
        """Store one setting (``None`` deletes it, so the default applies again)."""
        if value is None:
            self._conn.execute("DELETE FROM settings WHERE key = ?", (key,))
        else:
            self._conn.execute(
                "INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)", (key, json.dumps(value))
            )

    # -- models (catalog thread) ----------------------------------------------
    def load_models(self, folder: str | None = None) -> list[dict]:
        """Model rows (all columns) of one folder, or of every folder when ``folder`` is None."""
        cols = ", ".join(MODEL_COLUMNS)
        if folder is None:
            rows = self._conn.execute(f"SELECT {cols} FROM models")
        else:
            rows = self._conn.execute(f"SELECT {cols} FROM models WHERE folder = ?", (folder,))
        return [dict(r) for r in rows]

    def get_model(self, folder: str, path_index: int, relative_path: str) -> dict | None:
        """One model row, or None."""
        row = self._conn.execute(
            f"SELECT {', '.join(MODEL_COLUMNS)} FROM models WHERE folder = ? AND path_index = ? AND relative_path = ?",
            (folder, path_index, relative_path),
        ).fetchone()
        return dict(row) if row else None

    def models_by_sha256(self, sha256: str) -> list[dict]:
        """Model rows whose SHA-256 is ``sha256`` (lower-case hex)."""
        rows = self._conn.execute(
            f"SELECT {', '.join(MODEL_COLUMNS)} FROM models WHERE sha256 = ?", (sha256,)
        )
        return [dict(r) for r in rows]

    def save_models(self, rows: list[dict]) -> None:
        """Insert or replace model rows (keys: :data:`MODEL_COLUMNS`) in one transaction."""
        if not rows:
            return
        cols = ", ".join(MODEL_COLUMNS)
        marks = ", ".join("?" for _ in MODEL_COLUMNS)
        with self._transaction():
            self._conn.executemany(
                f"INSERT OR REPLACE INTO models ({cols}) VALUES ({marks})",
                [[r.get(c) for c in MODEL_COLUMNS] for r in rows],
            )

    def update_model(self, key: tuple[str, int, str], fields: dict) -> None:
        """Set some columns of one model row (no error when the row does not exist)."""
        assert set(fields) <= set(MODEL_COLUMNS)
        sets = ", ".join(f"{c} = ?" for c in fields)
        self._conn.execute(
            f"UPDATE models SET {sets} WHERE folder = ? AND path_index = ? AND relative_path = ?",
            [*fields.values(), *key],
        )

    def move_model(self, old: tuple[str, int, str], new: tuple[str, int, str]) -> None:
        """Give a model row a new key (its file moved), replacing any row at the new key."""
        with self._transaction():
            self._conn.execute(
                "DELETE FROM models WHERE folder = ? AND path_index = ? AND relative_path = ?", new
            )
            self._conn.execute(
                "UPDATE models SET folder = ?, path_index = ?, relative_path = ? "
                "WHERE folder = ? AND path_index = ? AND relative_path = ?",
                [*new, *old],
            )

    def delete_models(self, keys: list[tuple[str, int, str]]) -> None:
        """Delete model rows by ``(folder, path_index, relative_path)``."""
        if not keys:
            return
        with self._transaction():
            self._conn.executemany(
                "DELETE FROM models WHERE folder = ? AND path_index = ? AND relative_path = ?", keys
            )

    @contextlib.contextmanager
    def _transaction(self):
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def integrity_check(self) -> str:
        """``PRAGMA integrity_check``: ``"ok"`` for a sound database."""
        return self._conn.execute("PRAGMA integrity_check").fetchone()[0]

    # -- hash lookups (catalog thread) -----------------------------------------
    def get_hash_lookup(self, source: str, digest: str) -> dict | None:
        """A remembered lookup: ``{"data": dict | None (not found), "checkedAt": epoch s}``, or None."""
        row = self._conn.execute(
            "SELECT data, checked_at FROM hash_lookups WHERE source = ? AND hash = ?", (source, digest)
        ).fetchone()
        if row is None:
            return None
        return {"data": json.loads(row["data"]) if row["data"] is not None else None, "checkedAt": row["checked_at"]}

    def save_hash_lookup(self, source: str, digest: str, data: Any, checked_at: float) -> None:
        """Remember a lookup of ``digest`` at ``source``: ``data`` the record, None for "not found"."""
        self._conn.execute(
            "INSERT OR REPLACE INTO hash_lookups (source, hash, data, checked_at) VALUES (?, ?, ?, ?)",
            (source, digest, json.dumps(data) if data is not None else None, checked_at),
        )

    # -- update tracking (catalog thread) ----------------------------------------
    def load_updates(self) -> list[dict]:
        """Every stored Update entry (the JSON of :mod:`.updates`), unfiltered."""
        return [json.loads(r["data"]) for r in self._conn.execute("SELECT data FROM model_updates")]

    def save_updates(self, entries: list[dict]) -> None:
        """Replace all stored Update entries with ``entries`` in one transaction."""
        with self._transaction():
            self._conn.execute("DELETE FROM model_updates")
            self._conn.executemany(
                "INSERT OR REPLACE INTO model_updates (folder, path_index, relative_path, model_id, "
                "current_version_id, newest_version_id, data, found_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [(e["folder"], e["pathIndex"], e["relativePath"], e["modelId"], e["currentVersionId"],
                  e["newestVersionId"], json.dumps(e), e["foundAt"]) for e in entries],
            )

    def load_update_check(self) -> dict | None:
        """The last finished update check (UpdateCheck JSON), or None."""
        row = self._conn.execute("SELECT data FROM update_checks WHERE id = 1").fetchone()
        return json.loads(row["data"]) if row else None

    def save_update_check(self, data: dict) -> None:
        """Store the last finished update check."""
        self._conn.execute("INSERT OR REPLACE INTO update_checks (id, data) VALUES (1, ?)", (json.dumps(data),))
