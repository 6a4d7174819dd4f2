"""Event-loop stalls and WebSocket traffic while everything runs at once.

    python bench/responsiveness.py [--size-mib 2048] [--files 10000] [--tasks 4]

The standalone app runs on its own event loop in a thread with a 5 ms timer
measuring that loop's lateness (as in ``bench/scan.py``). At the same time:
a ``--size-mib`` download (SHA-256 while streaming) plus ``--tasks - 1`` smaller
ones from a loopback file server in another process, a hashing scan of a
``--size-mib`` checkpoint, and a scan of a ``--files`` library. A WebSocket client
counts the messages it receives per second. Prints the worst stall and the
busiest second of WebSocket traffic; the last line is the worst stall.
"""

from __future__ import annotations

import argparse
import asyncio
import collections
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import free_port, write_safetensors  # noqa: E402
from scan import Server, make_library  # noqa: E402

FILES = """
import sys
from aiohttp import web
root = sys.argv[1]
app = web.Application()
app.router.add_static("/", root)
web.run_app(app, host="127.0.0.1", port=int(sys.argv[2]), print=None, access_log=None)
"""


def count_messages(url: str, counts: collections.Counter, stop: threading.Event) -> None:
    import aiohttp

    async def run() -> None:
        async with aiohttp.ClientSession() as session:
            async with session.ws_connect(url) as ws:
                while not stop.is_set():
                    try:
                        await asyncio.wait_for(ws.receive(), 0.2)
                    except asyncio.TimeoutError:
                        continue
                    counts[int(time.monotonic())] += 1

    asyncio.run(run())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mib", type=int, default=2048)
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--tasks", type=int, default=4)
    args = ap.parse_args()
    size = args.size_mib * 2**20
    work = tempfile.mkdtemp(prefix="mm-resp-", dir=os.path.join(os.path.dirname(__file__), ".."))
    try:
        served = os.path.join(work, "served")
        os.makedirs(served)
        write_safetensors(os.path.join(served, "big.safetensors"), size)
        for i in range(1, args.tasks):
            write_safetensors(os.path.join(served, f"small{i}.safetensors"), 256 * 2**20)
        models = os.path.join(work, "models")
        make_library(models, args.files, 400)
        os.makedirs(os.path.join(models, "checkpoints"), exist_ok=True)
        write_safetensors(os.path.join(models, "checkpoints", "huge.safetensors"), size)
        port = free_port()
        files = subprocess.Popen([sys.executable, "-c", FILES, served, str(port)])
        time.sleep(1)
        srv = Server(models, os.path.join(work, "data"))
        srv.call("POST", "/model-manager/download/setting", {"key": "autoScan", "value": False})
        srv.call("POST", "/model-manager/download/setting", {"key": "concurrency", "value": args.tasks})
        srv.call("POST", "/model-manager/download/setting", {"key": "allowedHosts", "value": [f"127.0.0.1:{port}"]})
        counts: collections.Counter = collections.Counter()
        stop = threading.Event()
        counter = threading.Thread(target=count_messages, args=(f"http://127.0.0.1:{srv.port}/ws", counts, stop))
        counter.start()
        time.sleep(0.5)
        srv.worst = 0.0
        start = time.perf_counter()
        names = ["big.safetensors"] + [f"small{i}.safetensors" for i in range(1, args.tasks)]
        ids = [srv.call("POST", "/model-manager/download", {"url": f"http://127.0.0.1:{port}/{n}",
                                                           "folder": "vae", "filename": n})["data"]["taskId"]
               for n in names]
        scan_time, scan = srv.scan()
        while True:
            tasks = srv.call("GET", "/model-manager/download/task")["data"]
            if all(t["status"] in ("completed", "failed") for t in tasks if t["taskId"] in ids):
                break
            time.sleep(0.1)
        elapsed = time.perf_counter() - start
        stop.set()
        counter.join()
        files.terminate()
        failed = [t for t in tasks if t["status"] != "completed"]
        for t in failed:
            print(f"failed: {t['filename']}: {t['error']}")
        busiest = max(counts.values()) if counts else 0
        print(f"{args.tasks} downloads ({args.size_mib} MiB + {args.tasks - 1} x 256 MiB) + scan of "
              f"{scan['results']['files']} files incl. a {args.size_mib} MiB checkpoint hashed: {elapsed:.1f} s"
              f" (scan {scan_time:.1f} s, failed downloads: {len(failed)})")
        print(f"WebSocket: {sum(counts.values())} messages, busiest second {busiest} messages")
        print(f"worst event-loop stall: {srv.worst * 1000:.1f} ms")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
