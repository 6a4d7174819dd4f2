"""Background work runs on the extension's own threads at the event loop's CPU priority (py/pacing.py).

A scan's file reads, a split download's range writes and its hash, a one-stream
download's writes and the catalog's calls are checked on the threads that really do
them, in a real standalone server: threads of ours (never the loop's, never asyncio's
default executor, which the host shares) and never below the loop's priority. What a
lower one costs is measured too: a scan and a CDN-speed download beside processes that
want every core, where a worker thread at nice 10 holding (or being handed) the GIL
waits for a core while the loop waits for the GIL. Linux only: elsewhere a thread has
no nice value of its own. While a download runs, the interpreter's switch interval is
``BUSY_SWITCH_SECONDS``, and the host's comes back after.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
import threading
import time

import pytest

from fileserver import make_safetensors, sha256
from test_library import lora_file, wait_scan
from comfyui_model_manager import pacing
from comfyui_model_manager.download import split, transfer
from comfyui_model_manager.library import scanner

pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="a thread has its own nice value on Linux only")
MB = 1024 * 1024


def nice() -> int:
    """The calling thread's nice value."""
    return os.getpriority(os.PRIO_PROCESS, threading.get_native_id())


def test_busy_lowers_the_switch_interval_and_gives_the_hosts_value_back():
    host = sys.getswitchinterval()
    assert host > pacing.BUSY_SWITCH_SECONDS, "the host's default (5 ms) is what this is about"
    seen: list[float] = []
    inner = threading.Event()

    def other_thread():
        with pacing.busy():
            seen.append(sys.getswitchinterval())
            inner.wait(5)
        seen.append(sys.getswitchinterval())  # the main thread's busy() still runs

    with pacing.busy():
        seen.append(sys.getswitchinterval())
        thread = threading.Thread(target=other_thread)
        thread.start()
        with pacing.busy():  # nested
            seen.append(sys.getswitchinterval())
        inner.set()
        thread.join()
        seen.append(sys.getswitchinterval())
    assert seen == [pacing.BUSY_SWITCH_SECONDS] * 5
    assert sys.getswitchinterval() == host
    # A host that set a shorter interval keeps it.
    sys.setswitchinterval(0.0005)
    try:
        with pacing.busy():
            assert sys.getswitchinterval() == 0.0005
        assert sys.getswitchinterval() == 0.0005
    finally:
        sys.setswitchinterval(host)


def where() -> tuple[str, int]:
    """The calling thread's name and nice value."""
    return threading.current_thread().name, nice()


def _recording(fn, seen: list[tuple[str, int]], switch: list[float] | None = None):
    def wrapper(*args, **kwargs):
        seen.append(where())
        if switch is not None:
            switch.append(sys.getswitchinterval())
        return fn(*args, **kwargs)
    return wrapper


async def test_scans_downloads_and_the_catalog_run_on_our_threads_at_the_loops_priority(mm, file_server,
                                                                                         monkeypatch):
    loop_nice = nice()
    inspected: list[tuple[str, int]] = []
    split_writes: list[tuple[str, int]] = []
    split_hashes: list[tuple[str, int]] = []
    stream_writes: list[tuple[str, int]] = []
    switch: list[float] = []  # the interpreter's switch interval while a download wrote
    host_switch = sys.getswitchinterval()
    monkeypatch.setattr(scanner, "inspect_file", _recording(scanner.inspect_file, inspected))
    monkeypatch.setattr(split, "write_pieces", _recording(split.write_pieces, split_writes, switch))
    monkeypatch.setattr(transfer, "write_pieces", _recording(transfer.write_pieces, stream_writes, switch))
    real_open = open

    def hash_open(path, *args, **kwargs):  # hash_range opens the .part to read it back
        if str(path).endswith(".part"):
            split_hashes.append(where())
        return real_open(path, *args, **kwargs)
    monkeypatch.setattr(split, "open", hash_open, raising=False)

    for i in range(3):
        lora_file(mm.models_dir / "loras" / f"l{i}.safetensors", seed=i)
    await mm.call("POST", "/model-manager/scan", json={"folder": "loras", "mode": "full"})
    assert (await wait_scan(mm))["status"] == "completed"

    fs, base = file_server
    big, small = make_safetensors(2_000_000), make_safetensors(1000)
    fs.add("big.safetensors", big)
    fs.add("small.safetensors", small)
    await mm.setting("splitMinBytes", MB)
    await mm.setting("connections", 4)
    for name, data in (("big.safetensors", big), ("small.safetensors", small)):
        task = await mm.download(url=f"{base}/files/{name}", folder="loras", sha256=sha256(data))
        await mm.wait(task["taskId"], "completed")

    services = await mm.services
    catalog = await services.catalog.call(where)
    assert len(inspected) >= 3 and len(split_writes) >= 4 and split_hashes and stream_writes
    seen = set(inspected + split_writes + split_hashes + stream_writes + [catalog])
    pools = {name.split("_")[0] for name, _ in seen}
    assert pools == {"model-manager-scan", "model-manager-bg", "model-manager-write", "model-manager-catalog"}, seen
    assert {n for _, n in seen} == {loop_nice}, seen
    assert nice() == loop_nice
    assert set(switch) == {pacing.BUSY_SWITCH_SECONDS}
    assert sys.getswitchinterval() == host_switch, "the host's switch interval was not given back"


@contextlib.contextmanager
def busy_processes():
    """Four busy processes per core this process may use: every core wanted, as a
    generation's torch threads or another program want them."""
    hogs = [subprocess.Popen([sys.executable, "-c", "while True: pass"])
            for _ in range(4 * len(os.sched_getaffinity(0)))]
    try:
        time.sleep(0.5)  # every one of them started and spinning
        yield
    finally:
        for hog in hogs:
            hog.kill()
            hog.wait()


async def worst_stall_until(done) -> float:
    """The event loop's worst lateness (seconds) on a 5 ms sleep, until ``await done()``."""
    worst = 0.0
    while True:
        t = time.perf_counter()
        await asyncio.sleep(0.005)
        worst = max(worst, time.perf_counter() - t - 0.005)
        if await done():
            return worst


async def test_a_scan_beside_busy_processes_keeps_the_loop_responsive(mm):
    """Hashing and header parsing beside busy processes. On two cores, with the scan's
    threads at nice 10 the loop waited 143-293 ms and the scan took 5.5-6.2 s; at the
    loop's own priority 20-30 ms and 1.3-1.5 s."""
    await mm.setting("autoScan", False)
    ckpts = mm.models_dir / "checkpoints"
    blob = os.urandom(MB) * 32
    for i in range(6):
        (ckpts / f"f{i}.safetensors").write_bytes(len(b"{}").to_bytes(8, "little") + b"{}" + blob)
    for i in range(300):  # header parsing and rows: Python work on the scan's thread
        lora_file(ckpts / "small" / f"s{i}.safetensors", seed=i)
    state: dict = {}

    async def scanned() -> bool:
        _, body = await mm.call("GET", "/model-manager/scan")
        state.update(body["data"])
        return state["status"] != "running"

    with busy_processes():
        await mm.call("POST", "/model-manager/scan", json={"folder": "checkpoints"}, expect=202)
        worst = await worst_stall_until(scanned)
    assert state["results"]["hashed"] == 306
    assert worst < 0.1, f"event loop stalled {worst * 1000:.0f} ms during a scan"


async def test_a_download_beside_busy_processes_keeps_the_loop_responsive(mm, file_server):
    """A one-stream download at a CDN's pace (8 MiB/s) beside busy processes: its writer
    and hashing threads take the GIL for every piece. At nice 10 the loop waited
    134-209 ms; at its own priority 15-35 ms."""
    fs, base = file_server
    data = make_safetensors(8 * MB)
    fs.add("paced.safetensors", data, rate=8 * MB)
    await mm.setting("connections", 1)
    task: dict = {}

    async def downloaded() -> bool:
        task.update(await mm.task(task["taskId"]))
        return task["status"] in ("completed", "failed", "cancelled")

    with busy_processes():
        task.update(await mm.download(url=f"{base}/files/paced.safetensors", folder="loras", sha256=sha256(data)))
        worst = await worst_stall_until(downloaded)
    assert task["status"] == "completed", task
    assert worst < 0.1, f"event loop stalled {worst * 1000:.0f} ms during a download"
