"""Path escapes test_safety.py / test_model_edits.py do not try: fully percent-encoded and
double-encoded ``../``, fullwidth / one-dot-leader unicode dots (NFKC turns ``．．／`` into ``../``),
very long names — on the download, model, preview and missing-models routes. Every answer is a
4xx (or a harmless 2xx that stays inside the root), never a 5xx, and nothing outside the model
roots is read, written or deleted.
"""

from __future__ import annotations

import os
from urllib.parse import quote

import pytest

from test_library import lora_file
from test_safety import snapshot

TRICKS = [
    "%2e%2e%2f%2e%2e%2fsecret", "%252e%252e%252fsecret", "..%c0%afsecret", "\uff0e\uff0e\uff0fsecret",
    "\uff0e\uff0e/\uff0e\uff0e/secret", "..\uff0fsecret", "\u2025/secret", "\u2024\u2024/secret", ".\u200b./secret",
    "..\u2215secret", "..\u29f8secret", "x" * 5000, "a/" * 300 + "x", "\u0000/x", "..%00/secret",
]


def outside(tmp_path) -> dict:
    return {k: v for k, v in snapshot(tmp_path).items() if "/models/" not in k and "/data/" not in k}


@pytest.mark.parametrize("value", TRICKS)
@pytest.mark.parametrize("field", ["subfolder", "filename"])
async def test_download_names(mm, file_server, tmp_path, field, value):
    _, base = file_server
    (tmp_path / "secret.safetensors").write_bytes(b"outside")
    before = outside(tmp_path)
    name = value if field == "subfolder" else value + ".safetensors"
    status, body = await mm.call("POST", "/model-manager/download", json={
        "url": f"{base}/files/none.safetensors", "folder": "loras", field: name})
    assert status in (201, 400, 403), (status, body)
    if status == 201:  # a literal (odd) name inside the root: it must stay there
        rel = body["data"]["relativePath"] or body["data"]["subfolder"]
        assert ".." not in rel.split("/") and not os.path.isabs(rel), body
        await mm.call("DELETE", f"/model-manager/download/{body['data']['taskId']}", expect=200)
    assert outside(tmp_path) == before


@pytest.mark.parametrize("rel", TRICKS + ["sub/" + "y" * 4000 + ".safetensors"])
async def test_model_and_preview_routes(mm, tmp_path, rel):
    await mm.setting("autoScan", False)
    lora_file(mm.models_dir / "loras" / "sub" / "a.safetensors")
    lora_file(tmp_path / "secret.safetensors")
    before = outside(tmp_path)
    path = quote(rel + ("" if rel.endswith(".safetensors") else ".safetensors"), safe="/%")
    for method, url, kwargs in [
        ("GET", f"/model-manager/model/loras/0/{path}", {}),
        ("PUT", f"/model-manager/model/loras/0/{path}", {"json": {"description": "x"}}),
        ("PUT", "/model-manager/model/loras/0/sub/a.safetensors", {"json": {"subfolder": rel}}),
        ("PUT", "/model-manager/model/loras/0/sub/a.safetensors", {"json": {"filename": rel + ".safetensors"}}),
        ("DELETE", f"/model-manager/model/loras/0/{path}", {}),
        ("GET", f"/model-manager/preview/loras/0/{path}", {}),
        ("DELETE", f"/model-manager/preview/loras/0/{path}", {}),
    ]:
        resp = await mm.client.request(method, url, **kwargs)
        assert resp.status < 500, (method, url[:200], resp.status, await resp.text())
        if resp.status < 300 and method == "PUT" and "subfolder" in kwargs.get("json", {}):
            moved = (await resp.json())["data"]
            assert ".." not in moved["relativePath"].split("/"), moved
            await mm.client.put(f"/model-manager/model/loras/0/{quote(moved['relativePath'])}",
                                json={"subfolder": "sub"})
    assert outside(tmp_path) == before
    assert (tmp_path / "secret.safetensors").exists()


async def test_missing_models_route(mm, tmp_path):
    await mm.setting("autoScan", False)
    lora_file(tmp_path / "secret.safetensors")
    items = [{"name": t + ".safetensors", "directory": "loras", "url": "https://civitai.com/api/download/models/1"}
             for t in TRICKS] + [{"name": "a.safetensors", "directory": d} for d in ("..", "%2e%2e", "\uff0e\uff0e",
                                                                               "loras/../..", "x" * 5000)]
    status, body = await mm.call("POST", "/model-manager/models/missing", json={"models": items})
    assert status == 200, body
    for item, reply in zip(items, body["data"]):
        # secret.safetensors exists one level above the roots: never reported as present
        assert reply["missing"] is True, (item["name"][:80], reply)
