"""Tensor keys and shapes read straight from safetensors header bytes, without ``json.loads``.

The header of a model is ~100 KB of JSON with hundreds to thousands of tensor keys;
a full parse costs about a millisecond, too much for a scan of thousands of files.
These helpers sample a few keys, collect the key *families* (first dotted component,
two or three for ``model.*``) with one regex pass anchored on the ``},"`` before each
key, and read the shape of one named tensor with a small regex over its ``{...}``.
Used by :mod:`.classify` and :mod:`.basemodel`.
"""

from __future__ import annotations

import json
import re

from .header import metadata_span

FIRST_KEY = re.compile(rb'\s*\{\s*,?\s*"([^"]*)"')
NEXT_KEY = re.compile(rb'\}\s*,\s*"([^"]*)"')
# key family: model.diffusion_model.X | model.X / cond_stage_model.X / ... | first component
_FAMILY = re.compile(
    rb'\}\s*,\s*"(model\.diffusion_model\.[^".]*|(?:model|cond_stage_model|conditioner|first_stage_model'
    rb'|text_encoders|control_model)\.[^".]*|[^".]*)')
_FAMILY_FIRST = re.compile(
    rb'\s*\{\s*,?\s*"(model\.diffusion_model\.[^".]*|(?:model|cond_stage_model|conditioner|first_stage_model'
    rb'|text_encoders|control_model)\.[^".]*|[^".]*)')
ADAPTER_KEY = re.compile(rb'(?:^|[._])(?:lora|lycoris|hada|lokr|oft)[._]|\.diff(?:_b)?$')
SHAPE = re.compile(rb'"shape"\s*:\s*\[([0-9,\s]*)\]')
_DECODER = json.JSONDecoder()
_SAMPLES = 6


def body_without_metadata(raw: bytes, metadata: dict | None) -> bytes:
    """The header with ``__metadata__`` cut out (so its strings cannot fake key names)."""
    if metadata is not None and not metadata:
        return raw  # caller says: no metadata (or an empty object) — nothing to cut
    span = metadata_span(raw)
    if span is None:
        return raw
    start, end, _ = span
    return raw[:start] + raw[end:]


def sample_keys(body: bytes) -> list[bytes]:
    """The first key and one key after each sixth of the header (adapters show in any of them)."""
    keys = []
    m = FIRST_KEY.match(body)
    if m:
        keys.append(m.group(1))
    n = len(body)
    for i in range(1, _SAMPLES):
        m = NEXT_KEY.search(body, n * i // _SAMPLES)
        if m:
            keys.append(m.group(1))
    return keys


def families(body: bytes) -> set[bytes]:
    """Every key family: ``model.diffusion_model.X``, ``model.X`` / ``cond_stage_model.X`` / ...
    (two components), else the first dotted component."""
    fams = set(_FAMILY.findall(body))
    m = _FAMILY_FIRST.match(body)
    if m:
        fams.add(m.group(1))
    return fams


def _shape_after(body: bytes, key_end: int) -> list[int] | None:
    """Shape of the tensor whose key's closing quote ends at ``key_end``."""
    o = body.find(b"{", key_end, key_end + 16)
    if o < 0 or body[key_end:o].strip() != b":":
        return None
    c = body.find(b"}", o)
    if c < 0:
        return None
    m = SHAPE.search(body, o, c)
    if m:
        try:
            return [int(x) for x in m.group(1).split(b",") if x.strip()]
        except ValueError:
            return None
    try:  # unusual formatting: decode just this small object
        obj, _ = _DECODER.raw_decode(body[o:c + 1].decode("utf-8"))
        shape = obj.get("shape")
        return shape if isinstance(shape, list) else None
    except (ValueError, UnicodeDecodeError, AttributeError, RecursionError):
        return None


def shape_of(body: bytes, *key_suffixes: bytes, prefix: bytes = b"") -> tuple[bytes, list[int]] | None:
    """First tensor whose key ends with one of ``key_suffixes`` (and starts with
    ``prefix``): (key, shape)."""
    for suffix in key_suffixes:
        needle = suffix + b'"'
        i = body.find(needle)
        while i >= 0:
            start = body.rfind(b'"', 0, i) + 1
            key = body[start:i + len(suffix)]
            if key.startswith(prefix):
                shape = _shape_after(body, i + len(needle))
                if shape is not None:
                    return key, shape
            i = body.find(needle, i + 1)
    return None
