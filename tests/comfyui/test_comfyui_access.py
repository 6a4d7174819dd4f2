"""A real ComfyUI 0.3.75 with ``--listen 0.0.0.0`` and a real remote client (a network namespace,
tests/netns.py): every write route under ``/api/model-manager`` × every case of
tests/access_matrix.py, the start-up line and its command, the token never under ``/userdata``.
Skipped (with the reason) where no network namespace can be made.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import urllib.parse
from pathlib import Path

import pytest

from access_matrix import EVIL, Server, markdown, run_matrix
from fileserver import make_safetensors
from netns import remote_machine_or_skip
from test_process import ThrottledFiles

pytestmark = pytest.mark.comfyui


@pytest.fixture(scope="module")
def lan_comfyui(comfyui_listen):
    """``(Server, ComfyServer)`` for the ComfyUI on ``--listen 0.0.0.0``, a remote machine, a file server."""
    remote = remote_machine_or_skip()
    files = ThrottledFiles({"new.safetensors": make_safetensors(5_000, seed=3),
                            "slow.safetensors": make_safetensors(2_000_000, seed=4)}, rate=256 * 1024)
    comfy = comfyui_listen
    try:
        token = (comfy.user_dir / "__model_manager" / "access-token").read_text().strip()
        srv = Server(comfy.port, comfy.models_dir, token, remote, prefix="/api/model-manager",
                     file_url=f"http://127.0.0.1:{files.port}")
        assert srv.local("POST", "/download/setting", {"key": "autoScan", "value": False})[0] == 200
        yield srv, comfy
    finally:
        files.close()
        remote.close()


def test_every_write_route_in_every_case(lan_comfyui):
    srv, comfy = lan_comfyui
    table = run_matrix(srv)
    print("\n" + markdown(table))
    if os.environ.get("MM_ACCESS_TABLE_COMFYUI"):
        Path(os.environ["MM_ACCESS_TABLE_COMFYUI"]).write_text(markdown(table))


def test_bare_paths_are_guarded_too(lan_comfyui):
    """ComfyUI serves each route twice; ``/model-manager/...`` answers as ``/api/model-manager/...``."""
    srv, _ = lan_comfyui
    bare = Server(srv.port, srv.models_dir, srv.token, srv.remote, prefix="/model-manager")
    body = json.dumps({"key": "allowPickle", "value": True}).encode()
    origin = {"Origin": f"http://{srv.remote.host_ip}:{srv.port}", "Content-Type": "application/json"}
    assert bare.from_lan("POST", "/download/setting", body, origin)[0] == 401
    assert bare.from_lan("POST", "/download/setting", body,
                         {**origin, "Authorization": "Bearer " + "y" * 43})[0] == 401
    # cross-site from a LAN page (ComfyUI's own check skips non-loopback Hosts)
    assert bare.from_lan("POST", "/download/setting", body,
                         {"Origin": EVIL, "Content-Type": "text/plain", "Authorization": "Bearer " + srv.token})[0] == 403
    assert bare.local("POST", "/download/init")[1]["data"]["settings"]["allowPickle"] is False


def test_startup_line_prints_a_command_that_works(lan_comfyui):
    srv, comfy = lan_comfyui
    log = comfy.log_text()
    lines = [line for line in log.splitlines() if "Model Manager: listening on 0.0.0.0" in line]
    assert len(lines) == 1 and "need the access token" in lines[0], lines
    assert srv.token not in log
    command = re.search(r"Print it with: (.+)$", lines[0]).group(1).strip()
    assert "mm_token.py" in command, command
    out = subprocess.run(command, shell=True, cwd=comfy.base_dir, capture_output=True, text=True, timeout=60,
                         env={k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")})
    assert out.returncode == 0 and out.stdout.splitlines()[-1] == srv.token, (command, out)


def test_token_is_not_under_userdata(lan_comfyui):
    srv, comfy = lan_comfyui
    q = urllib.parse.quote
    root = Server(srv.port, srv.models_dir, srv.token, srv.remote, prefix="")
    for path in ("/api/userdata?dir=__model_manager", f"/api/userdata/{q('__model_manager/access-token', safe='')}",
                 f"/api/userdata/{q('../__model_manager/access-token', safe='')}",
                 "/api/userdata?dir=..&recurse=true"):
        for who in ("lan", "local"):
            if who == "lan":
                reply = srv.remote.request("GET", srv.port, path)
                status, raw = reply["status"], reply["body"]
            else:
                status, parsed = root.local("GET", path)
                raw = json.dumps(parsed).encode()
            assert srv.token.encode() not in raw and b"access-token" not in raw, (who, path, status)
    mode = (comfy.user_dir / "__model_manager" / "access-token").stat().st_mode
    assert mode & 0o077 == 0, oct(mode)
