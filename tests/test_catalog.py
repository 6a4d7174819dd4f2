"""The catalog's schema migrations, on real SQLite files."""

from __future__ import annotations

import sqlite3

import pytest

from comfyui_model_manager.store.catalog import MIGRATIONS, Catalog


def test_old_database_is_migrated_keeping_its_tasks(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0].split(";"):
        if statement.strip():
            conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute("INSERT INTO download_tasks (task_id, url, folder, status, created_at, updated_at) "
                 "VALUES ('t1', 'https://civitai.com/x', 'loras', 'paused', 1, 2)")
    conn.commit()
    conn.close()

    catalog = Catalog(str(path))
    try:
        assert catalog.schema_version == len(MIGRATIONS)
        [row] = catalog.run_sync(catalog.load_tasks)
        assert row["task_id"] == "t1" and row["status"] == "paused" and row["segments"] is None
        assert catalog.run_sync(catalog.integrity_check) == "ok"
    finally:
        catalog.close()
    reopened = Catalog(str(path))  # migrating again is a no-op
    assert reopened.schema_version == len(MIGRATIONS)
    reopened.close()


def test_newer_database_is_refused_not_damaged(tmp_path):
    path = tmp_path / "catalog.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {len(MIGRATIONS) + 1}")
    conn.close()
    with pytest.raises(RuntimeError, match="newer than this program"):
        Catalog(str(path))
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS) + 1
    conn.close()


def test_catalog_file_is_private(tmp_path):
    import os
    import stat

    catalog = Catalog(str(tmp_path / "c.sqlite3"))
    catalog.close()
    assert stat.S_IMODE(os.stat(tmp_path / "c.sqlite3").st_mode) == 0o600
