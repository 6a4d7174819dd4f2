"""Model library listing, scans (diff / full, events, cancel) and the missing-models check."""

from __future__ import annotations

import asyncio
import json
import os
import time

import numpy as np
from safetensors.numpy import save_file

from fileserver import sha256


def lora_file(path, seed=0, n=64):
    """A real (tiny) SD 1.5-style LoRA safetensors file; returns its bytes."""
    rng = np.random.default_rng(seed)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    save_file({
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_down.weight":
            rng.random((4, 768), dtype=np.float32),
        "lora_unet_down_blocks_0_attentions_0_transformer_blocks_0_attn2_to_k.lora_up.weight":
            rng.random((320, 4), dtype=np.float32),
        "lora_te_text_model_encoder_layers_0_mlp_fc1.lora_down.weight": rng.random((4, n), dtype=np.float32),
    }, str(path), metadata={"ss_network_module": "networks.lora", "ss_base_model_version": "sd_v1"})
    with open(path, "rb") as f:
        return f.read()


async def wait_scan(mm, timeout=30) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        _, body = await mm.call("GET", "/model-manager/scan", expect=200)
        if body["data"] and body["data"]["status"] != "running":
            return body["data"]
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.05)


async def list_models(mm, folder="loras") -> dict:
    _, body = await mm.call("GET", f"/model-manager/models/{folder}", expect=200)
    return {m["relativePath"]: m for m in body["data"]}


async def test_listing_then_background_scan_fills_in_facts(mm):
    loras = mm.models_dir / "loras"
    a = lora_file(loras / "a.safetensors", 1)
    b = lora_file(loras / "styles" / "deep" / "b.safetensors", 2)
    (loras / "a.preview.png").write_bytes(b"\x89PNG fake")
    (loras / "a.md").write_text("# A\nA *great* LoRA.")
    (loras / "notes.txt").write_text("not a model")
    (loras / ".hidden.safetensors").write_bytes(b"x")
    (loras / "c.safetensors.part").write_bytes(b"partial")
    (loras / "styles" / "b.civitai.info").write_text("{}")
    (loras / "styles" / "deep" / "b.civitai.info").write_text(json.dumps({
        "id": 222, "modelId": 111, "baseModel": "SD 1.5", "trainedWords": ["bstyle", "b art"],
        "files": [{"primary": True, "hashes": {"SHA256": sha256(b).upper()}}]}))
    os.symlink(loras, loras / "styles" / "loop")  # a loop the walk must survive

    models = await list_models(mm)
    assert set(models) == {"a.safetensors", "styles/deep/b.safetensors"}, models.keys()
    first = models["a.safetensors"]
    assert first["sizeBytes"] == len(a) and first["extension"] == ".safetensors" and first["name"] == "a"
    assert first["hasPreview"] is True and first["previewUrl"].endswith("/preview/loras/0/a.safetensors")
    assert models["styles/deep/b.safetensors"]["hasPreview"] is False

    scan = await wait_scan(mm)  # started by the listing (autoScan)
    assert scan["status"] == "completed" and scan["folder"] == "loras"
    assert scan["results"]["new"] == 2 and scan["results"]["hashed"] == 2

    models = await list_models(mm)
    a_json, b_json = models["a.safetensors"], models["styles/deep/b.safetensors"]
    assert a_json["scanned"] and a_json["sha256"] == sha256(a) and a_json["sha256Source"] == "computed"
    assert a_json["autov2"] == sha256(a)[:10].upper()
    assert a_json["architecture"] == "lora" and a_json["baseModel"] == "SD 1.5"
    assert a_json["description"].startswith("# A")
    assert b_json["sha256"] == sha256(b)
    assert b_json["triggerWords"] == ["bstyle", "b art"]
    assert b_json["source"] == "civitai" and b_json["sourceIds"] == {"modelId": 111, "versionId": 222}


async def test_sidecar_hash_seeds_without_hashing(mm):
    await mm.setting("hashOnScan", False)
    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    lora_file(loras / "x.safetensors")
    (loras / "x.sha256").write_text("ab" * 32 + "  x.safetensors\n")
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    scan = await wait_scan(mm)
    assert scan["results"]["hashed"] == 0
    m = (await list_models(mm))["x.safetensors"]
    assert m["sha256"] == "ab" * 32 and m["sha256Source"] == "sidecar"


async def test_diff_scan_only_touches_changed_files(mm):
    await mm.setting("autoScan", False)
    loras = mm.models_dir / "loras"
    for i in range(6):
        lora_file(loras / f"m{i}.safetensors", i)
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "diff"}, expect=202)
    first = await wait_scan(mm)
    assert first["results"]["new"] == 6 and first["results"]["hashed"] == 6

    changed = lora_file(loras / "m0.safetensors", 99)
    os.utime(loras / "m0.safetensors", ns=(time.time_ns(), time.time_ns() + 10**9))
    os.rename(loras / "m1.safetensors", loras / "moved.safetensors")
    os.unlink(loras / "m2.safetensors")
    ws = await mm.client.ws_connect("/ws")
    _, body = await mm.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    second = await wait_scan(mm)
    r = second["results"]
    assert (r["changed"], r["moved"], r["removed"], r["unchanged"], r["hashed"]) == (1, 1, 1, 3, 1), r
    _, body2 = await mm.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "full"}, expect=202)
    third = await wait_scan(mm)
    assert third["results"]["hashed"] == 0 and third["results"]["unchanged"] == 5, third["results"]
    models = await list_models(mm)
    assert "m2.safetensors" not in models
    assert models["m0.safetensors"]["sha256"] == sha256(changed)
    assert models["moved.safetensors"]["sha256"] is not None and models["moved.safetensors"]["scanned"]

    seen = {}
    while "complete_scan_task" not in seen:
        msg = await asyncio.wait_for(ws.receive_json(), 5)
        seen.setdefault(msg["type"], msg["data"])
    update = seen["update_scan_task"]
    assert update["task_id"] == body["data"]["taskId"] and update["progress"]["total"] == 2
    assert {f["relativePath"] for f in update["files"]} <= {"m0.safetensors", "moved.safetensors"}
    done = seen["complete_scan_task"]
    assert done["task_id"] == body["data"]["taskId"] and done["results"]["changed"] == 1
    await ws.close()


async def scan_task(mm, task_id: str, *statuses: str, timeout: float = 60) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        _, body = await mm.call("GET", f"/model-manager/scan/{task_id}", expect=200)
        if body["data"]["status"] in statuses:
            return body["data"]
        assert time.monotonic() < deadline, body
        await asyncio.sleep(0.05)


async def test_one_scan_at_a_time_and_cancel(mm):
    await mm.setting("autoScan", False)
    ckpts = mm.models_dir / "checkpoints"
    blob = os.urandom(1 << 20) * 64  # 64 MB each: hashing takes a while
    for i in range(8):
        (ckpts / f"big{i}.safetensors").write_bytes(len(b"{}").to_bytes(8, "little") + b"{}" + blob)
    _, first = await mm.call("POST", "/model-manager/scan", json={"folder": "checkpoints"}, expect=202)
    assert first["data"]["outcome"] == "started" and first["data"]["status"] == "running"
    _, same = await mm.call("POST", "/model-manager/scan", json={"folder": "checkpoints"}, expect=200)
    assert same["data"]["taskId"] == first["data"]["taskId"] and same["data"]["outcome"] == "running"
    _, queued = await mm.call("POST", "/model-manager/scan", json={}, expect=202)
    assert queued["data"]["outcome"] == "queued" and queued["data"]["status"] == "queued"
    assert queued["data"]["taskId"] != first["data"]["taskId"]
    _, cancelled = await mm.call("DELETE", f"/model-manager/scan/{queued['data']['taskId']}", expect=200)
    assert cancelled["data"]["status"] == "cancelled"
    _, cancelled = await mm.call("DELETE", f"/model-manager/scan/{first['data']['taskId']}", expect=200)
    assert cancelled["data"]["status"] == "cancelled"
    assert cancelled["data"]["progress"]["done"] < 8
    _, body = await mm.call("GET", f"/model-manager/scan/{queued['data']['taskId']}", expect=200)
    assert body["data"]["status"] == "cancelled" and body["data"]["progress"]["done"] == 0  # never ran
    await mm.call("GET", "/model-manager/scan/nope", expect=404)
    await mm.call("POST", "/model-manager/scan", json={"mode": "fast"}, expect=400)
    await mm.call("POST", "/model-manager/scan", json={"folder": "../loras"}, expect=400)


async def test_a_scan_asked_for_during_an_auto_scan_runs_for_every_folder(mm):
    """The listing's background loras scan is busy hashing; "scan everything" is queued
    behind it (not answered with the loras scan) and then covers every folder."""
    loras, ckpts, vae = (mm.models_dir / d for d in ("loras", "checkpoints", "vae"))
    with open(loras / "huge.safetensors", "wb") as f:  # sparse: 256 MiB to hash, no disk used
        f.truncate(1 << 28)
    small = lora_file(loras / "small.safetensors", 5)
    ckpt = lora_file(ckpts / "ckpt.safetensors", 6)
    os.makedirs(vae, exist_ok=True)
    v = lora_file(vae / "sub" / "v.safetensors", 7)
    await list_models(mm)  # finds unknown files: starts the loras scan
    _, cur = await mm.call("GET", "/model-manager/scan", expect=200)
    auto = cur["data"]
    assert auto["folder"] == "loras" and auto["status"] == "running"
    _, reply = await mm.call("POST", "/model-manager/scan", json={"folder": None}, expect=202)
    everything = reply["data"]
    assert everything["outcome"] == "queued" and everything["taskId"] != auto["taskId"]
    assert everything["folder"] is None and everything["status"] == "queued"
    # asking again while it waits gets the same queued scan, widened to full
    _, again = await mm.call("POST", "/model-manager/scan", json={"folder": "vae", "mode": "full"}, expect=202)
    assert again["data"]["taskId"] == everything["taskId"] and again["data"]["mode"] == "full"
    assert (await scan_task(mm, auto["taskId"], "completed"))["results"]["new"] == 2
    done = await scan_task(mm, everything["taskId"], "completed")
    assert done["folder"] is None and done["results"]["files"] >= 4
    for folder, rel, body in (("loras", "small.safetensors", small), ("checkpoints", "ckpt.safetensors", ckpt),
                              ("vae", "sub/v.safetensors", v)):
        model = (await list_models(mm, folder))[rel]
        assert model["scanned"] and model["sha256"] == sha256(body), (folder, rel)


async def test_listing_unknown_folder_and_extra_roots(make_mm, tmp_path):
    extra = tmp_path / "extra.yaml"
    extra.write_text(f"x:\n  loras: {tmp_path}/more\n")
    mm = await make_mm(extra_model_paths=[str(extra)])
    await mm.setting("autoScan", False)
    lora_file(tmp_path / "more" / "far.safetensors")
    models = await list_models(mm)
    assert models["far.safetensors"]["pathIndex"] == 1
    await mm.call("GET", "/model-manager/models/nope", expect=400)


async def test_missing_models(mm):
    await mm.setting("autoScan", False)
    lora_file(mm.models_dir / "loras" / "have.safetensors")
    lora_file(mm.models_dir / "unet" / "sub" / "flux.safetensors")
    _, body = await mm.call("POST", "/model-manager/models/missing", expect=200, json={"models": [
        {"name": "have.safetensors", "directory": "loras", "url": "https://civitai.com/api/download/models/1"},
        {"name": "gone.safetensors", "directory": "loras", "url": "https://huggingface.co/a/b/resolve/main/gone.safetensors"},
        {"name": "sub/flux.safetensors", "directory": "unet"},
        {"name": "x.safetensors", "directory": "nope", "url": "https://civitai.com/x"},
        {"name": "../../x.safetensors", "directory": "loras", "url": "https://civitai.com/x"},
        {"name": "evil.safetensors", "directory": "loras", "url": "https://evil.example/x.safetensors"},
    ]})
    have, gone, flux, unknown, escape, evil = body["data"]
    assert have["missing"] is False
    assert gone["missing"] is True and gone["allowed"] is True and gone["folder"] == "loras"
    assert flux["missing"] is False and flux["folder"] == "diffusion_models"
    assert unknown["folder"] is None and "unknown model folder" in unknown["reason"]
    assert escape["missing"] is True and escape["allowed"] is False and "leave" in escape["reason"]
    assert evil["allowed"] is False and "not allowed" in evil["reason"]
    await mm.call("POST", "/model-manager/models/missing", json={"models": "x"}, expect=400)
