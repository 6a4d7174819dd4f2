"""The catalog behind SQLAlchemy Core: SQLite in the data directory (default, WAL) or
PostgreSQL (psycopg 3) shared by a fleet.

Tables (:mod:`.schema`): ``download_tasks`` (the persistent queue and its leases,
:mod:`.tasks`), ``settings`` (JSON values by key), ``models`` (filled by the scanner),
``hash_lookups`` (remembered Civitai hash lookups, misses with a time stamp),
``model_updates`` and ``update_checks`` (update tracking), ``revisions`` (write
counters other processes poll), ``schema_version``.
Opening a catalog migrates it (:func:`.schema.migrate`).

Every query runs on one dedicated worker thread (a single-thread
``ThreadPoolExecutor``): database work — a SQLite lock wait, a PostgreSQL round trip —
never runs on the event loop. Use :meth:`Catalog.call` from async code; the plain
methods are for that thread (and for synchronous tools). Each method is its own
transaction; SQLite writes start with ``BEGIN IMMEDIATE`` (the writer lock up front,
so two processes never deadlock upgrading a read lock), reads run without one.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterator, TypeVar

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql as pg_dialect
from sqlalchemy.dialects import sqlite as sqlite_dialect

from ..pacing import Pacer
from . import schema
from .schema import SCHEMA_VERSION, SchemaTooNew  # noqa: F401  (re-exported)
from .tasks import LEASE_COLUMNS, TASK_COLUMNS, TaskStore  # noqa: F401  (re-exported)

T = TypeVar("T")

MODEL_COLUMNS = tuple(c.name for c in schema.models.c)
_MODEL_KEY = ("folder", "path_index", "relative_path")
#: Milliseconds a SQLite writer waits for another process's transaction before failing.
SQLITE_BUSY_MS = 15000


def is_url(target: str) -> bool:
    """True for a database URL (``postgresql://…``, ``sqlite:///…``), False for a file path."""
    return "://" in target


def engine_url(target: str) -> sa.URL:
    """The SQLAlchemy URL for a catalog path or URL: ``postgresql://`` / ``postgres://`` use
    psycopg 3; a plain path is a SQLite file. Raises ``ValueError`` for other schemes."""
    if not is_url(target):
        return sa.URL.create("sqlite", database=os.path.abspath(target))
    url = sa.make_url(target)
    if url.drivername in ("postgresql", "postgres", "postgresql+psycopg"):
        return url.set(drivername="postgresql+psycopg")
    if url.drivername == "sqlite":
        return url
    raise ValueError(f"unsupported catalog URL scheme {url.drivername!r}: use postgresql://… or a SQLite file")


def describe(target: str) -> str:
    """``target`` fit for a log line: a URL's password masked."""
    if not is_url(target):
        return target
    return sa.make_url(target).render_as_string(hide_password=True)


class Catalog(TaskStore):
    """The catalog at ``target``: a SQLite file path (created with mode 0600, WAL journal)
    or a ``postgresql://user:password@host:port/db`` URL.

    Raises :class:`SchemaTooNew` when the database was written by a newer release, and
    ``RuntimeError`` when PostgreSQL is asked for but psycopg is not installed.
    """

    def __init__(self, target: str):
        self.target = target
        self.path = None if is_url(target) else target  # the SQLite file, None for a server
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-catalog")
        self._engine: sa.Engine | None = None
        self._models_seen: int | None = None  # the ``models`` revision this process knows
        self._models_foreign = False
        self._model_sql: tuple[str, tuple[str, ...] | None] | None = None
        try:
            self._executor.submit(self._open).result()
        except BaseException:
            self._executor.submit(self._dispose).result()
            self._executor.shutdown(wait=True)
            raise

    # -- thread side -------------------------------------------------------
    def _open(self) -> None:
        url = engine_url(self.target)
        if url.drivername == "sqlite":
            path = url.database
            os.makedirs(os.path.dirname(path), exist_ok=True)
            if not os.path.exists(path):
                # SQLite gives its -wal / -shm files the database file's mode.
                os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            for name in (path, path + "-wal", path + "-shm"):  # a copied-in file: private again
                if os.path.exists(name) and os.stat(name).st_mode & 0o077:
                    os.chmod(name, 0o600)
            engine = sa.create_engine(url, poolclass=sa.pool.SingletonThreadPool)

            @sa.event.listens_for(engine, "connect")
            def _connect(dbapi_conn, _record):
                dbapi_conn.isolation_level = None  # we say when a transaction starts
                dbapi_conn.execute("PRAGMA journal_mode=WAL")
                dbapi_conn.execute("PRAGMA synchronous=NORMAL")
                dbapi_conn.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_MS}")

            @sa.event.listens_for(engine, "begin")
            def _begin(conn):
                if conn.get_execution_options().get("catalog_write"):
                    conn.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            try:
                import psycopg  # noqa: F401
            except ImportError:
                raise RuntimeError("a PostgreSQL catalog needs psycopg 3: pip install 'psycopg[binary]' "
                                   "(or comfyui-model-manager[postgres])") from None
            engine = sa.create_engine(url, pool_size=2, max_overflow=2, pool_pre_ping=True,
                                      connect_args={"connect_timeout": 10})
        self._engine = engine
        self.dialect = engine.dialect.name
        self._insert = sqlite_dialect.insert if self.dialect == "sqlite" else pg_dialect.insert
        with self._write() as conn:
            schema.migrate(conn, describe(self.target))

    def _dispose(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    @contextlib.contextmanager
    def _read(self) -> Iterator[sa.Connection]:
        """A connection for reads (SQLite: autocommit statements; PostgreSQL: rolled back after)."""
        with self._engine.connect() as conn:
            yield conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sa.Connection]:
        """One write transaction, committed on success (SQLite: ``BEGIN IMMEDIATE``)."""
        with self._engine.connect() as conn:
            conn = conn.execution_options(catalog_write=True)
            with conn.begin():
                yield conn

    def _upsert(self, conn: sa.Connection, table: sa.Table, rows: list[dict], keys: tuple[str, ...],
                update: tuple[str, ...] | None = None) -> None:
        """Insert ``rows``, replacing the ``update`` columns (default: all others) of rows whose
        ``keys`` exist (SQLite and PostgreSQL ``ON CONFLICT … DO UPDATE``)."""
        if not rows:
            return
        stmt = self._insert(table)
        names = update if update is not None else tuple(c.name for c in table.c if c.name not in keys)
        stmt = stmt.on_conflict_do_update(index_elements=list(keys), set_={n: stmt.excluded[n] for n in names})
        conn.execute(stmt, rows)

    @staticmethod
    def _dicts(result: sa.CursorResult) -> list[dict]:
        """Rows as plain dicts (``zip`` with the keys: twice as fast as ``Row._mapping``)."""
        keys = list(result.keys())
        pace, out = Pacer(), []  # a page is thousands of rows, and this is a worker thread
        for row in result:
            out.append(dict(zip(keys, row)))
            pace()
        return out

    def _model_upsert_sql(self, conn: sa.Connection) -> tuple[str, tuple[str, ...]]:
        """The models upsert compiled once for this dialect: ``(sql, parameter order)``. Bulk
        scans go straight to the driver's ``executemany`` with it (no per-row Core work)."""
        if self._model_sql is None:
            stmt = self._insert(schema.models)
            stmt = stmt.on_conflict_do_update(index_elements=list(_MODEL_KEY), set_={
                n: stmt.excluded[n] for n in MODEL_COLUMNS if n not in _MODEL_KEY})
            compiled = stmt.compile(dialect=conn.dialect, column_keys=list(MODEL_COLUMNS))
            order = tuple(compiled.positiontup) if compiled.positional else None
            self._model_sql = (str(compiled), order)
        return self._model_sql

    def now_sql(self) -> sa.ColumnElement:
        """The database's clock in epoch seconds (float): leases compare heartbeats on one
        clock however far apart the fleet's machines drift."""
        if self.dialect == "sqlite":
            return sa.literal_column("((julianday('now') - 2440587.5) * 86400.0)")
        return sa.literal_column("(EXTRACT(EPOCH FROM clock_timestamp())::float8)")

    @property
    def schema_version(self) -> int:
        def read() -> int:
            with self._read() as conn:
                return schema.current_version(conn)
        return self._executor.submit(read).result()

    async def call(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the catalog thread and await its result."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, fn, *args)

    def run_sync(self, fn: Callable[..., T], *args: Any) -> T:
        """Run ``fn(*args)`` on the catalog thread and block until done (not for the event loop)."""
        return self._executor.submit(fn, *args).result()

    def close(self) -> None:
        """Close the connections and stop the worker thread."""
        self._executor.submit(self._dispose).result()
        self._executor.shutdown(wait=True)

    # -- settings (catalog thread) ------------------------------------------
    def load_settings(self) -> dict[str, Any]:
        """All stored settings, JSON-decoded."""
        with self._read() as conn:
            rows = conn.execute(sa.select(schema.settings.c.key, schema.settings.c.value))
            return {key: json.loads(value) for key, value in rows}

    def save_setting(self, key: str, value: Any) -> None:
        """Store one setting (``None`` deletes it, so the default applies again)."""
        t = schema.settings
        with self._write() as conn:
            if value is None:
                conn.execute(sa.delete(t).where(t.c.key == key))
            else:
                self._upsert(conn, t, [{"key": key, "value": json.dumps(value)}], ("key",))

    # -- models (catalog thread) ----------------------------------------------
    def _bump_models(self, conn: sa.Connection) -> None:
        """Count a model write (same transaction); notes when another process wrote in between."""
        r = schema.revisions
        conn.execute(sa.update(r).where(r.c.name == "models").values(value=r.c.value + 1))
        value = conn.execute(sa.select(r.c.value).where(r.c.name == "models")).scalar()
        if self._models_seen is not None and value != self._models_seen + 1:
            self._models_foreign = True
        self._models_seen = value

    def models_changed_elsewhere(self) -> bool:
        """True when another process wrote model rows since the last call (the first call: False)."""
        r = schema.revisions
        with self._read() as conn:
            value = conn.execute(sa.select(r.c.value).where(r.c.name == "models")).scalar()
        changed = self._models_foreign or (self._models_seen is not None and value != self._models_seen)
        self._models_seen, self._models_foreign = value, False
        return changed

    @staticmethod
    def _model_key(key: tuple[str, int, str]) -> sa.ColumnElement[bool]:
        t = schema.models
        return sa.and_(t.c.folder == key[0], t.c.path_index == key[1], t.c.relative_path == key[2])

    def load_models(self, folder: str | None = None) -> list[dict]:
        """Model rows (all columns) of one folder, or of every folder when ``folder`` is None."""
        t = schema.models
        query = sa.select(t) if folder is None else sa.select(t).where(t.c.folder == folder)
        with self._read() as conn:
            return self._dicts(conn.execute(query))

    def load_models_page(self, folder: str, after: tuple[int, str] | None, limit: int) -> list[dict]:
        """Up to ``limit`` model rows of ``folder`` in key order, those after ``after``
        (``(path_index, relative_path)`` of the last row of the previous page; None: from the start).

        Keyset paging on the primary key: a 100,000-model folder is read a page at a
        time, so its rows are never all in memory at once (the listing index's build).
        """
        t = schema.models
        query = sa.select(t).where(t.c.folder == folder)
        if after is not None:
            query = query.where(sa.tuple_(t.c.path_index, t.c.relative_path) > sa.tuple_(*after))
        query = query.order_by(t.c.path_index, t.c.relative_path).limit(limit)
        with self._read() as conn:
            return self._dicts(conn.execute(query))

    def model_pages(self, folder: str, size: int):
        """Every model row of ``folder``, ``size`` rows a page (:meth:`load_models_page`): a
        generator for a worker thread (each page is read on the catalog thread, waited for;
        not for the event loop). The consumer may empty each page it is given."""
        after = None
        while True:
            page = self.run_sync(self.load_models_page, folder, after, size)
            if not page:
                return
            after, last = (page[-1]["path_index"], page[-1]["relative_path"]), len(page) < size
            yield page
            if last:
                return

    def get_models(self, keys) -> dict[tuple[str, int, str], dict]:
        """The rows of ``keys`` (``(folder, path_index, relative_path)``) that exist, by key:
        one query per 500 paths of a folder root (not one per key)."""
        t = schema.models
        by_root: dict[tuple[str, int], list[str]] = {}
        for folder, index, rel in keys:
            by_root.setdefault((folder, index), []).append(rel)
        out = {}
        with self._read() as conn:
            for (folder, index), paths in by_root.items():
                for i in range(0, len(paths), 500):
                    query = sa.select(t).where(t.c.folder == folder, t.c.path_index == index,
                                               t.c.relative_path.in_(paths[i:i + 500]))
                    for row in self._dicts(conn.execute(query)):
                        out[(row["folder"], row["path_index"], row["relative_path"])] = row
        return out

    def get_model(self, folder: str, path_index: int, relative_path: str) -> dict | None:
        """One model row, or None."""
        with self._read() as conn:
            row = conn.execute(sa.select(schema.models).where(
                self._model_key((folder, path_index, relative_path)))).first()
        return dict(row._mapping) if row else None

    def models_by_sha256(self, sha256: str) -> list[dict]:
        """Model rows whose SHA-256 is ``sha256`` (lower-case hex)."""
        t = schema.models
        with self._read() as conn:
            return self._dicts(conn.execute(sa.select(t).where(t.c.sha256 == sha256)))

    def save_models(self, rows: list[dict]) -> None:
        """Insert or replace model rows (keys: :data:`MODEL_COLUMNS`) in one transaction."""
        if not rows:
            return
        zero = ("ctime_ns", "inode", "scanned_at")  # NOT NULL columns a caller may leave out
        with self._write() as conn:
            sql, order = self._model_upsert_sql(conn)
            if order is not None:  # qmark / numeric drivers (sqlite3)
                params = [tuple((r.get(c) or 0) if c in zero else r.get(c) for c in order) for r in rows]
            else:  # named (psycopg)
                params = [{c: (r.get(c) or 0) if c in zero else r.get(c) for c in MODEL_COLUMNS} for r in rows]
            conn.exec_driver_sql(sql, params)
            self._bump_models(conn)

    def update_model(self, key: tuple[str, int, str], fields: dict) -> None:
        """Set some columns of one model row (no error when the row does not exist)."""
        assert set(fields) <= set(MODEL_COLUMNS)
        if not fields:
            return
        with self._write() as conn:
            conn.execute(sa.update(schema.models).where(self._model_key(key)).values(**fields))
            self._bump_models(conn)

    def move_model(self, old: tuple[str, int, str], new: tuple[str, int, str]) -> None:
        """Give a model row a new key (its file moved), replacing any row at the new key."""
        t = schema.models
        with self._write() as conn:
            conn.execute(sa.delete(t).where(self._model_key(new)))
            conn.execute(sa.update(t).where(self._model_key(old)).values(
                folder=new[0], path_index=new[1], relative_path=new[2]))
            self._bump_models(conn)

    def delete_models(self, keys: list[tuple[str, int, str]]) -> None:
        """Delete model rows by ``(folder, path_index, relative_path)``."""
        if not keys:
            return
        t = schema.models
        stmt = sa.delete(t).where(t.c.folder == sa.bindparam("f"), t.c.path_index == sa.bindparam("i"),
                                  t.c.relative_path == sa.bindparam("r"))
        with self._write() as conn:
            conn.execute(stmt, [{"f": f, "i": i, "r": r} for f, i, r in keys])
            self._bump_models(conn)

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` (``"ok"`` for a sound file); ``"ok"`` on PostgreSQL,
        which checks its own pages."""
        if self.dialect != "sqlite":
            return "ok"
        with self._read() as conn:
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar()

    # -- hash lookups (catalog thread) -----------------------------------------
    def get_hash_lookup(self, source: str, digest: str) -> dict | None:
        """A remembered lookup: ``{"data": dict | None (not found), "checkedAt": epoch s}``, or None."""
        t = schema.hash_lookups
        with self._read() as conn:
            row = conn.execute(sa.select(t.c.data, t.c.checked_at).where(
                t.c.source == source, t.c.hash == digest)).first()
        if row is None:
            return None
        return {"data": json.loads(row.data) if row.data is not None else None, "checkedAt": row.checked_at}

    def save_hash_lookup(self, source: str, digest: str, data: Any, checked_at: float) -> None:
        """Remember a lookup of ``digest`` at ``source``: ``data`` the record, None for "not found"."""
        row = {"source": source, "hash": digest, "data": json.dumps(data) if data is not None else None,
               "checked_at": checked_at}
        with self._write() as conn:
            self._upsert(conn, schema.hash_lookups, [row], ("source", "hash"))

    # -- update tracking (catalog thread) ----------------------------------------
    def load_updates(self) -> list[dict]:
        """Every stored Update entry (the JSON of :mod:`..library.updates`), unfiltered."""
        with self._read() as conn:
            return [json.loads(d) for d in conn.execute(sa.select(schema.model_updates.c.data)).scalars()]

    def save_updates(self, entries: list[dict]) -> None:
        """Replace all stored Update entries with ``entries`` in one transaction."""
        rows = [{"folder": e["folder"], "path_index": e["pathIndex"], "relative_path": e["relativePath"],
                 "model_id": e["modelId"], "current_version_id": e["currentVersionId"],
                 "newest_version_id": e["newestVersionId"], "data": json.dumps(e), "found_at": e["foundAt"]}
                for e in entries]
        with self._write() as conn:
            conn.execute(sa.delete(schema.model_updates))
            self._upsert(conn, schema.model_updates, rows, _MODEL_KEY)

    def load_update_check(self) -> dict | None:
        """The last finished update check (UpdateCheck JSON), or None."""
        with self._read() as conn:
            data = conn.execute(sa.select(schema.update_checks.c.data).where(schema.update_checks.c.id == 1)).scalar()
        return json.loads(data) if data is not None else None

    def save_update_check(self, data: dict) -> None:
        """Store the last finished update check."""
        with self._write() as conn:
            self._upsert(conn, schema.update_checks, [{"id": 1, "data": json.dumps(data)}], ("id",))
