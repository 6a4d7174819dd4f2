"""Start a real ComfyUI with this extension for the browser tests.

Reuses the real-ComfyUI tier's fixture code (``tests/comfyui/conftest.py``):
prepares the cached environment (idempotent), makes a temporary base directory
(``custom_nodes/comfyui-model-manager`` → this repository,
``user/default/comfy.settings.json`` skipping the first-run tutorial), starts
ComfyUI on a free port with ``MODEL_MANAGER_ALLOW_HOSTS=127.0.0.1`` and, once
``/system_stats`` answers, prints one JSON line to stdout::

    {"url": "http://127.0.0.1:PORT", "base": "/tmp/...", "log": "/tmp/.../comfyui.log",
     "startupSeconds": 8.1, "frontend": "1.32.9"}

Environment: ``MM_E2E_ALLOW_HOSTS`` replaces the allowed download hosts (comma-separated
``host[:port]``, default ``127.0.0.1``); ``MM_FRONTEND`` picks the frontend (``1.32.9``,
the pin, by default, or ``1.58.1``: its PyPI wheel, cached, served with
``--front-end-root``); the rest of the environment (e.g.
``CIVITAI_BASE_URL`` for a Civitai stand-in) reaches ComfyUI as it is.
ComfyUI is stopped (and the base directory removed, unless
``MM_E2E_KEEP_BASE=1``) when stdin closes or on SIGTERM / SIGINT / SIGHUP.
Progress of the environment preparation goes to stderr.

    python3 tests/comfyui/launch.py
"""
from __future__ import annotations

import json
import os
import shutil
import signal
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import conftest  # noqa: E402  (the tier's helpers: ensure_env, start_comfyui, stop_comfyui)


def main() -> int:
    env = conftest.ensure_env()
    base = Path(tempfile.mkdtemp(prefix="mm-e2e-comfyui-"))
    log_path = base / "comfyui.log"
    extra = {}
    if os.environ.get("MM_E2E_ALLOW_HOSTS"):
        extra["MODEL_MANAGER_ALLOW_HOSTS"] = os.environ["MM_E2E_ALLOW_HOSTS"]
    server = conftest.start_comfyui(env, base, log_path, extra_env=extra, frontend=conftest.selected_frontend())

    done = threading.Event()

    def on_signal(signum, _frame):
        done.set()

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, on_signal)

    def watch_stdin():
        try:
            while sys.stdin.buffer.read(4096):
                pass
        except (OSError, ValueError):
            pass
        done.set()

    threading.Thread(target=watch_stdin, daemon=True).start()

    def watch_process():
        server.process.wait()
        done.set()

    threading.Thread(target=watch_process, daemon=True).start()

    print(json.dumps({
        "url": server.base_url,
        "base": str(base),
        "log": str(log_path),
        "startupSeconds": round(server.startup_seconds, 2),
        "frontend": server.frontend,
    }), flush=True)

    try:
        while not done.wait(0.5):
            pass
    finally:
        exited = server.process.poll()
        conftest.stop_comfyui(server)
        if exited is not None:
            print(f"[launch] ComfyUI exited early with code {exited}; log {log_path}:\n"
                  + server.log_tail(), file=sys.stderr, flush=True)
        if os.environ.get("MM_E2E_KEEP_BASE") != "1":
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
