"""The listing from the in-memory index, over loopback HTTP: ETag / 304, gzip, ``fields``,
paging, and the index following the disk (directory mtimes) and every catalog write."""

from __future__ import annotations

import asyncio
import gzip
import json
import os
import time

import aiohttp

from fileserver import make_safetensors, sha256
from test_library import lora_file, wait_scan

from comfyui_model_manager.routes.envelope import load_openapi
from comfyui_model_manager.routes.listing import MODEL_FIELDS

OPENAPI = load_openapi()

URL = "/model-manager/models/loras"


async def get(mm, path=URL, **headers):
    """``(status, headers, raw body bytes)`` with no automatic decompression."""
    async with aiohttp.ClientSession(auto_decompress=False) as session:
        async with session.get(str(mm.client.make_url(path)), headers=headers) as resp:
            return resp.status, resp.headers, await resp.read()


async def listing(mm, path=URL) -> tuple[str, dict]:
    status, headers, raw = await get(mm, path, **{"Accept-Encoding": "identity"})
    body = json.loads(raw)
    assert status == 200, body
    _, checked = await mm.call("GET", path, expect=200)  # the same reply, checked against openapi.json
    assert checked == body
    return headers["ETag"], body


def make_library(root, n=12):
    for i in range(n):
        lora_file(root / f"sub{i % 3}" / f"m{i:02d}.safetensors", i)



async def test_etag_304_and_changes_after_scan_edit_rename_download(mm, file_server):
    await mm.setting("autoScan", False)
    make_library(mm.models_dir / "loras")
    etag, body = await listing(mm)
    assert etag.startswith('W/"') and body["total"] == 12 and len(body["data"]) == 12
    assert not any(m["scanned"] for m in body["data"])

    status, headers, raw = await get(mm, **{"If-None-Match": etag})
    assert status == 304 and raw == b"" and headers["ETag"] == etag
    status, _, _ = await get(mm, **{"If-None-Match": 'W/"someone-else"'})
    assert status == 200

    # a scan fills the catalog: new facts, new ETag
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    await wait_scan(mm)
    after_scan, body = await listing(mm)
    assert after_scan != etag and all(m["scanned"] for m in body["data"])
    assert (await get(mm, **{"If-None-Match": after_scan}))[0] == 304

    # an edit (description)
    await mm.call("PUT", "/model-manager/model/loras/0/sub0/m00.safetensors",
                  json={"description": "fresh words"}, expect=200)
    after_edit, body = await listing(mm)
    assert after_edit != after_scan
    assert {m["relativePath"]: m for m in body["data"]}["sub0/m00.safetensors"]["description"] == "fresh words"

    # a rename
    await mm.call("PUT", "/model-manager/model/loras/0/sub0/m00.safetensors",
                  json={"filename": "renamed.safetensors"}, expect=200)
    after_rename, body = await listing(mm)
    paths = [m["relativePath"] for m in body["data"]]
    assert after_rename != after_edit and "sub0/renamed.safetensors" in paths and "sub0/m00.safetensors" not in paths

    # a download
    fs, base = file_server
    data = make_safetensors(10_000)
    fs.add("new.safetensors", data)
    task = await mm.download(url=f"{base}/files/new.safetensors", folder="loras", subfolder="sub1")
    await mm.wait(task["taskId"], "completed")
    after_download, body = await listing(mm)
    new = {m["relativePath"]: m for m in body["data"]}["sub1/new.safetensors"]
    assert after_download != after_rename and new["sha256"] == sha256(data) and new["scanned"]
    assert body["total"] == 13


async def test_index_follows_the_disk(mm):
    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    make_library(loras, 3)
    etag, body = await listing(mm)
    assert body["total"] == 3
    # files appear (in an existing and in a new nested directory), one goes, a preview appears
    lora_file(loras / "sub0" / "appeared.safetensors", 50)
    lora_file(loras / "brand" / "new" / "deep.safetensors", 51)
    os.unlink(loras / "sub1" / "m01.safetensors")
    (loras / "sub2" / "m02.preview.png").write_bytes(b"\x89PNG fake")
    etag2, body = await listing(mm)
    by_path = {m["relativePath"]: m for m in body["data"]}
    assert etag2 != etag
    assert set(by_path) == {"sub0/m00.safetensors", "sub0/appeared.safetensors", "brand/new/deep.safetensors",
                            "sub2/m02.safetensors"}
    assert by_path["sub2/m02.safetensors"]["hasPreview"] and by_path["sub2/m02.safetensors"]["previewUrl"]
    # the order is the documented one: relativePath case-folded
    assert [m["relativePath"] for m in body["data"]] == sorted(by_path, key=str.lower)
    # a whole directory removed
    for name in os.listdir(loras / "brand" / "new"):
        os.unlink(loras / "brand" / "new" / name)
    os.rmdir(loras / "brand" / "new")
    _, body = await listing(mm)
    assert "brand/new/deep.safetensors" not in {m["relativePath"] for m in body["data"]}


async def test_directory_settled_long_ago_is_trusted_then_reread_when_it_changes(mm):
    """An old directory mtime is not re-read; a change moves its mtime and it is."""
    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    make_library(loras, 2)
    old = time.time() - 3600
    for d in (loras, loras / "sub0", loras / "sub1"):
        os.utime(d, (old, old))
    etag, _ = await listing(mm)
    assert (await get(mm, **{"If-None-Match": etag}))[0] == 304
    lora_file(loras / "sub1" / "later.safetensors", 9)
    etag2, body = await listing(mm)
    assert etag2 != etag and body["total"] == 3


async def test_gzip_when_accepted(mm):
    await mm.setting("autoScan", False)
    make_library(mm.models_dir / "loras", 30)
    _, plain = await listing(mm)
    status, headers, raw = await get(mm, **{"Accept-Encoding": "gzip, deflate"})
    assert status == 200 and headers["Content-Encoding"] == "gzip" and "Accept-Encoding" in headers["Vary"]
    assert json.loads(gzip.decompress(raw)) == plain and len(raw) < len(json.dumps(plain))
    assert int(headers["Content-Length"]) == len(raw)
    # refused gzip → identity
    status, headers, raw = await get(mm, **{"Accept-Encoding": "gzip;q=0"})
    assert "Content-Encoding" not in headers and json.loads(raw) == plain
    # a page is compressed too
    status, headers, raw = await get(mm, URL + "?limit=5&fields=name", **{"Accept-Encoding": "gzip"})
    assert headers["Content-Encoding"] == "gzip" and len(json.loads(gzip.decompress(raw))["data"]) == 5


async def test_fields_and_paging(mm):
    await mm.setting("autoScan", False)
    make_library(mm.models_dir / "loras", 12)
    _, full = await listing(mm)
    order = [m["relativePath"] for m in full["data"]]
    assert "offset" not in full and full["total"] == 12

    _, body = await listing(mm, URL + "?fields=relativePath,sizeBytes,relativePath")
    assert [list(m) for m in body["data"]] == [["relativePath", "sizeBytes"]] * 12
    assert [m["relativePath"] for m in body["data"]] == order

    pages, offset = [], 0
    while offset is not None:
        etag, body = await listing(mm, URL + f"?offset={offset}&limit=5&fields=relativePath")
        assert body["total"] == 12 and body["offset"] == offset and body["limit"] == 5
        pages.append([m["relativePath"] for m in body["data"]])
        offset = body["nextOffset"]
    assert [len(p) for p in pages] == [5, 5, 2] and sum(pages, []) == order
    # each variant has its own ETag, and 304s on its own
    assert (await get(mm, URL + "?offset=10&limit=5&fields=relativePath", **{"If-None-Match": etag}))[0] == 304
    assert (await get(mm, URL + "?offset=5&limit=5&fields=relativePath", **{"If-None-Match": etag}))[0] == 200

    _, body = await listing(mm, URL + "?offset=11")
    assert [m["relativePath"] for m in body["data"]] == order[11:] and body["nextOffset"] is None
    assert body["limit"] is None and set(body["data"][0]) == set(MODEL_FIELDS)
    _, body = await listing(mm, URL + "?offset=50&limit=3")
    assert body["data"] == [] and body["nextOffset"] is None

    for bad in ("fields=nope", "fields=", "fields=name,bogus", "offset=-1", "limit=0", "limit=x", "offset=1.5"):
        status, body = await mm.call("GET", f"{URL}?{bad}")
        assert status == 400 and not body["success"], bad


def test_fields_are_the_documented_model_properties():
    assert tuple(OPENAPI["components"]["schemas"]["Model"]["properties"]) == MODEL_FIELDS
    assert set(OPENAPI["components"]["schemas"]["ModelFields"]["properties"]) == set(MODEL_FIELDS)
    params = {p["name"] for p in OPENAPI["paths"]["/model-manager/models/{folder}"]["get"]["parameters"]}
    assert {"fields", "offset", "limit"} <= params


async def test_auto_scan_from_the_listing_still_runs(mm):
    make_library(mm.models_dir / "loras", 4)
    await listing(mm)
    await wait_scan(mm)
    deadline = time.monotonic() + 10
    while True:
        _, body = await listing(mm)
        if all(m["scanned"] for m in body["data"]):
            break
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.05)


async def test_whole_folder_reload_reads_the_catalog_a_page_at_a_time(mm, monkeypatch):
    """A whole-folder (re)load pages through the catalog (what keeps 100,000 rows from being in
    memory at once): with three rows a page, every scanned model keeps its catalog facts, the
    files nobody scanned yet are listed unscanned, and a row whose file went is no model."""
    from comfyui_model_manager.library import index as index_mod

    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    make_library(loras, 10)
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    await wait_scan(mm)
    await mm.call("PUT", "/model-manager/model/loras/0/sub1/m04.safetensors",
                  json={"description": "kept across pages"}, expect=200)
    os.unlink(loras / "sub2" / "m05.safetensors")  # its row stays until the next scan
    lora_file(loras / "sub0" / "late.safetensors", 77)  # on disk, not in the catalog

    svc = await mm.services
    pages = []
    real = svc.catalog.load_models_page
    monkeypatch.setattr(index_mod, "PAGE_ROWS", 3)
    monkeypatch.setattr(svc.catalog, "load_models_page", lambda *a: pages.append(a) or real(*a))
    svc.library.index.invalidate("loras")
    _, body = await listing(mm)

    assert len(pages) == 4, pages  # 10 rows, three a page: 3 + 3 + 3 + 1
    by_path = {m["relativePath"]: m for m in body["data"]}
    assert body["total"] == 10 and "sub2/m05.safetensors" not in by_path
    assert not by_path["sub0/late.safetensors"]["scanned"]
    assert all(m["scanned"] for p, m in by_path.items() if p != "sub0/late.safetensors")
    assert by_path["sub1/m04.safetensors"]["description"] == "kept across pages"
    assert len({m["sha256"] for m in by_path.values() if m["scanned"]}) == 9
    # the gone file's row is an orphan: the next diff scan removes it
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    task = await wait_scan(mm)
    assert task["results"]["removed"] == 1 and task["results"]["new"] == 1, task


async def test_many_changed_rows_are_read_by_key_not_the_whole_folder(mm, monkeypatch):
    """A re-scan of 550 of 1,100 models changes 550 rows: the next listing reads those rows by
    key (a few IN queries) and encodes only those models; it does not page through the whole
    folder (which was done on every listing while a scan saved its batches)."""
    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    data = lora_file(loras / "a" / "m0000.safetensors", 1)
    for i in range(1, 1100):
        (loras / ("a" if i < 550 else "b") / f"m{i:04d}.safetensors").parent.mkdir(exist_ok=True)
        (loras / ("a" if i < 550 else "b") / f"m{i:04d}.safetensors").write_bytes(data)
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    await wait_scan(mm)
    _, body = await listing(mm)
    assert body["total"] == 1100 and all(m["scanned"] for m in body["data"])

    chosen = [m for m in body["data"] if m["relativePath"].startswith("a/")]
    for m in chosen:  # a description beside the model: the re-scan reads it
        (loras / m["relativePath"]).with_suffix(".md").write_text("rescanned")
    svc = await mm.services
    calls = {"pages": 0, "by_key": 0}
    pages, by_key = svc.catalog.model_pages, svc.catalog.get_models
    monkeypatch.setattr(svc.catalog, "model_pages", lambda *a: calls.__setitem__("pages", calls["pages"] + 1)
                        or pages(*a))
    monkeypatch.setattr(svc.catalog, "get_models", lambda *a: calls.__setitem__("by_key", calls["by_key"] + 1)
                        or by_key(*a))
    for i in range(0, len(chosen), 500):  # the bulk route takes up to 500 models a call
        refs = [{"folder": "loras", "pathIndex": 0, "relativePath": m["relativePath"]} for m in chosen[i:i + 500]]
        await mm.call("POST", "/model-manager/models/bulk", json={"action": "rescan", "models": refs})
        await wait_scan(mm)
    _, body = await listing(mm)
    by_path = {m["relativePath"]: m for m in body["data"]}
    assert all(by_path[m["relativePath"]]["description"] == "rescanned" for m in chosen)
    assert not any(m["description"] for p, m in by_path.items() if p.startswith("b/"))
    assert calls["pages"] == 0 and calls["by_key"] >= 1, calls


async def test_big_index_containers_are_not_walked_by_the_garbage_collector(mm):
    """Every full collection walks every tracked container while it holds the GIL (36-41 ms
    at 100,000 models when the index's keyed containers were tracked). The index's
    dicts stay untracked even right after they change; its tuples (the order, the
    snapshot, a diff scan's plan) are untracked once the GC has looked at them."""
    import collections
    import gc

    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    make_library(loras)
    await listing(mm)
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    await wait_scan(mm)
    os.unlink(loras / "sub2" / "m05.safetensors")  # an orphan row
    lora_file(loras / "sub0" / "late.safetensors", 77)  # unscanned
    _, body = await listing(mm)
    assert body["total"] == 12

    svc = await mm.services
    fi = svc.library.index._folders["loras"]
    assert len(fi.unscanned) == 1 and len(fi.orphan_keys) == 1
    for name, container in (("pieces", fi.pieces), ("unscanned", fi.unscanned),
                            ("orphan_keys", fi.orphan_keys), ("dirty", fi._dirty)):
        assert not gc.is_tracked(container), name  # no collection needed: never tracked
    todo, gone = await svc.library.index.diff_plan(["loras"], collections.Counter())
    assert [entry[2] for entry, row in todo] == ["sub0/late.safetensors"] and len(gone) == 1
    for _ in range(3):  # each pass untracks the tuples whose items it has already seen
        gc.collect()    # untracked (entry, then pair, then plan: the order decides the passes)
    for name, container in (("order", fi.order), ("snapshot", fi.snapshot.pieces), ("plan", todo)):
        assert len(container) and not gc.is_tracked(container), name
