"""Library health over REST: duplicates (and their cleanup), broken files, unidentified and
unused models; re-download and identify against the Civitai stand-in."""

from __future__ import annotations

import asyncio
import json
import os
import time

import pytest

from comfyui_model_manager.library.health import problem_kind
from comfyui_model_manager.library.usage import WorkflowNames, read_workflow
from fileserver import make_safetensors, sha256
from test_library import lora_file, wait_scan
from test_sources import CIVITAI_KEY, sites, smm  # noqa: F401  (fixtures)

HEALTH = "/model-manager/library/health"


async def health(mm) -> dict:
    _, body = await mm.call("GET", HEALTH, expect=200)
    return body["data"]


async def scan(mm, folder=None, mode="diff") -> dict:
    status, body = await mm.call("POST", "/model-manager/scan", json={"folder": folder, "mode": mode})
    assert status == 202, body
    tid = body["data"]["taskId"]
    for _ in range(600):
        _, body = await mm.call("GET", f"/model-manager/scan/{tid}", expect=200)
        if body["data"]["status"] not in ("queued", "running"):
            return body["data"]
        await asyncio.sleep(0.05)
    raise AssertionError(body)


def by_path(items) -> dict:
    return {(i["folder"], i["relativePath"]): i for i in items}


@pytest.fixture
async def sick(make_mm, tmp_path):
    """A library with a duplicate pair (plus a link to one copy), a truncated file, an
    empty one, an old and a fresh ``.part``, a dangling link and one saved workflow."""
    workflows = tmp_path / "workflows"
    (workflows / "sub").mkdir(parents=True)
    mm = await make_mm(workflows_dir=str(workflows))
    await mm.setting("autoScan", False)
    loras, ckpts = mm.models_dir / "loras", mm.models_dir / "checkpoints"
    dup = lora_file(loras / "a.safetensors", 1)
    (loras / "sub").mkdir()
    (loras / "sub" / "a-copy.safetensors").write_bytes(dup)
    (loras / "sub" / "a-copy.civitai.info").write_text("{}")
    os.symlink(loras / "a.safetensors", loras / "a-link.safetensors")
    whole = lora_file(loras / "trunc.safetensors", 2)
    (loras / "trunc.safetensors").write_bytes(whole[: len(whole) // 2])
    (loras / "padded.safetensors").write_bytes(whole + b"\0" * 10)
    (ckpts / "empty.safetensors").write_bytes(b"")
    lora_file(ckpts / "used.safetensors", 3)
    (loras / "old.safetensors.part").write_bytes(b"x" * 100)
    two_days = time.time() - 2 * 86400
    os.utime(loras / "old.safetensors.part", (two_days, two_days))
    (loras / "fresh.safetensors.part").write_bytes(b"x" * 10)
    os.symlink(tmp_path / "nowhere.safetensors", loras / "dangling.safetensors")
    (workflows / "sub" / "flow.json").write_text(json.dumps({
        "nodes": [{"id": 1, "type": "CheckpointLoaderSimple", "widgets_values": ["used.safetensors"]},
                  {"id": 2, "type": "LoraLoader", "widgets_values": ["sub\\a-copy.safetensors", 1.0, 1.0]}],
        "links": []}))
    (workflows / "broken.json").write_text("{not json")
    mm.dup = dup
    return mm


async def test_health_names_duplicates_broken_unidentified_and_unused(sick):
    await scan(sick)
    report = await health(sick)
    size = len(sick.dup)
    [group] = report["duplicates"]
    assert group["sha256"] == sha256(sick.dup) and group["sizeBytes"] == size
    copies = {c["relativePath"]: c for c in group["copies"]}
    assert set(copies) == {"a.safetensors", "a-link.safetensors", "sub/a-copy.safetensors"}
    # the link reaches the same file as a.safetensors: two copies, one copy's bytes to free
    assert copies["a-link.safetensors"]["copy"] == copies["a.safetensors"]["copy"]
    assert copies["a-link.safetensors"]["isLink"] and not copies["a.safetensors"]["isLink"]
    assert copies["sub/a-copy.safetensors"]["copy"] != copies["a.safetensors"]["copy"]
    assert group["freeableBytes"] == size and report["duplicateBytes"] == size

    broken = by_path(report["broken"])
    assert broken[("loras", "trunc.safetensors")]["kind"] == "truncated"
    assert "describes" in broken[("loras", "trunc.safetensors")]["detail"]
    assert broken[("loras", "padded.safetensors")]["kind"] == "size_mismatch"
    assert broken[("checkpoints", "empty.safetensors")]["kind"] == "empty"
    assert broken[("loras", "old.safetensors.part")]["kind"] == "stale_part"
    assert broken[("loras", "dangling.safetensors")]["kind"] == "dangling_link"
    assert ("loras", "fresh.safetensors.part") not in broken
    assert not any(b["canRedownload"] for b in report["broken"])
    assert set(broken) == {("loras", "trunc.safetensors"), ("loras", "padded.safetensors"),
                           ("checkpoints", "empty.safetensors"), ("loras", "old.safetensors.part"),
                           ("loras", "dangling.safetensors")}

    unidentified = by_path(report["unidentified"])
    assert ("loras", "sub/a-copy.safetensors") not in unidentified  # it has a sidecar
    assert unidentified[("loras", "a.safetensors")]["sha256"] == sha256(sick.dup)
    assert unidentified[("loras", "a.safetensors")]["civitaiChecked"] is False

    assert report["workflows"]["available"] and report["workflows"]["files"] == 1
    unused = {i["relativePath"] for i in report["unused"]}
    assert "used.safetensors" not in unused and "sub/a-copy.safetensors" not in unused
    assert {"a.safetensors", "a-link.safetensors", "trunc.safetensors"} <= unused
    assert report["files"] == 7 and report["hashed"] >= 5


async def test_duplicate_cleanup_keeps_one_copy(sick):
    await scan(sick)
    loras = sick.models_dir / "loras"
    sha = sha256(sick.dup)
    url = f"{HEALTH}/duplicates/delete"
    ref = lambda rel: {"folder": "loras", "pathIndex": 0, "relativePath": rel}  # noqa: E731
    before = sorted(os.listdir(loras))
    everything = [ref("a.safetensors"), ref("a-link.safetensors"), ref("sub/a-copy.safetensors")]
    _, body = await sick.call("POST", url, json={"sha256": sha, "delete": everything}, expect=409)
    assert "at least one" in body["error"]
    # keeping only the link to a copy that goes is no keeping at all
    _, body = await sick.call("POST", url, json={"sha256": sha, "delete": [ref("a.safetensors"),
                                                                           ref("sub/a-copy.safetensors")]}, expect=409)
    _, body = await sick.call("POST", url, json={"sha256": sha, "delete": [ref("a.safetensors")]}, expect=409)
    assert "links to a copy you delete" in body["error"]
    _, body = await sick.call("POST", url, json={"sha256": sha, "delete": [ref("trunc.safetensors")]}, expect=409)
    await sick.call("POST", url, json={"sha256": sha, "delete": []}, expect=400)
    await sick.call("POST", url, json={"sha256": sha, "delete": [{"folder": "loras", "pathIndex": 0,
                                                                  "relativePath": "../x.safetensors"}]}, expect=403)
    assert sorted(os.listdir(loras)) == before

    _, body = await sick.call("POST", url, json={"sha256": sha, "delete": [ref("sub/a-copy.safetensors")]}, expect=200)
    assert body["data"]["freedBytes"] == len(sick.dup)
    assert sorted(body["data"]["deleted"]) == ["a-copy.civitai.info", "a-copy.safetensors"]
    assert not (loras / "sub" / "a-copy.safetensors").exists()
    assert (loras / "a.safetensors").read_bytes() == sick.dup
    assert (await health(sick))["duplicates"] == []


async def test_no_workflow_dirs_means_no_unused(mm):
    await mm.setting("autoScan", False)
    lora_file(mm.models_dir / "loras" / "x.safetensors", 1)
    report = await health(mm)
    assert report["workflows"] == {"available": False, "dirs": [], "files": 0}
    assert report["unused"] == [] and report["files"] == 1 and report["hashed"] == 0
    assert [u["sha256"] for u in report["unidentified"]] == [None]


async def test_redownload_and_identify_through_civitai(smm, sites):
    await smm.setting("autoScan", False)
    await smm.setting("civitai", CIVITAI_KEY)
    known = sites.civ_files[(1000, "add_detail.safetensors")]
    loras = smm.models_dir / "loras"
    (loras / "add_detail.safetensors").write_bytes(known)
    (loras / "stranger.safetensors").write_bytes(make_safetensors(1000, seed=99))
    (loras / "again.safetensors").write_bytes(known + b"")  # the same model under a name of its own
    os.makedirs(loras / "x", exist_ok=True)
    await scan(smm, "loras")  # diff: hashes, asks nobody
    report = await health(smm)
    assert {u["relativePath"] for u in report["unidentified"]} == {"add_detail.safetensors", "stranger.safetensors",
                                                                  "again.safetensors"}
    _, body = await smm.call("POST", f"{HEALTH}/identify", json={"models": [
        {"folder": "loras", "pathIndex": 0, "relativePath": "add_detail.safetensors"},
        {"folder": "loras", "pathIndex": 0, "relativePath": "stranger.safetensors"}]}, expect=200)
    assert body["data"] == {"asked": 2, "identified": 1, "notFound": 1, "notHashed": 0}
    _, body = await smm.call("POST", f"{HEALTH}/identify", json={}, expect=200)  # the rest, in one batch
    assert body["data"]["identified"] == 1 and body["data"]["asked"] == 2
    report = await health(smm)
    [left] = report["unidentified"]
    assert left["relativePath"] == "stranger.safetensors" and left["civitaiChecked"] is True

    # the identified model breaks: its source is known, so it can be fetched again
    (loras / "add_detail.safetensors").write_bytes(known[: len(known) - 100])
    report = await health(smm)
    [broken] = report["broken"]
    assert broken["relativePath"] == "add_detail.safetensors" and broken["kind"] == "truncated"
    assert broken["canRedownload"] is True and broken["source"] is None  # the row is stale until a scan
    ref = {"folder": "loras", "pathIndex": 0, "relativePath": "add_detail.safetensors"}
    await smm.call("POST", f"{HEALTH}/redownload", json={**ref, "relativePath": "stranger.safetensors"}, expect=409)
    _, body = await smm.call("POST", f"{HEALTH}/redownload", json=ref, expect=201)
    await smm.wait(body["data"]["taskId"], "completed")
    assert (loras / "add_detail.safetensors").read_bytes() == known
    assert (await health(smm))["broken"] == []
    await smm.call("POST", f"{HEALTH}/redownload", json=ref, expect=409)  # not broken any more


def test_problem_kinds_and_workflow_names():
    assert problem_kind("its header describes 100 bytes but the file has 50") == "truncated"
    assert problem_kind("its header describes 100 bytes but the file has 150") == "size_mismatch"
    assert problem_kind("safetensors header length 9 runs past the end of the file (12 bytes)") == "truncated"
    assert problem_kind("its header is not valid JSON (x)") == "header"
    names = WorkflowNames()
    read_workflow({"1": {"class_type": "LoraLoader", "inputs": {"lora_name": "Styles\\Anime.safetensors"}}}, names)
    read_workflow({"nodes": [{"id": 1, "type": "Note", "widgets_values": ["not a model.txt"]}], "links": [],
                   "models": [{"name": "vae.sft", "directory": "vae", "url": "https://x/vae.sft"}]}, names)
    assert names.uses("styles/anime.safetensors") and names.uses("other/Anime.safetensors")
    assert names.uses("vae.sft") and not names.uses("not a model.txt") and not names.uses("b.safetensors")
