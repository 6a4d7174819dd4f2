"""100,000 models: listing, cold header scan, diff scan, peak RSS, stalls (from outside).

    python bench/scale.py [--files 100000] [--dir DIR]

Generates ``--files`` small valid LoRA ``.safetensors`` files (a real header: four
tensors and ``__metadata__``, ~1 KiB each) over nested folders
``loras/a*/b*/c*`` (100 files a directory) on one disk, then runs the standalone
server **in its own process** (``comfyui-model-manager serve``) and a poller process
(``bench/poller.py``, one GET of ``/model-manager/scan`` every 20 ms: the stall a
user feels). Measured through REST:

1. cold header scan (``hashOnScan`` off) of the whole library;
2. cold listing (the index is built), then the warm listing (median of 3);
3. a diff scan after touching 10 files (new mtimes), and the listing after it;
4. the server's peak RSS (``VmHWM``) and the slowest poll during all of it.

Goals (issue 13): listing ≤ 1 s, cold header scan ≤ 60 s, diff scan ≤ 1 s,
peak RSS ≤ 400 MB, stall ≤ 30 ms. The last line has every figure.

Another checkout side by side (the editable install maps ``comfyui_model_manager`` to
this one whatever the working directory): ``mkdir /tmp/other && ln -s <checkout>/py
/tmp/other/comfyui_model_manager`` and run with ``PYTHONPATH=/tmp/other``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
import urllib.request

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from common import Poller, ServerProcess  # noqa: E402


def tiny_lora(seed: int) -> bytes:
    """A valid safetensors LoRA: four F16 tensors, SD 1.5 key names, ``__metadata__``."""
    header: dict = {"__metadata__": {"ss_network_module": "networks.lora", "ss_base_model_version": "sd_v1",
                                     "ss_output_name": f"lora{seed}"}}
    offset = 0
    for i in range(2):
        base = f"lora_unet_down_blocks_{i}_attentions_0_transformer_blocks_0_attn2_to_k"
        for part, shape in (("lora_down.weight", [4, 8]), ("lora_up.weight", [8, 4])):
            size = 2 * shape[0] * shape[1]
            header[f"{base}.{part}"] = {"dtype": "F16", "shape": shape, "data_offsets": [offset, offset + size]}
            offset += size
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)
    return len(raw).to_bytes(8, "little") + raw + seed.to_bytes(8, "little") * (offset // 8)


def make_library(models: str, files: int) -> list[str]:
    """``files`` LoRAs, 100 a directory, three levels deep; returns their paths."""
    paths = []
    template = tiny_lora(0)
    for i in range(files):
        d = os.path.join(models, "loras", f"a{i // 10000}", f"b{i // 1000 % 10}", f"c{i // 100 % 10}")
        if i % 100 == 0:
            os.makedirs(d, exist_ok=True)
        path = os.path.join(d, f"lora_{i:06d}.safetensors")
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.write(fd, template[:-8] + i.to_bytes(8, "little"))  # a different tail: a different hash
        os.close(fd)
        paths.append(path)
    return paths


def timed(url: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
    return time.perf_counter() - start, body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=100_000)
    ap.add_argument("--dir", default=None)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="mm-scale-", dir=args.dir or os.path.join(HERE, ".."))
    srv = poller = None
    try:
        models = os.path.join(work, "models")
        t = time.perf_counter()
        paths = make_library(models, args.files)
        print(f"library: {args.files} models in {args.files // 100} folders, made in "
              f"{time.perf_counter() - t:.1f} s", flush=True)
        srv = ServerProcess(models, os.path.join(work, "data"), os.path.join(work, "server.log"))
        srv.call("POST", "/model-manager/download/setting", {"key": "autoScan", "value": False})
        srv.call("POST", "/model-manager/download/setting", {"key": "hashOnScan", "value": False})
        poller = Poller(srv.base + "/model-manager/scan", os.path.join(work, "polls.txt"))
        time.sleep(2)
        idle = poller.median()
        start = time.time()

        marks = [("start", time.time())]
        t = time.perf_counter()
        task = srv.scan("loras")
        cold_scan = time.perf_counter() - t
        marks.append(("cold header scan", time.time()))
        print(f"cold header scan: {cold_scan:.2f} s {task['results']}", flush=True)
        rss_scan = srv.rss()

        url = srv.base + "/model-manager/models/loras"
        cold_list, body = timed(url)
        n = json.loads(body)["total"]
        assert n == args.files, n
        marks.append(("cold listing", time.time()))
        warm = [timed(url)[0] for _ in range(3)]
        marks.append(("warm listing", time.time()))
        print(f"listing: cold {cold_list:.3f} s (index built), warm {statistics.median(warm):.3f} s median "
              f"({', '.join(f'{x:.3f}' for x in warm)}), {len(body) / 2**20:.1f} MiB, {n} models", flush=True)

        now = time.time_ns()
        for p in paths[:: len(paths) // 10][:10]:
            os.utime(p, ns=(now, now))
        t = time.perf_counter()
        task = srv.scan("loras")
        diff = time.perf_counter() - t
        marks.append(("diff scan", time.time()))
        after, body = timed(url)
        marks.append(("listing after the diff scan", time.time()))
        print(f"diff scan after touching 10 files: {diff:.3f} s {task['results']}; listing after it "
              f"{after:.3f} s", flush=True)
        page, _ = timed(url + "?offset=50000&limit=200&fields=relativePath,name,sizeBytes")
        print(f"a 200-model page with 3 fields at offset 50000: {page * 1000:.1f} ms", flush=True)
        marks.append(("a page", time.time()))
        time.sleep(0.3)
        stall = poller.worst(start, time.time())
        def worst_text(a: float, b: float) -> str:
            w = poller.worst(a, b)  # NaN: the phase was shorter than the 20 ms between two polls
            return f"{w * 1000:.1f} ms" if w == w else "no poll began in it"

        print("stall by phase (slowest poll from another process): " + ", ".join(
            f"{name} {worst_text(a, b)}" for (_, a), (name, b) in zip(marks, marks[1:])))
        print(f"load average: {os.getloadavg()[0]:.1f} (2 cores)")
        peak = srv.peak_rss()
        print(f"server RSS: after the scan {rss_scan / 2**20:.0f} MiB, peak {peak / 2**20:.0f} MiB; "
              f"poll median idle {idle * 1000:.1f} ms", flush=True)
        listing = statistics.median(warm)
        print(f"{n} models: listing {listing:.3f} s (<= 1), cold header scan {cold_scan:.1f} s (<= 60), "
              f"diff scan {diff:.3f} s (<= 1), peak RSS {peak / 1e6:.0f} MB (<= 400), "
              f"stall {stall * 1000:.1f} ms (<= 30)")
    finally:
        if poller is not None:
            poller.close()
        if srv is not None:
            srv.close()
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
