"""The catalog on real SQLite files and a real PostgreSQL 15: migrations (a file made by the
previous release upgraded in place), every query on both backends, and task leases taken
by competing catalogs (separate connections, as separate processes hold)."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import stat
import threading
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from comfyui_model_manager.store import schema
from comfyui_model_manager.store.catalog import SCHEMA_VERSION, Catalog, SchemaTooNew, describe, engine_url

RELEASE_FILE = Path(__file__).parent / "fixtures" / "catalog-v4-release.sqlite3"


def task_row(task_id: str, status: str = "queued", created: float | None = None, **kw) -> dict:
    row = {"task_id": task_id, "url": f"https://example.com/{task_id}.safetensors", "folder": "loras",
           "path_index": 0, "subfolder": "", "filename": f"{task_id}.safetensors", "status": status,
           "downloaded_bytes": 0, "total_bytes": None, "expected_sha256": None, "expected_size": None,
           "sha256": None, "error": None, "created_at": created if created is not None else time.time(),
           "updated_at": time.time(), "folder_rule": None, "source_info": None, "segments": None}
    row.update(kw)
    return row


@pytest.fixture(params=["sqlite", "postgresql"])
def target(request, tmp_path):
    """A catalog location on each backend: a SQLite file path, a fresh PostgreSQL database URL."""
    if request.param == "sqlite":
        return str(tmp_path / "catalog.sqlite3")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def catalog(target):
    c = Catalog(target)
    yield c
    c.close()


# -- migrations -------------------------------------------------------------------
def test_release_catalog_upgrades_in_place_keeping_everything(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    shutil.copy(RELEASE_FILE, path)
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 4
    conn.close()

    c = Catalog(str(path))
    try:
        assert c.schema_version == SCHEMA_VERSION == 5
        tasks = {r["task_id"]: r for r in c.run_sync(c.load_tasks)}
        assert {k: r["status"] for k, r in tasks.items()} == {
            "queued1": "queued", "paused-split": "paused", "done": "completed", "broken": "failed"}
        split = tasks["paused-split"]
        assert json.loads(split["segments"]) == [[0, 3999, 2000], [4000, 7999, 1000]]
        assert split["downloaded_bytes"] == 3000 and json.loads(split["source_info"])["versionId"] == 2
        assert split["owner"] is None and split["heartbeat"] is None and split["bytes_per_second"] == 0
        assert tasks["broken"]["error"] == "HTTP 404: not found"
        assert c.run_sync(c.load_settings) == {"concurrency": 3, "allowedHosts": ["models.example.com"]}
        models = {r["relative_path"]: r for r in c.run_sync(c.load_models)}
        assert models["done.safetensors"]["sha256"] == "b" * 64
        assert models["done.safetensors"]["mtime_ns"] == 1_700_000_000_123_456_789
        assert models["sub/big model.safetensors"]["size_bytes"] == 6_938_040_682
        assert c.run_sync(c.get_hash_lookup, "civitai", "b" * 64)["data"] == {"modelId": 1, "id": 2}
        assert c.run_sync(c.get_hash_lookup, "civitai", "a" * 64) == {"data": None, "checkedAt": 1_700_000_301.0}
        assert c.run_sync(c.load_updates)[0]["newestVersionId"] == 3
        assert c.run_sync(c.load_update_check)["found"] == 1
        assert c.run_sync(c.integrity_check) == "ok"
        # the upgraded file works: a lease on the task the release left queued
        assert c.run_sync(c.claim_tasks, "me", 5.0, 10)[0]["task_id"] == "queued1"
    finally:
        c.close()
    conn = sqlite3.connect(path)  # the release's own guard reads this: it now refuses the file
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    conn.close()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    again = Catalog(str(path))  # migrating again is a no-op
    try:
        assert again.schema_version == SCHEMA_VERSION
        assert len(again.run_sync(again.load_tasks)) == 4
    finally:
        again.close()


def test_newer_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaTooNew, match="newer than this program"):
        Catalog(str(path))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION + 1
    assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] == 0
    conn.close()


def test_newer_postgresql_schema_is_refused_untouched(pg_url):
    c = Catalog(pg_url)
    c.close()
    engine = sa.create_engine(engine_url(pg_url))
    with engine.begin() as conn:
        conn.execute(sa.update(schema.schema_version).values(version=SCHEMA_VERSION + 1))
    with pytest.raises(SchemaTooNew, match="newer than this program"):
        Catalog(pg_url)
    with engine.connect() as conn:
        assert conn.execute(sa.select(schema.schema_version.c.version)).scalar() == SCHEMA_VERSION + 1
    engine.dispose()


def test_migrated_schema_matches_the_tables(target):
    """The steps and the table definitions the queries use describe the same schema."""
    Catalog(target).close()
    engine = sa.create_engine(engine_url(target))
    try:
        inspector = sa.inspect(engine)
        assert set(inspector.get_table_names()) == set(schema.metadata.tables)
        for name, table in schema.metadata.tables.items():
            found = {c["name"]: c for c in inspector.get_columns(name)}
            assert list(found) == [c.name for c in table.c], name
            for column in table.c:
                assert found[column.name]["nullable"] == (column.nullable and not column.primary_key), \
                    (name, column.name)
            assert sorted(inspector.get_pk_constraint(name)["constrained_columns"]) == \
                sorted(c.name for c in table.primary_key), name
        if engine.dialect.name == "postgresql":  # sizes past 2 GiB and nanosecond times fit
            sizes = {c["name"]: c["type"] for c in inspector.get_columns("models")}
            assert isinstance(sizes["size_bytes"], sa.BigInteger) and isinstance(sizes["mtime_ns"], sa.BigInteger)
        indexes = {i["name"] for n in ("download_tasks", "models") for i in inspector.get_indexes(n)}
        assert {"download_tasks_status", "download_tasks_owner", "models_sha256"} <= indexes
    finally:
        engine.dispose()


def test_catalog_file_is_private(tmp_path):
    c = Catalog(str(tmp_path / "c.sqlite3"))
    c.close()
    assert stat.S_IMODE(os.stat(tmp_path / "c.sqlite3").st_mode) == 0o600


def test_urls_and_their_description():
    assert engine_url("postgresql://u:secret@db:5432/mm").drivername == "postgresql+psycopg"
    assert engine_url("postgres://u@db/mm").drivername == "postgresql+psycopg"
    assert engine_url("/x/catalog.sqlite3").database == "/x/catalog.sqlite3"
    assert "secret" not in describe("postgresql://u:secret@db:5432/mm")
    with pytest.raises(ValueError, match="unsupported catalog URL"):
        engine_url("mysql://u@db/mm")


# -- the queries, on both backends -------------------------------------------------
def test_settings_models_lookups_updates(catalog):
    c = catalog
    c.run_sync(c.save_setting, "concurrency", 4)
    c.run_sync(c.save_setting, "concurrency", 5)
    c.run_sync(c.save_setting, "allowedHosts", ["a.example"])
    c.run_sync(c.save_setting, "allowedHosts", None)
    assert c.run_sync(c.load_settings) == {"concurrency": 5}

    big = {"folder": "checkpoints", "path_index": 0, "relative_path": "a/x.safetensors", "size_bytes": 7 * 2**30,
           "mtime_ns": 1_733_000_000_987_654_321, "sha256": None, "scanned_at": 1.5}
    c.run_sync(c.save_models, [big, dict(big, relative_path="y.safetensors", sha256="c" * 64)])
    c.run_sync(c.save_models, [dict(big, sha256="d" * 64)])  # replaces
    row = c.run_sync(c.get_model, "checkpoints", 0, "a/x.safetensors")
    assert row["sha256"] == "d" * 64 and row["size_bytes"] == 7 * 2**30 and row["mtime_ns"] == big["mtime_ns"]
    assert row["inode"] == 0
    c.run_sync(c.update_model, ("checkpoints", 0, "a/x.safetensors"), {"description": "hi", "autov2": "d" * 10})
    c.run_sync(c.move_model, ("checkpoints", 0, "a/x.safetensors"), ("checkpoints", 0, "y.safetensors"))
    rows = c.run_sync(c.load_models, "checkpoints")
    assert [(r["relative_path"], r["description"]) for r in rows] == [("y.safetensors", "hi")]
    assert c.run_sync(c.models_by_sha256, "d" * 64)[0]["relative_path"] == "y.safetensors"
    c.run_sync(c.delete_models, [("checkpoints", 0, "y.safetensors")])
    assert c.run_sync(c.load_models) == []

    c.run_sync(c.save_hash_lookup, "civitai", "e" * 64, None, 10.0)
    c.run_sync(c.save_hash_lookup, "civitai", "e" * 64, {"id": 1}, 11.0)
    assert c.run_sync(c.get_hash_lookup, "civitai", "e" * 64) == {"data": {"id": 1}, "checkedAt": 11.0}
    assert c.run_sync(c.get_hash_lookup, "civitai", "f" * 64) is None
    entry = {"folder": "loras", "pathIndex": 0, "relativePath": "l.safetensors", "modelId": 9,
             "currentVersionId": 1, "newestVersionId": 2, "foundAt": 3.0}
    c.run_sync(c.save_updates, [entry])
    c.run_sync(c.save_updates, [dict(entry, newestVersionId=4)])
    assert [u["newestVersionId"] for u in c.run_sync(c.load_updates)] == [4]
    c.run_sync(c.save_update_check, {"checked": 1})
    c.run_sync(c.save_update_check, {"checked": 2})
    assert c.run_sync(c.load_update_check) == {"checked": 2}


def test_model_rows_page_by_page_in_key_order(catalog):
    """``model_pages`` (the listing index's whole-folder load) reads a folder a page at a time,
    in key order, every row once, on SQLite and PostgreSQL (a row-value comparison on both)."""
    c = catalog
    names = [f"d{i % 3}/m{i:02d}.safetensors" for i in range(11)]
    rows = [{"folder": "loras", "path_index": i % 2, "relative_path": n, "size_bytes": i, "mtime_ns": i,
             "scanned_at": 1.0} for i, n in enumerate(names)]
    c.run_sync(c.save_models, rows + [dict(rows[0], folder="vae")])
    pages = list(c.model_pages("loras", 4))  # called off the catalog thread, as the index does
    assert [len(p) for p in pages] == [4, 4, 3]
    keys = [(r["path_index"], r["relative_path"]) for p in pages for r in p]
    assert keys == sorted((r["path_index"], r["relative_path"]) for r in rows)
    assert [len(p) for p in c.model_pages("loras", 11)] == [11]  # a last full page: one more, empty, read
    assert list(c.model_pages("checkpoints", 4)) == []
    # by key, many at once (the index's changed rows): only those that exist
    wanted = [("loras", r["path_index"], r["relative_path"]) for r in rows[::2]] + [("loras", 0, "nope.safetensors")]
    got = c.run_sync(c.get_models, wanted)
    assert sorted(got) == sorted(wanted[:-1]) and all(got[k]["size_bytes"] in range(11) for k in got)


def test_model_writes_of_another_process_are_noticed(target):
    a, b = Catalog(target), Catalog(target)
    try:
        row = {"folder": "loras", "path_index": 0, "relative_path": "x.safetensors", "size_bytes": 1, "mtime_ns": 1}
        assert b.run_sync(b.models_changed_elsewhere) is False  # first look
        b.run_sync(b.save_models, [row])
        assert b.run_sync(b.models_changed_elsewhere) is False  # its own write
        a.run_sync(a.update_model, ("loras", 0, "x.safetensors"), {"sha256": "f" * 64})
        assert b.run_sync(b.models_changed_elsewhere) is True
        assert b.run_sync(b.models_changed_elsewhere) is False
        a.run_sync(a.delete_models, [("loras", 0, "x.safetensors")])
        b.run_sync(b.save_models, [row])  # B writes after A: A's write is still noticed
        assert b.run_sync(b.models_changed_elsewhere) is True
    finally:
        a.close()
        b.close()


# -- leases ------------------------------------------------------------------------
def test_two_catalogs_never_both_hold_a_task(target):
    a, b = Catalog(target), Catalog(target)
    try:
        for i in range(3):
            a.run_sync(a.save_task, task_row(f"t{i}", created=100.0 + i))
        got_a = a.run_sync(a.claim_tasks, "A", 5.0, 2)
        got_b = b.run_sync(b.claim_tasks, "B", 5.0, 2)
        assert [r["task_id"] for r in got_a] == ["t0", "t1"]  # oldest first
        assert [r["task_id"] for r in got_b] == ["t2"]
        assert b.run_sync(b.acquire_lease, "t0", "B", 5.0) is None
        assert a.run_sync(a.acquire_lease, "t0", "A", 5.0)["owner"] == "A"  # own lease: renewed
        # B may not write A's task; A may
        assert b.run_sync(b.save_task, task_row("t0", "running", created=100.0, downloaded_bytes=9), "B") is False
        assert a.run_sync(a.save_task, task_row("t0", "running", created=100.0, downloaded_bytes=7), "A") is True
        assert b.run_sync(b.get_task, "t0")["downloaded_bytes"] == 7
        # B asks A to pause t0; A reads it with its next heartbeat
        assert b.run_sync(b.hand_over, "t0", "pause", "B", 5.0) == "handed"
        beat = a.run_sync(a.heartbeat, "A", [{"task_id": "t0", "downloaded_bytes": 8, "bytes_per_second": 2.5}])
        assert beat == {"t0": "pause", "t1": None}
        row = b.run_sync(b.get_task, "t0")
        assert row["downloaded_bytes"] == 8 and row["bytes_per_second"] == 2.5
        assert a.run_sync(a.release_task, task_row("t0", "paused", created=100.0, downloaded_bytes=8), "A")
        row = b.run_sync(b.get_task, "t0")
        assert (row["status"], row["owner"], row["command"]) == ("paused", None, None)
        assert b.run_sync(b.hand_over, "t0", "cancel", "B", 5.0) == "free"
        assert b.run_sync(b.hand_over, "nope", "cancel", "B", 5.0) == "gone"
        assert set(b.run_sync(b.live_owners, 5.0)) == {"t1", "t2"}
    finally:
        a.close()
        b.close()


def test_a_dead_owners_lease_expires_and_is_taken_over(target):
    a, b = Catalog(target), Catalog(target)
    try:
        a.run_sync(a.save_task, task_row("t", "queued"))
        [row] = a.run_sync(a.claim_tasks, "A", 0.5, 1)
        a.run_sync(a.save_task, dict(task_row("t", "running", created=row["created_at"]),
                                     segments=json.dumps([[0, 9, 4]]), downloaded_bytes=4), "A")
        assert b.run_sync(b.claim_tasks, "B", 0.5, 1) == []  # alive
        time.sleep(0.8)  # A stops beating (killed)
        [taken] = b.run_sync(b.claim_tasks, "B", 0.5, 1)
        assert taken["owner"] == "B" and taken["status"] == "running"
        assert json.loads(taken["segments"]) == [[0, 9, 4]]  # resumes where A left it
        # A wakes up: its lease is gone, its writes are refused, its heartbeat says so
        assert a.run_sync(a.heartbeat, "A", [{"task_id": "t", "downloaded_bytes": 99}]) == {}
        assert a.run_sync(a.save_task, task_row("t", "completed", created=row["created_at"]), "A") is False
        assert a.run_sync(a.get_task, "t")["downloaded_bytes"] == 4
    finally:
        a.close()
        b.close()


def test_same_download_from_two_processes_is_one_task(target):
    a, b = Catalog(target), Catalog(target)
    try:
        assert a.run_sync(a.find_or_insert_task, task_row("first")) is None
        same = dict(task_row("second"), filename="first.safetensors")
        assert b.run_sync(b.find_or_insert_task, same)["task_id"] == "first"
        unnamed = dict(task_row("u1"), filename=None, url="https://example.com/x")
        assert a.run_sync(a.find_or_insert_task, unnamed, "A") is None
        assert a.run_sync(a.get_task, "u1")["owner"] == "A"
        assert b.run_sync(b.find_or_insert_task, dict(unnamed, task_id="u2"))["task_id"] == "u1"
        a.run_sync(a.save_task, task_row("first", "completed"))  # finished: a new one may start
        assert b.run_sync(b.find_or_insert_task, same) is None
    finally:
        a.close()
        b.close()


def test_racing_claims_from_many_catalogs_give_each_task_once(target):
    n_workers, n_tasks = 4, 40
    seed = Catalog(target)
    for i in range(n_tasks):
        seed.run_sync(seed.save_task, task_row(f"t{i:02}", created=float(i)))
    seed.close()
    catalogs = [Catalog(target) for _ in range(n_workers)]
    taken: dict[str, list[str]] = {}
    start = threading.Barrier(n_workers)

    def work(k: int) -> None:
        c = catalogs[k]
        start.wait()
        while True:
            rows = c.run_sync(c.claim_tasks, f"w{k}", 5.0, 3)
            if not rows:
                return
            taken.setdefault(f"w{k}", []).extend(r["task_id"] for r in rows)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(n_workers)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(60)
    for c in catalogs:
        c.close()
    every = [tid for ids in taken.values() for tid in ids]
    assert sorted(every) == [f"t{i:02}" for i in range(n_tasks)]  # each exactly once
