"""Split downloads: 4 ranged connections vs one stream, against a per-connection rate cap.

    python bench/split.py [--size-mib 256] [--cap-mib 16] [--connections 4]

CDNs cap each connection's rate; a loopback aiohttp server in its own process
does the same here (``--cap-mib`` MiB/s per response, Range honoured). Our engine
downloads the same file with ``connections = 1`` and with ``connections = N``; the
file must be byte-identical and its SHA-256 verified both times. The last line
is the speed-up.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import free_port, wait_port, write_safetensors  # noqa: E402

SERVER = r"""
import asyncio, sys
from aiohttp import web
path, port, cap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
data = open(path, "rb").read()
async def handle(request):
    start, stop, status, headers = 0, len(data), 200, {"Accept-Ranges": "bytes"}
    rng = request.headers.get("Range")
    if rng:
        a, _, b = rng.split("=")[1].partition("-")
        start, stop, status = int(a), (int(b) + 1 if b else len(data)), 206
        headers["Content-Range"] = f"bytes {start}-{stop - 1}/{len(data)}"
    headers["Content-Length"] = str(stop - start)
    resp = web.StreamResponse(status=status, headers=headers)
    await resp.prepare(request)
    step = 256 * 1024
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    sent = 0
    try:
        for i in range(start, stop, step):
            chunk = data[i:min(i + step, stop)]
            await resp.write(chunk)
            sent += len(chunk)
            ahead = sent / cap - (loop.time() - t0)
            if ahead > 0:
                await asyncio.sleep(ahead)
    except ConnectionError:
        pass
    return resp
app = web.Application()
app.router.add_get("/file.safetensors", handle)
web.run_app(app, host="127.0.0.1", port=port, print=None, access_log=None)
"""


async def download(url: str, models: str, sha: str, connections: int) -> float:
    from comfyui_model_manager.services import ServiceHub
    from comfyui_model_manager.hosts.standalone import StandaloneHost

    shutil.rmtree(models, ignore_errors=True)
    hub = ServiceHub(StandaloneHost(models, os.path.join(models, ".mm"), extra_hosts=["127.0.0.1"]))
    svc = await hub.get()
    await svc.settings.set("connections", connections)
    await svc.settings.set("splitMinBytes", 1024 * 1024)
    start = time.perf_counter()
    task, _ = await svc.downloads.create({"url": url, "folder": "checkpoints", "filename": "f.safetensors",
                                         "sha256": sha})
    while task.status not in ("completed", "failed"):
        await asyncio.sleep(0.01)
    elapsed = time.perf_counter() - start
    await hub.close()
    if task.status != "completed":
        raise SystemExit(f"download {task.status}: {task.error}")
    return elapsed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mib", type=int, default=256)
    ap.add_argument("--cap-mib", type=float, default=16)
    ap.add_argument("--connections", type=int, default=4)
    args = ap.parse_args()
    size = args.size_mib * 2**20
    work = tempfile.mkdtemp(prefix="mm-split-", dir=os.path.join(os.path.dirname(__file__), ".."))
    try:
        src = os.path.join(work, "src.bin")
        sha = write_safetensors(src, size)
        port = free_port()
        server = subprocess.Popen([sys.executable, "-c", SERVER, src, str(port), str(args.cap_mib * 2**20)])
        wait_port(port)
        url = f"http://127.0.0.1:{port}/file.safetensors"
        models = os.path.join(work, "models")
        try:
            one = asyncio.run(download(url, models, sha, 1))
            print(f"one stream:        {size / one / 2**20:7.1f} MiB/s ({one:.1f} s)", flush=True)
            split = asyncio.run(download(url, models, sha, args.connections))
            with open(os.path.join(models, "checkpoints", "f.safetensors"), "rb") as f:
                assert hashlib.sha256(f.read()).hexdigest() == sha
            print(f"{args.connections} connections:     {size / split / 2**20:7.1f} MiB/s ({split:.1f} s), "
                  f"file identical, SHA-256 verified", flush=True)
        finally:
            server.terminate()
        print(f"cap {args.cap_mib} MiB/s per connection, {args.size_mib} MiB file")
        print(f"speed-up ({args.connections} connections / one): {one / split:.2f}x")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
