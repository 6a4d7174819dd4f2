"""Access rules over loopback HTTP (no root needed): cross-site writes, media types, proxy
headers and DNS-rebinding names count as remote, the token (file, CLI, rotation, the
loopback-only route), security settings, the start-up notice, ``mm_token.py``.

A real client on another machine: tests/test_remote_access.py.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from comfyui_model_manager.routes.guards import exposure_notice
from comfyui_model_manager.store import token as token_store
from test_process import CLI, CLI_ARGS

REPO = Path(__file__).resolve().parent.parent
XFF = {"X-Forwarded-For": "203.0.113.7"}


def token_of(mm) -> str:
    return (Path(mm.host.data_dir) / "access-token").read_text().strip()


async def settings(mm) -> dict:
    return (await mm.call("POST", "/model-manager/download/init", expect=200))[1]["data"]["settings"]


async def test_token_file_is_made_once_0600_and_never_in_replies(mm):
    path = Path(mm.host.data_dir) / "access-token"
    token = token_of(mm)
    assert len(token) == 43 and stat.S_IMODE(path.stat().st_mode) == 0o600
    for method, route in (("POST", "/model-manager/download/init"), ("GET", "/model-manager/access"),
                          ("GET", "/model-manager/download/task"), ("GET", "/model-manager/models")):
        resp = await mm.client.request(method, route)
        assert token not in await resp.text()


@pytest.mark.parametrize("headers", [
    {"Origin": "https://evil.example"}, {"Origin": "null"}, {"Referer": "https://evil.example/page"},
    {"Origin": "http://127.0.0.1.evil.example"}, {"Origin": "file://"},
], ids=["foreign-origin", "null-origin", "foreign-referer", "lookalike", "file"])
async def test_cross_site_text_plain_changes_nothing(mm, headers):
    before = await settings(mm)
    for key, value in (("allowPickle", True), ("allowedHosts", ["169.254.169.254"])):
        status, body = await mm.call("POST", "/model-manager/download/setting",
                                     data=json.dumps({"key": key, "value": value}),
                                     headers={"Content-Type": "text/plain", **headers})
        assert status == 403 and "cross-site" in body["error"], body
    assert await settings(mm) == before


async def test_same_origin_write_passes_and_text_plain_is_415(mm):
    host = f"{mm.client.server.host}:{mm.client.server.port}"
    await mm.call("POST", "/model-manager/download/setting", json={"key": "concurrency", "value": 3},
                  headers={"Origin": f"http://{host}", "Referer": f"http://{host}/"}, expect=200)
    status, body = await mm.call("POST", "/model-manager/download/setting", data=b'{"key": "concurrency", "value": 4}',
                                 headers={"Content-Type": "text/plain"})
    assert status == 415 and "application/json" in body["error"]
    status, body = await mm.call("POST", "/model-manager/scan", data=b"mode=full",
                                 headers={"Content-Type": "application/x-www-form-urlencoded"})
    assert status == 415
    assert (await settings(mm))["concurrency"] == 3
    assert (await mm.call("GET", "/model-manager/scan"))[1]["data"] is None


@pytest.mark.parametrize("headers", [
    XFF, {"Forwarded": "for=203.0.113.7"}, {"X-Real-IP": "203.0.113.7"}, {"CF-Connecting-IP": "203.0.113.7"},
    {"Host": "rebind.evil.example"},
], ids=["x-forwarded-for", "forwarded", "x-real-ip", "cf-connecting-ip", "dns-name-host"])
async def test_proxied_or_rebound_loopback_counts_as_remote(mm, headers):
    before = await settings(mm)
    status, body = await mm.call("POST", "/model-manager/download/setting", json={"key": "allowPickle", "value": True},
                                 headers=headers)
    assert status == 401 and "token" in body["error"], body
    resp = await mm.client.post("/model-manager/download/setting", json={"key": "allowPickle", "value": True},
                                headers=headers)
    assert resp.headers["WWW-Authenticate"].startswith("Bearer")
    assert (await mm.call("POST", "/model-manager/download/init", headers=headers))[0] == 401
    assert (await mm.call("GET", "/model-manager/access/token", headers=headers))[0] == 403
    assert (await mm.call("GET", "/model-manager/download/task", headers=headers))[0] == 200
    assert (await mm.call("GET", "/model-manager/models", headers=headers))[0] == 200
    status, body = await mm.call("GET", "/model-manager/access", headers=headers)
    assert body["data"]["local"] is False and body["data"]["canWrite"] is False
    assert await settings(mm) == before
    auth = {**headers, "Authorization": f"Bearer {token_of(mm)}"}
    await mm.call("POST", "/model-manager/download/setting", json={"key": "allowPickle", "value": True}, headers=auth,
                  expect=200)
    assert (await settings(mm))["allowPickle"] is True


async def test_modes_and_guarded_settings_through_a_proxy(mm):
    auth = {**XFF, "Authorization": f"Bearer {token_of(mm)}"}
    status, body = await mm.call("POST", "/model-manager/download/setting",
                                 json={"key": "remoteAccess", "value": "open"}, headers=auth)
    assert status == 403 and (await settings(mm))["remoteAccess"] == "token"
    await mm.setting("remoteAccess", "read-only")
    status, body = await mm.call("POST", "/model-manager/scan", json={"mode": "diff"}, headers=auth)
    assert status == 403 and "read-only" in body["error"]
    assert (await mm.call("POST", "/model-manager/download/init", headers=auth))[0] == 200
    await mm.setting("remoteAccess", "open")
    await mm.call("POST", "/model-manager/download/setting", json={"key": "concurrency", "value": 5}, headers=XFF,
                  expect=200)
    for key, value in (("allowPickle", True), ("allowedHosts", ["10.0.0.1"]), ("civitai", "x" * 16),
                       ("huggingface", None)):
        status, body = await mm.call("POST", "/model-manager/download/setting", json={"key": key, "value": value},
                                     headers=XFF)
        assert status == 401, (key, body)
    status, body = await mm.call("POST", "/model-manager/download/setting", json={"key": "allowPickle", "value": True},
                                 headers={**XFF, "Authorization": "Bearer nope"})
    assert status == 401
    s = await settings(mm)
    assert s["allowPickle"] is False and s["allowedHosts"] == [] and s["apiKeys"]["civitai"] is None


async def test_token_route_only_for_this_machine_same_origin(mm):
    token = token_of(mm)
    status, body = await mm.call("GET", "/model-manager/access/token", expect=200)
    assert body["data"]["token"] == token
    resp = await mm.client.get("/model-manager/access/token")
    assert resp.headers["Cache-Control"] == "no-store"
    for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"},
                    {"Sec-Fetch-Site": "same-site"}, {"Referer": "https://evil.example/"},
                    {"Host": "evil.example"}, {"Host": "localhost.evil.example:80"}, XFF):
        status, body = await mm.call("GET", "/model-manager/access/token", headers=headers)
        assert status == 403 and token not in str(body), headers
    await mm.call("GET", "/model-manager/access/token", headers={"Sec-Fetch-Site": "same-origin", "Host": "localhost"},
                  expect=200)


async def test_cli_token_prints_last_line_and_rotation_applies_at_once(mm):
    data = mm.host.data_dir
    out = subprocess.run([CLI, *CLI_ARGS, "token", "--data-dir", data], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == token_of(mm), out
    out = subprocess.run([CLI, *CLI_ARGS, "token", "--data-dir", data, "--rotate"], capture_output=True, text=True,
                         timeout=60)
    new = out.stdout.splitlines()[-1]
    assert out.returncode == 0 and new == token_of(mm) and "no longer works" in out.stdout
    body = {"key": "concurrency", "value": 2}
    assert (await mm.call("POST", "/model-manager/download/setting", json=body,
                          headers={**XFF, "Authorization": f"Bearer {new}"}))[0] == 200


def test_token_file_is_narrowed_to_0600(tmp_path):
    path = Path(token_store.token_path(str(tmp_path)))
    path.write_text("a" * 43 + "\n")
    path.chmod(0o644)
    assert token_store.read_or_create(str(tmp_path)) == "a" * 43
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    path.write_text("short\n")
    assert len(token_store.read_or_create(str(tmp_path))) == 43  # not a token: a new one


class _Host:
    def __init__(self, *addresses):
        self.addresses = list(addresses)

    def bind_addresses(self):
        return self.addresses

    def token_command(self):
        return "python custom_nodes/comfyui-model-manager/mm_token.py"


class _Settings(dict):
    def get(self, key):
        return self[key]


def test_exposure_notice_only_off_loopback_and_without_the_token():
    token_mode = _Settings(remoteAccess="token")
    assert exposure_notice(_Host("127.0.0.1"), token_mode) is None
    assert exposure_notice(_Host("127.0.0.1", "::1"), token_mode) is None
    line = exposure_notice(_Host("0.0.0.0", "::"), token_mode)
    assert "0.0.0.0, ::" in line and "need the access token" in line and "mm_token.py" in line
    assert "without a token" in exposure_notice(_Host("0.0.0.0"), _Settings(remoteAccess="open"))
    assert "only browse" in exposure_notice(_Host("192.168.1.5"), _Settings(remoteAccess="read-only"))


def test_mm_token_script_in_a_git_clone_comfyui(tmp_path):
    """``python custom_nodes/<folder>/mm_token.py`` from the ComfyUI folder, no console script, no package."""
    comfy = tmp_path / "ComfyUI"
    (comfy / "custom_nodes").mkdir(parents=True)
    os.symlink(REPO, comfy / "custom_nodes" / "comfyui-model-manager")
    data = comfy / "user" / "__model_manager"
    first = token_store.read_or_create(str(data))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    out = subprocess.run([sys.executable, "custom_nodes/comfyui-model-manager/mm_token.py"], cwd=comfy,
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == first, out
    out = subprocess.run([sys.executable, "custom_nodes/comfyui-model-manager/mm_token.py", "--rotate"], cwd=comfy,
                         capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == token_store.read_or_create(str(data)) != first
    other = tmp_path / "elsewhere"
    out = subprocess.run([sys.executable, str(comfy / "custom_nodes/comfyui-model-manager/mm_token.py"),
                          "--data-dir", str(other)], capture_output=True, text=True, timeout=60, env=env)
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == (other / "access-token").read_text().strip()
