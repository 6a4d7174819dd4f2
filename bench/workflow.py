"""Resolving a workflow offline: 200 nodes against a library, through the service.

    python bench/workflow.py [--nodes 200] [--library 2000] [--runs 20]

Builds a UI-format workflow of ``--nodes`` nodes (a quarter of them loaders naming
models: a third on disk, a third in other subfolders — relink —, a third named by the
official templates — download —, plus unknown names), half of them inside a subgraph,
and a library of ``--library`` empty-but-valid model files in nested folders. Then times
:meth:`WorkflowResolver.resolve` with ``online=False`` (finder, library walk, catalog,
template index; no Civitai / Hugging Face), warm (the template index built once, as in a
running server), best and median of ``--runs``. The last line is the figure (goal < 200 ms).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time


def build(models_dir: str, nodes: int, library: int) -> dict:
    from comfyui_model_manager.workflows.templates import build_index

    template_names = sorted(build_index())[:nodes]
    for i in range(library):
        folder = "loras" if i % 2 else "checkpoints"
        path = os.path.join(models_dir, folder, f"set{i % 20}", f"model_{i}.safetensors")
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(b"\x08\x00\x00\x00\x00\x00\x00\x00{}      ")
    graph, inner = [], []
    for i in range(nodes):
        kind = i % 8
        if kind == 0:  # on disk
            n = {"type": "LoraLoader", "widgets_values": [f"set{(2 * i + 1) % 20}/model_{2 * i + 1}.safetensors", 1, 1]}
        elif kind == 1:  # elsewhere in the folder → relink
            n = {"type": "CheckpointLoaderSimple", "widgets_values": [f"model_{(2 * i) % library}.safetensors"]}
        elif kind == 2:  # the templates know it
            n = {"type": "VAELoader", "widgets_values": [template_names[i % len(template_names)]]}
        elif kind == 3:
            n = {"type": "LoraLoaderModelOnly", "widgets_values": [f"unknown_{i}.safetensors", 1]}
        else:
            n = {"type": "KSampler", "widgets_values": [i, "randomize", 20, 8, "euler", "normal", 1]}
        n["id"] = i + 1
        (inner if i % 2 else graph).append(n)
    graph.append({"id": nodes + 1, "type": "sub-1", "widgets_values": []})
    return {"nodes": graph, "links": [], "definitions": {"subgraphs": [{"id": "sub-1", "nodes": inner}]}}


async def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--nodes", type=int, default=200)
    ap.add_argument("--library", type=int, default=2000)
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    from comfyui_model_manager.hosts.standalone import StandaloneHost
    from comfyui_model_manager.services import Services

    with tempfile.TemporaryDirectory() as tmp:
        host = StandaloneHost(os.path.join(tmp, "models"), os.path.join(tmp, "data"))
        workflow = build(host.models_dir, args.nodes, args.library)
        svc = await asyncio.to_thread(Services, host)
        try:
            t0 = time.perf_counter()
            first = await svc.workflows.resolve(workflow, online=False)
            cold = time.perf_counter() - t0
            times = []
            for _ in range(args.runs):
                t0 = time.perf_counter()
                await svc.workflows.resolve(workflow, online=False)
                times.append(time.perf_counter() - t0)
        finally:
            await svc.close()
    print(f"workflow: {args.nodes} nodes, {len(first['models'])} models {first['summary']}; "
          f"library {args.library} files", file=sys.stderr)
    print(f"first resolve (template index built from the package): {cold * 1000:.0f} ms", file=sys.stderr)
    print(f"resolve {args.nodes}-node workflow offline: best {min(times) * 1000:.1f} ms, "
          f"median {statistics.median(times) * 1000:.1f} ms (goal < 200 ms)")


if __name__ == "__main__":
    asyncio.run(main())
