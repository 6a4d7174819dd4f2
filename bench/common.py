"""Helpers shared by the benchmarks."""

from __future__ import annotations

import hashlib
import json
import os
import socket


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, tries: int = 100) -> None:
    """Block until something listens on 127.0.0.1:``port``."""
    import time

    for _ in range(tries):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)


def write_safetensors(path: str, size: int) -> str:
    """A valid ``.safetensors`` file of about ``size`` bytes (one U8 tensor of random
    bytes) — the engine checks the header against the file size. Returns its SHA-256."""
    header = b""
    n = size
    for _ in range(3):  # the header's own length changes the data length
        header = json.dumps({"weight": {"dtype": "U8", "shape": [n], "data_offsets": [0, n]}},
                            separators=(",", ":")).encode()
        header += b" " * (-len(header) % 8)
        n = max(0, size - 8 - len(header))
    h = hashlib.sha256()
    block = os.urandom(8 * 2**20)
    with open(path, "wb") as f:
        for chunk in (len(header).to_bytes(8, "little"), header):
            f.write(chunk)
            h.update(chunk)
        for i in range(0, n, len(block)):
            chunk = block[: min(len(block), n - i)]
            f.write(chunk)
            h.update(chunk)
    return h.hexdigest()


class Poller:
    """``bench/poller.py`` in its own process, polling ``url`` every 20 ms.

    ``worst(start, end)``: the slowest poll (seconds) that started in ``[start, end]``
    (unix times); ``median(...)`` likewise. The stall a user feels, measured from outside.
    """

    def __init__(self, url: str, out: str, interval: float = 0.02):
        import subprocess
        import sys

        self.out = out
        script = os.path.join(os.path.dirname(os.path.abspath(__file__)), "poller.py")
        self.proc = subprocess.Popen([sys.executable, script, url, out, "--interval", str(interval)],
                                     stdin=subprocess.PIPE)

    def samples(self, start: float = 0.0, end: float = float("inf")) -> list[float]:
        out = []
        with open(self.out) as f:
            for line in f:
                parts = line.split()
                if len(parts) == 2 and start <= float(parts[0]) <= end:
                    out.append(float(parts[1]))
        return out

    def worst(self, start: float = 0.0, end: float = float("inf")) -> float:
        return max(self.samples(start, end), default=float("nan"))

    def median(self, start: float = 0.0, end: float = float("inf")) -> float:
        s = sorted(self.samples(start, end))
        return s[len(s) // 2] if s else float("nan")

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.terminate()
        self.proc.wait(10)


class ServerProcess:
    """The standalone server (``comfyui-model-manager serve``) in its own process,
    so that its RSS and its event loop are its own. ``peak_rss()``: ``VmHWM`` in bytes."""

    def __init__(self, models: str, data: str, log: str, allow_hosts: list[str] | None = None):
        import subprocess
        import sys

        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        cmd = [sys.executable, "-m", "comfyui_model_manager.cli", "serve", "--models-dir", models,
               "--data-dir", data, "--port", str(self.port)]
        for h in allow_hosts or []:
            cmd += ["--allow-host", h]
        self.log = open(log, "wb")
        self.proc = subprocess.Popen(cmd, stdout=self.log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        wait_port(self.port, tries=400)

    def call(self, method: str, path: str, body=None) -> dict:
        import urllib.request

        req = urllib.request.Request(self.base + path, method=method, headers={"Content-Type": "application/json"},
                                     data=json.dumps(body).encode() if body is not None else None)
        with urllib.request.urlopen(req, timeout=600) as r:
            return json.loads(r.read())

    def scan(self, folder=None, mode: str = "diff") -> dict:
        import time

        task = self.call("POST", "/model-manager/scan", {"folder": folder, "mode": mode})["data"]
        while task["status"] == "running":
            time.sleep(0.02)
            task = self.call("GET", f"/model-manager/scan/{task['taskId']}")["data"]
        return task

    def rss(self, field: str = "VmRSS") -> int:
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
        return 0

    def peak_rss(self) -> int:
        return self.rss("VmHWM")

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(15)
        except Exception:
            self.proc.kill()
        self.log.close()
