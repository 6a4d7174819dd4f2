"""Civitai and Hugging Face sources against loopback stand-ins, through the REST routes.

The API stand-ins listen on 127.0.0.1 (``CIVITAI_BASE_URL`` / ``HF_ENDPOINT`` point at
them) and redirect downloads to a "CDN" reached as ``localhost``: a different host,
which must never see an API key.
"""

from __future__ import annotations

import asyncio
import logging
import time
from types import SimpleNamespace
from urllib.parse import quote

import pytest

from civitai_standin import CivitaiStandin, load_fixture, populate
from fileserver import FileServer, make_safetensors, sha256
from hf_standin import HfStandin

CIVITAI_KEY = "civitai-test-token-0123456789"
HF_KEY = "hf_testtoken0123456789abcdef"
COMMIT = "a1b2c3d4e5f60718293a4b5c6d7e8f9012345678"


@pytest.fixture
async def sites(aiohttp_server, monkeypatch):
    monkeypatch.delenv("CIVITAI_API_TOKEN", raising=False)
    monkeypatch.delenv("HF_TOKEN", raising=False)
    cdn = FileServer()
    cdn_server = await aiohttp_server(cdn.app, host="127.0.0.1")
    cdn_base = f"http://localhost:{cdn_server.port}"

    civ = CivitaiStandin(cdn, token=CIVITAI_KEY)
    civ_server = await aiohttp_server(civ.app, host="127.0.0.1")
    civ.base, civ.cdn_base = f"http://127.0.0.1:{civ_server.port}", cdn_base
    files = populate(civ)

    hf = HfStandin(cdn, token=HF_KEY)
    hf_server = await aiohttp_server(hf.app, host="127.0.0.1")
    hf.base, hf.cdn_base = f"http://127.0.0.1:{hf_server.port}", cdn_base
    hf_files = {
        "README.md": b"# Example\n",
        "split_files/vae/ae.safetensors": make_safetensors(30_000, seed=10),
        "split_files/loras/style_lora.safetensors": make_safetensors(12_000, seed=11),
        "split_files/diffusion_models/model_fp8_e4m3fn.safetensors": make_safetensors(50_000, seed=12),
        "split_files/diffusion_models/model_bf16.safetensors": make_safetensors(55_000, seed=13),
    }
    hf.add_repo("Comfy-Org/example_repackaged", hf_files, COMMIT)
    gated_files = {"flux1-dev.safetensors": make_safetensors(10_000, seed=14), "ae.safetensors": b"x" * 100}
    hf.add_repo("black-forest-labs/FLUX.1-dev", gated_files, "f" * 40, gated="auto", tags=["diffusers", "text-to-image"])
    hf.add_repo("someone/bad-upload", {"lora.safetensors": make_safetensors(5_000, seed=15)}, "e" * 40,
                tags=["lora"], published_sha256={"lora.safetensors": "ab" * 32})

    monkeypatch.setenv("CIVITAI_BASE_URL", civ.base)
    monkeypatch.setenv("HF_ENDPOINT", hf.base)
    return SimpleNamespace(cdn=cdn, civ=civ, hf=hf, civ_files=files, hf_files=hf_files, gated_files=gated_files)


@pytest.fixture
async def smm(make_mm, sites):
    return await make_mm(extra_hosts=["127.0.0.1", "localhost"])


async def model_info(mm, url: str, expect: int = 200):
    status, body = await mm.call("GET", f"/model-manager/model-info?url={quote(url, safe='')}", expect=expect)
    return body["data"] if body["success"] else body["error"]


def only_versions(candidates) -> list:
    return [c["versionId"] for c in candidates]


# -- URL forms -----------------------------------------------------------------------
async def test_civitai_url_forms_resolve(smm, sites):
    f = sites.civ_files
    base = sites.civ.base
    everything = await model_info(smm, "https://civitai.com/models/101")
    assert only_versions(everything) == [1001, 1000]
    xl = everything[0]
    assert xl["source"] == "civitai" and xl["modelId"] == 101 and xl["name"] == "Detail Tweaker"
    assert xl["versionName"] == "v2.0 XL" and xl["type"] == "LORA" and xl["baseModel"] == "SDXL 1.0"
    assert xl["suggestedFolder"] == "loras"
    assert xl["description"].startswith("## Detail Tweaker") and "**detail**" in xl["description"]
    assert f"[the guide]({base}/articles/1)" in xl["description"]
    assert xl["previews"] == ["https://image.civitai.com/xG1nkqKTMzGDvpLrqFT7WA/11111111-aaaa/width=832/1.jpeg"]
    assert xl["trainedWords"] == ["detailed"] and xl["air"].endswith("civitai:101@1001")
    [file] = xl["files"]
    data = f[(1001, "detail_tweaker_xl.safetensors")]
    assert file["name"] == "detail_tweaker_xl.safetensors" and file["sha256"] == sha256(data)
    assert abs(file["sizeBytes"] - len(data)) <= 1 and file["primary"] and file["format"] == "SafeTensor"
    assert file["fp"] == "fp16" and file["downloadUrl"] == f"{base}/api/download/models/1001"

    forms = {
        "https://www.civitai.com/models/101/detail-tweaker": [1001, 1000],
        "https://civitai.red/models/101": [1001, 1000],
        "https://www.civitai.red/models/101/detail-tweaker?modelVersionId=1000": [1000],
        "https://civitai.com/models/101?modelVersionId=1000": [1000],
        f"{base}/models/101?modelVersionId=1001": [1001],
        "https://civitai.com/api/download/models/1000": [1000],
        "urn:air:sdxl:lora:civitai:101@1001": [1001],
        "urn:air:sd1:lora:civitai:101": [1001, 1000],
        "https://civitai.com/api/v1/model-versions/1001": [1001],
    }
    for url, versions in forms.items():
        assert only_versions(await model_info(smm, url)) == versions, url

    [ckpt] = await model_info(smm, "https://civitai.com/api/download/models/2002?type=Model&format=SafeTensor&size=full&fp=fp32")
    assert [x["name"] for x in ckpt["files"]] == ["photonReal_v3_full.safetensors"]
    assert ckpt["suggestedFolder"] == "checkpoints"
    [ckpt] = await model_info(smm, "https://civitai.com/models/202")
    folders = {x["name"]: x["suggestedFolder"] for x in ckpt["files"]}
    assert folders == {"photonReal_v3.safetensors": "checkpoints", "photonReal_v3_full.safetensors": "checkpoints",
                       "photonReal_vae.safetensors": "vae"}
    [vae_only] = await model_info(smm, "https://civitai.com/api/download/models/2002?type=VAE&format=SafeTensor")
    assert [x["name"] for x in vae_only["files"]] == ["photonReal_vae.safetensors"]

    assert "model not found" in await model_info(smm, "https://civitai.com/models/999", expect=404)
    assert "model not found" in await model_info(smm, "https://civitai.com/models/101?modelVersionId=5", expect=404)
    assert "unsupported Civitai URL" in await model_info(smm, "https://civitai.com/images/123", expect=400)
    assert "AIR" in await model_info(smm, "urn:air:sdxl:lora:other:1@2", expect=400)


async def test_huggingface_url_forms_resolve(smm, sites):
    repo = "Comfy-Org/example_repackaged"
    endpoint = sites.hf.base
    [whole] = await model_info(smm, f"https://huggingface.co/{repo}")
    assert whole["source"] == "huggingface" and whole["modelId"] == repo and whole["versionId"] == COMMIT
    paths = {x["path"]: x for x in whole["files"]}
    assert set(paths) == {p for p in sites.hf_files if p.endswith(".safetensors")}  # README is not a model
    for path, x in paths.items():
        assert x["sha256"] == sha256(sites.hf_files[path]) and x["sizeBytes"] == len(sites.hf_files[path])
        assert x["downloadUrl"] == f"{endpoint}/{repo}/resolve/{COMMIT}/{path}"
    assert paths["split_files/vae/ae.safetensors"]["suggestedFolder"] == "vae"
    assert paths["split_files/loras/style_lora.safetensors"]["suggestedFolder"] == "loras"
    assert paths["split_files/diffusion_models/model_bf16.safetensors"]["suggestedFolder"] == "diffusion_models"
    assert paths["split_files/diffusion_models/model_bf16.safetensors"]["fp"] == "bf16"
    assert paths["split_files/diffusion_models/model_fp8_e4m3fn.safetensors"]["fp"] == "fp8"
    assert whole["suggestedFolder"] is None  # files go to different folders: each file says which
    assert whole["baseModel"] == "example/base-model"

    vae = "split_files/vae/ae.safetensors"
    for url in (f"https://huggingface.co/{repo}/blob/main/{vae}", f"https://huggingface.co/{repo}/resolve/main/{vae}",
                f"https://hf.co/{repo}/resolve/main/{vae}?download=true", f"{endpoint}/{repo}/blob/main/{vae}"):
        [one] = await model_info(smm, url)
        [file] = one["files"]
        assert file["downloadUrl"] == f"{endpoint}/{repo}/resolve/{COMMIT}/{vae}", url  # blob/ → resolve/, pinned
        assert file["sha256"] == sha256(sites.hf_files[vae]) and file["sizeBytes"] == len(sites.hf_files[vae])
        assert file["suggestedFolder"] == "vae" and one["suggestedFolder"] == "vae" and file["primary"]

    [tree] = await model_info(smm, f"https://huggingface.co/{repo}/tree/main/split_files/diffusion_models")
    assert sorted(x["name"] for x in tree["files"]) == ["model_bf16.safetensors", "model_fp8_e4m3fn.safetensors"]
    assert tree["suggestedFolder"] == "diffusion_models"
    assert all(x["sha256"] for x in tree["files"])

    [lora] = await model_info(smm, "https://huggingface.co/someone/bad-upload")
    assert lora["type"] == "LORA" and lora["suggestedFolder"] == "loras"

    assert "model not found" in await model_info(smm, "https://huggingface.co/nobody/nothing", expect=404)
    assert "model not found" in await model_info(smm, f"https://huggingface.co/{repo}/resolve/main/nope.safetensors",
                                                 expect=404)
    assert "model not found" in await model_info(smm, f"https://huggingface.co/{repo}/blob/v9/{vae}", expect=404)
    assert "unsupported" in await model_info(smm, "https://huggingface.co/datasets/a/b", expect=400)


async def test_direct_urls_and_refusals(smm, sites):
    [direct] = await model_info(smm, f"{sites.hf.cdn_base}/files/some%20model.safetensors")
    assert direct["source"] == "direct" and direct["suggestedFolder"] is None
    assert direct["files"][0]["name"] == "some model.safetensors" and direct["files"][0]["format"] == "SafeTensor"
    assert "not allowed" in await model_info(smm, "http://example.com/x.safetensors", expect=403)
    status, _ = await smm.call("GET", "/model-manager/model-info", expect=400)


async def test_gated_and_early_access_explain_themselves(smm, sites):
    [gated] = await model_info(smm, "https://huggingface.co/black-forest-labs/FLUX.1-dev")
    assert "gated" in gated["notice"] and gated["files"]
    err = await model_info(smm, "https://huggingface.co/black-forest-labs/FLUX.1-dev/blob/main/flux1-dev.safetensors",
                           expect=403)
    assert "gated" in err and "token" in err
    reply = await smm.download(expect=403, source="huggingface", repo="black-forest-labs/FLUX.1-dev",
                               path="flux1-dev.safetensors", folder="diffusion_models")
    assert "gated" in reply["error"]

    [early] = await model_info(smm, "https://civitai.com/models/303?modelVersionId=3005")
    assert "early access" in early["notice"]
    reply = await smm.download(expect=403, source="civitai", versionId=3005)
    assert "early access" in reply["error"]
    reply = await smm.download(expect=403, source="civitai", versionId=3004)
    assert "needs a Civitai API key" in reply["error"]
    assert list((smm.models_dir / "loras").iterdir()) == []

    await smm.setting("civitai", CIVITAI_KEY)
    await smm.setting("huggingface", HF_KEY)
    task = await smm.download(source="civitai", versionId=3004)
    done = await smm.wait(task["taskId"], "completed")
    assert done["folder"] == "loras" and done["sha256"] == sha256(sites.civ_files[(3004, "members_style.safetensors")])
    task = await smm.download(source="huggingface", repo="black-forest-labs/FLUX.1-dev", path="flux1-dev.safetensors",
                              folder="diffusion_models")
    done = await smm.wait(task["taskId"], "completed")
    unet = smm.models_dir / "unet"  # the first root of diffusion_models
    assert (unet / "flux1-dev.safetensors").read_bytes() == sites.gated_files["flux1-dev.safetensors"]


# -- downloads through the engine ----------------------------------------------------
async def test_civitai_download_lands_in_suggested_folder_and_key_stays_home(smm, sites, caplog):
    caplog.set_level(logging.DEBUG)
    await smm.setting("civitai", CIVITAI_KEY)
    await smm.setting("huggingface", HF_KEY)
    task = await smm.download(source="civitai", versionId=1001)
    data = sites.civ_files[(1001, "detail_tweaker_xl.safetensors")]
    assert task["folder"] == "loras" and task["filename"] == "detail_tweaker_xl.safetensors"
    assert task["expectedSha256"] == sha256(data)
    done = await smm.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data)
    assert (smm.models_dir / "loras" / "detail_tweaker_xl.safetensors").read_bytes() == data

    # a chosen file of a version, into a chosen folder and name
    task = await smm.download(source="civitai", versionId="2002", fileName="photonReal_vae.safetensors")
    assert task["folder"] == "vae"
    await smm.wait(task["taskId"], "completed")
    assert (smm.models_dir / "vae" / "photonReal_vae.safetensors").read_bytes() == \
        sites.civ_files[(2002, "photonReal_vae.safetensors")]
    task = await smm.download(source="civitai", versionId=2002, folder="checkpoints", subfolder="sd15",
                              filename="photon.safetensors")
    await smm.wait(task["taskId"], "completed")
    assert (smm.models_dir / "checkpoints" / "sd15" / "photon.safetensors").read_bytes() == \
        sites.civ_files[(2002, "photonReal_v3.safetensors")]

    api_downloads = [r for r in sites.civ.requests if r["path"].startswith("/api/download/")]
    assert api_downloads and all(r["headers"].get("Authorization") == f"Bearer {CIVITAI_KEY}" for r in api_downloads)
    assert all("token" not in r["query"] for r in sites.civ.requests)
    assert sites.cdn.requests
    for req in sites.cdn.requests:
        assert "Authorization" not in req["headers"] and CIVITAI_KEY not in repr(req) and HF_KEY not in repr(req)
    for req in sites.hf.requests:
        assert CIVITAI_KEY not in repr(req)
    for record in caplog.records:
        assert CIVITAI_KEY not in record.getMessage() and HF_KEY not in record.getMessage()


async def test_huggingface_download_verified_and_token_only_to_the_hub(smm, sites, caplog):
    caplog.set_level(logging.DEBUG)
    await smm.setting("huggingface", HF_KEY)
    await smm.setting("civitai", CIVITAI_KEY)
    path = "split_files/loras/style_lora.safetensors"
    data = sites.hf_files[path]
    task = await smm.download(source="huggingface", repo="Comfy-Org/example_repackaged", path=path)
    assert task["folder"] == "loras" and task["filename"] == "style_lora.safetensors"
    assert task["expectedSha256"] == sha256(data) and task["expectedSize"] == len(data)
    assert task["url"].endswith(f"/resolve/{COMMIT}/{path}")
    await smm.wait(task["taskId"], "completed")
    assert (smm.models_dir / "loras" / "style_lora.safetensors").read_bytes() == data

    # huggingface_hub >= 2.4 also fetches its agent-harness registry (GET /api/agent-harnesses,
    # utils/_detect_agent.py) once a day without a token; that call must carry no key at all.
    registry = [r for r in sites.hf.requests if r["path"] == "/api/agent-harnesses"]
    for req in registry:
        assert "Authorization" not in req["headers"] and HF_KEY not in repr(req) and CIVITAI_KEY not in repr(req)
    hub_calls = [r for r in sites.hf.requests if r not in registry]
    assert hub_calls and all(r["headers"].get("Authorization") == f"Bearer {HF_KEY}" for r in hub_calls)
    assert any(r["method"] == "HEAD" for r in hub_calls) and any(r["method"] == "GET" and "/resolve/" in r["path"]
                                                                 for r in hub_calls)
    cdn_hits = [r for r in sites.cdn.requests if r["path"].startswith("/files/hf-")]
    assert cdn_hits
    for req in sites.cdn.requests:
        assert "Authorization" not in req["headers"] and HF_KEY not in repr(req)
    for record in caplog.records:
        assert HF_KEY not in record.getMessage() and CIVITAI_KEY not in record.getMessage()


async def test_wrong_published_hash_fails_and_leaves_no_model(smm, sites):
    data = sites.civ_files[(1000, "add_detail.safetensors")]
    sites.civ.add_file(1000, "add_detail.safetensors", data, published_sha256="cd" * 32)
    task = await smm.download(source="civitai", versionId=1000)
    failed = await smm.wait(task["taskId"], "failed")
    assert "SHA-256 mismatch" in failed["error"]
    assert list((smm.models_dir / "loras").iterdir()) == []

    task = await smm.download(source="huggingface", repo="someone/bad-upload", path="lora.safetensors")
    assert task["folder"] == "loras" and task["expectedSha256"] == "ab" * 32
    failed = await smm.wait(task["taskId"], "failed")
    assert "SHA-256 mismatch" in failed["error"]
    assert list((smm.models_dir / "loras").iterdir()) == []


async def test_source_request_validation_and_folder_choice(smm, sites):
    workflow = load_fixture("civitai_model_lora.json")
    workflow.update({"id": 505, "type": "Workflows", "name": "A Workflow"})
    link = "https://civitai.com/api/download/models/5005"
    workflow["modelVersions"] = [dict(workflow["modelVersions"][1], id=5005, downloadUrl=link)]
    workflow["modelVersions"][0]["files"] = [dict(workflow["modelVersions"][0]["files"][0], id=95005,
                                                  name="workflow_pack.safetensors", downloadUrl=link)]
    sites.civ.add_model(workflow)
    sites.civ.add_file(5005, "workflow_pack.safetensors", make_safetensors(1000, seed=20))
    [cand] = await model_info(smm, "https://civitai.com/models/505")
    assert cand["suggestedFolder"] is None and cand["files"][0]["suggestedFolder"] is None
    reply = await smm.download(expect=400, source="civitai", versionId=5005)
    assert "choose a model folder" in reply["error"]
    task = await smm.download(source="civitai", versionId=5005, folder="checkpoints")
    await smm.wait(task["taskId"], "completed")

    for body, status in [({"source": "civitai"}, 400), ({"source": "civitai", "versionId": -1}, 400),
                         ({"source": "civitai", "versionId": 999999}, 404),
                         ({"source": "civitai", "versionId": 1001, "fileName": "nope.safetensors"}, 404),
                         ({"source": "elsewhere"}, 400), ({"source": "huggingface", "repo": "a/b"}, 400),
                         ({"source": "huggingface", "repo": "../x", "path": "a.safetensors"}, 400),
                         ({"source": "huggingface", "repo": "nobody/nothing", "path": "a.safetensors"}, 404)]:
        reply = await smm.download(expect=status, **body)
        assert reply["success"] is False, body


# -- hashes ---------------------------------------------------------------------------
async def test_hash_lookup_by_sha256_and_autov2_and_remembered_miss(smm, sites):
    data = sites.civ_files[(2002, "photonReal_v3.safetensors")]
    digest = sha256(data)
    _, body = await smm.call("GET", f"/model-manager/model-info/by-hash/{digest.upper()}", expect=200)
    cand = body["data"]
    assert cand["modelId"] == 202 and cand["versionId"] == 2002 and cand["type"] == "Checkpoint"
    assert cand["suggestedFolder"] == "checkpoints" and digest in [f["sha256"] for f in cand["files"]]
    _, body = await smm.call("GET", f"/model-manager/model-info/by-hash/{digest[:10]}", expect=200)
    assert body["data"]["versionId"] == 2002

    lookups = lambda h: [r for r in sites.civ.requests if r["path"].endswith(f"/by-hash/{h}")]  # noqa: E731
    await smm.call("GET", f"/model-manager/model-info/by-hash/{digest}", expect=200)
    assert len(lookups(digest)) == 1, "a found hash is remembered"

    missing = "12" * 32
    for _ in range(2):
        _, body = await smm.call("GET", f"/model-manager/model-info/by-hash/{missing}", expect=404)
        assert "model not found" in body["error"]
    assert len(lookups(missing)) == 1, "a miss is remembered, not asked again at once"
    svc = await smm.services
    row = await svc.catalog.call(svc.catalog.get_hash_lookup, "civitai", missing)
    assert row["data"] is None and time.time() - row["checkedAt"] < 60
    from comfyui_model_manager.sources import MISSING_RETRY

    await svc.catalog.call(svc.catalog.save_hash_lookup, "civitai", missing, None, time.time() - MISSING_RETRY - 1)
    await smm.call("GET", f"/model-manager/model-info/by-hash/{missing}", expect=404)
    assert len(lookups(missing)) == 2, "an old miss is retried"
    await smm.call("GET", f"/model-manager/model-info/by-hash/{missing}?refresh=1", expect=404)
    assert len(lookups(missing)) == 3

    for bad in ("xyz", "12345", "g" * 64):
        await smm.call("GET", f"/model-manager/model-info/by-hash/{bad}", expect=400)


async def test_batch_hash_lookup_and_rate_limit_backoff(smm, sites):
    svc = await smm.services
    known = sha256(sites.civ_files[(1000, "add_detail.safetensors")])
    other = sha256(sites.civ_files[(3004, "members_style.safetensors")])
    missing = "34" * 32
    sites.civ.rate_limited = 1
    sites.civ.retry_after = "1"
    started = time.monotonic()
    result = await svc.sources.lookup_hashes([known, other.upper(), missing])
    assert time.monotonic() - started >= 0.9, "Retry-After was honoured"
    assert result[known]["versionId"] == 1000 and result[other]["versionId"] == 3004 and result[missing] is None
    posts = [r for r in sites.civ.requests if r["method"] == "POST"]
    assert len(posts) == 2  # the 429, then the answer
    again = await svc.sources.lookup_hashes([known, missing])
    assert again[known]["versionId"] == 1000 and again[missing] is None
    assert len([r for r in sites.civ.requests if r["method"] == "POST"]) == 2, "answers are remembered"

    sites.civ.rate_limited = 1
    sites.civ.retry_after = "0"
    [cand] = await model_info(smm, "https://civitai.com/models/101?modelVersionId=1000")
    assert cand["versionId"] == 1000


async def test_full_scan_identifies_models_on_civitai(smm, sites):
    import json as _json

    await smm.setting("autoScan", False)
    known = sites.civ_files[(1000, "add_detail.safetensors")]
    (smm.models_dir / "loras" / "mine.safetensors").write_bytes(known)
    (smm.models_dir / "loras" / "unknown.safetensors").write_bytes(make_safetensors(1000, seed=99))
    _, body = await smm.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "full"}, expect=202)
    tid = body["data"]["taskId"]
    for _ in range(200):
        _, body = await smm.call("GET", f"/model-manager/scan/{tid}", expect=200)
        if body["data"]["status"] != "running":
            break
        await asyncio.sleep(0.05)
    assert body["data"]["status"] == "completed" and body["data"]["results"]["identified"] == 1
    _, listing = await smm.call("GET", "/model-manager/models/loras", expect=200)
    models = {m["relativePath"]: m for m in listing["data"]}
    assert models["mine.safetensors"]["source"] == "civitai"
    assert models["mine.safetensors"]["sourceIds"] == {"modelId": 101, "versionId": 1000}
    assert models["unknown.safetensors"]["source"] is None
    sidecar = _json.loads((smm.models_dir / "loras" / "mine.metadata.json").read_text())
    assert sidecar["sha256"] == sha256(known) and sidecar["model_manager"]["sourceIds"]["versionId"] == 1000
    assert not (smm.models_dir / "loras" / "unknown.metadata.json").exists()


async def test_source_download_writes_sidecar_with_source_ids(smm, sites):
    import json as _json

    await smm.setting("civitai", CIVITAI_KEY)
    task = await smm.download(source="civitai", versionId=1000)
    await smm.wait(task["taskId"], "completed")
    meta = _json.loads((smm.models_dir / "loras" / "add_detail.metadata.json").read_text())
    assert meta["model_manager"]["source"] == "civitai"
    assert meta["model_manager"]["sourceIds"] == {"modelId": 101, "versionId": 1000}
    assert meta["from_civitai"] is True


async def test_finished_source_download_is_cataloged_at_once(smm, sites):
    await smm.setting("civitai", CIVITAI_KEY)
    await smm.setting("autoScan", False)
    task = await smm.download(source="civitai", versionId=1000)
    done = await smm.wait(task["taskId"], "completed")
    _, listing = await smm.call("GET", "/model-manager/models/loras", expect=200)
    [model] = [m for m in listing["data"] if m["relativePath"] == "add_detail.safetensors"]
    assert model["scanned"] and model["sha256"] == done["sha256"] and model["sha256Source"] == "computed"
    assert model["source"] == "civitai" and model["sourceIds"] == {"modelId": 101, "versionId": 1000}
    _, scan = await smm.call("GET", "/model-manager/scan", expect=200)
    assert scan["data"] is None, "no scan was needed"
