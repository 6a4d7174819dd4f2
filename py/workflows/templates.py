"""An offline index of the models named by ComfyUI's official workflow templates.

Source: the PyPI package ``comfyui-workflow-templates-json`` (a dependency; ComfyUI
itself pulls it in through ``comfyui-workflow-templates``): its ``templates/*.json``
are UI-format workflows whose nodes' ``properties.models`` (and top-level ``models``)
give ``{name, url, directory}`` — about 350 distinct file names with their published
Hugging Face URL. The template files are read at run time; the index they give is
cached as ``templates-index.json`` in the data directory, keyed by the package
version, so a later start reads one small file instead of ~660 templates.

Index: ``{file name: [{"url", "directory", "templates": n}]}``, most used URL first.
"""

from __future__ import annotations

import json
import logging
import os
import threading
from collections import defaultdict
from importlib import metadata, resources

log = logging.getLogger(__name__)

PACKAGE = "comfyui-workflow-templates-json"
MODULE = "comfyui_workflow_templates_json"
CACHE_FILE = "templates-index.json"
_FORMAT = 1


def package_version() -> str | None:
    try:
        return metadata.version(PACKAGE)
    except metadata.PackageNotFoundError:
        return None


def _template_files():
    try:
        root = resources.files(MODULE) / "templates"
    except ModuleNotFoundError:
        return []
    return [p for p in root.iterdir() if p.name.endswith(".json") and not p.name.startswith(("index", "fuse_"))]


def build_index() -> dict[str, list[dict]]:
    """Read every template and collect the declared models (see module docstring)."""
    counts: dict[str, dict[tuple[str, str], int]] = defaultdict(lambda: defaultdict(int))

    def take(models):
        if not isinstance(models, list):
            return
        for m in models:
            if not isinstance(m, dict):
                continue
            name, url, directory = m.get("name"), m.get("url"), m.get("directory")
            if isinstance(name, str) and isinstance(url, str) and url.startswith("https://") \
                    and isinstance(directory, str):
                counts[name.replace("\\", "/")][(url, directory)] += 1

    def nodes(items):
        for node in items or []:
            if isinstance(node, dict) and isinstance(node.get("properties"), dict):
                take(node["properties"].get("models"))

    for path in _template_files():
        try:
            doc = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if not isinstance(doc, dict):
            continue
        take(doc.get("models"))
        nodes(doc.get("nodes"))
        defs = doc.get("definitions")
        for sg in (defs.get("subgraphs") if isinstance(defs, dict) else None) or []:
            if isinstance(sg, dict):
                nodes(sg.get("nodes"))
    return {
        name: [{"url": url, "directory": d, "templates": n}
               for (url, d), n in sorted(found.items(), key=lambda kv: (-kv[1], kv[0]))]
        for name, found in counts.items()
    }


class TemplateIndex:
    """The index, built once (thread-safe) and cached in ``data_dir``."""

    def __init__(self, data_dir: str | None):
        self.path = os.path.join(data_dir, CACHE_FILE) if data_dir else None
        self._index: dict[str, list[dict]] | None = None
        self._lock = threading.Lock()

    def get(self) -> dict[str, list[dict]]:
        """The index (blocking on first use: call it from a worker thread)."""
        if self._index is not None:
            return self._index
        with self._lock:
            if self._index is None:
                self._index = self._load()
        return self._index

    def lookup(self, name: str) -> list[dict]:
        """The template entries for a file name (its last path part), or ``[]``."""
        return self.get().get(name.replace("\\", "/").rsplit("/", 1)[-1], [])

    def _load(self) -> dict[str, list[dict]]:
        version = package_version()
        if version is None:
            log.warning("model manager: %s is not installed; no template index", PACKAGE)
            return {}
        if self.path and os.path.isfile(self.path):
            try:
                with open(self.path, encoding="utf-8") as f:
                    cached = json.load(f)
                if cached.get("version") == version and cached.get("format") == _FORMAT:
                    return cached["models"]
            except (OSError, ValueError, KeyError, AttributeError):
                pass
        index = build_index()
        if self.path:
            tmp = self.path + ".tmp"
            try:
                with open(tmp, "w", encoding="utf-8") as f:
                    json.dump({"version": version, "format": _FORMAT, "models": index}, f)
                os.replace(tmp, self.path)
            except OSError as exc:
                log.warning("model manager: cannot cache the template index: %s", exc)
        return index
