"""Library scale: cold scan, warm listing through REST, diff scan, event-loop stalls.

    python bench/scan.py [--files 10000] [--keys 400] [--dir DIR]

Generates a library of ``--files`` LoRA ``.safetensors`` files in ``loras/`` (plus a
tenth as many checkpoints) with realistic headers
(``--keys`` tensor entries each: LoRA, SDXL LoRA and SD 1.5 checkpoint key sets,
``__metadata__`` with training tags), nested folders and mixed sidecars, then runs
the standalone server's app on its own event loop in a thread and measures, through its REST routes:

1. cold header scan (``hashOnScan`` off): headers + sidecars of every file
2. cold hashing scan (SHA-256 of every file)
3. warm listing ``GET /model-manager/models/loras`` (best of 5)
4. diff scan after touching 10 files

Stalls are measured from another process: ``bench/listing.py`` (inside a real
ComfyUI, beside ComfyUI's own listing) and ``bench/scale.py`` (100,000 models).
The last line is the warm-listing figure.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import shutil
import sys
import tempfile
import threading
import time
import urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import free_port  # noqa: E402


def header_for(kind: str, keys: int, seed: int) -> bytes:
    """A safetensors file (header + data) with ``keys`` tiny F16 tensors named like ``kind``."""
    rnd = random.Random(seed)
    names = []
    if kind == "lora":
        for i in range(keys // 2):
            base = f"lora_unet_down_blocks_{i % 4}_attentions_{i % 2}_transformer_blocks_{i}_attn2_to_k"
            names += [f"{base}.lora_down.weight", f"{base}.lora_up.weight"]
        shapes = {names[0]: [4, 768]}
        meta = {"ss_network_module": "networks.lora", "ss_base_model_version": "sd_v1"}
    elif kind == "sdxl_lora":
        for i in range(keys // 2):
            base = f"lora_unet_input_blocks_{i % 9}_1_transformer_blocks_{i}_attn2_to_k"
            names += [f"{base}.lora_down.weight", f"{base}.lora_up.weight"]
        names[0] = "lora_te2_text_model_encoder_layers_0_mlp_fc1.lora_down.weight"
        shapes = {}
        meta = {"ss_network_module": "networks.lora", "ss_base_model_version": "sdxl_base_v1-0"}
    else:
        names = [f"model.diffusion_model.input_blocks.{i}.1.transformer_blocks.0.attn2.to_k.weight"
                 for i in range(keys - 2)]
        names += ["first_stage_model.decoder.conv_in.weight", "cond_stage_model.transformer.text_model.x"]
        shapes = {names[0]: [320, 768]}
        meta = {}
    meta["ss_tag_frequency"] = json.dumps({"tags": {f"tag{rnd.randrange(10**6)}": 1 for _ in range(200)}})
    header: dict = {"__metadata__": meta}
    offset = 0
    for n in names:
        shape = shapes.get(n, [4, 4])
        size = 2
        for d in shape:
            size *= d
        header[n] = {"dtype": "F16", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    raw = json.dumps(header, separators=(",", ":")).encode()
    raw += b" " * (-len(raw) % 8)
    return len(raw).to_bytes(8, "little") + raw + rnd.randbytes(offset)


def make_library(models: str, files: int, keys: int) -> None:
    kinds = ["lora", "sdxl_lora", "checkpoint"]
    templates = {k: [header_for(k, keys, s) for s in range(8)] for k in kinds}
    # ``files`` LoRAs in loras/ (the folder the listing is timed on) plus a tenth
    # as many checkpoints elsewhere.
    for i in range(files + files // 10):
        kind = ("lora", "sdxl_lora")[i % 2] if i < files else "checkpoint"
        folder = "loras" if kind != "checkpoint" else "checkpoints"
        sub = os.path.join(models, folder, f"group{i % 20}", f"set{i % 7}")
        os.makedirs(sub, exist_ok=True)
        data = templates[kind][i % 8]
        # a different tail per file, so hashes differ
        path = os.path.join(sub, f"model_{i:05d}.safetensors")
        with open(path, "wb") as f:
            f.write(data[:-8] + i.to_bytes(8, "little"))
        if i % 4 == 0:
            with open(os.path.join(sub, f"model_{i:05d}.civitai.info"), "w") as f:
                json.dump({"id": i, "modelId": 10_000 + i, "baseModel": "SD 1.5", "trainedWords": [f"w{i}"]}, f)
        if i % 5 == 0:
            with open(os.path.join(sub, f"model_{i:05d}.preview.png"), "wb") as f:
                f.write(b"\x89PNG\r\n\x1a\n")


class Server:
    """The standalone app on its own loop in a thread, with a lateness probe."""

    def __init__(self, models: str, data: str):
        self.port = free_port()
        self.worst = 0.0
        self.ready = threading.Event()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self._run, args=(models, data), daemon=True)
        self.thread.start()
        self.ready.wait(30)

    def _run(self, models: str, data: str) -> None:
        from aiohttp import web

        from comfyui_model_manager.hosts.standalone import StandaloneHost
        from comfyui_model_manager.server import build_app

        asyncio.set_event_loop(self.loop)
        app = build_app(StandaloneHost(models, data))
        runner = web.AppRunner(app, access_log=None)
        self.loop.run_until_complete(runner.setup())
        self.loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", self.port).start())
        self.loop.create_task(self._probe())
        self.ready.set()
        self.loop.run_forever()

    async def _probe(self) -> None:
        while True:
            t = time.perf_counter()
            await asyncio.sleep(0.005)
            self.worst = max(self.worst, time.perf_counter() - t - 0.005)

    def call(self, method: str, path: str, body=None) -> dict:
        req = urllib.request.Request(f"http://127.0.0.1:{self.port}{path}", method=method,
                                     data=json.dumps(body).encode() if body is not None else None,
                                     headers={"Content-Type": "application/json"})
        with urllib.request.urlopen(req, timeout=600) as r:
            return json.loads(r.read())

    def scan(self, folder=None) -> tuple[float, dict]:
        start = time.perf_counter()
        task = self.call("POST", "/model-manager/scan", {"folder": folder, "mode": "diff"})["data"]
        while task["status"] == "running":
            time.sleep(0.02)
            task = self.call("GET", f"/model-manager/scan/{task['taskId']}")["data"]
        return time.perf_counter() - start, task


def timed_get(url: str) -> tuple[float, bytes]:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=600) as r:
        body = r.read()
    return time.perf_counter() - start, body


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--files", type=int, default=10_000)
    ap.add_argument("--keys", type=int, default=400)
    ap.add_argument("--dir", default=None)
    args = ap.parse_args()
    work = tempfile.mkdtemp(prefix="mm-scan-", dir=args.dir or os.path.join(os.path.dirname(__file__), ".."))
    try:
        models = os.path.join(work, "models")
        t = time.perf_counter()
        make_library(models, args.files, args.keys)
        size = sum(os.path.getsize(os.path.join(r, f)) for r, _, fs in os.walk(models) for f in fs)
        print(f"library: {args.files} files, {size / 2**20:.0f} MiB, made in {time.perf_counter() - t:.1f} s",
              flush=True)
        srv = Server(models, os.path.join(work, "data"))
        srv.call("POST", "/model-manager/download/setting", {"key": "autoScan", "value": False})
        srv.call("POST", "/model-manager/download/setting", {"key": "hashOnScan", "value": False})
        cold, task = srv.scan()
        print(f"cold header scan:  {cold:7.2f} s  ({task['results']})", flush=True)
        # the hashing scan re-inspects every file: drop the rows first
        os.unlink(os.path.join(work, "data", "catalog.sqlite3"))
        srv.loop.call_soon_threadsafe(srv.loop.stop)
        srv.thread.join(10)
        srv = Server(models, os.path.join(work, "data"))
        srv.call("POST", "/model-manager/download/setting", {"key": "autoScan", "value": False})
        hashed, task = srv.scan()
        print(f"cold hashing scan: {hashed:7.2f} s  ({task['results']['hashed']} hashed)", flush=True)

        url = f"http://127.0.0.1:{srv.port}/model-manager/models/loras"
        listing = []
        for _ in range(5):
            elapsed, body = timed_get(url)
            listing.append(elapsed)
        n = len(json.loads(body)["data"])
        print(f"warm listing:      {min(listing):7.3f} s best, {max(listing):.3f} s worst ({n} models)", flush=True)

        loras = sorted(os.path.join(r, f) for r, _, fs in os.walk(os.path.join(models, "loras"))
                       for f in fs if f.endswith(".safetensors"))
        for path in loras[:10]:
            os.utime(path, ns=(time.time_ns(), time.time_ns()))
        diff, task = srv.scan("loras")
        print(f"diff scan (10 touched): {diff:5.2f} s  ({task['results']})", flush=True)
        print(f"warm listing of {n} models through REST: {min(listing):.3f} s")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
