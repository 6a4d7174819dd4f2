"""Which model files the saved workflows name (for the health report's "unused").

Each saved workflow (UI or API format ``*.json``) is read with the workflow resolver's
model finder (:func:`..workflows.finder.find_models`: loader widgets by the loader
table, ``properties.models``, the top-level ``models``, subgraphs and group nodes).
Loader widgets hold the path relative to the model folder's root, with ``/`` or
``\\`` (Windows) separators; a model counts as used when a workflow names its
relative path or, for a workflow made on another machine, its file name.

Reading is bounded: files over 32 MB are skipped, as is anything that is not a workflow.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

from ..errors import ApiError
from ..workflows.finder import find_models

MAX_WORKFLOW_BYTES = 32 * 1024 * 1024


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
    out.paths.add(v.lower().lstrip("/"))
    out.names.add(v.rsplit("/", 1)[-1].lower())


def read_workflow(data: object, out: WorkflowNames) -> None:
    """Add the model names of one parsed workflow (UI or API format) to ``out``;
    :class:`BadRequest` when it is not a workflow."""
    for found in find_models(data):
        _add(out, found.name)


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
        try:
            read_workflow(data, out)
        except (ApiError, RecursionError):  # not a workflow (or absurdly deep): not counted
            continue
        out.files += 1
    return out
