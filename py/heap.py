"""The start-up heap, frozen out of the garbage collector's sight.

A full collection (generation 2) walks every tracked object while it holds the
GIL, so it stalls the event loop for as long as the walk takes. Measured from
another process polling the server (``bench/listing.py``, ``bench/scale.py``,
``gc.callbacks`` in the server to name the cause):

- inside ComfyUI 0.3.75 on the CPU, ~390,000 tracked objects after start-up
  (torch, its operators, every node class): one full collection stalled the loop
  for 225-361 ms, the worst wait a user's request felt while a download and a
  scan ran;
- in our own server, ~77,000 objects: 25-110 ms.

Almost all of those objects are modules, classes and functions made while the
process starts; they live as long as it does. :func:`freeze_startup_heap` runs
one collection, then moves what is left to the permanent generation
(``gc.freeze``, Python's own API for this), so later full collections walk only
what was made afterwards. Objects made later, models loaded by a prompt among
them, are collected as before. ``MODEL_MANAGER_GC_FREEZE=0`` turns it off.
"""

from __future__ import annotations

import gc
import logging
import os
import time

log = logging.getLogger(__name__)


def freeze_startup_heap() -> float | None:
    """Collect once, then freeze what is left (once per process). Returns the seconds
    the collection took, or None when ``MODEL_MANAGER_GC_FREEZE=0`` or already done.

    Call it when start-up is over (every extension imported) and before work begins:
    ComfyUI's server start (before any prompt loads a model), ``serve`` before it
    listens.
    """
    if os.environ.get("MODEL_MANAGER_GC_FREEZE", "1") == "0" or gc.get_freeze_count():
        return None
    start = time.perf_counter()
    gc.collect()
    gc.freeze()
    took = time.perf_counter() - start
    log.info("model manager: %d start-up objects frozen out of the collector's sight (%.0f ms)",
             gc.get_freeze_count(), took * 1000)
    return took
