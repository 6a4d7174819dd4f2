"""``heap.freeze_startup_heap``: run in a fresh interpreter (freezing is for a whole process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

PROBE = """
import gc, json
from comfyui_model_manager.heap import freeze_startup_heap
first = freeze_startup_heap()
frozen = gc.get_freeze_count()
again = freeze_startup_heap()
print(json.dumps({"first": first, "frozen": frozen, "again": again, "young": len(gc.get_objects())}))
"""


def probe(**env) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], env={**os.environ, **env}, capture_output=True, text=True,
                         check=True, timeout=60)
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_the_startup_heap_is_frozen_once():
    r = probe()
    # the start-up objects left the collector's generations: a full collection walks only later ones
    assert r["first"] is not None and r["frozen"] > 5_000 and r["young"] < r["frozen"] / 10, r
    assert r["again"] is None, r


def test_MODEL_MANAGER_GC_FREEZE_0_turns_it_off():
    r = probe(MODEL_MANAGER_GC_FREEZE="0")
    assert r["first"] is None and r["frozen"] == 0, r
