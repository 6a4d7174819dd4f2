"""The download engine over real HTTP on loopback, through the REST routes."""

from __future__ import annotations

import asyncio
import os
import time

import pytest

from fileserver import make_safetensors, sha256

MB = 1024 * 1024


def no_part_files(root) -> bool:
    return not [p for p in root.rglob("*.part")]


async def test_download_completes_verified_with_events(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)
    fs.add("lora.safetensors", data)
    ws = await mm.client.ws_connect("/ws")
    task = await mm.download(url=f"{base}/files/lora.safetensors", folder="loras",
                             filename="my_lora.safetensors", sha256=sha256(data))
    assert task["status"] in ("queued", "running")
    done = await mm.wait(task["taskId"], "completed")
    target = mm.models_dir / "loras" / "my_lora.safetensors"
    assert target.read_bytes() == data
    assert done["sha256"] == sha256(data)
    assert done["downloadedBytes"] == done["totalBytes"] == len(data)
    assert done["progress"] == 1.0
    assert no_part_files(mm.models_dir)
    types = []
    while "complete_download_task" not in types:
        msg = await asyncio.wait_for(ws.receive_json(), 5)
        assert set(msg) == {"type", "data"}
        assert msg["data"]["taskId"] == task["taskId"]
        types.append(msg["type"])
    assert types[0] == "create_download_task"
    assert "update_download_task" in types
    await ws.close()


async def test_sha256_is_computed_without_expected_value(mm, file_server):
    fs, base = file_server
    data = make_safetensors(10_000)
    fs.add("a.safetensors", data)
    task = await mm.download(url=f"{base}/files/a.safetensors", folder="vae")
    done = await mm.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data)
    assert (mm.models_dir / "vae" / "a.safetensors").read_bytes() == data


async def test_filename_from_content_disposition_is_sanitized(mm, file_server):
    fs, base = file_server
    data = make_safetensors(10_000)
    fs.add("dl", data, content_disposition='attachment; filename="../../evil name.safetensors"')
    task = await mm.download(url=f"{base}/files/dl", folder="loras", subfolder="sd15/styles")
    done = await mm.wait(task["taskId"], "completed")
    assert done["filename"] == "evil name.safetensors"
    assert (mm.models_dir / "loras" / "sd15" / "styles" / "evil name.safetensors").read_bytes() == data
    assert not (mm.models_dir / "evil name.safetensors").exists()


async def test_server_named_non_model_file_fails(mm, file_server):
    fs, base = file_server
    fs.add("dl", b"#!/bin/sh\necho hi\n", content_disposition='attachment; filename="run.sh"')
    task = await mm.download(url=f"{base}/files/dl", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "not a model file" in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_sha256_mismatch_fails_and_leaves_nothing(mm, file_server):
    fs, base = file_server
    data = make_safetensors(100_000)
    fs.add("x.safetensors", data)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256="0" * 64)
    failed = await mm.wait(task["taskId"], "failed")
    assert "SHA-256 mismatch" in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_size_mismatch_fails(mm, file_server):
    fs, base = file_server
    data = make_safetensors(10_000)
    fs.add("x.safetensors", data)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", size=len(data) + 1)
    failed = await mm.wait(task["taskId"], "failed")
    assert str(len(data) + 1) in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_pause_and_resume_continue_with_range(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)  # ~4 MB at 8 MB/s: pause lands mid-file
    fs.add("slow.safetensors", data, rate=8 * MB)
    task = await mm.download(url=f"{base}/files/slow.safetensors", folder="loras", sha256=sha256(data))
    tid = task["taskId"]
    await mm.wait(tid, "running", bytes_at_least=512 * 1024)
    _, body = await mm.call("PUT", f"/model-manager/download/{tid}", json={"status": "pause"}, expect=200)
    assert body["data"]["status"] == "paused"
    part = mm.models_dir / "loras" / "slow.safetensors.part"
    await asyncio.sleep(0.3)
    size = part.stat().st_size
    assert 0 < size < len(data)
    assert (await mm.task(tid))["downloadedBytes"] == size
    await asyncio.sleep(0.3)
    assert part.stat().st_size == size, "a paused task keeps writing"
    await mm.call("PUT", f"/model-manager/download/{tid}", json={"status": "resume"}, expect=200)
    done = await mm.wait(tid, "completed")
    assert done["sha256"] == sha256(data)
    assert (mm.models_dir / "loras" / "slow.safetensors").read_bytes() == data
    ranges = [r["headers"].get("Range") for r in fs.requests_for("slow.safetensors")]
    assert ranges == [None, f"bytes={size}-"]


async def test_server_ignoring_range_restarts_from_zero(mm, file_server):
    fs, base = file_server
    data = make_safetensors(500_000)
    fs.add("x.safetensors", data, ignore_range=True, drop_after=700_000)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed")
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data
    assert done["sha256"] == sha256(data)
    assert len(fs.requests_for("x.safetensors")) == 2


async def test_wrong_content_range_starts_over(mm, file_server):
    fs, base = file_server
    data = make_safetensors(500_000)
    fs.add("x.safetensors", data, drop_after=900_000, lie_range=1000, rate=16 * MB)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256=sha256(data))
    await mm.wait(task["taskId"], "completed")
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data
    ranges = [r["headers"].get("Range") for r in fs.requests_for("x.safetensors")]
    assert ranges[0] is None and (ranges[1] or "").startswith("bytes=") and ranges[2] is None, ranges


async def test_dropped_connection_resumes_with_range(mm, file_server):
    fs, base = file_server
    data = make_safetensors(2_000_000)
    fs.add("x.safetensors", data, drop_after=3_000_000, drops=2, rate=32 * MB)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256=sha256(data))
    await mm.wait(task["taskId"], "completed")
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data
    ranges = [r["headers"].get("Range") for r in fs.requests_for("x.safetensors")]
    assert ranges[0] is None and len(ranges) == 3
    assert all(r and r.startswith("bytes=") for r in ranges[1:])


async def test_retries_500_and_429_with_retry_after(mm, file_server):
    fs, base = file_server
    data = make_safetensors(10_000)
    fs.add("x.safetensors", data, statuses=[500, 429], retry_after="1")
    started = time.monotonic()
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    await mm.wait(task["taskId"], "completed")
    assert time.monotonic() - started >= 1.0, "Retry-After: 1 was not honoured"
    assert len(fs.requests_for("x.safetensors")) == 3


async def test_gives_up_after_max_retries(mm, file_server):
    fs, base = file_server
    fs.add("x.safetensors", b"", statuses=[503] * 10)
    await mm.setting("maxRetries", 2)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "HTTP 503" in failed["error"] and "3 attempts" in failed["error"]
    assert len(fs.requests_for("x.safetensors")) == 3


async def test_stalled_read_is_retried(mm, file_server):
    fs, base = file_server
    data = make_safetensors(200_000)
    fs.add("x.safetensors", data, stall_after=300_000, stall_seconds=3)
    await mm.setting("stallTimeout", 1)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed", timeout=10)
    assert done["sha256"] == sha256(data)
    assert len(fs.requests_for("x.safetensors")) == 2


@pytest.mark.parametrize("behaviour", [{"html": True}, {"statuses": [401]}, {"statuses": [403]},
                                       {"content_type": "application/json"}])
async def test_login_page_or_auth_error_fails_clearly(mm, file_server, behaviour):
    fs, base = file_server
    fs.add("x.safetensors", b'{"error": "unauthorized"}', **behaviour)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="checkpoints")
    failed = await mm.wait(task["taskId"], "failed")
    assert "authentication required — set an API key" in failed["error"]
    assert list((mm.models_dir / "checkpoints").iterdir()) == []


async def test_html_sniffed_without_content_type(mm, file_server):
    fs, base = file_server
    fs.add("x.safetensors", b"\n  <!DOCTYPE html><html><body>login</body></html>")
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "authentication required" in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_404_fails_with_not_found(mm, file_server):
    _, base = file_server
    task = await mm.download(url=f"{base}/files/missing.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "not found" in failed["error"]


async def test_server_closing_early_without_resume_support_fails_after_retries(mm, file_server):
    fs, base = file_server
    data = make_safetensors(100_000)
    fs.add("x.safetensors", data, length_lie=1000, ignore_range=True)  # announces more than it sends
    await mm.setting("maxRetries", 1)
    await mm.setting("stallTimeout", 1)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "stalled" in failed["error"] and "2 attempts" in failed["error"]
    # the .part stays for a retry (PUT resume) until the task is deleted
    await mm.call("DELETE", f"/model-manager/download/{task['taskId']}", expect=200)
    assert no_part_files(mm.models_dir)
    assert not (mm.models_dir / "loras" / "x.safetensors").exists()


async def test_concurrency_limit_and_pausing_a_queued_task(mm, file_server):
    fs, base = file_server
    await mm.setting("concurrency", 1)
    datas = [make_safetensors(250_000, seed=i) for i in range(3)]
    for i, d in enumerate(datas):
        fs.add(f"{i}.safetensors", d, rate=4 * MB)
    tasks = [await mm.download(url=f"{base}/files/{i}.safetensors", folder="loras") for i in range(3)]
    ids = [t["taskId"] for t in tasks]
    await mm.call("PUT", f"/model-manager/download/{ids[2]}", json={"status": "pause"}, expect=200)
    seen_running = set()
    deadline = time.monotonic() + 15
    while time.monotonic() < deadline:
        _, body = await mm.call("GET", "/model-manager/download/task", expect=200)
        states = {t["taskId"]: t["status"] for t in body["data"]}
        running = [i for i, s in states.items() if s in ("running", "verifying")]
        assert len(running) <= 1, states
        seen_running.update(running)
        assert states[ids[2]] == "paused"
        if states[ids[0]] == states[ids[1]] == "completed":
            break
        await asyncio.sleep(0.02)
    assert states[ids[0]] == states[ids[1]] == "completed"
    assert ids[2] not in seen_running
    await mm.call("PUT", f"/model-manager/download/{ids[2]}", json={"status": "resume"}, expect=200)
    await mm.wait(ids[2], "completed")
    for i, d in enumerate(datas):
        assert (mm.models_dir / "loras" / f"{i}.safetensors").read_bytes() == d


async def test_delete_running_task_removes_part_file(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)
    fs.add("x.safetensors", data, rate=4 * MB)
    ws = await mm.client.ws_connect("/ws")
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    tid = task["taskId"]
    await mm.wait(tid, "running", bytes_at_least=100_000)
    _, body = await mm.call("DELETE", f"/model-manager/download/{tid}", expect=200)
    assert body["data"] == {"taskId": tid}
    assert list((mm.models_dir / "loras").iterdir()) == []
    await mm.call("GET", f"/model-manager/download/{tid}", expect=404)
    while True:
        msg = await asyncio.wait_for(ws.receive_json(), 5)
        if msg["type"] == "delete_download_task":
            assert msg["data"] == {"taskId": tid}
            break
    await ws.close()


async def test_cancel_keeps_task_and_removes_part(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)
    fs.add("x.safetensors", data, rate=4 * MB)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    tid = task["taskId"]
    await mm.wait(tid, "running", bytes_at_least=100_000)
    _, body = await mm.call("PUT", f"/model-manager/download/{tid}", json={"status": "cancel"}, expect=200)
    assert body["data"]["status"] == "cancelled"
    assert list((mm.models_dir / "loras").iterdir()) == []
    fs.files["x.safetensors"][1].rate = None
    await mm.call("PUT", f"/model-manager/download/{tid}", json={"status": "resume"}, expect=200)
    await mm.wait(tid, "completed")
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data


async def test_delete_completed_task_keeps_model(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1000)
    fs.add("x.safetensors", data)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    await mm.wait(task["taskId"], "completed")
    await mm.call("DELETE", f"/model-manager/download/{task['taskId']}", expect=200)
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data
    await mm.call("PUT", f"/model-manager/download/{task['taskId']}", json={"status": "pause"}, expect=404)


async def test_existing_target_conflicts_and_duplicate_returns_same_task(mm, file_server):
    fs, base = file_server
    fs.add("x.safetensors", make_safetensors(1_000_000), rate=2 * MB)
    (mm.models_dir / "loras" / "have.safetensors").write_bytes(b"mine")
    reply = await mm.download(expect=409, url=f"{base}/files/x.safetensors", folder="loras", filename="have.safetensors")
    assert "already exists" in reply["error"]
    assert (mm.models_dir / "loras" / "have.safetensors").read_bytes() == b"mine"
    first = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", filename="new.safetensors")
    again = await mm.download(expect=200, url=f"{base}/files/x.safetensors", folder="loras", filename="new.safetensors")
    assert again["taskId"] == first["taskId"]
    other = await mm.download(expect=409, url=f"{base}/files/y.safetensors", folder="loras", filename="new.safetensors")
    assert "already writes" in other["error"]
    _, body = await mm.call("GET", "/model-manager/download/task", expect=200)
    assert len(body["data"]) == 1


async def test_server_named_target_that_exists_fails_without_touching_it(mm, file_server):
    fs, base = file_server
    fs.add("have.safetensors", make_safetensors(1000))
    (mm.models_dir / "loras" / "have.safetensors").write_bytes(b"mine")
    task = await mm.download(url=f"{base}/files/have.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "already exists" in failed["error"]
    assert (mm.models_dir / "loras" / "have.safetensors").read_bytes() == b"mine"


async def test_queue_survives_restart(make_mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)
    fs.add("x.safetensors", data, rate=2 * MB)
    mm = await make_mm()
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", sha256=sha256(data))
    await mm.wait(task["taskId"], "running", bytes_at_least=100_000)
    await mm.call("PUT", f"/model-manager/download/{task['taskId']}", json={"status": "pause"}, expect=200)
    await mm.client.close()
    fs.files["x.safetensors"][1].rate = None
    mm2 = await make_mm()
    again = await mm2.task(task["taskId"])
    assert again["status"] == "paused" and again["downloadedBytes"] > 0
    await mm2.call("PUT", f"/model-manager/download/{task['taskId']}", json={"status": "resume"}, expect=200)
    done = await mm2.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data)
    assert (mm2.models_dir / "loras" / "x.safetensors").read_bytes() == data


async def test_progress_events_are_throttled(mm, file_server):
    fs, base = file_server
    data = make_safetensors(2_000_000)
    fs.add("x.safetensors", data, rate=8 * MB)  # ~1 s
    await mm.setting("progressInterval", 0.5)
    ws = await mm.client.ws_connect("/ws")
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    updates = []
    while True:
        msg = await asyncio.wait_for(ws.receive_json(), 10)
        if msg["type"] == "update_download_task" and msg["data"]["data"]["status"] == "running" \
                and msg["data"]["data"]["downloadedBytes"] > 0:
            updates.append(msg["data"]["data"])
        if msg["type"] == "complete_download_task":
            break
    # 8 MB written in 4 MiB chunks over ~1 s: without the throttle there would be far more
    assert 1 <= len(updates) <= 4, len(updates)
    assert any(u["bytesPerSecond"] > 0 for u in updates)
    assert all(0 <= (u["progress"] or 0) <= 1 for u in updates)
    await ws.close()
    assert task["taskId"]


async def test_auto_folder_places_by_header_and_writes_sidecar(mm, file_server):
    import json

    from test_library import lora_file

    fs, base = file_server
    path = mm.models_dir.parent / "src.safetensors"
    data = lora_file(path)
    fs.add("l.safetensors", data)
    task = await mm.download(url=f"{base}/files/l.safetensors", folder="auto", subfolder="sd15",
                             sourceInfo={"source": "civitai", "modelId": 1, "versionId": 2,
                                         "triggerWords": ["tw"]})
    assert task["folder"] == "auto"
    done = await mm.wait(task["taskId"], "completed")
    assert done["folder"] == "loras" and "loras" in done["folderRule"]
    target = mm.models_dir / "loras" / "sd15" / "l.safetensors"
    assert target.read_bytes() == data
    meta = json.loads((mm.models_dir / "loras" / "sd15" / "l.metadata.json").read_text())
    assert meta["sha256"] == sha256(data) and meta["size"] == len(data)
    assert meta["model_manager"]["sourceIds"] == {"modelId": 1, "versionId": 2}
    assert meta["model_manager"]["triggerWords"] == ["tw"] and meta["model_manager"]["architecture"] == "lora"


async def test_auto_folder_refuses_to_guess(mm, file_server):
    fs, base = file_server
    fs.add("odd.safetensors", len(b'{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}').to_bytes(8, "little")
           + b'{"x":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}' + b"\0\0\0\0")
    fs.add("notmodel.safetensors", b"\xff" * 64)
    for name in ("odd.safetensors", "notmodel.safetensors"):
        task = await mm.download(url=f"{base}/files/{name}", folder="auto")
        failed = await mm.wait(task["taskId"], "failed")
        assert "auto" in failed["error"], failed
    assert no_part_files(mm.models_dir)
    await mm.download(expect=400, url=f"{base}/files/odd.safetensors", folder="auto", pathIndex=1)


async def test_split_download_uses_ranges_and_verifies(mm, file_server):
    fs, base = file_server
    data = make_safetensors(2_000_000)  # 8 MB in 4 ranges
    fs.add("big.safetensors", data, rate=8 * MB)
    await mm.setting("splitMinBytes", MB)
    await mm.setting("connections", 4)
    task = await mm.download(url=f"{base}/files/big.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data) and done["connections"] == 1
    assert (mm.models_dir / "loras" / "big.safetensors").read_bytes() == data
    ranges = sorted(r["headers"].get("Range") or "" for r in fs.requests_for("big.safetensors"))
    q = -(-len(data) // 4)
    assert ranges == ["", f"bytes={q}-{2 * q - 1}", f"bytes={2 * q}-{3 * q - 1}", f"bytes={3 * q}-{len(data) - 1}"]
    assert no_part_files(mm.models_dir)


async def test_split_download_pause_restart_resume(make_mm, file_server):
    fs, base = file_server
    data = make_safetensors(2_000_000)
    fs.add("big.safetensors", data, rate=1 * MB)
    mm = await make_mm()
    await mm.setting("splitMinBytes", MB)
    task = await mm.download(url=f"{base}/files/big.safetensors", folder="loras", sha256=sha256(data))
    tid = task["taskId"]
    paused = None
    for _ in range(200):
        t = await mm.task(tid)
        if t["status"] == "running" and t["connections"] == 4 and t["downloadedBytes"] >= MB:
            _, body = await mm.call("PUT", f"/model-manager/download/{tid}", json={"status": "pause"}, expect=200)
            paused = body["data"]
            break
        await asyncio.sleep(0.02)
    assert paused and paused["status"] == "paused" and 0 < paused["downloadedBytes"] < len(data)
    await mm.client.close()
    fs.files["big.safetensors"][1].rate = None
    before = len(fs.requests_for("big.safetensors"))
    mm2 = await make_mm()
    again = await mm2.task(tid)
    assert again["status"] == "paused" and again["downloadedBytes"] == paused["downloadedBytes"]
    await mm2.call("PUT", f"/model-manager/download/{tid}", json={"status": "resume"}, expect=200)
    done = await mm2.wait(tid, "completed")
    assert done["sha256"] == sha256(data)
    assert (mm2.models_dir / "loras" / "big.safetensors").read_bytes() == data
    resumed = [r["headers"].get("Range") for r in fs.requests_for("big.safetensors")[before:]]
    assert resumed and all(r and r.startswith("bytes=") for r in resumed)
    got = sum(int(r.split("-")[1]) - int(r.split("=")[1].split("-")[0]) + 1 for r in resumed)
    assert got <= len(data) - paused["downloadedBytes"], "the resume refetched bytes already on disk"


async def test_split_falls_back_when_ranges_are_ignored(mm, file_server):
    fs, base = file_server
    data = make_safetensors(1_000_000)
    fs.add("big.safetensors", data, ignore_range=True)
    await mm.setting("splitMinBytes", MB)
    task = await mm.download(url=f"{base}/files/big.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data)
    assert (mm.models_dir / "loras" / "big.safetensors").read_bytes() == data
