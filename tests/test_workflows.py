"""Workflows: finding every model a workflow names, statuses, candidates, the REST route.

Real files in a temp models folder, the official templates from the installed
``comfyui-workflow-templates-json`` package, and the Civitai / Hugging Face stand-ins.
"""

from __future__ import annotations

import base64
import copy
import io
import json
from importlib import resources

import pytest
from PIL import Image, PngImagePlugin

from comfyui_model_manager.errors import BadRequest
from comfyui_model_manager.workflows.finder import find_models, read_workflow_bytes
from comfyui_model_manager.workflows.templates import build_index
from fileserver import make_safetensors, sha256
from test_library import lora_file
from test_sources import sites  # noqa: F401  (the same stand-ins as the source tests)

TEMPLATES = resources.files("comfyui_workflow_templates_json") / "templates"


def lora_workflow(value: str = "add_detail.safetensors", models: list | None = None) -> dict:
    """A UI-format workflow: a checkpoint loader and a LoRA loader (no ``models`` metadata)."""
    lora = {"id": 10, "type": "LoraLoader", "widgets_values": [value, 0.8, 1.0], "properties": {}}
    if models is not None:
        lora["properties"]["models"] = models
    return {"last_node_id": 10, "nodes": [
        {"id": 4, "type": "CheckpointLoaderSimple", "widgets_values": ["sd15/base.safetensors"]},
        lora,
        {"id": 6, "type": "CLIPTextEncode", "widgets_values": ["a photo.safetensors of a cat"]},
    ], "links": [], "groups": [{"title": "loaders", "bounding": [0, 0, 10, 10]}]}


def strip_models(doc: dict) -> dict:
    """A template as a community workflow arrives: every ``models`` entry gone."""
    doc = copy.deepcopy(doc)
    doc.pop("models", None)
    graphs = [doc.get("nodes") or []] + [sg.get("nodes") or [] for sg in (doc.get("definitions") or {}).get(
        "subgraphs") or []]
    for nodes in graphs:
        for n in nodes:
            (n.get("properties") or {}).pop("models", None)
    return doc


def declared(doc: dict) -> dict[str, str]:
    """name → url of what a template declares (nodes, subgraphs, top level)."""
    out = {}
    graphs = [doc.get("nodes") or []] + [sg.get("nodes") or [] for sg in (doc.get("definitions") or {}).get(
        "subgraphs") or []]
    for m in doc.get("models") or []:
        out[m["name"]] = m["url"]
    for nodes in graphs:
        for n in nodes:
            for m in (n.get("properties") or {}).get("models") or []:
                out[m["name"]] = m["url"]
    return out


async def resolve(mm, workflow, expect=200, **extra):
    status, body = await mm.call("POST", "/model-manager/workflow/resolve", json={"workflow": workflow, **extra},
                                 expect=expect)
    return body["data"] if body["success"] else body["error"]


def by_name(result) -> dict:
    return {m["name"]: m for m in result["models"]}


# -- finding ------------------------------------------------------------------------
def test_finder_reads_every_place_a_ui_workflow_names_models():
    wf = lora_workflow(models=[{"name": "add_detail.safetensors", "url": "https://civitai.com/api/download/models/1000",
                                "directory": "loras", "hash": "AB" * 32, "hash_type": "SHA256"}])
    wf["models"] = [{"name": "vae-ft-mse.safetensors", "url": "https://huggingface.co/x/y/resolve/main/vae-ft-mse.safetensors",
                     "directory": "vae"}]
    wf["nodes"].append({"id": 20, "type": "sg-1", "widgets_values": []})
    wf["nodes"].append({"id": 21, "type": "workflow>MyGroup", "widgets_values": ["clip_l.safetensors",
                                                                                 "t5xxl_fp16.safetensors", "flux"]})
    wf["nodes"].append({"id": 22, "type": "Power Lora Loader (rgthree)",
                        "widgets_values": [{}, {"on": True, "lora": "sdxl\\style.safetensors", "strength": 1}]})
    wf["definitions"] = {"subgraphs": [{"id": "sg-1", "nodes": [
        {"id": 3, "type": "UNETLoader", "widgets_values": ["flux1-dev.safetensors", "default"]},
        {"id": 4, "type": "DualCLIPLoaderGGUF", "widgets_values": ["t5-q8.gguf", "clip_l.safetensors", "flux"]}]}]}
    wf["extra"] = {"groupNodes": {"MyGroup": {"nodes": [{"index": 0, "type": "DualCLIPLoader",
                                                         "widgets_values": ["a.safetensors", "b.safetensors", "flux"]}]}}}
    found = {m.name: m for m in find_models(wf)}
    assert found["add_detail.safetensors"].directory == "loras"
    assert found["add_detail.safetensors"].hash == "ab" * 32
    assert found["add_detail.safetensors"].url.endswith("/1000")
    assert found["add_detail.safetensors"].declared and not found["sd15/base.safetensors"].declared
    assert found["sd15/base.safetensors"].directory == "checkpoints"
    assert found["vae-ft-mse.safetensors"].directory == "vae"
    assert found["flux1-dev.safetensors"].directory == "diffusion_models"
    assert found["flux1-dev.safetensors"].nodes == ["20:3"]
    assert found["t5-q8.gguf"].directory == "text_encoders"
    assert found["t5xxl_fp16.safetensors"].directory == "text_encoders"
    assert found["sdxl/style.safetensors"].directory == "loras"
    assert "a photo.safetensors of a cat" not in found  # a prompt is not a file name
    assert set(found["clip_l.safetensors"].nodes) == {"20:4", "21"}


def test_finder_api_format_and_node_definitions():
    prompt = {"1": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "v1-5.safetensors"}},
              "2": {"class_type": "LoraLoader", "inputs": {"lora_name": "x.safetensors", "model": ["1", 0]}},
              "3": {"class_type": "MyCustomLoader", "inputs": {"weights": "custom.pth"}}}
    found = {m.name: m.directory for m in find_models(prompt)}
    assert found == {"v1-5.safetensors": "checkpoints", "x.safetensors": "loras", "custom.pth": None}
    found = {m.name: m.directory for m in find_models(prompt, {"MyCustomLoader": {"weights": "upscale_models"}})}
    assert found["custom.pth"] == "upscale_models"


def test_finder_refuses_what_is_no_workflow():
    for bad in ({}, [], {"nodes": "x"}, {"a": 1}, "text"):
        with pytest.raises(BadRequest):
            find_models(bad)
    cycle = {"nodes": [{"id": 1, "type": "A"}], "definitions": {"subgraphs": [
        {"id": "A", "nodes": [{"id": 1, "type": "B"}]}, {"id": "B", "nodes": [{"id": 1, "type": "A"}]}]}}
    with pytest.raises(BadRequest, match="cycle"):
        find_models(cycle)
    huge = {"nodes": [{"id": i, "type": "Note"} for i in range(20_001)]}
    with pytest.raises(BadRequest, match="too large"):
        find_models(huge)


def png_with(workflow: dict | None, prompt: dict | None) -> bytes:
    info = PngImagePlugin.PngInfo()
    if prompt is not None:
        info.add_text("prompt", json.dumps(prompt))
    if workflow is not None:
        info.add_text("workflow", json.dumps(workflow))
    buf = io.BytesIO()
    Image.new("RGB", (8, 8), "red").save(buf, "PNG", pnginfo=info)
    return buf.getvalue()


def webp_with(workflow: dict, prompt: dict) -> bytes:
    """As ComfyUI's SaveAnimatedWEBP: EXIF 0x0110 = "prompt:<json>", 0x010F = "workflow:<json>"."""
    img = Image.new("RGB", (8, 8), "blue")
    exif = img.getexif()
    exif[0x0110] = "prompt:" + json.dumps(prompt)
    exif[0x010F] = "workflow:" + json.dumps(workflow)
    buf = io.BytesIO()
    img.save(buf, "WEBP", exif=exif)
    return buf.getvalue()


def test_images_and_json_files_carry_workflows():
    wf = lora_workflow()
    prompt = {"4": {"class_type": "CheckpointLoaderSimple", "inputs": {"ckpt_name": "sd15/base.safetensors"}}}
    for data in (png_with(wf, prompt), webp_with(wf, prompt)):
        workflow, p = read_workflow_bytes(data)
        assert workflow == wf and p == prompt
    workflow, p = read_workflow_bytes(png_with(None, prompt))
    assert workflow == prompt and p is None
    assert read_workflow_bytes(json.dumps(wf).encode())[0] == wf
    with pytest.raises(BadRequest, match="no ComfyUI workflow"):
        read_workflow_bytes(png_with(None, None))
    with pytest.raises(BadRequest):
        read_workflow_bytes(b"GIF89a....")


def test_template_index_covers_the_official_templates():
    index = build_index()
    assert len(index) > 300
    qwen = index["qwen_image_vae.safetensors"]
    assert any(e["url"].startswith("https://huggingface.co/Comfy-Org/") and e["directory"] == "vae" for e in qwen)


# -- resolving through the route -----------------------------------------------------------
@pytest.mark.parametrize("template", ["image_qwen_image", "flux_dev_checkpoint_example",
                                      "video_wan2_2_14B_t2v", "image_z_image_turbo"])
async def test_stripped_templates_resolve_offline_at_the_published_url(mm, template):
    path = TEMPLATES / f"{template}.json"
    if not path.is_file():
        pytest.skip(f"{template} not in this package version")
    doc = json.loads(path.read_text())
    published = declared(doc)
    assert published, "a template without models tests nothing"
    result = await resolve(mm, strip_models(doc), online=False)
    got = by_name(result)
    for name, url in published.items():
        m = got[name]
        assert m["status"] == "download", m
        assert m["candidates"][0]["source"] == "templates"
        assert url.split("?")[0] in [c["url"].split("?")[0] for c in m["candidates"]]
        assert m["candidates"][0]["confidence"] >= 0.8
        assert m["directory"]


async def test_present_relink_and_unresolved(mm):
    lora_file(mm.models_dir / "loras" / "sdxl" / "add_detail.safetensors")
    lora_file(mm.models_dir / "checkpoints" / "sd15" / "base.safetensors", seed=1)
    result = await resolve(mm, lora_workflow(), online=False)
    got = by_name(result)
    assert got["sd15/base.safetensors"]["status"] == "present"
    relink = got["add_detail.safetensors"]
    assert relink["status"] == "relink"
    assert relink["foundAt"] == {"folder": "loras", "pathIndex": 0, "relativePath": "sdxl/add_detail.safetensors"}
    assert relink["nodes"] == ["10"]
    assert result["summary"] == {"present": 1, "relink": 1, "download": 0, "unresolved": 0}
    # The same name in another folder is no copy the LoRA loader could use.
    (mm.models_dir / "loras" / "sdxl" / "add_detail.safetensors").rename(mm.models_dir / "vae" / "add_detail.safetensors")
    got = by_name(await resolve(mm, lora_workflow(), online=False))
    assert got["add_detail.safetensors"]["status"] == "unresolved"


async def test_relink_by_sha256_under_another_name(mm):
    data = lora_file(mm.models_dir / "loras" / "renamed.safetensors")
    status, _ = await mm.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "full"})
    from test_library import wait_scan

    await wait_scan(mm)
    wf = lora_workflow(models=[{"name": "add_detail.safetensors", "url": "https://civitai.com/api/download/models/1",
                                "directory": "loras", "hash": sha256(data), "hash_type": "sha256"}])
    m = by_name(await resolve(mm, wf, online=False))["add_detail.safetensors"]
    assert m["status"] == "relink" and m["foundAt"]["relativePath"] == "renamed.safetensors"


async def test_bad_input_is_400(mm):
    for body in ({}, {"workflow": 3}, {"workflow": {"nodes": 1}}, {"workflow": {}, "online": "yes"},
                 {"image": "not base64!"}, {"image": base64.b64encode(b"plain text").decode()}):
        status, reply = await mm.call("POST", "/model-manager/workflow/resolve", json=body, expect=400)
        assert reply["success"] is False and reply["error"]
    cycle = {"nodes": [{"id": 1, "type": "A"}], "definitions": {"subgraphs": [{"id": "A", "nodes": [{"id": 2, "type": "A"}]}]}}
    _, reply = await mm.call("POST", "/model-manager/workflow/resolve", json={"workflow": cycle}, expect=400)
    assert "cycle" in reply["error"]


async def test_image_upload_resolves_and_returns_its_workflow(mm):
    lora_file(mm.models_dir / "loras" / "add_detail.safetensors")
    data = base64.b64encode(png_with(lora_workflow(), None)).decode()
    _, body = await mm.call("POST", "/model-manager/workflow/resolve", json={"image": data, "online": False}, expect=200)
    assert body["data"]["workflow"]["nodes"][1]["type"] == "LoraLoader"
    assert by_name(body["data"])["add_detail.safetensors"]["status"] == "present"


# -- online candidates (stand-ins) -------------------------------------------------------------
@pytest.fixture
async def online_mm(make_mm, sites):
    return await make_mm(extra_hosts=["127.0.0.1", "localhost"])


async def test_lora_named_only_by_file_name_is_found_on_civitai_and_downloaded_verified(online_mm, sites):
    result = await resolve(online_mm, lora_workflow())
    m = by_name(result)["add_detail.safetensors"]
    assert m["status"] == "download"
    best = m["candidates"][0]
    data = sites.civ_files[(1000, "add_detail.safetensors")]
    assert best["source"] == "civitai" and best["match"] == "name"
    assert best["sha256"] == sha256(data)
    assert best["confidence"] >= 0.8
    assert best["url"].endswith("/api/download/models/1000")
    assert best["modelName"] == "Detail Tweaker" and best["versionName"] == "v1.0"
    searches = [r["query"]["query"] for r in sites.civ.requests if r["path"] == "/api/v1/models"]
    assert "add_detail" in searches
    task = await online_mm.download(url=best["url"], folder=m["directory"], filename=m["name"], sha256=best["sha256"])
    done = await online_mm.wait(task["taskId"], "completed")
    assert done["sha256"] == sha256(data)
    again = by_name(await resolve(online_mm, lora_workflow()))["add_detail.safetensors"]
    assert again["status"] == "present"
    assert again["link"]["url"].endswith("/api/download/models/1000") or "token" not in again.get("link", {}).get("url", "")


async def test_searches_are_cached_and_misses_remembered(online_mm, sites):
    wf = lora_workflow("nothing_like_this.safetensors")
    first = by_name(await resolve(online_mm, wf))["nothing_like_this.safetensors"]
    assert first["status"] == "unresolved" and first["candidates"] == []
    def asked():
        return ([r for r in sites.civ.requests if r["path"] == "/api/v1/models"],
                [r for r in sites.hf.requests if r["path"] == "/api/models"])

    civ, hf = asked()
    assert [r["query"]["query"] for r in civ].count("nothing_like_this") == 1
    assert len(hf) == 2  # this one and the checkpoint's
    await resolve(online_mm, wf)
    assert asked() == (civ, hf)


async def test_hash_in_the_workflow_finds_the_civitai_version(online_mm, sites):
    data = sites.civ_files[(1001, "detail_tweaker_xl.safetensors")]
    wf = lora_workflow("renamed_by_someone.safetensors",
                       models=[{"name": "renamed_by_someone.safetensors", "url": "", "directory": "loras",
                                "hash": sha256(data), "hash_type": "sha256"}])
    m = by_name(await resolve(online_mm, wf))["renamed_by_someone.safetensors"]
    assert m["candidates"][0]["source"] == "civitai" and m["candidates"][0]["confidence"] == 1.0
    assert m["candidates"][0]["sha256"] == sha256(data)


async def test_hugging_face_search_finds_the_exact_file_with_its_lfs_hash(online_mm, sites):
    blob = make_safetensors(9_000, seed=40)
    sites.hf.add_repo("someone/wan_tiny_lora", {"loras/wan_tiny_lora.safetensors": blob, "README.md": b"hi"}, "c" * 40)
    m = by_name(await resolve(online_mm, lora_workflow("wan_tiny_lora.safetensors")))["wan_tiny_lora.safetensors"]
    hf = [c for c in m["candidates"] if c["source"] == "huggingface"]
    assert hf and hf[0]["sha256"] == sha256(blob) and hf[0]["sizeBytes"] == len(blob)
    assert hf[0]["url"].endswith("/someone/wan_tiny_lora/resolve/main/loras/wan_tiny_lora.safetensors")
    assert hf[0]["confidence"] >= 0.8 and hf[0]["directory"] == "loras"


async def test_fuzzy_matches_are_low_confidence(online_mm, sites):
    m = by_name(await resolve(online_mm, lora_workflow("ADD_DETAIL.safetensors")))["ADD_DETAIL.safetensors"]
    assert m["candidates"] and all(c["confidence"] < 0.35 and c["match"] == "fuzzy" for c in m["candidates"])
