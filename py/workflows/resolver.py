"""The workflow resolver: every model a workflow names → status, place and candidates.

Reply of :meth:`WorkflowResolver.resolve` (``WorkflowResolution`` in ``openapi.json``)::

    {"models": [{"name": str,             # as the workflow writes it ('/'-separated)
                 "directory": str | None, # the model folder (None: nobody could tell)
                 "nodes": [str],          # node ids naming it ("12", "5:3" inside subgraph 5)
                 "declared": bool,        # named by a models list, not only by a widget
                 "status": "present" | "relink" | "download" | "unresolved",
                 "foundAt"?: {"folder", "pathIndex", "relativePath"},   # present / relink
                 "link"?: {"url", "sha256"},  # present: its public source, for properties.models
                 "hash"?: str,             # the SHA-256 / AutoV2 the workflow declares
                 "candidates": [WorkflowCandidate],   # see .candidates
                 "errors"?: [str]}],       # lookups that failed (site down, rate limit)
     "summary": {"present", "relink", "download", "unresolved"}}

- ``present``: the exact relative path exists in its folder (any root: ComfyUI merges them).
- ``relink``: a file of the same name in another subfolder / root of that folder, or a
  file with the declared SHA-256 (the catalog's), exists: ``foundAt`` is it, and
  changing the widget to its ``relativePath`` fixes the node.
- ``download``: candidates were found (most trusted first); ``unresolved``: none.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import time

from ..library.walk import directories, is_model_file
from ..sources import civitai, huggingface
from ..pacing import in_background
from .candidates import HIGH, OnlineLookups, candidate, public_link
from .finder import FoundModel, find_models
from .templates import TemplateIndex

log = logging.getLogger(__name__)

_HEX = re.compile(r"^[0-9a-f]+$")
#: Models looked up online at once.
ONLINE_CONCURRENCY = 4
#: Seconds the host's node definitions are reused.
NODE_DEFS_TTL = 30.0


class LibrarySnapshot:
    """The model files on disk now, by folder: relative paths and file names."""

    def __init__(self, folders, names: set[str] | None = None):
        self.paths: dict[str, dict[str, int]] = {}  # folder → {relative path: path index}
        self.by_name: dict[str, list[tuple[str, int, str]]] = {}  # file name → [(folder, index, rel)]
        for folder in folders.all():
            if names is not None and folder.name not in names:
                continue
            paths = self.paths.setdefault(folder.name, {})
            found = [(i, rel) for i, root in enumerate(folder.roots) for rel in _walk_names(root)]
            for index, rel in sorted(found, key=lambda e: (e[0], e[1].count("/"), e[1])):
                paths.setdefault(rel, index)
                self.by_name.setdefault(rel.rsplit("/", 1)[-1], []).append((folder.name, index, rel))

    def exact(self, folder: str | None, rel: str) -> tuple[str, int, str] | None:
        if folder is not None:
            index = self.paths.get(folder, {}).get(rel)
            return (folder, index, rel) if index is not None else None
        hits = [(f, p[rel], rel) for f, p in self.paths.items() if rel in p]
        return hits[0] if len(hits) == 1 else None

    def same_name(self, folder: str | None, rel: str) -> tuple[str, int, str] | None:
        hits = self.by_name.get(rel.rsplit("/", 1)[-1], [])
        if folder is not None:
            hits = [h for h in hits if h[0] == folder]
        elif len({h[0] for h in hits}) > 1:
            return None
        return hits[0] if hits else None


def _walk_names(root: str) -> list[str]:
    """Relative paths of the model files below ``root`` — names only, no ``stat`` per file
    (``DirEntry.is_dir`` uses the directory's own type field), so 10,000 files cost
    milliseconds. Hidden entries and our ``.part`` files are skipped, as in the listing;
    directory links are followed once (the listing's own :func:`~..library.walk.directories`)."""
    out: list[str] = []
    for prefix, entries in directories(root):
        for e in entries:
            try:
                if not e.is_dir() and is_model_file(e.name):
                    out.append(prefix + e.name)
            except OSError:
                continue
    return out


def _place(hit: tuple[str, int, str]) -> dict:
    return {"folder": hit[0], "pathIndex": hit[1], "relativePath": hit[2]}


def _link_from_row(row: dict | None, meta_url: str | None) -> dict | None:
    """The public download URL we know for a file on disk (catalog source ids, our sidecar)."""
    if row is None:
        return None
    ids = {}
    try:
        ids = json.loads(row["source_ids"]) if row.get("source_ids") else {}
    except ValueError:
        ids = {}
    url = None
    if row.get("source") == "civitai" and isinstance(ids, dict) and ids.get("versionId"):
        url = f"{civitai.base_url()}/api/download/models/{ids['versionId']}"
    elif row.get("source") == "huggingface" and isinstance(ids, dict) and ids.get("repo") and ids.get("path"):
        url = huggingface.download_url(ids["repo"], ids.get("revision") or "main", ids["path"])
    else:
        url = public_link(meta_url)
    if not url:
        return None
    return {"url": url, "sha256": row.get("sha256")}


def _sidecar_url(path: str) -> str | None:
    try:
        with open(os.path.splitext(path)[0] + ".metadata.json", encoding="utf-8") as f:
            meta = json.load(f)
        url = (meta.get("model_manager") or {}).get("url")
        return url if isinstance(url, str) else None
    except (OSError, ValueError, AttributeError):
        return None


class WorkflowResolver:
    """The service behind ``POST /model-manager/workflow/resolve`` and ``fetch-workflow``."""

    def __init__(self, host, folders, catalog, sources, data_dir: str | None):
        self.host = host
        self.folders = folders
        self.catalog = catalog
        self.online = OnlineLookups(sources, catalog)
        self.templates = TemplateIndex(data_dir)
        self._defs: tuple[float, dict] | None = None

    @staticmethod
    def read_file(data: bytes, name: str = "") -> tuple[object, object]:
        """``(workflow, prompt)`` from a ``.json`` / PNG / WebP file's bytes (see :mod:`.finder`)."""
        from .finder import read_workflow_bytes

        return read_workflow_bytes(data, name)

    async def node_folders(self) -> dict:
        """The host's ``{class_type: {input: folder}}`` (ComfyUI's node definitions) or ``{}``;
        reused for :data:`NODE_DEFS_TTL` seconds (it runs every node's ``INPUT_TYPES``)."""
        fn = getattr(self.host, "node_input_folders", None)
        if fn is None:
            return {}
        now = time.monotonic()
        if self._defs is not None and now - self._defs[0] < NODE_DEFS_TTL:
            return {k: dict(v) for k, v in self._defs[1].items()}
        try:
            defs = await in_background(fn)
        except Exception as exc:  # a broken custom node must not break resolving
            log.warning("model manager: node definitions unreadable: %s", exc)
            defs = {}
        self._defs = (now, defs)
        return {k: dict(v) for k, v in defs.items()}

    async def resolve(self, workflow: object, prompt: object = None, node_folders: dict | None = None,
                      online: bool = True) -> dict:
        """Resolve ``workflow`` (UI or API format; ``prompt``: an API-format companion).

        ``node_folders`` (the frontend's view of the node definitions) adds to the
        host's. ``online=False`` skips Civitai and Hugging Face (workflow metadata and the
        template index still answer). Raises :class:`BadRequest` for what
        :func:`~.finder.find_models` refuses.
        """
        defs = await self.node_folders()
        if isinstance(node_folders, dict):
            for k, v in node_folders.items():
                if isinstance(k, str) and isinstance(v, dict):
                    defs.setdefault(k, {}).update({i: f for i, f in v.items() if isinstance(i, str)
                                                   and isinstance(f, str)})
        found = await in_background(find_models, workflow, defs, prompt)
        models, rows = await in_background(self._offline, found)
        need_hash = [m for m in models if m["status"] not in ("present", "relink") and m.get("hash")]
        for m in need_hash:  # same SHA-256 elsewhere in the library (the catalog knows hashes)
            hit = await self._by_hash_on_disk(m)
            if hit:
                m["status"], m["foundAt"] = "relink", hit
                m["directory"] = m["directory"] or hit["folder"]
        await self._links(models, rows)
        gate = asyncio.Semaphore(ONLINE_CONCURRENCY)

        async def lookup(m: dict) -> None:
            async with gate:
                await self._online(m, online)

        await asyncio.gather(*(lookup(m) for m in models if m["status"] not in ("present", "relink")))
        for m in models:
            if m["status"] not in ("present", "relink"):
                m["status"] = "download" if m["candidates"] else "unresolved"
                if m["directory"] is None and m["candidates"]:
                    m["directory"] = next((c["directory"] for c in m["candidates"] if c.get("directory")), None)
        summary = {s: sum(1 for m in models if m["status"] == s) for s in ("present", "relink", "download",
                                                                            "unresolved")}
        return {"models": models, "summary": summary}

    # -- offline part (a worker thread) ------------------------------------------
    def _offline(self, found: list[FoundModel]) -> tuple[list[dict], dict]:
        """Statuses from the disk and candidates from the workflow and the templates."""
        known = {f.name for f in self.folders.all()}
        snapshot = LibrarySnapshot(self.folders)
        index = self.templates.get()
        models = []
        for f in found:
            directory = f.directory if f.directory in known else None
            templ = index.get(f.name.rsplit("/", 1)[-1], [])
            if directory is None:
                lib = snapshot.same_name(None, f.name)
                directory = (lib[0] if lib else None) or next(
                    (t["directory"] for t in templ if t["directory"] in known), None)
            m = {"name": f.name, "directory": directory, "nodes": f.nodes, "status": "unresolved",
                 "declared": f.declared, "candidates": []}
            digest = (f.hash or "").lower()
            if digest and _HEX.match(digest) and len(digest) in (10, 64) and f.hash_type in (None, "sha256",
                                                                                           "autov2"):
                m["hash"] = digest
            hit = snapshot.exact(directory, f.name)
            if hit:
                m["status"], m["foundAt"], m["directory"] = "present", _place(hit), hit[0]
            else:
                hit = snapshot.same_name(directory, f.name)
                if hit:
                    m["status"], m["foundAt"], m["directory"] = "relink", _place(hit), hit[0]
            if m["status"] == "unresolved":
                if f.url:
                    high = 0.95 if m.get("hash") else 0.9
                    m["candidates"].append(candidate(f.url, "workflow", high, "hash" if m.get("hash") else "name",
                                                     sha256=m.get("hash") if len(m.get("hash", "")) == 64 else None,
                                                     directory=directory))
                for i, t in enumerate(templ):
                    if any(c["url"] == t["url"] for c in m["candidates"]):
                        continue
                    same_dir = directory is None or t["directory"] == directory
                    m["candidates"].append(candidate(t["url"], "templates", (0.9 if i == 0 else 0.8) if same_dir
                                                     else 0.5, "name", directory=t["directory"]))
            models.append(m)
        return models, {}

    async def _by_hash_on_disk(self, m: dict) -> dict | None:
        digest = m["hash"]
        if len(digest) != 64:
            return None
        rows = await self.catalog.call(self.catalog.models_by_sha256, digest)
        for r in rows:
            if m["directory"] in (None, r["folder"]):
                try:
                    path = self.folders.resolve(r["folder"], r["path_index"], r["relative_path"])
                except Exception:
                    continue
                if os.path.isfile(path):
                    return {"folder": r["folder"], "pathIndex": r["path_index"], "relativePath": r["relative_path"]}
        return None

    async def _links(self, models: list[dict], _rows: dict) -> None:
        """``link`` of the present models whose public source we know (for ``properties.models``)."""
        present = [m for m in models if m["status"] == "present" and m.get("foundAt")]
        keys = [(m["foundAt"]["folder"], m["foundAt"]["pathIndex"], m["foundAt"]["relativePath"]) for m in present]
        rows = await self.catalog.call(lambda: [self.catalog.get_model(*k) for k in keys])
        for m, row in zip(present, rows):
            at = m["foundAt"]
            if row is None:
                continue
            meta_url = None
            if row.get("source") not in ("civitai", "huggingface"):
                try:
                    path = self.folders.resolve(at["folder"], at["pathIndex"], at["relativePath"])
                    meta_url = await in_background(_sidecar_url, path)
                except Exception:
                    meta_url = None
            link = _link_from_row(row, meta_url)
            if link:
                m["link"] = link

    # -- online part -----------------------------------------------------------------
    async def _online(self, m: dict, online: bool) -> None:
        errors: list[str] = []
        digest = m.get("hash")
        if online and digest:
            for c in await self.online.by_hash(m["name"], digest):
                if not any(x["url"] == c["url"] for x in m["candidates"]):
                    m["candidates"].insert(0, c)
        if online and not any(c["confidence"] >= HIGH for c in m["candidates"]):
            found, errors = await self.online.search(m["name"], digest)
            for c in found:
                if not any(x["url"] == c["url"] for x in m["candidates"]):
                    m["candidates"].append(c)
        if m["directory"] is not None:
            for c in m["candidates"]:  # a candidate for another folder is less likely the file meant
                if c.get("directory") and c["directory"] != m["directory"] and c["source"] != "workflow":
                    c["confidence"] = min(c["confidence"], 0.5)
        m["candidates"].sort(key=lambda c: -c["confidence"])
        if errors:
            m["errors"] = errors
