"""Sidecar files other tools (and we) keep next to a model ``<stem>.<ext>``.

Read (in this order; the first that names a value wins):

- ``<stem>.metadata.json`` — ComfyUI-Lora-Manager's: ``sha256``, ``base_model``,
  ``civitai`` (a Civitai model-version object), ``modelDescription``, and ours
  (the same shape, see :func:`write_metadata`).
- ``<stem>.civitai.info`` — Civitai Helper's: the Civitai model-version JSON
  (``id``, ``modelId``, ``baseModel``, ``trainedWords``, ``files[].hashes.SHA256``,
  ``model.name`` / ``model.type``), per Civitai's public API reference.
- ``<stem>.cm-info.json`` — keys ``SHA256``/``sha256``, ``ModelId``, ``VersionId``,
  ``TrainedWords`` / ``Activation text`` (case-insensitive here).
- ``<stem>.json`` — AUTOMATIC1111's LoRA card: ``description``, ``sd version``,
  ``activation text``.
- ``<stem>.sha256`` — a hex digest (first word of the file).

A SHA-256 found in a sidecar is a *seed* (``sha256Source: "sidecar"``): it names the
file for lookups at once; a scan with hashing computes the real one and replaces it.
Reads are bounded (2 MB a file) and never follow a sidecar that is a symbolic link
(it could name any file); writes replace such a link, never write through it.
"""

from __future__ import annotations

import json
import os
import re
import stat as stat_mod
import time

from ..safety.fileio import write_atomic

MAX_SIDECAR_BYTES = 2 * 1024 * 1024
_HEX64 = re.compile(r"\b([0-9a-fA-F]{64})\b")

#: Sidecar suffixes that belong to a model (moved, renamed and deleted with it).
SIDECAR_SUFFIXES = (
    ".metadata.json", ".civitai.info", ".cm-info.json", ".json", ".sha256", ".md", ".txt",
    ".preview.webp", ".preview.png", ".preview.jpg", ".preview.jpeg", ".preview.gif",
    ".preview.mp4", ".preview.webm", ".webp", ".png", ".jpg", ".jpeg", ".gif", ".mp4", ".webm", ".yaml",
)


def stem_of(path: str) -> str:
    """The model path without its extension (``/m/loras/x.safetensors`` → ``/m/loras/x``)."""
    return os.path.splitext(path)[0]


def sidecar_paths(model_path: str) -> list[str]:
    """Existing sidecar files of ``model_path`` (same directory, same stem, a known suffix).

    Regular files and symbolic links (a link is moved and deleted as a link, never
    read as a sidecar and never written through); directories are not sidecars.
    """
    import stat

    stem = stem_of(model_path)
    out = []
    for s in SIDECAR_SUFFIXES:
        try:
            mode = os.lstat(stem + s).st_mode
        except OSError:
            continue
        if stat.S_ISREG(mode) or stat.S_ISLNK(mode):
            out.append(stem + s)
    return out


def read_small(path: str, limit: int = MAX_SIDECAR_BYTES, head: bool = False) -> bytes | None:
    """The bytes of a regular file of at most ``limit`` bytes (``head``: the first ``limit``
    bytes of a file of any size); None when it is missing, larger (unless ``head``), not a
    regular file, or a symbolic link (opened with ``O_NOFOLLOW``: a linked sidecar could
    name any file on the machine; ``O_NONBLOCK``: a FIFO never blocks the reader)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0))
    except OSError:
        return None
    try:
        st = os.fstat(fd)
        if not stat_mod.S_ISREG(st.st_mode) or (st.st_size > limit and not head):
            return None
        with os.fdopen(fd, "rb", closefd=False) as f:
            return f.read(limit)
    except OSError:
        return None
    finally:
        os.close(fd)


def _read_json(path: str) -> dict | None:
    raw = read_small(path)
    if raw is None:
        return None
    try:
        data = json.loads(raw)
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _ci(d: dict, *names):
    lower = {k.lower(): v for k, v in d.items() if isinstance(k, str)}
    for n in names:
        v = lower.get(n.lower())
        if v not in (None, "", []):
            return v
    return None


def _sha(value) -> str | None:
    if isinstance(value, str):
        m = _HEX64.search(value)
        if m:
            return m.group(1).lower()
    return None


def _words(value) -> list[str] | None:
    if isinstance(value, str):
        value = [w.strip() for w in value.split(",")]
    if isinstance(value, list):
        words = [w.strip() for w in value if isinstance(w, str) and w.strip()]
        return words or None
    return None


def _from_civitai_version(v: dict) -> dict:
    out: dict = {}
    files = v.get("files") if isinstance(v.get("files"), list) else []
    for f in files:
        if isinstance(f, dict) and isinstance(f.get("hashes"), dict):
            sha = _sha(f["hashes"].get("SHA256"))
            if sha and (f.get("primary") or "sha256" not in out):
                out["sha256"] = sha
    ids = {k: v[src] for k, src in (("modelId", "modelId"), ("versionId", "id")) if isinstance(v.get(src), int)}
    if ids:
        out["source"], out["source_ids"] = "civitai", ids
    if isinstance(v.get("baseModel"), str):
        out["base_model"] = v["baseModel"]
    words = _words(v.get("trainedWords"))
    if words:
        out["trigger_words"] = words
    return out


#: The sidecars :func:`read_sidecars` reads (a reader added there belongs here too).
READ_SUFFIXES = (".metadata.json", ".civitai.info", ".cm-info.json", ".json", ".sha256")


def read_sidecars(model_path: str, siblings: set[str] | frozenset[str] | None = None) -> dict:
    """What the sidecars of ``model_path`` say: keys ``sha256``, ``source``, ``source_ids``
    (dict), ``base_model``, ``trigger_words`` (list), each present only when known.

    ``siblings``: the names in the model's directory when the caller listed it already (a
    scan does, once a directory): sidecars not among them are not even tried, which saves
    five failing system calls a model on a library without sidecars.
    """
    stem = stem_of(model_path)
    found: dict = {}
    if siblings is not None:
        base = os.path.basename(stem)
        if not any(base + s in siblings for s in READ_SUFFIXES):
            return found

    def take(values: dict) -> None:
        for k, v in values.items():
            if v is not None and k not in found:
                found[k] = v

    meta = _read_json(stem + ".metadata.json")
    if meta:
        take({"sha256": _sha(meta.get("sha256")), "base_model": meta.get("base_model") or None})
        if isinstance(meta.get("civitai"), dict):
            take(_from_civitai_version(meta["civitai"]))
        mm = meta.get("model_manager")
        if isinstance(mm, dict):
            take({"source": mm.get("source"), "source_ids": mm.get("sourceIds") or None})
    info = _read_json(stem + ".civitai.info")
    if info:
        take(_from_civitai_version(info))
    cm = _read_json(stem + ".cm-info.json")
    if cm:
        ids = {k: _ci(cm, src) for k, src in (("modelId", "ModelId"), ("versionId", "VersionId"))}
        ids = {k: v for k, v in ids.items() if v is not None}
        take({"sha256": _sha(_ci(cm, "SHA256", "sha256")),
              "trigger_words": _words(_ci(cm, "TrainedWords", "Activation text")),
              "source": "civitai" if ids else None, "source_ids": ids or None})
    card = _read_json(stem + ".json")
    if card:
        take({"trigger_words": _words(_ci(card, "activation text"))})
    digest = read_small(stem + ".sha256", 4096)
    if digest is not None:
        take({"sha256": _sha(digest.decode("utf-8", "replace"))})
    return found


def write_metadata(model_path: str, info: dict) -> str:
    """Write ``<stem>.metadata.json`` atomically; returns its path.

    Shape (ComfyUI-Lora-Manager's field names, so that tool reads it too, plus
    our own block): ``{"file_name", "model_name", "file_path", "size", "modified",
    "sha256", "base_model", "from_civitai", "civitai": {...} | null, "tags": [],
    "model_manager": {"source", "sourceIds", "url", "downloadedAt", "architecture",
    "triggerWords"}}``. ``info`` keys: ``sha256``, ``size``, ``source``, ``source_ids``,
    ``url``, ``base_model``, ``architecture``, ``trigger_words``, ``civitai``.
    """
    stem = stem_of(model_path)
    st = os.stat(model_path)
    data = {
        "file_name": os.path.basename(stem),
        "model_name": os.path.basename(stem),
        "file_path": model_path.replace(os.sep, "/"),
        "size": info.get("size", st.st_size),
        "modified": st.st_mtime,
        "sha256": info.get("sha256"),
        "base_model": info.get("base_model") or "Unknown",
        "from_civitai": info.get("source") == "civitai",
        "civitai": info.get("civitai"),
        "tags": [],
        "model_manager": {
            "source": info.get("source"),
            "sourceIds": info.get("source_ids"),
            "url": info.get("url"),
            "downloadedAt": info.get("downloaded_at", time.time()),
            "architecture": info.get("architecture"),
            "triggerWords": info.get("trigger_words"),
        },
    }
    target = stem + ".metadata.json"
    write_atomic(target, json.dumps(data, indent=2, ensure_ascii=False).encode("utf-8"))
    return target
