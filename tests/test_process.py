"""The real processes: ``comfyui-model-manager serve`` killed with SIGKILL mid-download and
restarted (the task continues by itself), and the ``download`` / ``tasks`` / ``keys`` commands."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from fileserver import make_safetensors, sha256

CLI = shutil.which("comfyui-model-manager") or sys.executable
CLI_ARGS = [] if CLI.endswith("comfyui-model-manager") else ["-m", "comfyui_model_manager.cli"]


class ThrottledFiles:
    """A threaded HTTP server (own thread, independent of any event loop) honouring Range."""

    def __init__(self, files: dict[str, bytes], rate: float | None):
        self.files, self.rate, self.ranges = files, rate, []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):
                pass

            def do_GET(self):
                data = outer.files.get(self.path.lstrip("/"))
                if data is None:
                    self.send_error(404)
                    return
                rng = self.headers.get("Range")
                outer.ranges.append(rng)
                start = int(rng.split("=")[1].split("-")[0]) if rng else 0
                self.send_response(206 if rng else 200)
                if rng:
                    self.send_header("Content-Range", f"bytes {start}-{len(data) - 1}/{len(data)}")
                self.send_header("Content-Length", str(len(data) - start))
                self.send_header("Content-Type", "application/octet-stream")
                self.end_headers()
                try:
                    for i in range(start, len(data), 64 * 1024):
                        self.wfile.write(data[i:i + 64 * 1024])
                        if outer.rate:
                            time.sleep(64 * 1024 / outer.rate)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def http(method: str, url: str, body: dict | None = None) -> tuple[int, dict]:
    req = urllib.request.Request(url, method=method, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def start_server(models: Path, data: Path, port: int, file_port: int, log: Path, *extra: str) -> subprocess.Popen:
    """``serve`` on ``port`` (``extra``: more arguments, e.g. ``--host 0.0.0.0``), once it answers on loopback."""
    proc = subprocess.Popen(
        [CLI, *CLI_ARGS, "serve", "--models-dir", str(models), "--data-dir", str(data), "--port", str(port),
         "--allow-host", f"127.0.0.1:{file_port}", *extra],
        stdout=open(log, "ab"), stderr=subprocess.STDOUT,
    )
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            if http("GET", f"http://127.0.0.1:{port}/model-manager/download/task")[0] == 200:
                return proc
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise AssertionError(log.read_text())


def test_kill_9_mid_download_then_resume(tmp_path):
    data = make_safetensors(4_000_000)  # 16 MB at 8 MB/s
    files = ThrottledFiles({"big.safetensors": data}, rate=8 * 1024 * 1024)
    port = free_port()
    models, store, log = tmp_path / "models", tmp_path / "data", tmp_path / "serve.log"
    proc = start_server(models, store, port, files.port, log)
    base = f"http://127.0.0.1:{port}/model-manager"
    try:
        status, body = http("POST", f"{base}/download", {
            "url": f"http://127.0.0.1:{files.port}/big.safetensors", "folder": "loras", "sha256": sha256(data)})
        assert status == 201, body
        tid = body["data"]["taskId"]
        part = models / "loras" / "big.safetensors.part"
        deadline = time.monotonic() + 10
        while not (part.exists() and part.stat().st_size > 2_000_000):
            assert time.monotonic() < deadline, log.read_text()
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(5)
        on_disk = part.stat().st_size
        assert 0 < on_disk < len(data)
        assert not (models / "loras" / "big.safetensors").exists()

        files.rate = None
        proc = start_server(models, store, port, files.port, log)
        # The killed process's lease is dead (its owner lock is free): the restarted one
        # takes the task over at once and continues from the .part, unasked.
        status, body = http("GET", f"{base}/download/{tid}")
        assert status == 200 and body["data"]["status"] in ("running", "verifying", "completed"), body
        deadline = time.monotonic() + 20
        while body["data"]["status"] != "completed":
            assert body["data"]["status"] not in ("failed", "cancelled"), body
            assert time.monotonic() < deadline, body
            time.sleep(0.05)
            _, body = http("GET", f"{base}/download/{tid}")
        assert body["data"]["sha256"] == sha256(data)
        assert (models / "loras" / "big.safetensors").read_bytes() == data
        assert not part.exists()
        assert files.ranges == [None, f"bytes={on_disk}-"], "the resume refetched what was on disk"
    finally:
        proc.kill()
        files.close()


def run_cli(*args, input: str | None = None, timeout: float = 60):
    return subprocess.run([CLI, *CLI_ARGS, *args], capture_output=True, text=True, input=input, timeout=timeout)


def test_cli_download_tasks_and_keys(tmp_path):
    data = make_safetensors(500_000)
    files = ThrottledFiles({"a.safetensors": data}, rate=None)
    models = tmp_path / "models"
    try:
        url = f"http://127.0.0.1:{files.port}/a.safetensors"
        denied = run_cli("download", url, "--folder", "loras", "--models-dir", str(models))
        assert denied.returncode == 1 and "not allowed" in denied.stderr
        done = run_cli("download", url, "--folder", "loras", "--subfolder", "sd15", "--sha256", sha256(data),
                       "--models-dir", str(models), "--allow-host", f"127.0.0.1:{files.port}")
        assert done.returncode == 0, done.stderr
        target = models / "loras" / "sd15" / "a.safetensors"
        assert done.stdout.strip() == str(target)
        assert target.read_bytes() == data
        assert "100%" in done.stderr  # the progress bar reached the end
        again = run_cli("download", url, "--folder", "loras", "--subfolder", "sd15", "--models-dir", str(models),
                        "--allow-host", f"127.0.0.1:{files.port}")
        assert again.returncode == 1 and "already exists" in again.stderr
        listing = run_cli("tasks", "--models-dir", str(models))
        assert "completed" in listing.stdout and "loras/sd15/a.safetensors" in listing.stdout
        bad = run_cli("download", url, "--folder", "loras", "--subfolder", "../x", "--models-dir", str(models),
                      "--allow-host", f"127.0.0.1:{files.port}")
        assert bad.returncode == 1 and "may not leave" in bad.stderr
        keys = run_cli("keys", "set", "civitai", "--models-dir", str(models), input="abcd1234efgh5678\n")
        assert keys.returncode == 0 and "abcd…5678" in keys.stdout and "abcd1234efgh5678" not in keys.stdout
        assert "abcd1234efgh5678" in (models / ".model-manager" / "secrets.json").read_text()
    finally:
        files.close()


def test_cli_download_interrupted_then_resumed(tmp_path):
    data = make_safetensors(3_000_000)  # 12 MB at 4 MB/s
    files = ThrottledFiles({"b.safetensors": data}, rate=4 * 1024 * 1024)
    models = tmp_path / "models"
    args = [CLI, *CLI_ARGS, "download", f"http://127.0.0.1:{files.port}/b.safetensors", "--folder", "vae",
            "--models-dir", str(models), "--allow-host", f"127.0.0.1:{files.port}"]
    try:
        proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        part = models / "vae" / "b.safetensors.part"
        deadline = time.monotonic() + 30  # a loaded machine starts Python slowly
        while not (part.exists() and part.stat().st_size > 1_000_000):
            assert time.monotonic() < deadline
            time.sleep(0.05)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=10)
        assert proc.returncode == 130, err
        assert "run the same command again" in err
        kept = part.stat().st_size
        files.rate = None
        done = subprocess.run(args, capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        assert "resuming task" in done.stderr
        assert (models / "vae" / "b.safetensors").read_bytes() == data
        assert files.ranges[-1] == f"bytes={kept}-"
    finally:
        files.close()
