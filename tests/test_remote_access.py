"""A real remote client (a network namespace on a veth pair, :mod:`netns`) against
``comfyui-model-manager serve --host 0.0.0.0``: every write route × every case of
:mod:`access_matrix`, the guarded settings, open reads, rotation. Skipped (with the
reason) where no network namespace can be made.

``MM_ACCESS_TABLE=FILE`` writes the route × case table there as Markdown.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from access_matrix import EVIL, Server, markdown, run_matrix
from fileserver import make_safetensors
from netns import remote_machine_or_skip
from test_process import CLI, CLI_ARGS, ThrottledFiles, free_port, start_server


@pytest.fixture(scope="module")
def remote():
    machine = remote_machine_or_skip()
    yield machine
    machine.close()


@pytest.fixture
def lan_server(tmp_path, remote):
    """``(Server, log path)``: ``serve --host 0.0.0.0`` on a temp library, an allowed local file server."""
    files = ThrottledFiles({"new.safetensors": make_safetensors(5_000, seed=3),
                            "slow.safetensors": make_safetensors(2_000_000, seed=4)}, rate=256 * 1024)
    models, data, log = tmp_path / "models", tmp_path / "data", tmp_path / "serve.log"
    port = free_port()
    os.environ["CIVITAI_BASE_URL"] = "http://127.0.0.1:9"  # nothing answers there: no request leaves the machine
    try:
        proc = start_server(models, data, port, files.port, log, "--host", "0.0.0.0")
    finally:
        del os.environ["CIVITAI_BASE_URL"]
    try:
        token = (data / "access-token").read_text().strip()
        srv = Server(port, models, token, remote, file_url=f"http://127.0.0.1:{files.port}")
        assert srv.local("POST", "/download/setting", {"key": "autoScan", "value": False})[0] == 200
        yield srv, log
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        files.close()


def lan(srv: Server, method: str, path: str, body=None, token: str | None = None, **headers):
    headers = {"Origin": f"http://{srv.remote.host_ip}:{srv.port}", **headers}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    data = None
    if body is not None:
        data = json.dumps(body).encode()
        headers.setdefault("Content-Type", "application/json")
    return srv.from_lan(method, path, data, headers)


def settings(srv: Server) -> dict:
    return srv.local("POST", "/download/init")[1]["data"]["settings"]


def test_every_write_route_in_every_case(lan_server):
    srv, log = lan_server
    table = run_matrix(srv)
    text = markdown(table)
    print("\n" + text)
    if os.environ.get("MM_ACCESS_TABLE"):
        Path(os.environ["MM_ACCESS_TABLE"]).write_text(text)
    notice = [line for line in log.read_text().splitlines() if "listening on 0.0.0.0" in line]
    assert len(notice) == 1 and "need the access token" in notice[0] and " token --data-dir " in notice[0], notice
    assert srv.token not in log.read_text()


def test_security_settings_stay_unchanged_after_every_refusal(lan_server):
    srv, _ = lan_server
    before = settings(srv)
    attempts = [
        ("allowedHosts", ["169.254.169.254"]), ("allowPickle", True), ("remoteAccess", "open"),
        ("civitai", "k" * 20), ("huggingface", "hf_" + "k" * 20),
    ]
    for key, value in attempts:
        assert lan(srv, "POST", "/download/setting", {"key": key, "value": value})[0] == 401
        assert lan(srv, "POST", "/download/setting", {"key": key, "value": value}, token="wrong" * 9)[0] == 401
        cross = srv.local("POST", "/download/setting", json.dumps({"key": key, "value": value}).encode(),
                          {"Origin": EVIL}, ctype="text/plain")
        assert cross[0] == 403, cross
        assert settings(srv) == before, key
    # remoteAccess: never from another machine, not even with the token
    status, body = lan(srv, "POST", "/download/setting", {"key": "remoteAccess", "value": "open"}, token=srv.token)
    assert status == 403 and "only on the machine" in body["error"], body
    assert settings(srv) == before
    # with the token the other security settings change; keys come back masked
    assert lan(srv, "POST", "/download/setting", {"key": "allowedHosts", "value": ["mirror.lan"]},
               token=srv.token)[0] == 200
    status, body = lan(srv, "POST", "/download/setting", {"key": "civitai", "value": "civitai-key-123456"},
                       token=srv.token)
    assert status == 200 and body["data"]["apiKeys"]["civitai"] == "civi…3456", body
    assert "civitai-key-123456" not in json.dumps(settings(srv))


def test_open_mode_still_guards_security_settings(lan_server):
    srv, _ = lan_server
    assert srv.local("POST", "/download/setting", {"key": "remoteAccess", "value": "open"})[0] == 200
    assert lan(srv, "POST", "/download/setting", {"key": "concurrency", "value": 3})[0] == 200
    assert lan(srv, "POST", "/download/init")[0] == 200
    before = settings(srv)
    for key, value in (("allowPickle", True), ("allowedHosts", ["169.254.169.254"]), ("civitai", "k" * 20)):
        status, body = lan(srv, "POST", "/download/setting", {"key": key, "value": value})
        assert status == 401 and "token" in body["error"], body
    assert lan(srv, "POST", "/download/setting", {"key": "remoteAccess", "value": "token"}, token=srv.token)[0] == 403
    cross = srv.local("POST", "/download/setting", b'{"key": "concurrency", "value": 5}', {"Origin": EVIL},
                      ctype="text/plain")
    assert cross[0] == 403
    assert settings(srv) == before
    assert lan(srv, "POST", "/download/setting", {"key": "allowPickle", "value": True}, token=srv.token)[0] == 200


def test_reads_stay_open_settings_and_token_do_not(lan_server):
    srv, _ = lan_server
    from test_library import lora_file

    lora_file(srv.models_dir / "loras" / "r.safetensors", 1)
    for path in ("/models", "/models/loras", "/download/task", "/preview/loras/0/r.safetensors", "/scan",
                 "/openapi.json", "/updates"):
        assert lan(srv, "GET", path)[0] == 200, path
    status, body = lan(srv, "POST", "/download/init")
    assert status == 401 and "settings" in body["error"] and " token" in body["error"], body
    status, body = lan(srv, "GET", "/access")
    assert status == 200 and body["data"]["local"] is False and body["data"]["canWrite"] is False
    assert body["data"]["tokenValid"] is False and "token --data-dir" in body["data"]["tokenCommand"]
    status, body = lan(srv, "GET", "/access", token=srv.token)
    assert body["data"]["tokenValid"] is True and body["data"]["canWrite"] is True
    for token in (None, srv.token):
        status, body = lan(srv, "GET", "/access/token", token=token)
        assert status == 403 and srv.token not in json.dumps(body), body
    assert srv.local("GET", "/access/token")[1]["data"]["token"] == srv.token


def test_rotated_token_replaces_the_old_one_at_once(lan_server, tmp_path):
    srv, _ = lan_server
    assert lan(srv, "POST", "/download/setting", {"key": "concurrency", "value": 3}, token=srv.token)[0] == 200
    out = subprocess.run([CLI, *CLI_ARGS, "token", "--data-dir", str(tmp_path / "data"), "--rotate"],
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    new = out.stdout.strip().splitlines()[-1]
    assert new != srv.token and len(new) == 43
    status, body = lan(srv, "POST", "/download/setting", {"key": "concurrency", "value": 4}, token=srv.token)
    assert status == 401 and "wrong" in body["error"], body
    assert lan(srv, "POST", "/download/setting", {"key": "concurrency", "value": 4}, token=new)[0] == 200
    assert settings(srv)["concurrency"] == 4
