"""Bulk actions on a selection (``POST /model-manager/models/bulk``): delete, move, re-scan,
re-identify on Civitai — per-model results, refusals outside the roots, one scan at a time."""

from __future__ import annotations

import asyncio

import pytest

from test_library import list_models, lora_file, wait_scan
from test_safety import snapshot
from test_sources import sites, smm  # noqa: F401  (fixtures)
from test_updates import OLD, full_scan

BULK = "/model-manager/models/bulk"


def ref(rel, folder="loras", index=0):
    return {"folder": folder, "pathIndex": index, "relativePath": rel}


@pytest.fixture
async def lib(mm):
    await mm.setting("autoScan", False)
    d = mm.models_dir / "loras"
    for i, rel in enumerate(["a.safetensors", "sub/b.safetensors", "sub/deep/c.safetensors", "keep.safetensors"]):
        lora_file(d / rel, i)
    (d / "a.metadata.json").write_text('{"sha256": null}')
    (d / "sub" / "b.md").write_text("# b")
    return mm


async def test_delete_removes_each_model_with_its_sidecars_and_reports_per_model(lib):
    d = lib.models_dir / "loras"
    _, body = await lib.call("POST", BULK, expect=200, json={
        "action": "delete", "models": [ref("a.safetensors"), ref("sub/b.safetensors"), ref("gone.safetensors")]})
    data = body["data"]
    assert data["action"] == "delete" and data["succeeded"] == 2 and data["failed"] == 1
    by = {r["relativePath"]: r for r in data["results"]}
    assert sorted(by["a.safetensors"]["deleted"]) == ["a.metadata.json", "a.safetensors"]
    assert sorted(by["sub/b.safetensors"]["deleted"]) == ["b.md", "b.safetensors"]
    assert by["gone.safetensors"]["ok"] is False and by["gone.safetensors"]["status"] == 404
    assert not (d / "a.safetensors").exists() and not (d / "a.metadata.json").exists()
    assert not (d / "sub" / "b.md").exists()
    assert sorted(await list_models(lib)) == ["keep.safetensors", "sub/deep/c.safetensors"]


async def test_move_keeps_names_takes_sidecars_and_skips_a_taken_target(lib):
    d = lib.models_dir / "loras"
    lora_file(d / "styles" / "keep.safetensors", 9)  # the target of keep.safetensors is taken
    _, body = await lib.call("POST", BULK, expect=200, json={
        "action": "move", "target": {"folder": "loras", "subfolder": "styles"},
        "models": [ref("sub/b.safetensors"), ref("keep.safetensors"), ref("sub/deep/c.safetensors")]})
    data = body["data"]
    assert (data["succeeded"], data["failed"]) == (2, 1)
    by = {r["relativePath"]: r for r in data["results"]}
    assert by["sub/b.safetensors"]["model"]["relativePath"] == "styles/b.safetensors"
    assert by["keep.safetensors"]["status"] == 409 and (d / "keep.safetensors").exists()
    assert (d / "styles" / "b.safetensors").exists() and (d / "styles" / "b.md").exists()
    assert (d / "styles" / "c.safetensors").exists() and not (d / "sub" / "deep" / "c.safetensors").exists()
    # to another folder, at its root
    _, body = await lib.call("POST", BULK, expect=200, json={
        "action": "move", "target": {"folder": "checkpoints"}, "models": [ref("a.safetensors")]})
    assert body["data"]["results"][0]["model"]["folder"] == "checkpoints"
    assert (lib.models_dir / "checkpoints" / "a.safetensors").exists()
    assert (lib.models_dir / "checkpoints" / "a.metadata.json").exists()


@pytest.mark.parametrize("body, status", [
    ({"action": "explode", "models": [ref("a.safetensors")]}, 400),
    ({"action": "delete", "models": []}, 400),
    ({"action": "delete", "models": "a.safetensors"}, 400),
    ({"action": "delete", "models": [{"folder": "loras", "pathIndex": "0", "relativePath": "a.safetensors"}]}, 400),
    ({"action": "move", "models": [ref("a.safetensors")]}, 400),
    ({"action": "move", "models": [ref("a.safetensors")], "target": {"folder": "nope"}}, 400),
    ({"action": "move", "models": [ref("a.safetensors")], "target": {"folder": "loras", "pathIndex": 3}}, 400),
    ({"action": "move", "models": [ref("a.safetensors")], "target": {"folder": "loras", "subfolder": "../x"}}, 403),
    ({"action": "rescan", "models": [ref("../../etc/passwd.safetensors")]}, 403),
    ({"action": "rescan", "models": [ref("a.safetensors", folder="nope")]}, 400),
])
async def test_bad_requests_touch_nothing(lib, body, status):
    before = snapshot(lib.models_dir)
    got, reply = await lib.call("POST", BULK, json=body)
    assert got == status and reply["success"] is False and reply["error"], reply
    assert snapshot(lib.models_dir) == before


async def test_delete_outside_the_root_is_refused_per_model_and_nothing_is_touched(lib, tmp_path):
    outside = tmp_path / "outside.safetensors"
    lora_file(outside, 5)
    before = snapshot(lib.models_dir)
    _, body = await lib.call("POST", BULK, expect=200, json={
        "action": "delete", "models": [ref("../../outside.safetensors"), ref("/etc/hosts.safetensors")]})
    assert body["data"]["failed"] == 2 and all(r["status"] in (400, 403) for r in body["data"]["results"])
    assert outside.exists() and snapshot(lib.models_dir) == before


async def test_rescan_reads_only_the_selection(lib):
    _, body = await lib.call("POST", BULK, expect=202, json={
        "action": "rescan", "models": [ref("a.safetensors"), ref("sub/b.safetensors")]})
    scan = body["data"]["scan"]
    assert scan["mode"] == "full" and scan["selected"] == 2 and scan["folder"] == "loras"
    done = await wait_scan(lib)
    assert done["status"] == "completed" and done["results"]["files"] == 2 and done["progress"]["done"] == 2
    models = await list_models(lib)
    assert models["a.safetensors"]["scanned"] and models["sub/b.safetensors"]["scanned"]
    assert not models["keep.safetensors"]["scanned"]  # not selected: still unknown
    assert models["a.safetensors"]["sha256"] and models["a.safetensors"]["architecture"] == "lora"


async def test_a_second_scan_while_one_runs_is_409(lib):
    for i in range(40):  # enough work that the first scan is still running
        lora_file(lib.models_dir / "loras" / "many" / f"m{i}.safetensors", 100 + i, n=20000)
    await lib.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "full"}, expect=202)
    status, body = await lib.call("POST", BULK, json={"action": "rescan", "models": [ref("a.safetensors")]})
    assert status == 409 and "scan is running" in body["error"]
    await wait_scan(lib)


async def test_reidentify_asks_civitai_again_and_rescan_stays_local(smm, sites):
    await smm.setting("autoScan", False)
    (smm.models_dir / "loras" / "sub").mkdir(parents=True, exist_ok=True)
    (smm.models_dir / "loras" / "sub" / "add_detail.safetensors").write_bytes(sites.civ_files[OLD])
    lora_file(smm.models_dir / "loras" / "other.safetensors", 3)
    scan = await full_scan(smm, "loras")
    assert scan["results"]["identified"] == 1
    batches = lambda: [r for r in sites.civ.requests  # noqa: E731
                       if r["method"] == "POST" and r["path"].endswith("/model-versions/by-hash")]
    before = len(batches())
    _, body = await smm.call("POST", BULK, expect=202, json={
        "action": "identify", "models": [ref("sub/add_detail.safetensors")]})
    assert body["data"]["scan"]["selected"] == 1
    done = await wait_scan(smm)
    assert done["status"] == "completed" and done["results"]["identified"] == 1, done
    assert len(batches()) == before + 1  # asked again, though identified (and cached) already
    models = await list_models(smm)
    assert models["sub/add_detail.safetensors"]["source"] == "civitai"
    assert models["sub/add_detail.safetensors"]["sourceIds"]["modelId"] == 101
    # a re-scan of a selection stays local, even for a model that is not identified
    await smm.call("POST", BULK, expect=202, json={"action": "rescan", "models": [ref("other.safetensors")]})
    assert (await wait_scan(smm))["status"] == "completed"
    assert len(batches()) == before + 1
