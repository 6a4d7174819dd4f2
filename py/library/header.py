"""Bounded readers for model file headers (safetensors, GGUF). Pure: no network, no
writes, reads only the one file it is given.

safetensors layout (https://github.com/huggingface/safetensors, "Format" section of
its README): an 8-byte little-endian unsigned integer N, then N bytes of UTF-8 JSON
that MUST begin with ``{`` (it may be padded at the end with spaces), then the tensor
data. The JSON maps tensor names to ``{"dtype", "shape", "data_offsets"}`` and may hold
one special key ``__metadata__`` whose value is a string-to-string map. The reference
library refuses headers over 100 MB; so does :func:`read_safetensors_header` by
default.

GGUF layout (ggml's ``docs/gguf.md``, https://github.com/ggml-org/ggml/blob/master/docs/gguf.md):
magic ``GGUF``, uint32 version, then (v2/v3) uint64 tensor_count, uint64
metadata_kv_count, then the key/value pairs: key = gguf_string (uint64 length + bytes),
uint32 value type, value. Version 1 used uint32 for counts and string lengths.
"""

from __future__ import annotations

import json
import os
import struct

__all__ = [
    "HeaderError", "read_safetensors_header", "parse_header", "header_metadata",
    "metadata_span", "read_gguf_architecture",
]

DEFAULT_MAX_HEADER = 100 * 2**20

_DECODER = json.JSONDecoder()


class HeaderError(ValueError):
    """The file's header is missing, truncated, oversized or not what the format says."""


def read_safetensors_header(path: str, max_bytes: int = DEFAULT_MAX_HEADER) -> bytes:
    """Return the raw JSON header bytes of a safetensors file.

    The claimed length N is checked against ``max_bytes`` and against the file size
    before anything of that size is read, so a corrupt or hostile prefix (say 2**62)
    never makes us allocate it. Raises :class:`HeaderError` for N == 0, N >
    ``max_bytes``, N > file size - 8, a short read, or a header not starting with
    ``{`` (format: https://github.com/huggingface/safetensors).
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        prefix = f.read(8)
        if len(prefix) < 8:
            raise HeaderError(f"not a safetensors file: {size} bytes, shorter than the 8-byte header length")
        (n,) = struct.unpack("<Q", prefix)
        if n == 0:
            raise HeaderError("safetensors header length is 0")
        if n > max_bytes:
            raise HeaderError(f"safetensors header length {n} exceeds the limit of {max_bytes} bytes")
        if n > size - 8:
            raise HeaderError(f"safetensors header length {n} runs past the end of the file ({size} bytes)")
        raw = f.read(n)
    if len(raw) != n:
        raise HeaderError(f"safetensors header truncated: read {len(raw)} of {n} bytes")
    if raw[:1] != b"{":
        raise HeaderError("safetensors header does not start with '{' (not a safetensors file)")
    return raw


def parse_header(raw: bytes) -> dict:
    """Fully parse a header: ``{"tensors": {name: {"dtype", "shape"}}, "metadata": {str: str}}``.

    For the detail view; the scanner should use :func:`header_metadata` and
    :mod:`.classify`, which avoid this full parse. Non-string metadata values (not
    allowed by the format, written by some tools) are turned into their JSON text.
    """
    try:
        doc = json.loads(raw)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        raise HeaderError(f"safetensors header is not valid JSON: {exc}") from None
    if not isinstance(doc, dict):
        raise HeaderError("safetensors header is not a JSON object")
    tensors: dict = {}
    metadata: dict = {}
    for name, value in doc.items():
        if name == "__metadata__":
            metadata = _string_map(value)
            continue
        if not isinstance(value, dict):
            raise HeaderError(f"tensor {name!r}: entry is not an object")
        shape = value.get("shape")
        if not isinstance(shape, list) or not all(isinstance(d, int) and not isinstance(d, bool) for d in shape):
            raise HeaderError(f"tensor {name!r}: shape is not a list of integers")
        dtype = value.get("dtype")
        if not isinstance(dtype, str):
            raise HeaderError(f"tensor {name!r}: dtype is not a string")
        tensors[name] = {"dtype": dtype, "shape": shape}
    return {"tensors": tensors, "metadata": metadata}


def _string_map(value) -> dict:
    if not isinstance(value, dict):
        raise HeaderError("__metadata__ is not an object")
    return {str(k): v if isinstance(v, str) else json.dumps(v) for k, v in value.items()}


_META_KEY = b'"__metadata__"'


def metadata_span(raw: bytes) -> tuple[int, int, dict] | None:
    """Locate ``"__metadata__": {...}`` in the raw header without parsing the rest.

    Returns ``(start, end, value)`` with ``raw[start:end]`` covering the key and its
    object, or None when the key is absent or the quick path cannot vouch for what it
    found (callers then fall back to a full parse). A ``"__metadata__"`` whose opening
    quote is not escaped can only be a JSON string token, and one followed by ``:`` and
    preceded by ``{`` or ``,`` is an object key; tensor entries hold no nested objects,
    so in a conforming header it is the top-level key.
    """
    i = raw.find(_META_KEY)
    if i < 0:
        return None
    j = i - 1
    while j >= 0 and raw[j] in b" \t\r\n":
        j -= 1
    if j < 0 or raw[j] not in b"{,":
        return None
    k = i + len(_META_KEY)
    while k < len(raw) and raw[k] in b" \t\r\n":
        k += 1
    if k >= len(raw) or raw[k] != 0x3A:  # ':'
        return None
    k += 1
    while k < len(raw) and raw[k] in b" \t\r\n":
        k += 1
    if k >= len(raw) or raw[k] != 0x7B:  # '{'
        return None
    try:
        tail = raw[k:].decode("utf-8")
        value, end = _DECODER.raw_decode(tail)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(value, dict):
        return None
    return i, k + len(tail[:end].encode("utf-8")), value


def header_metadata(raw: bytes) -> dict:
    """Only ``__metadata__`` (str → str), decoded with ``JSONDecoder.raw_decode`` at its
    own position: the tensor entries are not parsed.

    One substring search finds the key; if it is absent the result is ``{}`` with no
    parse (a key spelled with ``\\u`` escapes is the one case this misses). If the key is
    present but the quick path cannot decode it, the whole header is parsed as a
    fallback (and :class:`HeaderError` raised if that fails too).
    """
    if _META_KEY not in raw:
        return {}
    found = metadata_span(raw)
    if found is not None:
        return _string_map(found[2])
    return parse_header(raw)["metadata"]


# ---------------------------------------------------------------------------- GGUF

_GGUF_MAX_KV = 1_000_000
_GGUF_MAX_KEY = 65_535           # the spec caps keys at 65535 bytes
_GGUF_MAX_STRING = 64 * 2**20    # any single string value
_GGUF_MAX_ARRAY = 2**31
_GGUF_SCAN_LIMIT = 256 * 2**20   # stop looking for the key after this many bytes of KV data
# value type → (struct code, size) for the fixed-size scalars of gguf.md
_GGUF_SCALARS = {0: ("B", 1), 1: ("b", 1), 2: ("H", 2), 3: ("h", 2), 4: ("I", 4), 5: ("i", 4),
                 6: ("f", 4), 7: ("?", 1), 10: ("Q", 8), 11: ("q", 8), 12: ("d", 8)}
_GGUF_STRING, _GGUF_ARRAY = 8, 9


def read_gguf_architecture(path: str) -> str | None:
    """``general.architecture`` of a GGUF file (v1–v3, either byte order), or None when
    the file has no such key. Raises :class:`HeaderError` for a file that is not GGUF or
    whose KV header is corrupt (absurd counts or lengths, unknown types, truncation).

    Every read is bounded: strings and arrays are checked against the file size and
    fixed caps before being read or skipped, and array elements are skipped by seeking.
    """
    with open(path, "rb") as f:
        size = os.fstat(f.fileno()).st_size
        return _GgufReader(f, size).architecture()


class _GgufReader:
    def __init__(self, f, size: int):
        self.f, self.size, self.bo, self.v1 = f, size, "<", False

    def _read(self, n: int) -> bytes:
        if n > self.size - self.f.tell():
            raise HeaderError("GGUF header truncated")
        data = self.f.read(n)
        if len(data) != n:
            raise HeaderError("GGUF header truncated")
        return data

    def _u(self, code: str) -> int:
        return struct.unpack(self.bo + code, self._read(struct.calcsize(code)))[0]

    def _len(self) -> int:
        return self._u("I" if self.v1 else "Q")

    def _string(self, cap: int) -> bytes:
        n = self._len()
        if n > cap:
            raise HeaderError(f"GGUF string of {n} bytes exceeds the limit of {cap}")
        return self._read(n)

    def _skip(self, n: int) -> None:
        if n > self.size - self.f.tell():
            raise HeaderError("GGUF header truncated")
        self.f.seek(n, os.SEEK_CUR)

    def _skip_value(self, vtype: int, depth: int = 0) -> None:
        if vtype in _GGUF_SCALARS:
            self._skip(_GGUF_SCALARS[vtype][1])
        elif vtype == _GGUF_STRING:
            self._skip(self._len_checked(_GGUF_MAX_STRING))
        elif vtype == _GGUF_ARRAY:
            if depth > 2:
                raise HeaderError("GGUF arrays nested too deeply")
            etype, count = self._u("I"), self._len()
            if count > _GGUF_MAX_ARRAY:
                raise HeaderError(f"GGUF array of {count} elements exceeds the limit")
            if etype in _GGUF_SCALARS:
                self._skip(count * _GGUF_SCALARS[etype][1])
            else:
                for _ in range(count):
                    self._skip_value(etype, depth + 1)
        else:
            raise HeaderError(f"GGUF value type {vtype} is unknown")

    def _len_checked(self, cap: int) -> int:
        n = self._len()
        if n > cap:
            raise HeaderError(f"GGUF string of {n} bytes exceeds the limit of {cap}")
        return n

    def architecture(self) -> str | None:
        if self._read(4) != b"GGUF":
            raise HeaderError("not a GGUF file (bad magic)")
        raw_version = self._read(4)
        version = struct.unpack("<I", raw_version)[0]
        if version > 0xFFFF:  # a big-endian file reads as a huge little-endian number
            self.bo = ">"
            version = struct.unpack(">I", raw_version)[0]
        if version not in (1, 2, 3):
            raise HeaderError(f"GGUF version {version} is not supported (1-3)")
        self.v1 = version == 1
        self._len()  # tensor_count: not needed
        kv_count = self._len()
        if kv_count > _GGUF_MAX_KV:
            raise HeaderError(f"GGUF metadata count {kv_count} is absurd")
        start = self.f.tell()
        for _ in range(kv_count):
            if self.f.tell() - start > _GGUF_SCAN_LIMIT:
                return None
            key = self._string(_GGUF_MAX_KEY)
            vtype = self._u("I")
            if key == b"general.architecture":
                if vtype != _GGUF_STRING:
                    raise HeaderError("GGUF general.architecture is not a string")
                value = self._string(4096)
                try:
                    return value.decode("utf-8")
                except UnicodeDecodeError:
                    raise HeaderError("GGUF general.architecture is not UTF-8") from None
            self._skip_value(vtype)
        return None


def safetensors_size_problem(path: str) -> str | None:
    """Why ``path`` is not a complete safetensors file, or None when its size is right.

    The header's largest ``data_offsets`` end plus ``8 + header length`` must equal
    the file size (safetensors format: the data buffer is exactly the tensors'
    bytes). Catches a truncated transfer that no published hash would catch.
    """
    try:
        raw = read_safetensors_header(path)
        size = os.path.getsize(path)
        doc = json.loads(raw)
    except (HeaderError, OSError) as exc:
        return str(exc)
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        return f"its header is not valid JSON ({exc})"
    if not isinstance(doc, dict):
        return "its header is not a JSON object"
    ends = []
    for name, value in doc.items():
        if name == "__metadata__":
            continue
        offsets = value.get("data_offsets") if isinstance(value, dict) else None
        if (not isinstance(offsets, list) or len(offsets) != 2
                or not all(isinstance(o, int) and not isinstance(o, bool) for o in offsets)):
            return f"tensor {name!r} has no valid data_offsets"
        ends.append(offsets[1])
    expected = 8 + len(raw) + max(ends, default=0)
    if expected != size:
        return f"its header describes {expected} bytes but the file has {size}"
    return None
