"""Update tracking against the Civitai stand-in: newer versions of identified library models.

The ``sites`` / ``smm`` fixtures (Civitai and Hugging Face stand-ins, a server pointed
at them) are reused from ``test_sources``. Model 101 of the stand-in has versions
1001 (``v2.0 XL``, published 2024-03-02) and 1000 (``v1.0``, 2023-04-01), newest first;
model 202 has one version (2002).
"""

from __future__ import annotations

import asyncio
import time

from comfyui_model_manager.library import updates
from comfyui_model_manager.sources import civitai
from fileserver import sha256
from test_sources import CIVITAI_KEY, sites, smm  # noqa: F401  (fixtures)

OLD = (1000, "add_detail.safetensors")
NEW = (1001, "detail_tweaker_xl.safetensors")
HOSTS = ["127.0.0.1", "localhost"]


async def full_scan(mm, folder=None) -> dict:
    _, body = await mm.call("POST", "/model-manager/scan", json={"folder": folder, "mode": "full"}, expect=202)
    tid = body["data"]["taskId"]
    for _ in range(400):
        _, body = await mm.call("GET", f"/model-manager/scan/{tid}", expect=200)
        if body["data"]["status"] != "running":
            return body["data"]
        await asyncio.sleep(0.05)
    raise AssertionError(f"scan never finished: {body}")


async def wait_check(mm, timeout: float = 20.0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        _, body = await mm.call("GET", "/model-manager/updates/check", expect=200)
        if body["data"] is not None and body["data"]["status"] != "running":
            return body["data"]
        if time.monotonic() > deadline:
            raise AssertionError(f"update check never finished: {body}")
        await asyncio.sleep(0.05)


async def check(mm, **body) -> dict:
    status, reply = await mm.call("POST", "/model-manager/updates/check", json=body or None)
    assert status == 202, reply
    assert reply["data"]["status"] == "running"
    return await wait_check(mm)


async def list_updates(mm) -> list[dict]:
    _, body = await mm.call("GET", "/model-manager/updates", expect=200)
    return body["data"]


def model_calls(sites, model_id: int = 101) -> list[dict]:
    return [r for r in sites.civ.requests if r["path"] == f"/api/v1/models/{model_id}"]


async def identified_library(mm, sites) -> None:
    """The old version of model 101 in ``loras/sub/``, model 202's only version in checkpoints."""
    await mm.setting("autoScan", False)
    (mm.models_dir / "loras" / "sub").mkdir(parents=True, exist_ok=True)
    (mm.models_dir / "loras" / "sub" / "add_detail.safetensors").write_bytes(sites.civ_files[OLD])
    (mm.models_dir / "checkpoints" / "photon.safetensors").write_bytes(
        sites.civ_files[(2002, "photonReal_v3.safetensors")])
    scan = await full_scan(mm)
    assert scan["status"] == "completed" and scan["results"]["identified"] == 2, scan


async def test_check_lists_newer_version_and_its_download_lands_next_to_the_old_one(smm, sites):
    await identified_library(smm, sites)
    assert await list_updates(smm) == []
    ws = await smm.client.ws_connect("/ws")

    done = await check(smm)
    assert done["status"] == "completed" and done["trigger"] == "manual" and done["error"] is None
    assert done["results"] == {"files": 2, "models": 2, "checked": 2, "errors": 0, "updates": 1, "new": 1}
    assert done["progress"] == {"done": 2, "total": 2}

    [entry] = await list_updates(smm)  # model 202 is at its newest version: not listed
    assert entry["folder"] == "loras" and entry["pathIndex"] == 0
    assert entry["relativePath"] == "sub/add_detail.safetensors"
    assert entry["modelId"] == 101 and entry["modelName"] == "Detail Tweaker" and entry["type"] == "LORA"
    assert (entry["currentVersionId"], entry["currentVersionName"]) == (1000, "v1.0")
    assert (entry["newestVersionId"], entry["newestVersionName"]) == (1001, "v2.0 XL")
    assert entry["publishedAt"] == "2024-03-02T10:20:00.000Z" and entry["baseModel"] == "SDXL 1.0"
    assert entry["url"] == f"{sites.civ.base}/models/101?modelVersionId=1001" and entry["notice"] is None
    assert entry["download"] == {"source": "civitai", "versionId": 1001, "folder": "loras", "subfolder": "sub",
                                 "pathIndex": 0}

    while True:
        msg = await asyncio.wait_for(ws.receive_json(), 5)
        if msg["type"] == "update_available":
            break
    assert msg["data"] == {"updates": [entry]}
    await ws.close()

    # One click: the entry's download body fetches the new version next to the old one.
    task = await smm.download(**entry["download"])
    finished = await smm.wait(task["taskId"], "completed")
    new_file = smm.models_dir / "loras" / "sub" / NEW[1]
    assert finished["sha256"] == sha256(sites.civ_files[NEW]) == sha256(new_file.read_bytes())
    assert (smm.models_dir / "loras" / "sub" / OLD[1]).read_bytes() == sites.civ_files[OLD]

    # Once the new version is in the library (its sidecar names it), the entry is gone.
    scan = await full_scan(smm, "loras")
    assert scan["status"] == "completed"
    assert await list_updates(smm) == []

    # A second check within the cache time reuses the model; refresh asks again.
    calls = len(model_calls(sites))
    again = await check(smm)
    assert again["results"]["updates"] == 0 and again["results"]["new"] == 0
    assert len(model_calls(sites)) == calls
    await check(smm, refresh=True)
    assert len(model_calls(sites)) == calls + 1


async def test_new_version_on_civitai_is_announced_again(smm, sites):
    await identified_library(smm, sites)
    await check(smm)
    [first] = await list_updates(smm)
    # The creator publishes v3: it is put first, as Civitai lists newest first.
    model = sites.civ.models[101]
    v3 = {**model["modelVersions"][0], "id": 1002, "name": "v3.0", "publishedAt": "2025-01-05T09:00:00.000Z",
          "files": []}
    model["modelVersions"].insert(0, v3)
    ws = await smm.client.ws_connect("/ws")
    done = await check(smm, refresh=True)
    assert done["results"]["updates"] == 1 and done["results"]["new"] == 1
    [entry] = await list_updates(smm)
    assert (entry["newestVersionId"], entry["newestVersionName"], entry["currentVersionId"]) == (1002, "v3.0", 1000)
    assert entry["foundAt"] >= first["foundAt"]
    while (msg := await asyncio.wait_for(ws.receive_json(), 5))["type"] != "update_available":
        pass
    assert [u["newestVersionId"] for u in msg["data"]["updates"]] == [1002]
    # Checking again finds nothing new: no event, same entry.
    await check(smm, refresh=True)
    assert await list_updates(smm) == [entry]
    await ws.close()


async def test_ordering_uses_published_dates_not_only_position():
    model = {"modelVersions": [
        {"id": 7, "name": "reordered old", "publishedAt": "2023-01-01T00:00:00Z"},
        {"id": 9, "name": "new", "publishedAt": "2024-01-01T00:00:00Z"},
        {"id": 8, "name": "draft", "status": "Draft", "publishedAt": "2025-01-01T00:00:00Z"},
    ]}
    newest, keys = updates.newest_version(model)
    assert newest["id"] == 9
    assert updates.is_newer(newest, 7, keys) and not updates.is_newer(newest, 9, keys)
    assert updates.is_newer(newest, 5, keys)  # a version Civitai no longer lists: by id
    assert not updates.is_newer(newest, 12, keys)
    undated = {"modelVersions": [{"id": 3}, {"id": 2}]}
    newest, keys = updates.newest_version(undated)
    assert newest["id"] == 3 and updates.is_newer(newest, 2, keys)


async def test_rate_limited_check_backs_off_and_refusals_keep_earlier_results(smm, sites, monkeypatch):
    await identified_library(smm, sites)
    sites.civ.rate_limited, sites.civ.retry_after = 1, "1"
    started = time.monotonic()
    done = await check(smm)
    assert time.monotonic() - started >= 0.9  # waited as Retry-After said
    assert done["status"] == "completed" and done["results"]["updates"] == 1
    [entry] = await list_updates(smm)
    assert entry["newestVersionId"] == 1001
    statuses = [r for r in sites.civ.requests if r["path"].startswith("/api/v1/models/")]
    assert len(statuses) == 3  # one refused with 429, then models 101 and 202

    # Civitai keeps refusing past the client's retries: the check stops and says why,
    # and the entries found before stay listed.
    monkeypatch.setattr(civitai, "RETRY_CAP_SECONDS", 0.05)
    sites.civ.rate_limited = 100
    failed = await check(smm, refresh=True)
    sites.civ.rate_limited = 0
    assert failed["status"] == "failed" and "rate-limiting" in failed["error"]
    assert failed["results"]["errors"] >= 1
    assert await list_updates(smm) == [entry]


async def test_updates_survive_a_restart_and_no_check_runs_on_its_own(make_mm, sites):
    mm = await make_mm(extra_hosts=HOSTS)
    await identified_library(mm, sites)
    await check(mm)
    before = await list_updates(mm)
    assert [u["newestVersionId"] for u in before] == [1001]
    await mm.client.close()  # stops the services (and the periodic loop)

    calls = len(model_calls(sites))
    again = await make_mm(extra_hosts=HOSTS)
    assert await list_updates(again) == before
    _, body = await again.call("GET", "/model-manager/updates/check", expect=200)
    assert body["data"]["status"] == "completed" and body["data"]["results"]["updates"] == 1
    await asyncio.sleep(0.2)
    assert len(model_calls(sites)) == calls  # the periodic check waits an interval


async def test_periodic_check_follows_the_setting(make_mm, sites, monkeypatch):
    monkeypatch.setattr(updates, "SECONDS_PER_HOUR", 0.4)
    monkeypatch.setattr(updates, "POLL_SECONDS", 0.05)
    mm = await make_mm(extra_hosts=HOSTS)
    _, body = await mm.setting("updateCheckInterval", None)  # the default
    assert body["data"]["updateCheckInterval"] == 24
    for bad in (0.5, -1, 9000, True, "24"):
        await mm.call("POST", "/model-manager/download/setting", json={"key": "updateCheckInterval", "value": bad},
                      expect=400)
    await mm.setting("updateCheckInterval", 0)
    await identified_library(mm, sites)
    await asyncio.sleep(0.6)
    assert model_calls(sites) == []  # off
    _, body = await mm.call("GET", "/model-manager/updates/check", expect=200)
    assert body["data"] is None

    ws = await mm.client.ws_connect("/ws")
    await mm.setting("updateCheckInterval", 1)  # 0.4 s here: due already (start-up was longer ago)
    while (msg := await asyncio.wait_for(ws.receive_json(), 5))["type"] != "update_available":
        pass
    assert [u["newestVersionId"] for u in msg["data"]["updates"]] == [1001]
    last = await wait_check(mm)
    assert last["trigger"] == "periodic" and last["status"] == "completed"
    await ws.close()


async def test_auth_failures_name_the_site(smm, sites):
    civ = await smm.download(url=f"{sites.civ.base}/api/download/models/3004", folder="loras")
    failed = await smm.wait(civ["taskId"], "failed")
    assert "authentication required — set an API key" in failed["error"]
    assert "this model needs a Civitai API key (Settings → API keys)" in failed["error"]
    hf = await smm.download(url=f"{sites.hf.base}/black-forest-labs/FLUX.1-dev/resolve/main/flux1-dev.safetensors",
                            folder="diffusion_models")
    failed = await smm.wait(hf["taskId"], "failed")
    assert "authentication required — set an API key" in failed["error"]
    assert "this repository is gated: accept its terms on huggingface.co and set a token" in failed["error"]
    assert list((smm.models_dir / "loras").iterdir()) == []
