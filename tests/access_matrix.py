"""Every write route of ``openapi.json`` × every way of asking (tests/test_remote_access.py and
tests/comfyui/test_comfyui_access.py drive it against a real server).

Cases: a cross-site ``text/plain`` POST and a foreign ``Origin`` with JSON from this machine,
a LAN client (:mod:`netns`) without / with a wrong / with the right token, the right token with
a ``text/plain`` body, this machine through a proxy (``X-Forwarded-For``), and the right token
in ``read-only`` mode. After each refusal the models folder, the settings, the tasks, the scan
and the update check must be as before. :func:`run_matrix` returns the table of statuses.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from netns_client import send

OPENAPI = json.loads((Path(__file__).parent.parent / "py" / "routes" / "openapi.json").read_text())
WRITE_ROUTES = [(m.upper(), p) for p, item in OPENAPI["paths"].items() for m in item
                if m in ("post", "put", "delete", "patch")]
EVIL = "http://evil.example"
WRONG = "x" * 43
#: A 1x1 PNG.
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
REFUSED = {401, 403, 415}


@dataclass
class Server:
    """A running server: reached locally at ``127.0.0.1:port`` and from the remote machine at its
    ``host_ip:port``; ``prefix`` is ``/model-manager`` (or ``/api/model-manager`` in ComfyUI)."""

    port: int
    models_dir: Path
    token: str
    remote: object  # netns.RemoteMachine
    prefix: str = "/model-manager"
    file_url: str = ""  # base URL of an allowed file server holding ``new.safetensors`` and ``slow.safetensors``
    ids: dict = field(default_factory=dict)

    def local(self, method: str, path: str, body=None, headers: dict | None = None, ctype: str | None = None):
        """A request from this machine: ``(status, parsed JSON or None)``."""
        data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
        hdrs = dict(headers or {})
        if data is not None:
            hdrs.setdefault("Content-Type", ctype or "application/json")
        reply = send({"host": "127.0.0.1", "port": self.port, "method": method, "path": self.prefix + path,
                      "headers": hdrs, "body": base64.b64encode(data).decode() if data is not None else None})
        assert "error" not in reply, reply
        return reply["status"], _json(base64.b64decode(reply["body"]))

    def from_lan(self, method: str, path: str, data: bytes | None, headers: dict):
        reply = self.remote.request(method, self.port, self.prefix + path, headers, data)
        return reply["status"], _json(reply["body"])


def _json(raw: bytes):
    try:
        return json.loads(raw)
    except ValueError:
        return None


def state(srv: Server) -> dict:
    """What a refused request must not change."""
    files = {}
    for root, _, names in os.walk(srv.models_dir):
        for name in names:
            if name.endswith(".part") or ".model-manager" in root:
                continue
            st = os.stat(os.path.join(root, name))
            files[os.path.relpath(os.path.join(root, name), srv.models_dir)] = (st.st_size, st.st_mtime_ns)
    _, init = srv.local("POST", "/download/init")
    _, tasks = srv.local("GET", "/download/task")
    _, scan = srv.local("GET", "/scan")
    _, check = srv.local("GET", "/updates/check")
    scan, check = scan["data"], check["data"]
    return {"files": files, "settings": init["data"]["settings"],
            # The slow task, once resumed by an allowed request, moves queued -> running on
            # its own between two snapshots: any of its live states count as one. A refusal
            # that deleted or cancelled it would still show.
            "tasks": sorted((t["taskId"], "live" if t["status"] in ("queued", "running", "paused") else t["status"])
                            for t in tasks["data"]),
            "scan": scan and scan["taskId"], "check": check and check["checkId"]}


def wait_idle(srv: Server, timeout: float = 30) -> None:
    """Until no scan, update check or download (but the slow one) runs: their end must not look like a change."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        _, scan = srv.local("GET", "/scan")
        _, check = srv.local("GET", "/updates/check")
        _, tasks = srv.local("GET", "/download/task")
        busy = [t for t in tasks["data"] if t["taskId"] != srv.ids.get("task")
                and t["status"] in ("queued", "running", "verifying")]
        if (not scan["data"] or scan["data"]["status"] != "running") and not busy and \
                (not check["data"] or check["data"]["status"] != "running"):
            return
        time.sleep(0.1)
    raise AssertionError("a scan or update check never finished")


def prepare(srv: Server) -> None:
    """Models to edit / delete, a paused task and a finished scan, made from this machine."""
    from test_library import lora_file

    lora_file(srv.models_dir / "loras" / "acc.safetensors", 1)
    lora_file(srv.models_dir / "loras" / "gone.safetensors", 2)
    # a duplicate pair where nothing else of the matrix writes (downloads land in loras)
    # the same bytes twice: two lora_file() calls may differ (safetensors writes the
    # __metadata__ keys in a hash-map order of its own), which made the pair no duplicate
    dup = lora_file(srv.models_dir / "embeddings" / "dup1.safetensors", 3)
    (srv.models_dir / "embeddings" / "dup2.safetensors").write_bytes(dup)
    srv.ids["dup"] = hashlib.sha256((srv.models_dir / "embeddings" / "dup1.safetensors").read_bytes()).hexdigest()
    status, body = srv.local("POST", "/download", {"url": srv.file_url + "/slow.safetensors", "folder": "loras"})
    assert status == 201, body
    srv.ids["task"] = body["data"]["taskId"]
    status, body = srv.local("PUT", f"/download/{srv.ids['task']}", {"status": "pause"})
    assert status == 200, body
    status, body = srv.local("POST", "/scan", {"folder": None, "mode": "diff"})
    assert status in (200, 202), body
    srv.ids["scan"] = body["data"]["taskId"]
    wait_idle(srv)


def operation(srv: Server, method: str, template: str):
    """``(path, JSON body or raw bytes, media type, success statuses)`` for one write route."""
    model = "/loras/0/acc.safetensors"
    ref = {"folder": "loras", "pathIndex": 0, "relativePath": "acc.safetensors"}
    table = {
        ("POST", "/model-manager/download/init"): ("/download/init", None, None, {200}),
        ("POST", "/model-manager/download/setting"): ("/download/setting", {"key": "allowPickle", "value": True},
                                                      "application/json", {200}),
        ("POST", "/model-manager/download"): ("/download", {"url": srv.file_url + "/new.safetensors",
                                                            "folder": "loras"}, "application/json", {201}),
        ("PUT", "/model-manager/download/{taskId}"): (f"/download/{srv.ids['task']}", {"status": "resume"},
                                                      "application/json", {200}),
        ("DELETE", "/model-manager/download/{taskId}"): (f"/download/{srv.ids['task']}", None, None, {200}),
        ("POST", "/model-manager/models/missing"): ("/models/missing", {"models": [
            {"name": "acc.safetensors", "directory": "loras"}]}, "application/json", {200}),
        # checkpoints: a folder no other operation of the matrix touches
        ("POST", "/model-manager/scan"): ("/scan", {"folder": "checkpoints", "mode": "diff"}, "application/json",
                                          {200, 202}),
        ("DELETE", "/model-manager/scan/{taskId}"): (f"/scan/{srv.ids['scan']}", None, None, {200}),
        ("PUT", "/model-manager/model/{folder}/{pathIndex}/{relativePath}"): (
            "/model" + model, {"description": "edited from the LAN"}, "application/json", {200}),
        ("DELETE", "/model-manager/model/{folder}/{pathIndex}/{relativePath}"): (
            "/model/loras/0/gone.safetensors", None, None, {200}),
        ("PUT", "/model-manager/preview/{folder}/{pathIndex}/{relativePath}"): ("/preview" + model, PNG, "image/png",
                                                                                  {200}),
        ("DELETE", "/model-manager/preview/{folder}/{pathIndex}/{relativePath}"): ("/preview" + model, None, None,
                                                                                     {200}),
        ("POST", "/model-manager/updates/check"): ("/updates/check", {}, "application/json", {200, 202}),
        ("POST", "/model-manager/workflow/resolve"): ("/workflow/resolve", {"workflow": {"nodes": [
            {"id": 1, "type": "LoraLoader", "widgets_values": ["acc.safetensors", 1, 1]}]}, "online": False},
            "application/json", {200}),
        ("POST", "/model-manager/models/bulk"): ("/models/bulk", {"action": "rescan", "models": [ref]},
                                                 "application/json", {200, 202}),
        ("POST", "/model-manager/library/health/duplicates/delete"): (
            "/library/health/duplicates/delete", {"sha256": srv.ids["dup"], "delete": [
                {"folder": "embeddings", "pathIndex": 0, "relativePath": "dup2.safetensors"}]}, "application/json",
            {200}),
        # reaches its handler: acc.safetensors is not broken / has no known source (the handler's 4xx)
        ("POST", "/model-manager/library/health/redownload"): ("/library/health/redownload", ref, "application/json",
                                                               {201, 400, 404, 409}),
        # Civitai is a closed port here: 502 is the handler's answer
        ("POST", "/model-manager/library/health/identify"): ("/library/health/identify", {"models": [ref]},
                                                             "application/json", {200, 502}),
    }
    assert (method, template) in table, f"{method} {template}: a write route the access matrix does not know"
    return table[(method, template)]


CASES = [
    # name, where, token, origin, media type (None: the route's own), proxy header
    ("cross-site text/plain", "local", None, EVIL, "text/plain", None),
    ("foreign Origin, JSON", "local", None, EVIL, None, None),
    ("LAN, no token", "lan", None, "self", None, None),
    ("LAN, wrong token", "lan", WRONG, "self", None, None),
    ("LAN, token, text/plain", "lan", "right", "self", "text/plain", None),
    ("loopback + X-Forwarded-For", "local", None, None, None, {"X-Forwarded-For": "203.0.113.9"}),
    ("read-only mode, LAN + token", "lan", "right", "self", None, None),
    ("LAN, right token", "lan", "right", "self", None, None),
]


def _ask(srv: Server, method: str, path: str, body, media, case) -> tuple[int, dict | None]:
    name, where, token, origin, force_media, proxy = case
    headers = {}
    if token:
        headers["Authorization"] = "Bearer " + (srv.token if token == "right" else token)
    if proxy:
        headers.update(proxy)
    data = body if isinstance(body, bytes) or body is None else json.dumps(body).encode()
    if force_media:
        data = data if data is not None else b'{"key": "allowPickle", "value": true}'
        headers["Content-Type"] = force_media
    elif data is not None:
        headers["Content-Type"] = media
    if where == "lan":
        if origin == "self":
            headers["Origin"] = f"http://{srv.remote.host_ip}:{srv.port}"
        return srv.from_lan(method, path, data, headers)
    if origin:
        headers["Origin"] = origin
    return srv.local(method, path, data, headers)


def expected(case_name: str, method: str, template: str, success: set[int]) -> set[int]:
    """The statuses a case may answer on a route."""
    access = OPENAPI["paths"][template][method.lower()].get("x-access")
    read = access == "read"
    if case_name in ("cross-site text/plain", "foreign Origin, JSON"):
        return {403}
    if case_name == "LAN, token, text/plain":
        return {415}
    if case_name == "LAN, right token" or read:
        return success
    if case_name == "read-only mode, LAN + token":
        return success if access == "settings" else {403}
    return {401}


def run_matrix(srv: Server) -> dict[tuple[str, str], dict[str, int]]:
    """Drive every write route through every case; returns ``{(method, template): {case: status}}``.

    Refusals must leave :func:`state` unchanged; the right token must succeed.
    """
    prepare(srv)
    table: dict[tuple[str, str], dict[str, int]] = {}
    for method, template in WRITE_ROUTES:
        path, body, media, success = operation(srv, method, template)
        row = table[(method, template)] = {}
        for case in CASES:
            name = case[0]
            read_only = name == "read-only mode, LAN + token"
            if read_only:
                assert srv.local("POST", "/download/setting", {"key": "remoteAccess", "value": "read-only"})[0] == 200
            try:
                before = state(srv)
                status, reply = _ask(srv, method, path, body, media, case)
                after = state(srv) if status in REFUSED else None
            finally:
                if read_only:
                    assert srv.local("POST", "/download/setting", {"key": "remoteAccess", "value": None})[0] == 200
            row[name] = status
            want = expected(name, method, template, success)
            assert status in want, f"{method} {template} [{name}]: {status} {reply}, expected {sorted(want)}"
            if status in REFUSED:
                if not (srv.prefix.startswith("/api") and reply is None):  # else ComfyUI's own middleware refused
                    assert reply and reply["success"] is False and reply["error"], reply
                if status == 401:
                    assert "token" in reply["error"] and srv.token not in json.dumps(reply)
                assert after == before, f"{method} {template} [{name}] changed something: {before} -> {after}"
            else:
                wait_idle(srv)
        if template.endswith("/setting"):  # the right token set allowPickle: back to the default
            assert srv.local("POST", "/download/setting", {"key": "allowPickle", "value": None})[0] == 200
    return table


def markdown(table: dict[tuple[str, str], dict[str, int]]) -> str:
    """The table as Markdown (one row per route, one column per case)."""
    names = [c[0] for c in CASES]
    lines = ["| route | " + " | ".join(names) + " |", "|---" * (len(names) + 1) + "|"]
    for (method, template), row in table.items():
        lines.append(f"| `{method} {template.replace('/model-manager', '')}` | "
                     + " | ".join(str(row[n]) for n in names) + " |")
    return "\n".join(lines) + "\n"
