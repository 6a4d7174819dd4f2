"""The extension inside a real ComfyUI 0.3.75 (CPU): loading, web files, routes,
a real download with WebSocket events, bad input, and the data directory.

Run with ``pytest -m comfyui tests/comfyui`` (the default run deselects this tier).
"""
from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.comfyui

MODULE = "comfyui-model-manager"
REPO_ROOT = Path(__file__).resolve().parents[2]


# ------------------------------------------------------------------ helpers


class Reply:
    def __init__(self, status: int, headers, body: bytes):
        self.status = status
        self.headers = headers
        self.body = body

    def json(self):
        return json.loads(self.body.decode("utf-8"))

    def __repr__(self) -> str:
        return f"<HTTP {self.status} {self.body[:400]!r}>"


def http(method: str, url: str, payload=None, headers: dict | None = None, timeout: float = 15) -> Reply:
    data = None
    hdrs = dict(headers or {})
    if payload is not None:
        data = json.dumps(payload).encode()
        hdrs.setdefault("Content-Type", "application/json")
    req = urllib.request.Request(url, data=data, method=method, headers=hdrs)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as r:
            return Reply(r.status, r.headers, r.read())
    except urllib.error.HTTPError as e:
        return Reply(e.code, e.headers, e.read())


def get_json(url: str):
    r = http("GET", url)
    assert r.status == 200, f"GET {url} -> {r!r}"
    return r.json()


def ok_data(reply: Reply, what: str):
    assert reply.status == 200, f"{what} -> {reply!r}"
    body = reply.json()
    assert body.get("success") is True, f"{what} -> {body!r}"
    assert "data" in body, f"{what} -> {body!r}"
    return body["data"]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def real(p) -> str:
    return os.path.realpath(str(p))


def task_id_of(task: dict):
    for key in ("taskId", "task_id", "id"):
        if key in task:
            return task[key]
    return None


def files_under(root: Path) -> set[str]:
    out = set()
    for dirpath, _dirs, files in os.walk(root):
        for f in files:
            out.add(os.path.relpath(os.path.join(dirpath, f), root))
    return out


# -------------------------------------------------------------------- tests


def test_extension_imported(comfyui):
    log = comfyui.log_text()
    failed = [ln for ln in log.splitlines() if "IMPORT FAILED" in ln and MODULE in ln]
    cannot = [ln for ln in log.splitlines() if "Cannot import" in ln and MODULE in ln]
    assert not failed and not cannot, (
        "ComfyUI failed to import the extension:\n" + "\n".join(cannot + failed)
        + "\n--- log tail ---\n" + comfyui.log_tail(60)
    )
    loaded = re.search(
        r"^\s*[\d.]+ seconds: .*custom_nodes[/\\]" + re.escape(MODULE) + r"\s*$", log, re.M
    )
    assert loaded, "no 'N seconds: .../custom_nodes/%s' import-time line\n%s" % (MODULE, comfyui.log_tail(60))


def test_startup_heap_frozen_before_any_prompt(comfyui):
    """When ComfyUI's server starts, the extension freezes the start-up heap (py/heap.py): the
    host's modules and classes leave the collector's generations, so a full collection later
    walks only what was made since (it had stalled the loop 225-361 ms in bench/listing.py)."""
    deadline = time.monotonic() + 30
    while True:
        found = re.search(r"model manager: (\d+) start-up objects frozen", comfyui.log_text())
        if found or time.monotonic() > deadline:
            break
        time.sleep(0.2)
    assert found, "no start-up heap freeze in the log\n" + comfyui.log_tail(40)
    assert int(found.group(1)) > 100_000, found.group(0)  # ComfyUI's start-up, not just ours


def _frontend_static(env, version: str) -> Path:
    from conftest import FRONTEND_PIN, ensure_frontend

    if version == FRONTEND_PIN:
        import subprocess

        out = subprocess.run(
            [str(env.venv_python), "-c", "import comfyui_frontend_package as p, os; print(os.path.dirname(p.__file__))"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
        return Path(out) / "static"
    return ensure_frontend(version, env.cache)


def test_frontend_served_with_our_host_imports(comfyui_fe, comfyui_env):
    """ComfyUI serves the frontend this leg asked for (the pin from the venv, 1.58.1
    through --front-end-root), and the two host modules our bundle imports exist there."""
    static = _frontend_static(comfyui_env, comfyui_fe.frontend)
    r = http("GET", comfyui_fe.base_url + "/")
    assert r.status == 200, r
    assert r.body == (static / "index.html").read_bytes(), f"/ is not frontend {comfyui_fe.frontend}'s index.html"
    for mod in ("/scripts/app.js", "/scripts/api.js"):  # ../../scripts/*.js from /extensions/<us>/
        r = http("GET", comfyui_fe.base_url + mod)
        assert r.status == 200, (comfyui_fe.frontend, mod, r)
        assert "javascript" in r.headers.get("Content-Type", ""), (mod, r.headers.get("Content-Type"))


def test_frontend_bundle_served(comfyui_fe):
    comfyui = comfyui_fe
    url = f"/extensions/{MODULE}/model-manager.js"
    bundle = comfyui.base_dir / "custom_nodes" / MODULE / "web" / "model-manager.js"
    if not bundle.is_file():
        pytest.xfail("web/model-manager.js (the frontend bundle) is not committed yet")
    listed = get_json(comfyui.base_url + "/extensions")
    assert url in listed, f"{url} not in GET /extensions: {[u for u in listed if MODULE in u]}"
    r = http("GET", comfyui.base_url + url)
    assert r.status == 200, r
    assert "javascript" in r.headers.get("Content-Type", ""), r.headers.get("Content-Type")
    assert r.body == bundle.read_bytes()
    # every .js under web/ is imported by the frontend as an entry point
    ours = sorted(u for u in listed if u.startswith(f"/extensions/{MODULE}/"))
    for u in ours:
        assert http("GET", comfyui.base_url + u).status == 200, u


@pytest.mark.parametrize("prefix", ["", "/api"])
def test_download_task_list(comfyui, prefix):
    data = ok_data(http("GET", f"{comfyui.base_url}{prefix}/model-manager/download/task"),
                   f"GET {prefix}/model-manager/download/task")
    assert isinstance(data, list), data


@pytest.mark.parametrize("prefix", ["", "/api"])
def test_model_folders_match_comfyui(comfyui, prefix):
    data = ok_data(http("GET", f"{comfyui.base_url}{prefix}/model-manager/models"),
                   f"GET {prefix}/model-manager/models")
    assert isinstance(data, list) and data, data
    for entry in data:
        assert {"folder", "roots", "extensions"} <= set(entry), entry
        assert isinstance(entry["roots"], list) and isinstance(entry["extensions"], list), entry
    ours = {e["folder"]: e for e in data}
    comfy = get_json(comfyui.base_url + "/internal/folder_paths")
    models = comfyui.models_dir

    for folder, entry in ours.items():
        assert folder in comfy, f"{folder!r} is not a ComfyUI model folder ({sorted(comfy)})"
        comfy_roots = [real(p) for p in comfy[folder]]
        for root in entry["roots"]:
            assert real(root) in comfy_roots, f"{folder}: root {root} not among ComfyUI's {comfy[folder]}"

    assert "loras" in ours, sorted(ours)
    assert real(models / "loras") in [real(p) for p in ours["loras"]["roots"]], ours["loras"]
    assert ".safetensors" in ours["loras"]["extensions"], ours["loras"]
    assert "text_encoders" in ours, sorted(ours)
    te_roots = [real(p) for p in ours["text_encoders"]["roots"]]
    assert real(models / "text_encoders") in te_roots and real(models / "clip") in te_roots, te_roots
    # ComfyUI's default (first) root comes first: that is where downloads go
    assert te_roots[0] == real(comfy["text_encoders"][0]), (te_roots, comfy["text_encoders"])


@pytest.mark.parametrize("prefix", ["", "/api"])
def test_openapi_served(comfyui, prefix):
    r = http("GET", f"{comfyui.base_url}{prefix}/model-manager/openapi.json")
    assert r.status == 200, r
    doc = r.json()
    assert "openapi" in doc, list(doc)[:10]
    assert "paths" in doc and any("download" in p for p in doc["paths"]), list(doc.get("paths", {}))[:20]


def test_real_download_with_ws_events(comfyui, tmp_path):
    import numpy as np
    from safetensors.numpy import save_file

    src = tmp_path / "lora.safetensors"
    save_file({"lora_up.weight": np.arange(2_000_000, dtype=np.float32).reshape(2000, 1000)},
              str(src), metadata={"ss_network_module": "networks.lora"})
    payload_bytes = src.read_bytes()
    sha = hashlib.sha256(payload_bytes).hexdigest()
    target = comfyui.models_dir / "loras" / "test_lora.safetensors"
    assert not target.exists()

    result = asyncio.run(_download_scenario(comfyui, src, sha))
    task_id, final_task, ws_messages, file_requests = result

    assert file_requests, "ComfyUI never fetched the file from the loopback server"
    assert target.is_file(), f"{target} missing; task {final_task!r}; files {files_under(comfyui.models_dir)}"
    assert target.read_bytes() == payload_bytes, "downloaded bytes differ from the source"
    leftovers = [f for f in files_under(comfyui.models_dir) if f.endswith(".part")]
    assert not leftovers, leftovers

    ours = [m for m in ws_messages if isinstance(m, dict) and "download_task" in str(m.get("type", ""))]
    types = [m["type"] for m in ours]
    assert "create_download_task" in types, types
    assert "complete_download_task" in types, types
    for m in ours:
        assert isinstance(m.get("data"), dict), m
    creates = [m for m in ours if m["type"] == "create_download_task"]
    assert any(m["data"].get("taskId") == task_id for m in creates), creates
    completes = [m for m in ours if m["type"] == "complete_download_task"]
    mine = [m for m in completes if m["data"].get("taskId") == task_id]
    assert mine, completes
    assert isinstance(mine[-1]["data"].get("data"), dict), mine[-1]
    assert mine[-1]["data"]["data"].get("status") == "completed", mine[-1]
    assert types.index("create_download_task") < types.index("complete_download_task"), types

    # ComfyUI itself sees the new model where its loaders look
    assert "test_lora.safetensors" in get_json(comfyui.base_url + "/models/loras")
    meta = get_json(comfyui.base_url + "/view_metadata/loras?filename=test_lora.safetensors")
    assert meta.get("ss_network_module") == "networks.lora", meta


async def _download_scenario(comfyui, src: Path, sha: str, filename: str = "test_lora.safetensors",
                             expect: str = "completed"):
    import aiohttp
    from aiohttp import web

    file_requests = []

    async def serve(request):
        file_requests.append(dict(request.headers))
        return web.FileResponse(src)

    app = web.Application()
    app.router.add_get("/lora.safetensors", serve)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    file_port = site._server.sockets[0].getsockname()[1]

    ws_messages: list = []
    try:
        async with aiohttp.ClientSession() as session:
            ws = await session.ws_connect(f"{comfyui.ws_url}?clientId={uuid.uuid4()}")

            async def reader():
                async for msg in ws:
                    if msg.type == aiohttp.WSMsgType.TEXT:
                        try:
                            ws_messages.append(json.loads(msg.data))
                        except ValueError:
                            ws_messages.append(msg.data)
                    elif msg.type in (aiohttp.WSMsgType.CLOSED, aiohttp.WSMsgType.ERROR):
                        break

            reader_task = asyncio.create_task(reader())
            # ComfyUI greets every new socket with a "status" message
            for _ in range(100):
                if ws_messages:
                    break
                await asyncio.sleep(0.05)

            body = {
                "url": f"http://127.0.0.1:{file_port}/lora.safetensors",
                "folder": "loras",
                "filename": filename,
                "sha256": sha,
            }
            async with session.post(comfyui.base_url + "/api/model-manager/download", json=body) as r:
                text = await r.text()
                assert r.status in (200, 201), f"POST /api/model-manager/download {body} -> {r.status} {text}"
                reply = json.loads(text)
            assert reply.get("success") is True, reply
            task_id = (reply.get("data") or {}).get("taskId")
            assert task_id, f"no data.taskId in {reply}"

            target = comfyui.models_dir / "loras" / filename
            final_task = None
            seen_task = False
            deadline = time.monotonic() + 60
            while time.monotonic() < deadline:
                async with session.get(comfyui.base_url + "/model-manager/download/task") as r:
                    listing = await r.json(content_type=None)
                assert listing.get("success") is True, listing
                tasks = [t for t in listing["data"] if task_id_of(t) == task_id]
                if tasks:
                    seen_task = True
                    final_task = tasks[0]
                    status = final_task.get("status")
                    terminal = {"completed", "failed", "cancelled"}
                    assert status == expect or status not in terminal, (
                        f"task ended {status}, expected {expect}: {final_task}")
                    if status == expect:
                        break
                elif seen_task and expect == "completed" and target.exists():
                    break  # a finished task may leave the list
                await asyncio.sleep(0.25)
            else:
                raise AssertionError(
                    f"download not {expect} within 60s; last task {final_task!r}\n"
                    f"ws: {[m for m in ws_messages if 'download' in str(m)][-5:]}\n{comfyui.log_tail(40)}"
                )
            # let the final event arrive
            def final_event_seen():
                return any(isinstance(m, dict) and isinstance(m.get("data"), dict)
                           and m["data"].get("taskId") == task_id
                           and isinstance(m["data"].get("data"), dict)
                           and m["data"]["data"].get("status") == expect for m in ws_messages)
            for _ in range(40):
                if final_event_seen():
                    break
                await asyncio.sleep(0.1)
            await ws.close()
            reader_task.cancel()
    finally:
        await runner.cleanup()
    return task_id, final_task, ws_messages, file_requests


def valid_safetensors(n: int) -> bytes:
    """A complete .safetensors of one U8 tensor of ``n`` random bytes (the engine checks
    that the header's data_offsets match the file size)."""
    header = json.dumps({"w": {"dtype": "U8", "shape": [n], "data_offsets": [0, n]}}).encode()
    header += b" " * (-len(header) % 8)
    return len(header).to_bytes(8, "little") + header + os.urandom(n)


def test_wrong_sha256_fails_and_leaves_nothing(comfyui, tmp_path):
    """A hash mismatch inside ComfyUI: the task fails, no model and no .part appear."""
    src = tmp_path / "corrupt.safetensors"
    src.write_bytes(valid_safetensors(1 << 20))
    wrong = hashlib.sha256(b"something else").hexdigest()
    task_id, final_task, ws_messages, file_requests = asyncio.run(
        _download_scenario(comfyui, src, wrong, filename="bad_hash.safetensors", expect="failed"))
    assert file_requests
    assert final_task and final_task.get("status") == "failed", final_task
    assert final_task.get("error"), final_task
    names = files_under(comfyui.models_dir)
    assert not [f for f in names if "bad_hash" in f], names
    events = [m for m in ws_messages if isinstance(m, dict) and isinstance(m.get("data"), dict)
              and m["data"].get("taskId") == task_id]
    final = [m for m in events if isinstance(m["data"].get("data"), dict)
             and m["data"]["data"].get("status") == "failed"]
    assert final, [m.get("type") for m in events]


@pytest.mark.parametrize(
    "bad",
    [
        {"subfolder": "../../etc"},
        {"subfolder": "/etc"},
        {"filename": "../../escape.safetensors"},
        {"folder": "no_such_folder"},
        {"folder": "custom_nodes"},  # a ComfyUI folder, but code, not models
    ],
    ids=["subfolder-dotdot", "subfolder-absolute", "filename-dotdot", "unknown-folder",
         "custom-nodes-folder"],
)
def test_bad_download_input_rejected(comfyui, bad):
    base = comfyui.base_dir
    before = files_under(base / "user")
    body = {
        "url": f"http://127.0.0.1:{closed_port()}/escape.safetensors",
        "folder": "loras",
        "filename": "escape.safetensors",
    }
    body.update(bad)
    r = http("POST", comfyui.base_url + "/model-manager/download", body)
    assert 400 <= r.status < 500, f"POST /model-manager/download {body} -> {r!r}"
    reply = r.json()
    assert reply.get("success") is False and reply.get("error"), reply
    time.sleep(0.5)
    assert not (base / "etc").exists()
    assert not (base / "models" / "etc").exists()
    assert not (base / "escape.safetensors").exists()
    assert not list(base.rglob("escape.safetensors*")), list(base.rglob("escape.safetensors*"))
    tasks = ok_data(http("GET", comfyui.base_url + "/model-manager/download/task"), "task list")
    assert not [t for t in tasks if "escape" in json.dumps(t)], tasks
    # nothing new in user/ except the extension's own data dir
    new = {f for f in files_under(base / "user") - before if not f.startswith("__model_manager")}
    assert not [f for f in new if "escape" in f], new


def test_disallowed_host_rejected(comfyui):
    # .invalid never resolves: nothing leaves the machine even if this were accepted
    body = {"url": "https://models.example.invalid/x.safetensors", "folder": "loras",
            "filename": "x.safetensors"}
    r = http("POST", comfyui.base_url + "/api/model-manager/download", body)
    assert r.status == 403, f"POST /api/model-manager/download {body} -> {r!r}"
    assert r.json().get("success") is False, r


def test_data_dir_is_a_hidden_system_user(comfyui):
    data_dir = comfyui.user_dir / "__model_manager"
    assert data_dir.is_dir(), f"no {data_dir}; user/ has {sorted(os.listdir(comfyui.user_dir))}"
    dbs = [p for p in data_dir.iterdir() if ".sqlite" in p.name or p.name.endswith(".db")]
    assert dbs, f"no *.sqlite* / *.db in {data_dir}: {sorted(os.listdir(data_dir))}"
    db = next((p for p in dbs if p.suffix in (".db", ".sqlite", ".sqlite3")), dbs[0])
    secret = db.read_bytes()[:16]  # b"SQLite format 3\0"

    base = comfyui.base_url
    q = urllib.parse.quote
    # (url, headers, status in ComfyUI 0.3.75; None = anything that does not leak)
    probes = [
        # ComfyUI resolves /userdata against user/<request user>/ (here "default"):
        # a "__model_manager" there does not exist -> 404
        (f"{base}/api/userdata?dir=__model_manager", {}, 404),
        (f"{base}/api/userdata/{q('__model_manager/' + db.name, safe='')}", {}, 404),
        # leaving user/default/ is refused -> 403
        (f"{base}/api/userdata?dir={q('../__model_manager', safe='')}", {}, 403),
        (f"{base}/api/userdata?dir=..&recurse=true", {}, 403),
        (f"{base}/api/userdata/{q('../__model_manager/' + db.name, safe='')}", {}, 403),
        # a system user as the request user: ignored without --multi-user (lists
        # user/default), refused with it; either way nothing of ours
        (f"{base}/api/userdata?dir=.", {"comfy-user": "__model_manager"}, None),
        (f"{base}/api/userdata/{q(db.name)}", {"comfy-user": "__model_manager"}, 404),
    ]
    for url, headers, expected in probes:
        r = http("GET", url, headers=headers)
        served = r.status == 200 and (secret in r.body or db.name.encode() in r.body
                                      or b"__model_manager" in r.body)
        assert not served, f"GET {url} {headers} served the data dir: {r!r}"
        if expected is not None:
            assert r.status == expected, f"GET {url} {headers} -> {r!r} (expected {expected})"


def test_data_dir_is_private(comfyui):
    """API keys live in the data dir: owner-only permissions."""
    data_dir = comfyui.user_dir / "__model_manager"
    assert data_dir.is_dir()
    assert data_dir.stat().st_mode & 0o077 == 0, oct(data_dir.stat().st_mode)
    loose = {p.name: oct(p.stat().st_mode) for p in data_dir.rglob("*")
             if p.is_file() and p.stat().st_mode & 0o077}
    assert not loose, loose


def _tracebacks(log: str) -> list[str]:
    """Each 'Traceback ...' block up to and including its exception line."""
    out, cur = [], None
    for line in log.splitlines():
        if line.startswith("Traceback (most recent call last):"):
            cur = [line]
            continue
        if cur is not None:
            cur.append(line)
            if line and not line[0].isspace():
                out.append("\n".join(cur))
                cur = None
    if cur:
        out.append("\n".join(cur))
    return out


def _is_ours(tb: str, ext_dir: str) -> bool:
    link = f"custom_nodes/{MODULE}/"
    for path in re.findall(r'^\s*File "([^"]+)"', tb, re.M):
        if not os.path.isabs(path):  # "<frozen importlib._bootstrap>" etc.
            continue
        rp = os.path.realpath(path)
        if link in path or (rp.startswith(ext_dir + os.sep)
                            and not rp.startswith(os.path.join(ext_dir, ".cache") + os.sep)):
            return True
    return "comfyui_model_manager" in tb or link in tb


def test_no_tracebacks_from_extension(comfyui):
    """Last: nothing above made our module raise inside ComfyUI."""
    ext_dir = os.path.realpath(comfyui.base_dir / "custom_nodes" / MODULE)
    ours = [tb for tb in _tracebacks(comfyui.log_text()) if _is_ours(tb, ext_dir)]
    assert not ours, "tracebacks from the extension in the ComfyUI log:\n" + "\n----\n".join(ours)


# ------------------------------------------------- kill ComfyUI mid-download


class SlowRangeServer:
    """Serves one file slowly (so a download can be interrupted), honouring
    ``Range: bytes=N-`` with 206 + Content-Range; records every Range asked for."""

    def __init__(self, path: Path, bytes_per_second: int = 1 << 20, chunk: int = 64 << 10):
        self.data = path.read_bytes()
        self.rate = bytes_per_second
        self.chunk = chunk
        self.ranges: list[str | None] = []
        self.port = None
        self._runner = None

    async def handle(self, request):
        from aiohttp import web

        rng = request.headers.get("Range")
        self.ranges.append(rng)
        start, status = 0, 200
        headers = {"Content-Type": "application/octet-stream", "Accept-Ranges": "bytes"}
        m = re.fullmatch(r"bytes=(\d+)-", rng or "")
        if m and int(m.group(1)) < len(self.data):
            start, status = int(m.group(1)), 206
            headers["Content-Range"] = f"bytes {start}-{len(self.data) - 1}/{len(self.data)}"
        headers["Content-Length"] = str(len(self.data) - start)
        resp = web.StreamResponse(status=status, headers=headers)
        await resp.prepare(request)
        pos = start
        while pos < len(self.data):
            piece = self.data[pos:pos + self.chunk]
            await resp.write(piece)
            pos += len(piece)
            await asyncio.sleep(len(piece) / self.rate)
        await resp.write_eof()
        return resp

    async def start(self):
        from aiohttp import web

        app = web.Application()
        app.router.add_get("/{name}", self.handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]

    async def stop(self):
        await self._runner.cleanup()


def _find_task(base_url: str, task_id):
    tasks = ok_data(http("GET", base_url + "/model-manager/download/task"), "task list")
    return next((t for t in tasks if task_id_of(t) == task_id), None)


def test_kill_comfyui_mid_download_then_resume(comfyui_factory, tmp_path):
    """SIGKILL ComfyUI while it downloads; a new ComfyUI on the same base dir lists
    the task with its bytes, resumes it with a Range request, and the file is exact."""
    src = tmp_path / "big.safetensors"
    src.write_bytes(valid_safetensors(6 << 20))
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    asyncio.run(_kill_and_resume(comfyui_factory, src, sha))


async def _kill_and_resume(comfyui_factory, src: Path, sha: str):
    server = SlowRangeServer(src, bytes_per_second=1 << 20)
    await server.start()
    try:
        first = await asyncio.to_thread(comfyui_factory)
        base = first.base_dir
        body = {"url": f"http://127.0.0.1:{server.port}/big.safetensors", "folder": "checkpoints",
                "filename": "big.safetensors", "sha256": sha}
        r = await asyncio.to_thread(http, "POST", first.base_url + "/api/model-manager/download", body)
        assert r.status in (200, 201), f"POST /api/model-manager/download {body} -> {r!r}"
        task_id = r.json()["data"]["taskId"]

        # wait until a good part (but not all) has arrived, then SIGKILL
        deadline = time.monotonic() + 30
        while True:
            task = await asyncio.to_thread(_find_task, first.base_url, task_id)
            assert task is not None, "task vanished"
            assert task.get("status") not in ("completed", "failed"), task
            if (task.get("downloadedBytes") or 0) >= 1 << 20:
                break
            assert time.monotonic() < deadline, f"no progress: {task}\n{first.log_tail(30)}"
            await asyncio.sleep(0.1)
        first.process.kill()
        first.process.wait(timeout=15)
        # Slower still until the restarted process has been looked at: it takes the dead
        # process's task over by itself (its lease expired), and a fast server could finish
        # the file before the first look (seen: "completed" at the first GET).
        server.rate = 256 << 10
        target = base / "models" / "checkpoints" / "big.safetensors"
        assert not target.exists(), "a half-downloaded file showed up as a model"

        second = await asyncio.to_thread(comfyui_factory, base)
        task = await asyncio.to_thread(_find_task, second.base_url, task_id)
        assert task is not None, f"task {task_id} not listed after restart"
        assert task.get("status") != "completed", task
        assert (task.get("downloadedBytes") or 0) > 0, f"restart lost the received bytes: {task}"
        server.rate = 64 << 20  # the rest of the resumed transfer need not be slow

        if task.get("status") in ("paused", "failed", "cancelled"):
            r = await asyncio.to_thread(http, "PUT", f"{second.base_url}/model-manager/download/{task_id}",
                                        {"status": "resume"})
            assert r.status == 200, f"PUT /model-manager/download/{task_id} resume -> {r!r}"
        deadline = time.monotonic() + 60
        while True:
            task = await asyncio.to_thread(_find_task, second.base_url, task_id)
            status = (task or {}).get("status")
            if status == "completed" or (task is None and target.exists()):
                break
            assert status != "failed", task
            assert time.monotonic() < deadline, f"resume did not finish: {task}\n{second.log_tail(30)}"
            await asyncio.sleep(0.2)
        assert target.read_bytes() == src.read_bytes()
        assert not [f for f in files_under(base / "models") if f.endswith(".part")]
        resumed = [rg for rg in server.ranges[1:] if rg and re.fullmatch(r"bytes=[1-9]\d*-", rg)]
        assert resumed, f"the restarted download did not resume with Range: {server.ranges}"
    finally:
        await server.stop()
