"""Which model files the saved workflows name (for the health report's "unused").

A minimal reader, to be swapped for the workflow resolver's model finder
(``py/workflows/finder.py``, issue 12) once that lands: every string in a workflow
that ends in a model extension counts — widget values of UI-format nodes
(``nodes[].widgets_values``, also inside ``definitions.subgraphs``), ``inputs`` of
API-format nodes, ``properties.models[].name`` and the top-level ``models[].name``
(ComfyUI's own missing-model fields). Loader widgets hold the path relative to the
model folder's root, with ``/`` or ``\\`` (Windows) separators.

Reading is bounded: files over 32 MB are skipped, as is anything that is not JSON.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from ..hosts.base import MODEL_EXTENSIONS

MAX_WORKFLOW_BYTES = 32 * 1024 * 1024
_MAX_DEPTH = 64


@dataclass
class WorkflowNames:
    """Model names found in the workflows: relative paths (``/``-separated, lower case)
    and bare file names (lower case), plus how many workflow files were read."""

    paths: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    files: int = 0

    def uses(self, relative_path: str) -> bool:
        """True when a workflow names this model (by its relative path or, from a
        workflow made on another machine, by its file name)."""
        rel = relative_path.replace("\\", "/").lower()
        return rel in self.paths or rel.rsplit("/", 1)[-1] in self.names


def _add(out: WorkflowNames, value: str) -> None:
    v = value.strip().replace("\\", "/")
    if os.path.splitext(v)[1].lower() not in MODEL_EXTENSIONS or len(v) > 1024:
        return
    out.paths.add(v.lower().lstrip("/"))
    out.names.add(v.rsplit("/", 1)[-1].lower())


def _strings(value: object, out: WorkflowNames, depth: int = 0) -> None:
    """Every string below ``value`` (dicts, lists) that names a model file."""
    if depth > _MAX_DEPTH:
        return
    if isinstance(value, str):
        _add(out, value)
    elif isinstance(value, dict):
        for v in value.values():
            _strings(v, out, depth + 1)
    elif isinstance(value, list):
        for v in value:
            _strings(v, out, depth + 1)


def read_workflow(data: object, out: WorkflowNames) -> None:
    """Add the model names of one parsed workflow (UI or API format) to ``out``."""
    _strings(data, out)


def workflow_files(dirs: list[str]) -> list[str]:
    """Every ``*.json`` below ``dirs`` (recursive, hidden entries skipped)."""
    files = []
    for d in dirs:
        for root, subdirs, names in os.walk(d):
            subdirs[:] = [s for s in subdirs if not s.startswith(".")]
            files += [os.path.join(root, n) for n in names if n.lower().endswith(".json") and not n.startswith(".")]
    return sorted(files)


def scan_workflows(dirs: list[str]) -> WorkflowNames:
    """The model names of every workflow file below ``dirs`` (blocking: call it on a thread)."""
    out = WorkflowNames()
    for path in workflow_files(dirs):
        try:
            if os.path.getsize(path) > MAX_WORKFLOW_BYTES:
                continue
            with open(path, "rb") as f:
                data = json.loads(f.read())
        except (OSError, ValueError, RecursionError):
            continue
        out.files += 1
        read_workflow(data, out)
    return out
