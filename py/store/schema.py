"""The catalog's tables (SQLAlchemy Core) and the one migration mechanism for SQLite and PostgreSQL.

Why our own versioned steps and not Alembic (which ComfyUI also ships): the catalog is
a handful of tables inside an extension, upgraded by whichever process opens it first
(a ComfyUI start, the CLI, one server of a fleet). Every release up to schema 4 kept its
version in SQLite's ``PRAGMA user_version`` and refuses a file whose version is newer
than it knows; our steps continue that numbering, so an old release still refuses an
upgraded file instead of writing into it. Alembic would need a script directory and an
``env.py`` shipped in the package, a stamp for every existing file, and batch mode for
SQLite's ``ALTER TABLE``; five steps of ``CREATE TABLE`` / ``ADD COLUMN`` written once in
SQLAlchemy's portable DDL do the same job with the library we already use.

How it works (:func:`migrate`): one transaction takes the writer lock (SQLite ``BEGIN
IMMEDIATE``, PostgreSQL ``pg_advisory_xact_lock``), reads the version (the
``schema_version`` table; a SQLite file from before it exists: ``user_version``), refuses
a newer schema, runs ``STEPS[v:]`` and records the new version (on SQLite also in
``user_version``). A fresh database runs every step from 0 — the same path as an
upgrade, so every test exercises the migrations. PostgreSQL DDL is transactional: a
step that fails leaves nothing behind on either backend.

To change the schema: append a step, bump nothing else (``SCHEMA_VERSION`` follows),
and edit the tables below to match; ``tests/test_catalog.py`` compares the two.
"""

from __future__ import annotations

from typing import Callable

import sqlalchemy as sa

metadata = sa.MetaData()

download_tasks = sa.Table(
    "download_tasks", metadata,
    sa.Column("task_id", sa.Text, primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("folder", sa.Text, nullable=False),
    sa.Column("path_index", sa.Integer, nullable=False, server_default="0"),
    sa.Column("subfolder", sa.Text, nullable=False, server_default=""),
    sa.Column("filename", sa.Text),
    sa.Column("status", sa.Text, nullable=False),
    sa.Column("downloaded_bytes", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("total_bytes", sa.BigInteger),
    sa.Column("expected_sha256", sa.Text),
    sa.Column("expected_size", sa.BigInteger),
    sa.Column("sha256", sa.Text),
    sa.Column("error", sa.Text),
    sa.Column("created_at", sa.Float, nullable=False),
    sa.Column("updated_at", sa.Float, nullable=False),
    sa.Column("folder_rule", sa.Text),
    sa.Column("source_info", sa.Text),
    sa.Column("segments", sa.Text),
    # 5: the lease. ``owner`` runs the task while its ``heartbeat`` (epoch seconds on the
    # database's clock) is fresh; ``command`` is a pause / cancel / delete another process
    # hands to the owner; ``bytes_per_second`` is the owner's speed, for the others' UIs.
    sa.Column("owner", sa.Text),
    sa.Column("heartbeat", sa.Float),
    sa.Column("command", sa.Text),
    sa.Column("bytes_per_second", sa.Float, nullable=False, server_default="0"),
)

settings = sa.Table(
    "settings", metadata,
    sa.Column("key", sa.Text, primary_key=True),
    sa.Column("value", sa.Text, nullable=False),
)

models = sa.Table(
    "models", metadata,
    sa.Column("folder", sa.Text, primary_key=True),
    sa.Column("path_index", sa.Integer, primary_key=True),
    sa.Column("relative_path", sa.Text, primary_key=True),
    sa.Column("size_bytes", sa.BigInteger, nullable=False),
    sa.Column("mtime_ns", sa.BigInteger, nullable=False),
    sa.Column("ctime_ns", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("inode", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("sha256", sa.Text),
    sa.Column("autov2", sa.Text),
    sa.Column("architecture", sa.Text),
    sa.Column("base_model", sa.Text),
    sa.Column("rule", sa.Text),
    sa.Column("header_error", sa.Text),
    sa.Column("sha256_source", sa.Text),
    sa.Column("description", sa.Text),
    sa.Column("trigger_words", sa.Text),
    sa.Column("source", sa.Text),
    sa.Column("source_ids", sa.Text),
    sa.Column("scanned_at", sa.Float, nullable=False, server_default="0"),
)

hash_lookups = sa.Table(
    "hash_lookups", metadata,
    sa.Column("source", sa.Text, primary_key=True),
    sa.Column("hash", sa.Text, primary_key=True),
    sa.Column("data", sa.Text),
    sa.Column("checked_at", sa.Float, nullable=False),
)

model_updates = sa.Table(
    "model_updates", metadata,
    sa.Column("folder", sa.Text, primary_key=True),
    sa.Column("path_index", sa.Integer, primary_key=True),
    sa.Column("relative_path", sa.Text, primary_key=True),
    sa.Column("model_id", sa.BigInteger, nullable=False),
    sa.Column("current_version_id", sa.BigInteger, nullable=False),
    sa.Column("newest_version_id", sa.BigInteger, nullable=False),
    sa.Column("data", sa.Text, nullable=False),
    sa.Column("found_at", sa.Float, nullable=False),
)

update_checks = sa.Table(
    "update_checks", metadata,
    sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False),
    sa.Column("data", sa.Text, nullable=False),
)

schema_version = sa.Table(
    "schema_version", metadata,
    sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False),
    sa.Column("version", sa.Integer, nullable=False),
)

#: Counters bumped with every write of a kind (``models``): how a process learns that
#: another one changed the catalog (its listing index then rereads the rows).
revisions = sa.Table(
    "revisions", metadata,
    sa.Column("name", sa.Text, primary_key=True),
    sa.Column("value", sa.BigInteger, nullable=False),
)

sa.Index("download_tasks_status", download_tasks.c.status)
sa.Index("download_tasks_owner", download_tasks.c.owner)
sa.Index("models_sha256", models.c.sha256)


# -- the steps: ``STEPS[i]`` upgrades a database at version i to i + 1 -----------------
# Each step names its tables as they were at that version (a private MetaData), never
# the current ones above: a later step may change them.

def _add_column(conn: sa.Connection, table: str, column: sa.Column) -> None:
    """``ALTER TABLE … ADD COLUMN`` in the connection's dialect (types, defaults quoted by it)."""
    ddl = sa.schema.CreateColumn(column).compile(dialect=conn.dialect)
    conn.execute(sa.text(f"ALTER TABLE {table} ADD COLUMN {ddl}"))


def _v1(conn: sa.Connection) -> None:
    m = sa.MetaData()
    tasks = sa.Table(
        "download_tasks", m,
        sa.Column("task_id", sa.Text, primary_key=True), sa.Column("url", sa.Text, nullable=False),
        sa.Column("folder", sa.Text, nullable=False),
        sa.Column("path_index", sa.Integer, nullable=False, server_default="0"),
        sa.Column("subfolder", sa.Text, nullable=False, server_default=""), sa.Column("filename", sa.Text),
        sa.Column("status", sa.Text, nullable=False),
        sa.Column("downloaded_bytes", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("total_bytes", sa.BigInteger), sa.Column("expected_sha256", sa.Text),
        sa.Column("expected_size", sa.BigInteger), sa.Column("sha256", sa.Text), sa.Column("error", sa.Text),
        sa.Column("created_at", sa.Float, nullable=False), sa.Column("updated_at", sa.Float, nullable=False),
        sa.Column("folder_rule", sa.Text), sa.Column("source_info", sa.Text),
    )
    sa.Index("download_tasks_status", tasks.c.status)
    sa.Table("settings", m, sa.Column("key", sa.Text, primary_key=True),
             sa.Column("value", sa.Text, nullable=False))
    mods = sa.Table(
        "models", m,
        sa.Column("folder", sa.Text, primary_key=True), sa.Column("path_index", sa.Integer, primary_key=True),
        sa.Column("relative_path", sa.Text, primary_key=True),
        sa.Column("size_bytes", sa.BigInteger, nullable=False), sa.Column("mtime_ns", sa.BigInteger, nullable=False),
        sa.Column("ctime_ns", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("inode", sa.BigInteger, nullable=False, server_default="0"),
        *(sa.Column(name, sa.Text) for name in (
            "sha256", "autov2", "architecture", "base_model", "rule", "header_error", "sha256_source",
            "description", "trigger_words", "source", "source_ids")),
        sa.Column("scanned_at", sa.Float, nullable=False, server_default="0"),
    )
    sa.Index("models_sha256", mods.c.sha256)
    m.create_all(conn)


def _v2(conn: sa.Connection) -> None:
    m = sa.MetaData()
    sa.Table("hash_lookups", m,
             sa.Column("source", sa.Text, primary_key=True), sa.Column("hash", sa.Text, primary_key=True),
             sa.Column("data", sa.Text), sa.Column("checked_at", sa.Float, nullable=False))
    m.create_all(conn)


def _v3(conn: sa.Connection) -> None:
    m = sa.MetaData()
    sa.Table("model_updates", m,
             sa.Column("folder", sa.Text, primary_key=True), sa.Column("path_index", sa.Integer, primary_key=True),
             sa.Column("relative_path", sa.Text, primary_key=True),
             sa.Column("model_id", sa.BigInteger, nullable=False),
             sa.Column("current_version_id", sa.BigInteger, nullable=False),
             sa.Column("newest_version_id", sa.BigInteger, nullable=False),
             sa.Column("data", sa.Text, nullable=False), sa.Column("found_at", sa.Float, nullable=False))
    sa.Table("update_checks", m,
             sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False),
             sa.Column("data", sa.Text, nullable=False))
    m.create_all(conn)


def _v4(conn: sa.Connection) -> None:
    _add_column(conn, "download_tasks", sa.Column("segments", sa.Text))


def _v5(conn: sa.Connection) -> None:
    m = sa.MetaData()
    sa.Table("schema_version", m,
             sa.Column("id", sa.Integer, sa.CheckConstraint("id = 1"), primary_key=True, autoincrement=False),
             sa.Column("version", sa.Integer, nullable=False))
    m.create_all(conn)
    for column in (sa.Column("owner", sa.Text), sa.Column("heartbeat", sa.Float), sa.Column("command", sa.Text),
                   sa.Column("bytes_per_second", sa.Float, nullable=False, server_default="0")):
        _add_column(conn, "download_tasks", column)
    conn.execute(sa.text("CREATE INDEX download_tasks_owner ON download_tasks (owner)"))
    revs = sa.Table("revisions", m, sa.Column("name", sa.Text, primary_key=True),
                    sa.Column("value", sa.BigInteger, nullable=False))
    revs.create(conn)
    conn.execute(sa.insert(revs).values(name="models", value=0))
    # A task left running by a release without leases has no owner: it is free to take.


STEPS: list[Callable[[sa.Connection], None]] = [_v1, _v2, _v3, _v4, _v5]
SCHEMA_VERSION = len(STEPS)
#: Any constant: the PostgreSQL advisory lock that serializes migrations of one database.
_PG_MIGRATION_LOCK = 0x4D4D_0001


class SchemaTooNew(RuntimeError):
    """The database was written by a newer release (its schema version is above ours)."""


def current_version(conn: sa.Connection) -> int:
    """The schema version of the database behind ``conn`` (0 for an empty one)."""
    if sa.inspect(conn).has_table("schema_version"):
        found = conn.execute(sa.select(schema_version.c.version)).scalar()
        if found is not None:
            return found
    if conn.dialect.name == "sqlite":
        return conn.exec_driver_sql("PRAGMA user_version").scalar()
    return 0


def migrate(conn: sa.Connection, where: str) -> int:
    """Bring the database up to :data:`SCHEMA_VERSION` inside the caller's write transaction.

    Returns the version found. Raises :class:`SchemaTooNew` (nothing touched) when the
    database is newer than this program; ``where`` names it in the message.
    """
    if conn.dialect.name == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_MIGRATION_LOCK})
    found = current_version(conn)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(f"catalog {where} has schema version {found}, newer than this program "
                           f"({SCHEMA_VERSION}); upgrade ComfyUI Model Manager")
    for step in STEPS[found:]:
        step(conn)
    if found < SCHEMA_VERSION:
        conn.execute(sa.delete(schema_version))
        conn.execute(sa.insert(schema_version).values(id=1, version=SCHEMA_VERSION))
        if conn.dialect.name == "sqlite":
            # Releases before schema 5 read only this; it makes them refuse the file.
            conn.exec_driver_sql(f"PRAGMA user_version = {SCHEMA_VERSION}")
    return found
