"""Helpers shared by the benchmarks."""

from __future__ import annotations

import hashlib
import json
import os
import socket


def free_port() -> int:
    """A free TCP port on 127.0.0.1."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_port(port: int, tries: int = 100) -> None:
    """Block until something listens on 127.0.0.1:``port``."""
    import time

    for _ in range(tries):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.1).close()
            return
        except OSError:
            time.sleep(0.05)


def write_safetensors(path: str, size: int) -> str:
    """A valid ``.safetensors`` file of about ``size`` bytes (one U8 tensor of random
    bytes) — the engine checks the header against the file size. Returns its SHA-256."""
    header = b""
    n = size
    for _ in range(3):  # the header's own length changes the data length
        header = json.dumps({"weight": {"dtype": "U8", "shape": [n], "data_offsets": [0, n]}},
                            separators=(",", ":")).encode()
        header += b" " * (-len(header) % 8)
        n = max(0, size - 8 - len(header))
    h = hashlib.sha256()
    block = os.urandom(8 * 2**20)
    with open(path, "wb") as f:
        for chunk in (len(header).to_bytes(8, "little"), header):
            f.write(chunk)
            h.update(chunk)
        for i in range(0, n, len(block)):
            chunk = block[: min(len(block), n - i)]
            f.write(chunk)
            h.update(chunk)
    return h.hexdigest()
