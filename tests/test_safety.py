"""Path containment, name validation, URL policy, API-key binding and cross-site refusal."""

from __future__ import annotations

import os
import stat

import pytest
from hypothesis import example, given, settings, strategies as st

from comfyui_model_manager.errors import BadRequest, Forbidden
from comfyui_model_manager.safety.folders import (ModelFolders, check_name, check_relative_path, is_within, is_lexically_within,
                                           sanitize_filename)
from fileserver import make_safetensors, sha256


def snapshot(path) -> dict:
    """Every file under ``path`` with its size and mtime (to prove nothing changed)."""
    out = {}
    for root, dirs, files in os.walk(path):
        for f in files:
            p = os.path.join(root, f)
            st_ = os.lstat(p)
            out[p] = (st_.st_size, st_.st_mtime_ns)
    return out


ESCAPES = [
    ("subfolder", "..", 403), ("subfolder", "../..", 403), ("subfolder", "a/../../b", 403),
    ("subfolder", "/etc", 403), ("subfolder", "\\\\server\\share", 403), ("subfolder", "C:\\Windows", 403),
    ("subfolder", "C:/x", 403), ("subfolder", "a/./b", 403), ("subfolder", "a\x00b", 400),
    ("subfolder", "CON", 400), ("subfolder", "x" * 300, 400), ("subfolder", "a/ b /c", 400),
    ("filename", "../x.safetensors", 400), ("filename", "..", 403), ("filename", "/etc/passwd", 403),
    ("filename", "a/b.safetensors", 400), ("filename", "a\\b.safetensors", 400),
    ("filename", "x\x00.safetensors", 400), ("filename", "NUL.safetensors", 400),
    ("filename", "com1.safetensors", 400), ("filename", "x.safetensors.", 400),
    ("filename", "x" * 300 + ".safetensors", 400), ("filename", "evil.sh", 400), ("filename", "", 400),
    ("filename", "x.ckpt", 400), ("filename", 5, 400), ("subfolder", ["a"], 400),
]


@pytest.mark.parametrize("field,value,status", ESCAPES)
async def test_download_refuses_bad_names(mm, file_server, tmp_path, field, value, status):
    _, base = file_server
    before = snapshot(tmp_path)
    body = {"url": f"{base}/files/x.safetensors", "folder": "loras", "filename": "ok.safetensors", field: value}
    reply = await mm.download(expect=status, **body)
    assert reply["success"] is False and reply["error"]
    _, tasks = await mm.call("GET", "/model-manager/download/task", expect=200)
    assert tasks["data"] == []
    assert snapshot(tmp_path) == before


async def test_download_into_a_linked_folder_lands_in_it(mm, file_server, tmp_path):
    """A folder linked into the root is part of the library (docs/links.md): a download
    may go there; ``..`` through it is still refused."""
    fs, base = file_server
    outside = tmp_path / "outside"
    outside.mkdir()
    os.symlink(outside, mm.models_dir / "loras" / "link")
    body = make_safetensors(1000)
    fs.add("x.safetensors", body)
    for sub in ("link/..", "link/../..", "link/../../outside"):
        await mm.download(expect=403, url=f"{base}/files/x.safetensors", folder="loras", subfolder=sub)
    assert list(outside.iterdir()) == []
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras", subfolder="link")
    await mm.wait(task["taskId"], "completed")
    assert (outside / "x.safetensors").read_bytes() == body


async def test_symlink_file_target_is_never_written(mm, file_server, tmp_path):
    fs, base = file_server
    victim = tmp_path / "victim.safetensors"
    victim.write_bytes(b"precious")
    os.symlink(victim, mm.models_dir / "loras" / "x.safetensors")
    fs.add("x.safetensors", make_safetensors(1000))
    await mm.download(expect=409, url=f"{base}/files/x.safetensors", folder="loras", filename="x.safetensors")
    assert victim.read_bytes() == b"precious"
    assert os.path.islink(mm.models_dir / "loras" / "x.safetensors")


async def test_a_part_file_that_is_a_link_is_not_written_through(mm, file_server, tmp_path):
    fs, base = file_server
    victim = tmp_path / "victim.bin"
    victim.write_bytes(b"precious")
    os.symlink(victim, mm.models_dir / "loras" / "y.safetensors.part")
    fs.add("y.safetensors", make_safetensors(1000))
    task = await mm.download(url=f"{base}/files/y.safetensors", folder="loras", filename="y.safetensors")
    await mm.wait(task["taskId"], "failed", "completed")
    assert victim.read_bytes() == b"precious"


@pytest.mark.parametrize("body,status", [
    ({"url": "https://example.com/x.safetensors", "folder": "loras"}, 403),
    ({"url": "http://civitai.com/api/download/models/1", "folder": "loras"}, 403),
    ({"url": "https://evilcivitai.com/x.safetensors", "folder": "loras"}, 403),
    ({"url": "https://civitai.com.evil.org/x", "folder": "loras"}, 403),
    ({"url": "http://localhost:1/x.safetensors", "folder": "loras"}, 403),
    ({"url": "ftp://civitai.com/x.safetensors", "folder": "loras"}, 400),
    ({"url": "file:///etc/passwd", "folder": "loras"}, 400),
    ({"url": "https://user:pw@civitai.com/x", "folder": "loras"}, 400),
    ({"url": "", "folder": "loras"}, 400),
    ({"folder": "loras"}, 400),
    ({"url": "https://civitai.com/x", "folder": "nope"}, 400),
    ({"url": "https://civitai.com/x", "folder": "loras", "pathIndex": 3}, 400),
    ({"url": "https://civitai.com/x", "folder": "loras", "pathIndex": "0"}, 400),
    ({"url": "https://civitai.com/x", "folder": "loras", "sha256": "abc"}, 400),
    ({"url": "https://civitai.com/x", "folder": "loras", "size": -1}, 400),
])
async def test_download_refuses_bad_urls_and_fields(mm, body, status):
    reply = await mm.download(expect=status, **body)
    assert reply["error"]


async def test_non_json_and_non_object_bodies(mm):
    for data in (b"not json", b"[1,2]", b'"x"'):
        status, body = await mm.call("POST", "/model-manager/download", data=data,
                                     headers={"Content-Type": "application/json"})
        assert status == 400 and body["success"] is False
    status, body = await mm.call("POST", "/model-manager/download")
    assert status == 400
    status, body = await mm.call("PUT", "/model-manager/download/nope", json={"status": "pause"})
    assert status == 404
    status, body = await mm.call("PUT", "/model-manager/download/nope", json={"status": "explode"})
    assert status == 400
    status, body = await mm.call("DELETE", "/model-manager/download/..%2F..%2Fetc")
    assert status == 404


async def test_pickle_formats_need_the_setting(mm, file_server):
    fs, base = file_server
    fs.add("m.ckpt", b"\x80\x04not really a pickle")
    await mm.download(expect=400, url=f"{base}/files/m.ckpt", folder="checkpoints", filename="m.ckpt")
    await mm.setting("allowPickle", True)
    task = await mm.download(url=f"{base}/files/m.ckpt", folder="checkpoints", filename="m.ckpt")
    await mm.wait(task["taskId"], "completed")


async def test_cross_site_request_is_refused(mm, tmp_path):
    before = snapshot(tmp_path)
    status, body = await mm.call("POST", "/model-manager/download",
                                 json={"url": "https://civitai.com/x.safetensors", "folder": "loras"},
                                 headers={"Origin": "https://evil.example"})
    assert status == 403 and body["success"] is False
    status, _ = await mm.call("POST", "/model-manager/download/setting", json={"key": "allowPickle", "value": True},
                              headers={"Origin": "http://localhost:1"})
    assert status == 403
    assert snapshot(tmp_path) == before
    host = mm.client.server.host, mm.client.server.port
    status, _ = await mm.call("GET", "/model-manager/download/task", headers={"Origin": f"http://{host[0]}:{host[1]}"})
    assert status == 200


async def test_api_key_goes_only_to_its_own_host(make_mm, file_server, aiohttp_server, monkeypatch):
    """Civitai's download answers 307 to a CDN host: the key must not follow."""
    cdn, cdn_base = file_server
    data = make_safetensors(10_000)
    cdn.add("signed.safetensors", data)
    from fileserver import FileServer

    api = FileServer()
    api.add("model", b"", redirect_to=f"{cdn_base.replace('127.0.0.1', 'localhost')}/files/signed.safetensors")
    api_server = await aiohttp_server(api.app, host="127.0.0.1")
    monkeypatch.setenv("CIVITAI_BASE_URL", f"http://127.0.0.1:{api_server.port}")
    mm = await make_mm(extra_hosts=["127.0.0.1", "localhost"])
    await mm.setting("civitai", "secret-civitai-token-1234")
    await mm.setting("huggingface", "hf_secret_token_5678")
    task = await mm.download(url=f"http://127.0.0.1:{api_server.port}/files/model", folder="loras",
                             filename="m.safetensors", sha256=sha256(data))
    await mm.wait(task["taskId"], "completed")
    assert api.requests_for("model")[0]["headers"]["Authorization"] == "Bearer secret-civitai-token-1234"
    for req in cdn.requests:
        assert "Authorization" not in req["headers"]
        assert "secret" not in repr(req)


async def test_redirect_to_plain_http_elsewhere_is_refused(mm, file_server):
    fs, base = file_server
    fs.add("x.safetensors", b"", redirect_to="http://example.com/x.safetensors")
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    failed = await mm.wait(task["taskId"], "failed")
    assert "non-https" in failed["error"]


async def test_keys_are_masked_stored_0600_and_not_in_catalog(mm, tmp_path):
    _, body = await mm.setting("civitai", "abcd1234efgh5678")
    assert body["data"]["apiKeys"]["civitai"] == "abcd…5678"
    secrets = tmp_path / "data" / "secrets.json"
    assert stat.S_IMODE(secrets.stat().st_mode) == 0o600
    assert "abcd1234efgh5678" in secrets.read_text()
    for f in (tmp_path / "data").rglob("*"):
        if f.is_file() and f.name != "secrets.json":
            assert b"abcd1234efgh5678" not in f.read_bytes()
    _, body = await mm.call("POST", "/model-manager/download/init", expect=200)
    assert "abcd1234efgh5678" not in str(body)
    _, body = await mm.setting("civitai", None)
    assert body["data"]["apiKeys"]["civitai"] is None


async def test_settings_validation(mm):
    for key, value in [("concurrency", 0), ("concurrency", "2"), ("progressInterval", -1), ("allowPickle", "yes"),
                       ("allowedHosts", ["http://a/b/c"]), ("nope", 1), ("civitai", 5)]:
        status, body = await mm.call("POST", "/model-manager/download/setting", json={"key": key, "value": value})
        assert status == 400, (key, value, body)
    _, body = await mm.setting("allowedHosts", "mirror.local:8080, Example.org")
    assert body["data"]["allowedHosts"] == ["mirror.local:8080", "example.org"]
    _, body = await mm.setting("concurrency", 4)
    assert body["data"]["concurrency"] == 4


async def test_openapi_lists_every_route(mm):
    from comfyui_model_manager.routes.envelope import load_openapi

    OPENAPI = load_openapi()
    resp = await mm.client.get("/model-manager/openapi.json")
    assert resp.status == 200
    doc = await resp.json()
    assert doc["openapi"].startswith("3.1")
    documented = {(m.upper(), p) for p, item in OPENAPI["paths"].items() for m in item if m != "parameters"}
    registered = set()
    for route in mm.app.router.routes():
        info = route.resource.get_info() if route.resource else {}
        path = info.get("path") or info.get("formatter")
        if path and path.startswith("/model-manager/") and route.method != "HEAD":
            registered.add((route.method, path))
    assert registered == documented


async def test_folders_route_lists_roots(make_mm, tmp_path):
    extra = tmp_path / "extra_model_paths.yaml"
    (tmp_path / "shared").mkdir()
    extra.write_text("mine:\n  base_path: shared\n  loras: |\n    loras\n    more_loras\n  unet: unets\n"
                     "first:\n  base_path: /opt/first\n  is_default: true\n  checkpoints: ckpt\n")
    mm = await make_mm(extra_model_paths=[str(extra)])
    _, body = await mm.call("GET", "/model-manager/models", expect=200)
    folders = {f["folder"]: f for f in body["data"]}
    models = str(mm.models_dir)
    assert folders["loras"]["roots"] == [f"{models}/loras", f"{tmp_path}/shared/loras", f"{tmp_path}/shared/more_loras"]
    assert folders["text_encoders"]["roots"] == [f"{models}/text_encoders", f"{models}/clip"]
    assert folders["diffusion_models"]["roots"] == [f"{models}/unet", f"{models}/diffusion_models",
                                                    f"{tmp_path}/shared/unets"]
    assert folders["checkpoints"]["roots"][0] == "/opt/first/ckpt"
    assert ".gguf" in folders["loras"]["extensions"]
    assert "custom_nodes" not in folders


# -- property-based: containment and names -----------------------------------

@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", ".", "/", "\\", ":", "\x00", " ", "~", "CON", "1", "..", "../",
                                  "\u2024", "\uff0e", "link", "C:"]), max_size=12).map("".join))
def test_resolve_never_leaves_the_root(tmp_path_factory, relative):
    base = tmp_path_factory.getbasetemp()
    root = base / "prop-root"
    if not root.exists():
        root.mkdir()
        (base / "prop-outside").mkdir()
        os.symlink(base / "prop-outside", root / "link")  # a link may point out; the path may not
    folders = ModelFolders(lambda: {"loras": ([str(root)], {".safetensors"})})
    try:
        path = folders.resolve("loras", 0, relative)
    except (BadRequest, Forbidden):
        return
    # where the path lives: below the root as given, nothing that normalises it away
    assert is_lexically_within(str(root), path)
    assert path == str(root) or path.startswith(str(root) + os.sep)
    assert ".." not in path[len(str(root)):].split(os.sep)
    assert is_within(str(root), path) or path.split(os.sep)[len(str(root).split(os.sep))] == "link"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
@example(". 0")  # found by Hypothesis: dots, then spaces, were stripped in the wrong order
@example(" . .x")
def test_sanitized_names_are_valid_names(name):
    clean = sanitize_filename(name)
    assert check_name(clean) == clean


def test_check_relative_path_accepts_plain_subfolders():
    assert check_relative_path("sd15/styles") == "sd15/styles"
    assert check_relative_path("sd15/") == "sd15"
    assert check_relative_path("") == ""
    with pytest.raises(Forbidden):
        check_relative_path("sd15/../..")
