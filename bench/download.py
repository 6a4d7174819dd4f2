"""Download throughput: our engine (SHA-256 on) vs ``curl -o`` on the same loopback file.

    python bench/download.py [--size-mib 2048] [--runs 3] [--dir DIR]

A static file server (aiohttp ``FileResponse``, sendfile) runs in its own process
on 127.0.0.1. Each run downloads the same file with ``curl -o`` and with our
engine (streaming to ``<name>.part``, hashing SHA-256 while writing, fsync,
verify, ``os.replace``) into the same directory, alternating the order; the best
of each is compared. Also printed: peak RSS growth of our process and the
largest event-loop stall seen by a 10 ms timer on the engine's loop.
The last line is the figure: ``ratio (ours / curl)``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import free_port, wait_port, write_safetensors  # noqa: E402

SERVER = """
import sys
from aiohttp import web
path = sys.argv[1]
app = web.Application()
app.router.add_get("/file.safetensors", lambda r: web.FileResponse(path))
web.run_app(app, host="127.0.0.1", port=int(sys.argv[2]), print=None, access_log=None)
"""


def rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


async def ours(url: str, models: str, sha: str, size: int) -> tuple[float, float]:
    from comfyui_model_manager.services import ServiceHub
    from comfyui_model_manager.hosts.standalone import StandaloneHost

    host = StandaloneHost(models, os.path.join(models, ".mm"), extra_hosts=["127.0.0.1"])
    hub = ServiceHub(host)
    svc = await hub.get()
    await svc.settings.set("connections", 1)  # one stream, like curl (bench/split.py measures the split)
    worst = 0.0
    stop = False

    async def lag_probe():
        nonlocal worst
        while not stop:
            t = time.perf_counter()
            await asyncio.sleep(0.01)
            worst = max(worst, time.perf_counter() - t - 0.01)

    probe = asyncio.create_task(lag_probe())
    start = time.perf_counter()
    task, _ = await svc.downloads.create({"url": url, "folder": "checkpoints", "filename": "ours.safetensors",
                                         "sha256": sha})
    while task.status not in ("completed", "failed"):
        await asyncio.sleep(0.005)
    elapsed = time.perf_counter() - start
    stop = True
    await probe
    if task.status != "completed":
        raise SystemExit(f"our download failed: {task.error}")
    await svc.downloads.delete(task.task_id)
    await hub.close()
    return elapsed, worst


def curl(url: str, target: str) -> float:
    start = time.perf_counter()
    subprocess.run(["curl", "-s", "-f", "-o", target, url], check=True)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mib", type=int, default=2048)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=None, help="work directory (default: a temp dir on the repo's disk)")
    args = ap.parse_args()
    size = args.size_mib * 1024 * 1024
    work = tempfile.mkdtemp(prefix="mm-bench-", dir=args.dir or os.path.join(os.path.dirname(__file__), ".."))
    try:
        src = os.path.join(work, "source.bin")
        print(f"making a {args.size_mib} MiB file ...", flush=True)
        sha = write_safetensors(src, size)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, src, str(port)])
        url = f"http://127.0.0.1:{port}/file.safetensors"
        wait_port(port)
        models = os.path.join(work, "models")
        curl_times, our_times, stalls = [], [], []
        rss_before = rss_mib()
        try:
            for run in range(args.runs):
                order = ("curl", "ours") if run % 2 == 0 else ("ours", "curl")
                for who in order:
                    if who == "curl":
                        target = os.path.join(work, "curl.safetensors")
                        curl_times.append(curl(url, target))
                        os.unlink(target)
                    else:
                        elapsed, stall = asyncio.run(ours(url, models, sha, size))
                        our_times.append(elapsed)
                        stalls.append(stall)
                        os.unlink(os.path.join(models, "checkpoints", "ours.safetensors"))
                print(f"run {run + 1}: curl {size / curl_times[-1] / 2**20:7.0f} MiB/s   "
                      f"ours {size / our_times[-1] / 2**20:7.0f} MiB/s (SHA-256 verified)", flush=True)
        finally:
            server.terminate()
        best_curl, best_ours = min(curl_times), min(our_times)
        print(f"file: {args.size_mib} MiB over loopback, {args.runs} runs, best of each")
        print(f"curl -o:            {size / best_curl / 2**20:8.0f} MiB/s  ({best_curl:.2f} s)")
        print(f"ours (+SHA-256):    {size / best_ours / 2**20:8.0f} MiB/s  ({best_ours:.2f} s)")
        print(f"peak RSS growth:    {rss_mib() - rss_before:8.1f} MiB")
        print(f"worst loop stall:   {max(stalls) * 1000:8.1f} ms")
        print(f"ratio (ours / curl): {best_curl / best_ours:.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
