"""Our listing beside ComfyUI's own, inside one real ComfyUI 0.3.75, stalls measured from outside.

    python bench/listing.py [--files 10000] [--download-mib 1024] [--rounds 5] [--cap-mib 0]
                             [--browser-lister] [--no-socket] [--server-nice 0] [--cpu-load 0]

Makes ``--files`` LoRA ``.safetensors`` files (400 tensor keys each, nested folders,
10 % with a ``.preview.png`` and a ``.civitai.info``), starts a real ComfyUI
(the test tier's cached tree and venv, ``tests/comfyui/conftest.py``) with this
extension, and a separate **poller process** (``bench/poller.py``) that GETs
``/system_stats`` every 20 ms over one keep-alive connection: the slowest poll in
a phase is that phase's stall, the wait a user's request felt. A WebSocket client
stays connected to ``/ws`` as a browser tab does (``--no-socket``: none), so the
events ComfyUI encodes for its sockets count too. Each phase's line ends with the CPU
steal share (``/proc/stat``): in a VM, time the hypervisor gave to neighbours shows up
as stalls that are not ours.

Phases (default settings, except ``autoScan`` off so that phases do not overlap):

1. idle (the poller's baseline);
2. scan of ``loras`` (headers + SHA-256 of every file);
3. cold listing (the index is built);
4. warm listing: ``--rounds`` times ours (``/api/model-manager/models/loras``) and
   ComfyUI's (``/api/experiment/models/loras``), alternating; medians, their ratio,
   the stall during each; gzip and 304 replies;
5. a ``--download-mib`` download from a loopback file server (another process; with
   ``--cap-mib N`` each connection is capped at N MiB/s, as a CDN does — 30 makes a
   split download of 4 connections about a 1 Gbit/s link)
   while our listing is fetched every 0.3 s (the file server shares this machine's cores;
   ``--server-nice 19`` lets it take only what ComfyUI leaves, closer to a remote CDN);
6. all at once: a download, a ``full`` scan and listings.

``--cpu-load N`` keeps N busy processes at nice 0 running from before the idle phase to
the end: another program (a second ComfyUI generating on the CPU, a build) wanting
every core. It shows what a lower CPU priority of our threads costs when the kernel
has better things to run than them: a worker thread holding the GIL, or the one the
loop hands it to, waits for a core while the loop waits for the GIL.

The last line: ``ours / ComfyUI's`` median ratio and the worst stall while ours ran.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import Poller, free_port, wait_port, write_safetensors  # noqa: E402
from scan import header_for  # noqa: E402

FILES = """
import sys
from aiohttp import web
app = web.Application()
app.router.add_static("/", sys.argv[1])
web.run_app(app, host="127.0.0.1", port=int(sys.argv[2]), print=None, access_log=None)
"""


def worst_in(poller: Poller, windows) -> float:
    """The slowest poll begun during any of ``windows``; NaN only if none began in any
    (a window shorter than the 20 ms between two polls may hold none: ``max`` with a
    NaN first would have printed NaN for the whole phase)."""
    found = [w for w in (poller.worst(a, b) for a, b in windows) if w == w]
    return max(found, default=float("nan"))


def cpu_ticks() -> tuple[int, int] | None:
    """``(all, steal)`` CPU ticks since boot from ``/proc/stat`` (Linux; None elsewhere). Steal is
    time the hypervisor gave this VM's CPUs to someone else: a phase with much of it measured
    the neighbours, not us (proc(5))."""
    try:
        with open("/proc/stat") as f:
            fields = [int(x) for x in f.readline().split()[1:]]
    except (OSError, ValueError):
        return None
    return sum(fields[:8]), fields[7] if len(fields) > 7 else 0


def steal_share(before, after) -> float:
    """Share of the CPU time between two :func:`cpu_ticks` readings that was stolen (NaN if unknown)."""
    if before is None or after is None or after[0] <= before[0]:
        return float("nan")
    return (after[1] - before[1]) / (after[0] - before[0])


def make_loras(models: str, files: int, keys: int = 400) -> None:
    """``files`` LoRAs under ``models/loras/group*/set*``; every tenth with a preview and a .civitai.info."""
    templates = [header_for(("lora", "sdxl_lora")[s % 2], keys, s) for s in range(8)]
    for i in range(files):
        sub = os.path.join(models, "loras", f"group{i % 20}", f"set{i % 7}")
        os.makedirs(sub, exist_ok=True)
        data = templates[i % 8]
        with open(os.path.join(sub, f"lora_{i:05d}.safetensors"), "wb") as f:
            f.write(data[:-8] + i.to_bytes(8, "little"))
        if i % 10 == 0:
            with open(os.path.join(sub, f"lora_{i:05d}.civitai.info"), "w") as f:
                json.dump({"id": i, "modelId": 10_000 + i, "baseModel": "SD 1.5", "trainedWords": [f"w{i}"]}, f)
            with open(os.path.join(sub, f"lora_{i:05d}.preview.png"), "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n")


def fetch(url: str, headers: dict | None = None) -> tuple[float, int, dict, bytes]:
    """``(seconds, status, headers, body)``; a 304 is a reply, not an error."""
    req = urllib.request.Request(url, headers=headers or {})
    start = time.perf_counter()
    try:
        with urllib.request.urlopen(req, timeout=600) as r:
            body = r.read()
            return time.perf_counter() - start, r.status, dict(r.headers), body
    except urllib.error.HTTPError as e:
        if e.code != 304:
            raise
        return time.perf_counter() - start, 304, dict(e.headers), b""


def call(base: str, method: str, path: str, body=None) -> dict:
    req = urllib.request.Request(base + path, method=method, headers={"Content-Type": "application/json"},
                                 data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(req, timeout=600) as r:
        return json.loads(r.read())


def wait_scan(base: str, task: dict) -> dict:
    while task["status"] == "running":
        time.sleep(0.05)
        task = call(base, "GET", f"/api/model-manager/scan/{task['taskId']}")["data"]
    return task


def wait_download(base: str, task_id: str) -> dict:
    while True:
        task = call(base, "GET", f"/api/model-manager/download/{task_id}")["data"]
        if task["status"] in ("completed", "failed", "cancelled"):
            return task
        time.sleep(0.1)


class Lister(threading.Thread):
    """Fetches our listing every ``every`` seconds until stopped; keeps the times.

    ``browser``: as a browser's ``fetch`` does (gzip accepted, ``If-None-Match`` with the
    last ETag, as ``Cache-Control: no-cache`` makes it revalidate); else the plain body
    each time (the harder case: 6.4 MiB written by the event loop per request)."""

    def __init__(self, url: str, every: float = 0.3, browser: bool = False):
        super().__init__(daemon=True)
        self.url, self.every, self.browser, self.times = url, every, browser, []
        self.statuses: list[int] = []
        self.stop = threading.Event()

    def run(self) -> None:
        etag = None
        while not self.stop.is_set():
            headers = {}
            if self.browser:
                headers["Accept-Encoding"] = "gzip"
                if etag:
                    headers["If-None-Match"] = etag
            took, status, reply, _ = fetch(self.url, headers)
            etag = reply.get("ETag", etag)
            self.times.append(took)
            self.statuses.append(status)
            self.stop.wait(self.every)


class Socket(threading.Thread):
    """A browser tab's WebSocket on ComfyUI's ``/ws``: receives every event the server
    sends (ComfyUI encodes each message once per connected socket, on its event loop),
    keeping ``(time, bytes)`` of each."""

    def __init__(self, base: str):
        super().__init__(daemon=True)
        self.url = base.replace("http://", "ws://") + "/ws?clientId=bench-listing"
        self.messages: list[tuple[float, int]] = []
        self.connected = threading.Event()
        self.loop = None

    def run(self) -> None:
        import asyncio

        import aiohttp

        async def receive() -> None:
            async with aiohttp.ClientSession() as session:
                async with session.ws_connect(self.url, max_msg_size=0) as ws:
                    self.connected.set()
                    async for msg in ws:
                        self.messages.append((time.time(), len(msg.data)))

        self.loop = asyncio.new_event_loop()
        self.task = self.loop.create_task(receive())
        try:
            self.loop.run_until_complete(self.task)
        except BaseException:  # cancelled at the end
            pass

    def close(self) -> None:
        if self.loop is not None:
            self.loop.call_soon_threadsafe(self.task.cancel)
        self.join(5)

    def between(self, a: float, b: float) -> tuple[int, int]:
        """Messages and bytes received between ``a`` and ``b``."""
        got = [n for t, n in self.messages if a <= t <= b]
        return len(got), sum(got)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--download-mib", type=int, default=1024)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--cap-mib", type=float, default=0,
                    help="cap each download connection at this many MiB/s, as a CDN does (0: loopback speed)")
    ap.add_argument("--dir", default=None)
    ap.add_argument("--server-nice", type=int, default=0,
                    help="nice value of the loopback file servers (19: they take CPU only when ComfyUI "
                         "leaves some, closer to a CDN on another machine; default 0)")
    ap.add_argument("--cpu-load", type=int, default=0,
                    help="busy processes at nice 0 beside ComfyUI for the whole run (another program's CPU load)")
    ap.add_argument("--browser-lister", action="store_true",
                    help="listings during downloads as a browser fetches them (gzip, If-None-Match)")
    ap.add_argument("--no-socket", action="store_true",
                    help="no WebSocket client (by default one is connected, as a browser tab is)")
    args = ap.parse_args()
    sys.path.insert(0, os.path.join(HERE, "..", "tests", "comfyui"))
    import conftest as comfy  # the test tier's helpers: cached ComfyUI tree + venv

    work = tempfile.mkdtemp(prefix="mm-listing-", dir=args.dir or os.path.join(HERE, ".."))
    procs: list = []
    try:
        models = os.path.join(work, "models")
        t = time.perf_counter()
        make_loras(models, args.files)
        served = os.path.join(work, "served")
        os.makedirs(served)
        write_safetensors(os.path.join(served, "big.safetensors"), args.download_mib * 2**20)
        write_safetensors(os.path.join(served, "big2.safetensors"), args.download_mib * 2**20)
        print(f"library: {args.files} LoRAs (10 % with preview + .civitai.info), made in "
              f"{time.perf_counter() - t:.1f} s", flush=True)
        fport = free_port()
        procs.append(subprocess.Popen([sys.executable, "-c", FILES, served, str(fport)]))
        wait_port(fport)
        capped = {}  # name → port of a capped server (bench/split.py's, Range honoured)
        if args.cap_mib:
            from split import SERVER as CAPPED

            for name in ("big.safetensors", "big2.safetensors"):
                capped[name] = free_port()
                procs.append(subprocess.Popen([sys.executable, "-c", CAPPED, os.path.join(served, name),
                                               str(capped[name]), str(args.cap_mib * 2**20)]))
                wait_port(capped[name])
        for proc in procs:  # the file servers: stand-ins for a remote host, which costs this machine no CPU
            os.setpriority(os.PRIO_PROCESS, proc.pid, args.server_nice)

        env = comfy.ensure_env()
        base_dir = Path(work) / "comfy"
        base_dir.mkdir()
        os.symlink(models, base_dir / "models")
        server = comfy.start_comfyui(env, base_dir, Path(work) / "comfyui.log")
        procs.append(server)
        base = server.base_url
        ours_url = base + "/api/model-manager/models/loras"
        theirs_url = base + "/api/experiment/models/loras"
        call(base, "POST", "/api/model-manager/download/setting", {"key": "autoScan", "value": False})
        poller = Poller(base + "/system_stats", os.path.join(work, "polls.txt"))
        procs.append(poller)
        socket = None
        if not args.no_socket:
            socket = Socket(base)
            socket.start()
            socket.connected.wait(30)
            procs.append(socket)
        for _ in range(args.cpu_load):
            procs.append(subprocess.Popen([sys.executable, "-c", "while True: pass"]))
        time.sleep(3)
        phases: dict[str, list[tuple[float, float]]] = {}  # name → time windows

        stolen: dict[str, list[float]] = {}

        def phase(name: str, fn):
            start, ticks = time.time(), cpu_ticks()
            result = fn()
            phases.setdefault(name, []).append((start, time.time()))
            stolen.setdefault(name, []).append(steal_share(ticks, cpu_ticks()))
            return result

        phase("idle", lambda: time.sleep(2))
        t = time.perf_counter()
        task = phase("scan", lambda: wait_scan(base, call(base, "POST", "/api/model-manager/scan",
                                                          {"folder": "loras"})["data"]))
        print(f"scan of loras (headers + SHA-256): {time.perf_counter() - t:.2f} s {task['results']}", flush=True)
        cold = phase("cold listing", lambda: fetch(ours_url))
        print(f"cold listing (index built): {cold[0]:.3f} s, {len(cold[3]) / 2**20:.1f} MiB", flush=True)

        ours, theirs, ours_windows, theirs_windows = [], [], [], []
        for _ in range(args.rounds):
            w = time.time()
            elapsed, _, headers, body = fetch(ours_url)
            ours.append(elapsed)
            ours_windows.append((w, time.time()))
            w = time.time()
            elapsed, _, _, their_body = fetch(theirs_url)
            theirs.append(elapsed)
            theirs_windows.append((w, time.time()))
        n = json.loads(body)["total"]
        assert n == len(json.loads(their_body)) == args.files, (n, args.files)
        gz_time, _, gz_headers, gz_body = fetch(ours_url, {"Accept-Encoding": "gzip"})
        gz_time, _, gz_headers, gz_body = fetch(ours_url, {"Accept-Encoding": "gzip"})
        assert gz_headers.get("Content-Encoding") == "gzip" and json.loads(gzip.decompress(gz_body))["total"] == n
        nm_time, nm_status, _, _ = fetch(ours_url, {"If-None-Match": headers["ETag"]})
        page_time, _, _, page = fetch(ours_url + "?offset=0&limit=200&fields=relativePath,name,sizeBytes,baseModel")
        mo, mt = statistics.median(ours), statistics.median(theirs)
        stall_ours = worst_in(poller, ours_windows)
        stall_theirs = worst_in(poller, theirs_windows)
        phases["warm listing (ours)"] = ours_windows
        phases["ComfyUI's own listing"] = theirs_windows
        print(f"warm listing, median of {args.rounds}: ours {mo:.3f} s ({len(body) / 2**20:.1f} MiB, "
              f"{n} models, 21 fields each) vs ComfyUI's own {mt:.3f} s ({len(their_body) / 2**20:.1f} MiB, "
              f"5 fields) = {mo / mt:.2f}x", flush=True)
        print(f"  ours: all {', '.join(f'{x:.3f}' for x in ours)}; ComfyUI's: {', '.join(f'{x:.3f}' for x in theirs)}")
        print(f"  gzip {gz_time:.3f} s ({len(gz_body) / 2**20:.2f} MiB); If-None-Match → {nm_status} in "
              f"{nm_time * 1000:.1f} ms; a 200-model page with 4 fields {page_time * 1000:.1f} ms "
              f"({len(page)} bytes)", flush=True)
        print(f"  stall (external /system_stats poll) while ours ran: {stall_ours * 1000:.1f} ms; "
              f"while ComfyUI's own ran: {stall_theirs * 1000:.1f} ms", flush=True)

        def download(name: str) -> dict:
            task = call(base, "POST", "/api/model-manager/download",
                        {"url": f"http://127.0.0.1:{capped[name]}/file.safetensors" if name in capped
                         else f"http://127.0.0.1:{fport}/{name}", "folder": "loras", "subfolder": "downloads",
                         "filename": name})["data"]
            return task

        def with_listing(fn):
            lister = Lister(ours_url, browser=args.browser_lister)
            lister.start()
            try:
                return fn()
            finally:
                lister.stop.set()
                lister.join()

        t = time.perf_counter()
        done = phase("download + listing", lambda: with_listing(
            lambda: wait_download(base, download("big.safetensors")["taskId"])))
        dl_time = time.perf_counter() - t
        print(f"download of {args.download_mib} MiB while listing: {dl_time:.2f} s ({done['status']})", flush=True)

        def everything():
            start = time.time()
            task_id = download("big2.safetensors")["taskId"]
            scan = call(base, "POST", "/api/model-manager/scan", {"folder": None, "mode": "full"})["data"]
            got: dict = {}

            def downloading() -> None:
                got["task"] = wait_download(base, task_id)
                got["end"] = time.time()

            waiter = threading.Thread(target=downloading)
            waiter.start()
            scanned = wait_scan(base, scan)
            waiter.join()
            # The download is over long before the scan: its own window, so the two can be told apart.
            phases.setdefault("  of which the download's part", []).append((start, got["end"]))
            return scanned, got["task"]

        t = time.perf_counter()
        scan, dl = phase("download + full scan + listing", lambda: with_listing(everything))
        print(f"download + full scan + listing: {time.perf_counter() - t:.2f} s (scan {scan['status']}, "
              f"download {dl['status']})", flush=True)
        time.sleep(0.5)
        print(f"load average during the run: {os.getloadavg()[0]:.1f} ({os.cpu_count()} cores"
              + (f", {args.cpu_load} of it busy processes beside ComfyUI)" if args.cpu_load else ")"))
        print("stall by phase (slowest /system_stats poll from another process, every 20 ms):")
        def worst_of(name: str) -> float:
            return worst_in(poller, phases[name])

        for name, windows in phases.items():
            samples = sorted(x for a, b in windows for x in poller.samples(a, b))
            got = [socket.between(a, b) for a, b in windows] if socket else [(0, 0)]
            steal = max(stolen.get(name) or [float("nan")])
            print(f"  {name:32s} worst {worst_of(name) * 1000:6.1f} ms, median "
                  f"{samples[len(samples) // 2] * 1000 if samples else float('nan'):5.1f} ms, {len(samples)} polls"
                  f" ({sum(x >= 0.015 for x in samples)} >= 15 ms)"
                  + (f"; socket {sum(m for m, _ in got)} messages, {sum(n for _, n in got) / 2**20:.1f} MiB"
                     if socket else "")
                  + (f"; CPU steal {steal * 100:.0f} %" if steal == steal else ""))
        busy = [k for k in phases if k not in ("idle", "ComfyUI's own listing")]
        worst = max(worst_of(k) for k in busy)
        print(f"listing ours/ComfyUI's {mo / mt:.2f}x (goal <= 0.5); worst external stall while listing, "
              f"scanning, downloading {worst * 1000:.1f} ms (goal <= 30)")
    finally:
        for p in reversed(procs):
            try:
                if isinstance(p, (Poller, Socket)):
                    p.close()
                elif isinstance(p, subprocess.Popen):
                    p.terminate()
                    p.wait(10)
                else:
                    comfy.stop_comfyui(p)
            except Exception as exc:  # keep cleaning up
                print(f"cleanup: {exc}", file=sys.stderr)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
