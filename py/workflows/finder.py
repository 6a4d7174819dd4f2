"""Find every model a workflow names, in the formats people pass around.

Formats (ComfyUI frontend ``workflowSchema.ts``; ComfyUI ``execution.py`` / SaveImage):

- **UI**: ``{"nodes": [{"id", "type", "widgets_values": [...] | {...}, "properties":
  {"models": [ModelFile]}}], "links", "groups", "definitions": {"subgraphs": [{"id",
  "nodes": [...]}]}, "extra": {"groupNodes": {name: {"nodes": [...]}}}, "models":
  [ModelFile]}`` — a node whose ``type`` is a subgraph id is an instance of it; a node
  of type ``workflow>NAME`` (or ``workflow/NAME``) is an instance of a group node.
- **API** ("prompt"): ``{"<id>": {"class_type": str, "inputs": {name: value | [id, slot]}}}``.
- **Images**: PNG text chunks ``workflow`` (UI) and ``prompt`` (API); WebP EXIF
  strings ``"workflow:<json>"`` / ``"prompt:<json>"`` (SaveAnimatedWEBP's tags 0x010F
  downwards and 0x0110), read with Pillow. **JSON** files hold either format.

``ModelFile`` = ``{"name", "url", "directory", "hash"?, "hash_type"?}``.

A value is a model when it is a string naming a file with a model extension
(:data:`~..hosts.base.MODEL_EXTENSIONS`) in a node input; its folder comes from the
host's node definitions, a declared ``directory``, the loader table (:mod:`.loaders`),
or hints — else ``None``. Bad input raises :class:`~..errors.BadRequest`.
"""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass, field

from ..errors import BadRequest
from ..hosts.base import LEGACY_NAMES, MODEL_EXTENSIONS
from .loaders import hint_folder, table_inputs

#: Nodes (all graphs together) a workflow may hold.
MAX_NODES = 20_000
#: Bytes of a workflow file or image read.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: Characters of a widget value that may still be a file name.
MAX_NAME_CHARS = 1024
_SHA256_LEN = 64


@dataclass
class FoundModel:
    """One model the workflow names (``name`` as written, ``/``-separated)."""

    name: str
    directory: str | None
    nodes: list[str] = field(default_factory=list)
    url: str | None = None
    hash: str | None = None
    hash_type: str | None = None
    #: Named by a ``models`` list (``properties.models`` or top level), not only a widget.
    declared: bool = False

    @property
    def key(self) -> tuple[str | None, str]:
        return self.directory, self.name


def is_model_value(value: object) -> bool:
    """A string naming a file with a model extension (not a URL, not absurdly long)."""
    if not isinstance(value, str) or not value or len(value) > MAX_NAME_CHARS or "://" in value:
        return False
    return os.path.splitext(value.strip())[1].lower() in MODEL_EXTENSIONS


def _norm(name: str) -> str:
    return name.strip().replace("\\", "/").lstrip("/")


def _folder(name: object) -> str | None:
    if not isinstance(name, str) or not name.strip():
        return None
    return LEGACY_NAMES.get(name.strip(), name.strip())


class _Collector:
    def __init__(self, node_folders: dict | None):
        self.node_folders = node_folders or {}
        self.models: dict[tuple[str | None, str], FoundModel] = {}
        self.count = 0
        self.reached: set[str] = set()

    def tick(self) -> None:
        self.count += 1
        if self.count > MAX_NODES:
            raise BadRequest(f"the workflow is too large (more than {MAX_NODES} nodes)")

    def add(self, name: str, directory: str | None, node_id: str | None, declared: dict | None = None) -> None:
        name = _norm(name)
        key = (directory, name)
        if directory is not None and (None, name) in self.models:  # a folder learned later
            found = self.models.pop((None, name))
            found.directory = directory
            self.models[key] = found
        elif directory is None:
            known = next((m for (d, n), m in self.models.items() if n == name), None)
            if known is not None:
                key = known.key
        found = self.models.setdefault(key, FoundModel(name, directory))
        if node_id is not None and node_id not in found.nodes:
            found.nodes.append(node_id)
        if declared:
            found.declared = True
            url = declared.get("url")
            if isinstance(url, str) and url.strip() and not found.url:
                found.url = url.strip()
            digest = declared.get("hash")
            if isinstance(digest, str) and digest.strip() and not found.hash:
                found.hash = digest.strip().lower()
                htype = declared.get("hash_type")
                found.hash_type = htype.lower() if isinstance(htype, str) else None

    def declared(self, models: object, node_id: str | None) -> None:
        if not isinstance(models, list):
            return
        for m in models[:1000]:
            if isinstance(m, dict) and is_model_value(m.get("name")):
                self.add(m["name"], _folder(m.get("directory")), node_id, m)

    # -- API format -------------------------------------------------------------
    def api_node(self, node_id: str, node: dict) -> None:
        self.tick()
        class_type = node.get("class_type")
        inputs = node.get("inputs")
        if not isinstance(class_type, str) or not isinstance(inputs, dict):
            return
        table = dict(table_inputs(class_type, self.node_folders))
        for name, value in inputs.items():
            if is_model_value(value):
                self.add(value, table.get(name) or hint_folder(class_type, name), node_id)

    # -- UI format --------------------------------------------------------------
    def ui_values(self, class_type: str, values: object, node_id: str,
                  inputs: list[tuple[str, str]] | None = None) -> None:
        inputs = inputs if inputs is not None else table_inputs(class_type, self.node_folders)
        model_folders = [f for n, f in inputs if f != "configs"]
        single = model_folders[0] if len(set(model_folders)) == 1 else None
        k = 0

        def visit(value, key: str | None, depth: int) -> None:
            nonlocal k
            if depth > 4:
                return
            if is_model_value(value):
                if k < len(model_folders):
                    folder = model_folders[k]
                else:
                    folder = single or hint_folder(class_type, key)
                k += 1
                self.add(value, folder, node_id)
            elif isinstance(value, dict):
                for kk, vv in list(value.items())[:200]:
                    visit(vv, str(kk), depth + 1)
            elif isinstance(value, list):
                for vv in value[:200]:
                    visit(vv, key, depth + 1)

        if isinstance(values, (list, dict)):
            visit(values, None, 0)

    def ui_graph(self, nodes: object, prefix: str, subgraphs: dict, group_nodes: dict,
                 stack: tuple[str, ...]) -> None:
        if not isinstance(nodes, list):
            return
        for node in nodes:
            if not isinstance(node, dict):
                continue
            self.tick()
            node_id = prefix + str(node.get("id"))
            ntype = node.get("type")
            ntype = ntype if isinstance(ntype, str) else ""
            props = node.get("properties")
            if isinstance(props, dict):
                self.declared(props.get("models"), node_id)
            if ntype in subgraphs:
                if ntype in stack:
                    raise BadRequest(f"the workflow's subgraphs form a cycle (subgraph {ntype} contains itself)")
                self.reached.add(ntype)
                self.ui_graph(subgraphs[ntype].get("nodes"), node_id + ":", subgraphs, group_nodes, stack + (ntype,))
                continue
            group = _group_name(ntype)
            if group is not None and group in group_nodes:
                inner = [n for n in group_nodes[group].get("nodes") or [] if isinstance(n, dict)]
                flat = [io_ for n in inner for io_ in table_inputs(str(n.get("type") or ""), self.node_folders)]
                self.ui_values(ntype, node.get("widgets_values"), node_id, flat)
                continue
            self.ui_values(ntype, node.get("widgets_values"), node_id)


def _group_name(node_type: str) -> str | None:
    for sep in ("workflow>", "workflow/"):
        if node_type.startswith(sep):
            return node_type[len(sep):]
    return None


def is_ui_workflow(data: object) -> bool:
    return isinstance(data, dict) and isinstance(data.get("nodes"), list)


def is_api_workflow(data: object) -> bool:
    return (isinstance(data, dict) and bool(data)
            and all(isinstance(v, dict) and "class_type" in v for v in data.values()))


def find_models(workflow: object, node_folders: dict | None = None, prompt: object = None) -> list[FoundModel]:
    """Every model ``workflow`` (UI or API format) names; ``prompt`` is an API-format
    companion (a PNG's ``prompt`` chunk) read too. ``node_folders``:
    ``{class_type: {input name: folder}}`` from the host's node definitions.

    Raises :class:`BadRequest` when ``workflow`` is neither format, holds more than
    :data:`MAX_NODES` nodes, or its subgraphs form a cycle.
    """
    c = _Collector(node_folders)
    if is_ui_workflow(workflow):
        defs = workflow.get("definitions")
        subs = defs.get("subgraphs") if isinstance(defs, dict) else None
        subgraphs = {sg["id"]: sg for sg in subs or [] if isinstance(sg, dict) and isinstance(sg.get("id"), str)}
        extra = workflow.get("extra")
        groups = extra.get("groupNodes") if isinstance(extra, dict) else None
        group_nodes = {k: v for k, v in (groups or {}).items() if isinstance(v, dict)} if isinstance(groups, dict) else {}
        c.declared(workflow.get("models"), None)
        c.ui_graph(workflow["nodes"], "", subgraphs, group_nodes, ())
        for sg_id, sg in subgraphs.items():  # a definition no instance reaches still names models
            if sg_id not in c.reached:
                c.ui_graph(sg.get("nodes"), sg_id + ":", subgraphs, group_nodes, (sg_id,))
        for group in group_nodes.values():
            for node in group.get("nodes") or []:
                if isinstance(node, dict):
                    c.ui_values(str(node.get("type") or ""), node.get("widgets_values"), f"group:{node.get('index')}")
    elif is_api_workflow(workflow):
        for node_id, node in workflow.items():
            c.api_node(str(node_id), node)
    else:
        raise BadRequest("not a ComfyUI workflow: expected the UI format (an object with \"nodes\") "
                         "or the API format ({id: {class_type, inputs}})")
    if prompt is not None and is_api_workflow(prompt):
        for node_id, node in prompt.items():
            c.api_node(str(node_id), node)
    return list(c.models.values())


# -- files and images -------------------------------------------------------------
def _json(text: str | bytes, what: str):
    try:
        return json.loads(text)
    except (ValueError, UnicodeDecodeError):
        raise BadRequest(f"{what} is not valid JSON")


def read_workflow_bytes(data: bytes, name: str = "") -> tuple[object, object]:
    """``(workflow, prompt)`` from a file's bytes: a ``.json`` (either format) or a PNG /
    WebP that ComfyUI saved (``prompt`` may be None). :class:`BadRequest` when the bytes
    carry no workflow or exceed :data:`MAX_FILE_BYTES`."""
    if len(data) > MAX_FILE_BYTES:
        raise BadRequest(f"the file is too large (over {MAX_FILE_BYTES // (1024 * 1024)} MB)")
    head = data[:16]
    if head.startswith(b"\x89PNG") or (head[:4] == b"RIFF" and head[8:12] == b"WEBP"):
        return _image_workflow(data)
    text = data.lstrip()
    if not text.startswith((b"{", b"[")):
        raise BadRequest(f"{name or 'the file'} is neither a workflow .json nor a PNG / WebP carrying one")
    doc = _json(data, name or "the file")
    if isinstance(doc, dict) and ("workflow" in doc or "prompt" in doc) and not is_ui_workflow(doc) \
            and not is_api_workflow(doc):
        return doc.get("workflow"), doc.get("prompt")
    return doc, None


def _image_workflow(data: bytes) -> tuple[object, object]:
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(io.BytesIO(data)) as img:
            texts: dict[str, str] = {}
            for k, v in (getattr(img, "text", None) or img.info or {}).items():
                if isinstance(v, (str, bytes)) and k in ("workflow", "prompt"):
                    texts[k] = v.decode("utf-8", "replace") if isinstance(v, bytes) else v
            exif = img.getexif()
            for value in exif.values():
                if isinstance(value, bytes):
                    value = value.decode("utf-8", "replace")
                if isinstance(value, str):
                    key, _, rest = value.partition(":")
                    if key in ("workflow", "prompt") and rest.lstrip().startswith("{") and key not in texts:
                        texts[key] = rest
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise BadRequest(f"the image cannot be read: {exc}")
    if not texts:
        raise BadRequest("the image carries no ComfyUI workflow (no workflow / prompt metadata)")
    workflow = _json(texts["workflow"], "the image's workflow") if "workflow" in texts else None
    prompt = _json(texts["prompt"], "the image's prompt") if "prompt" in texts else None
    return (workflow if workflow is not None else prompt), (prompt if workflow is not None else None)
