"""One model file's catalog row: sidecars, safetensors / GGUF header facts, SHA-256.

:func:`inspect_file` runs on a scanner worker thread (never on the event loop); the
scanner (:mod:`.scanner`) decides which files, this module what each one is.
"""

from __future__ import annotations

import json
import os
import threading
import time

from .hashing import sha256_file
from .listing import DESCRIPTION_SUMMARY_CHARS
from .sidecars import read_sidecars, read_small
from .walk import FileEntry


def _description_summary(path: str, siblings: set[str] | frozenset[str] | None = None) -> str | None:
    """The start of ``<stem>.md`` (else ``<stem>.txt``), never through a link."""
    stem = os.path.splitext(path)[0]
    for suffix in (".md", ".txt"):
        if siblings is not None and os.path.basename(stem) + suffix not in siblings:
            continue
        raw = read_small(stem + suffix, DESCRIPTION_SUMMARY_CHARS * 4, head=True)
        text = raw.decode("utf-8", "replace").strip() if raw else ""
        if text:
            return text[:DESCRIPTION_SUMMARY_CHARS]
    return None


def inspect_file(path: str, entry: FileEntry, old: dict | None, hash_files: bool,
                 cancel: threading.Event | None = None, siblings: set[str] | frozenset[str] | None = None) -> dict:
    """Build the catalog row of one model file (runs on a worker thread).

    ``old`` is the previous row of this file (or of the file it was moved from);
    its SHA-256 is kept when size and mtime are unchanged. Errors reading the
    header are recorded in ``header_error``, not raised. ``siblings``: the names in
    the file's directory, when the caller listed it (sidecars not there are not tried).
    """
    from .classify import classify
    from .header import HeaderError, header_metadata, read_gguf_architecture, read_safetensors_header

    row = {
        "folder": entry.folder, "path_index": entry.path_index, "relative_path": entry.relative_path,
        "size_bytes": entry.size, "mtime_ns": entry.mtime_ns, "ctime_ns": entry.ctime_ns, "inode": entry.inode,
        "sha256": None, "sha256_source": None, "autov2": None, "architecture": None, "base_model": None,
        "rule": None, "header_error": None, "description": None, "trigger_words": None,
        "source": None, "source_ids": None, "scanned_at": time.time(),
    }
    same_content = old is not None and old["size_bytes"] == entry.size and old["mtime_ns"] == entry.mtime_ns
    if same_content:
        for k in ("sha256", "sha256_source", "source", "source_ids", "trigger_words", "base_model"):
            row[k] = old[k]
    side = read_sidecars(path, siblings)
    if side.get("sha256") and not row["sha256"]:
        row["sha256"], row["sha256_source"] = side["sha256"], "sidecar"
    if side.get("source") and not row["source"]:
        row["source"], row["source_ids"] = side["source"], json.dumps(side.get("source_ids"))
    if side.get("trigger_words") and not row["trigger_words"]:
        row["trigger_words"] = json.dumps(side["trigger_words"])

    ext = os.path.splitext(path)[1].lower()
    try:
        if ext in (".safetensors", ".sft"):
            raw = read_safetensors_header(path)
            c = classify(raw, header_metadata(raw), os.path.basename(path))
            row["architecture"], row["rule"] = c.architecture, c.rule
            row["base_model"] = c.base_model or row["base_model"]
        elif ext == ".gguf":
            arch = read_gguf_architecture(path)
            if arch:
                text_models = ("t5", "t5encoder", "llama", "qwen2", "qwen2vl", "qwen3", "gemma", "gemma2", "gemma3")
                row["architecture"] = "text_encoder" if arch.lower() in text_models else "diffusion_model"
                row["rule"] = f"GGUF general.architecture = {arch}"
        else:
            row["rule"] = "pickle-based format: not opened (never unpickled)"
    except (HeaderError, OSError) as exc:
        row["header_error"] = str(exc)
    if not row["base_model"] and side.get("base_model"):
        row["base_model"] = side["base_model"]

    row["hashed_now"] = hash_files and (not row["sha256"] or row["sha256_source"] != "computed")
    if row["hashed_now"]:
        row["sha256"], row["sha256_source"] = sha256_file(path, cancel), "computed"
    if row["sha256"]:
        row["autov2"] = row["sha256"][:10].upper()
    row["description"] = _description_summary(path, siblings)
    return row
