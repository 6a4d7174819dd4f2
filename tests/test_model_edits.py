"""One model: detail, description, preview, rename / move, delete — and refusals outside the roots."""

from __future__ import annotations

import io
import os
from urllib.parse import quote

import pytest
from PIL import Image

from test_library import lora_file, wait_scan
from test_safety import snapshot

BASE = "/model-manager/model/loras/0"


def png_bytes(size=(64, 48), color=(200, 30, 30)) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", size, color).save(buf, "PNG")
    return buf.getvalue()


@pytest.fixture
async def lib(mm):
    await mm.setting("autoScan", False)
    lora_file(mm.models_dir / "loras" / "sub" / "a.safetensors", 1)
    (mm.models_dir / "loras" / "sub" / "a.civitai.info").write_text('{"id": 2, "modelId": 1}')
    return mm


async def test_detail_reads_header_metadata_and_links(lib):
    await lib.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    await wait_scan(lib)
    _, body = await lib.call("GET", f"{BASE}/sub/a.safetensors", expect=200)
    d = body["data"]
    assert d["metadata"]["ss_network_module"] == "networks.lora"
    assert d["architecture"] == "lora"
    assert "a.civitai.info" in d["sidecars"]
    assert d["links"] == ["https://civitai.com/models/1?modelVersionId=2"]
    await lib.call("GET", f"{BASE}/sub/nope.safetensors", expect=404)


async def test_description_is_stored_and_rendered_sanitized(lib):
    text = "# Title\n\nSome **bold** text.\n\n<script>alert(1)</script>\n[x](javascript:alert(2))"
    _, body = await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"description": text}, expect=200)
    assert (lib.models_dir / "loras" / "sub" / "a.md").read_text() == text
    html = body["data"]["descriptionHtml"]
    assert "<strong>bold</strong>" in html and "<h1>" in html
    assert "<script" not in html and "javascript:" not in html
    _, listing = await lib.call("GET", "/model-manager/models/loras", expect=200)
    await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"description": None}, expect=200)
    assert not (lib.models_dir / "loras" / "sub" / "a.md").exists()
    await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"description": 5}, expect=400)


async def test_preview_upload_thumbnail_etag_and_remove(lib):
    resp = await lib.client.get(f"/model-manager/preview/loras/0/sub/a.safetensors")
    assert resp.status == 200 and resp.content_type == "image/svg+xml"
    _, body = await lib.call("PUT", "/model-manager/preview/loras/0/sub/a.safetensors", data=png_bytes(),
                             headers={"Content-Type": "image/png"}, expect=200)
    assert body["data"]["hasPreview"] is True
    stored = lib.models_dir / "loras" / "sub" / "a.preview.webp"
    assert Image.open(stored).format == "WEBP"
    resp = await lib.client.get(body["data"]["previewUrl"] + "?size=32")
    assert resp.status == 200 and resp.content_type == "image/webp"
    etag = resp.headers["ETag"]
    assert max(Image.open(io.BytesIO(await resp.read())).size) == 32
    resp = await lib.client.get(body["data"]["previewUrl"] + "?size=32", headers={"If-None-Match": etag})
    assert resp.status == 304
    status, body = await lib.call("PUT", "/model-manager/preview/loras/0/sub/a.safetensors", data=b"not an image",
                                  headers={"Content-Type": "image/png"})
    assert status == 400 and stored.exists()
    _, body = await lib.call("DELETE", "/model-manager/preview/loras/0/sub/a.safetensors", expect=200)
    assert body["data"]["hasPreview"] is False and not stored.exists()


async def test_preview_multipart_upload(lib):
    import aiohttp

    form = aiohttp.FormData()
    form.add_field("file", png_bytes(), filename="p.png", content_type="image/png")
    _, body = await lib.call("PUT", "/model-manager/preview/loras/0/sub/a.safetensors", data=form, expect=200)
    assert body["data"]["hasPreview"]


async def test_preview_from_url_uses_the_download_policy(lib, file_server):
    fs, base = file_server
    fs.add("p.png", png_bytes(), content_type="image/png")
    await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"previewUrl": f"{base}/files/p.png"}, expect=200)
    assert (lib.models_dir / "loras" / "sub" / "a.preview.webp").exists()
    await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"previewUrl": "https://evil.example/p.png"},
                   expect=403)


async def test_rename_and_move_take_sidecars(lib):
    (lib.models_dir / "loras" / "sub" / "a.md").write_text("desc")
    _, body = await lib.call("PUT", f"{BASE}/sub/a.safetensors", json={"filename": "b.safetensors"}, expect=200)
    assert body["data"]["relativePath"] == "sub/b.safetensors"
    sub = lib.models_dir / "loras" / "sub"
    assert sorted(os.listdir(sub)) == ["b.civitai.info", "b.md", "b.safetensors"]
    _, body = await lib.call("PUT", f"{BASE}/sub/b.safetensors",
                             json={"folder": "checkpoints", "subfolder": "x/y"}, expect=200)
    assert body["data"]["folder"] == "checkpoints" and body["data"]["relativePath"] == "x/y/b.safetensors"
    assert os.listdir(sub) == []
    dest = lib.models_dir / "checkpoints" / "x" / "y"
    assert sorted(os.listdir(dest)) == ["b.civitai.info", "b.md", "b.safetensors"]
    lora_file(lib.models_dir / "checkpoints" / "c.safetensors")
    status, body = await lib.call("PUT", "/model-manager/model/checkpoints/0/c.safetensors",
                                  json={"subfolder": "x/y", "filename": "b.safetensors"})
    assert status == 409 and (lib.models_dir / "checkpoints" / "c.safetensors").exists()
    status, _ = await lib.call("PUT", "/model-manager/model/checkpoints/0/c.safetensors",
                               json={"filename": "c.ckpt"})
    assert status == 400


async def test_delete_removes_model_and_sidecars_only(lib):
    sub = lib.models_dir / "loras" / "sub"
    (sub / "a.preview.png").write_bytes(png_bytes())
    (sub / "a2.safetensors").write_bytes(b"other model")
    (sub / "a.safetensors.notes").write_text("not ours")
    _, body = await lib.call("DELETE", f"{BASE}/sub/a.safetensors", expect=200)
    assert sorted(body["data"]["deleted"]) == ["a.civitai.info", "a.preview.png", "a.safetensors"]
    assert sorted(os.listdir(sub)) == ["a.safetensors.notes", "a2.safetensors"]


ESCAPES = ["../../../etc/passwd", "..%2F..%2Fsecret.safetensors", "%2e%2e/%2e%2e/secret.safetensors",
           "sub/../../secret.safetensors", "link/../secret.safetensors", "link/..%2Fsecret.safetensors",
           "link/%2E%2E/secret.safetensors", "%00.safetensors",
           "/etc/passwd", "C:%5Cwindows%5Cx.safetensors"]


@pytest.mark.parametrize("rel", ESCAPES)
async def test_every_verb_refuses_escapes(lib, tmp_path, rel):
    secret = tmp_path / "secret.safetensors"
    secret.write_bytes(b"outside")
    os.symlink(tmp_path, lib.models_dir / "loras" / "link")
    before = snapshot(tmp_path)
    for method, path, kwargs in [
        ("GET", f"{BASE}/{rel}", {}),
        ("PUT", f"{BASE}/{rel}", {"json": {"description": "x"}}),
        ("PUT", f"{BASE}/{rel}", {"json": {"filename": "moved.safetensors"}}),
        ("DELETE", f"{BASE}/{rel}", {}),
        ("PUT", f"/model-manager/preview/loras/0/{rel}", {"data": png_bytes(), "headers": {"Content-Type": "image/png"}}),
        ("DELETE", f"/model-manager/preview/loras/0/{rel}", {}),
        ("GET", f"/model-manager/preview/loras/0/{rel}", {}),
    ]:
        resp = await lib.client.request(method, path, **kwargs)
        assert 400 <= resp.status < 500, (method, path, resp.status)
    assert snapshot(tmp_path) == before
    assert secret.read_bytes() == b"outside"


async def test_move_target_outside_is_refused(lib, tmp_path):
    before = snapshot(tmp_path)
    for body in ({"subfolder": "../.."}, {"filename": "../x.safetensors"}, {"folder": "nope"},
                 {"pathIndex": 7}, {"subfolder": "/tmp"}):
        status, reply = await lib.call("PUT", f"{BASE}/sub/a.safetensors", json=body)
        assert 400 <= status < 500, (body, reply)
    assert snapshot(tmp_path) == before


async def test_bad_path_index(lib):
    status, body = await lib.call("GET", "/model-manager/model/loras/x/sub/a.safetensors")
    assert status == 400
    status, body = await lib.call("GET", "/model-manager/model/loras/5/sub/a.safetensors")
    assert status == 400
