"""Background work runs on the extension's own threads at the event loop's CPU priority (py/pacing.py).

A scan's file reads, a split download's range writes and its hash, a one-stream
download's writes and the catalog's calls are checked on the threads that really do
them, in a real standalone server: threads of ours (never the loop's, never asyncio's
default executor, which the host shares) and never below the loop's priority, which
would be a priority inversion on the GIL (``tests/test_library.py`` has a scan beside
busy processes for what that costs). Linux only: elsewhere a thread has no nice value of
its own. While a download runs, the interpreter's switch interval is
``BUSY_SWITCH_SECONDS``, and the host's comes back after.
"""

from __future__ import annotations

import os
import sys
import threading

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
