"""The access token for clients on other machines: 256 random bits in ``<data dir>/access-token``.

The file holds the token as 43 URL-safe base64 characters and a newline, mode
0600, in the data directory (inside ComfyUI: ``user/__model_manager``, a "system
user" folder that ComfyUI's ``/userdata`` API refuses to serve). It is made on
first start, printed by ``comfyui-model-manager token`` (``--rotate`` makes a new
one) and never served by any route except the loopback-only one the Settings
screen on the machine itself reads (``routes/access.py``).
"""

from __future__ import annotations

import hmac
import os
import secrets

from ..safety.fileio import write_atomic

TOKEN_FILE = "access-token"
TOKEN_BYTES = 32  # 256 bits


def token_path(data_dir: str) -> str:
    """Where the token of ``data_dir`` lives."""
    return os.path.join(data_dir, TOKEN_FILE)


def _new_token() -> str:
    return secrets.token_urlsafe(TOKEN_BYTES)


def _write(path: str, token: str) -> None:
    os.makedirs(os.path.dirname(path), mode=0o700, exist_ok=True)
    write_atomic(path, (token + "\n").encode("ascii"), mode=0o600)


def read_or_create(data_dir: str) -> str:
    """The token of ``data_dir``, made (0600) when there is none or the file holds no token.

    A file readable by others is narrowed to 0600. Raises ``OSError`` when the
    data directory cannot be written.
    """
    path = token_path(data_dir)
    try:
        with open(path, encoding="ascii", errors="replace") as f:
            token = f.read().strip()
        if os.stat(path).st_mode & 0o077:
            os.chmod(path, 0o600)
        if len(token) >= 32 and token.isascii() and token.isprintable() and " " not in token:
            return token
    except FileNotFoundError:
        pass
    token = _new_token()
    _write(path, token)
    return token


def rotate(data_dir: str) -> str:
    """Replace the token of ``data_dir`` with a new one and return it (the old one stops working)."""
    token = _new_token()
    _write(token_path(data_dir), token)
    return token


class AccessToken:
    """The token of one data directory, re-read when the file changes (a ``--rotate`` while running).

    :meth:`matches` stats the file (microseconds, no read unless it changed) and
    compares in constant time.
    """

    def __init__(self, data_dir: str):
        self.data_dir = data_dir
        self.path = token_path(data_dir)
        self._stamp: tuple[int, int, int] | None = None
        self._value = ""

    def value(self) -> str:
        """The current token (made when missing)."""
        try:
            st = os.stat(self.path)
            stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
        except FileNotFoundError:
            stamp = None
        if stamp is None or stamp != self._stamp:
            self._value = read_or_create(self.data_dir)
            st = os.stat(self.path)
            self._stamp = (st.st_ino, st.st_size, st.st_mtime_ns)
        return self._value

    def matches(self, presented: str | None) -> bool:
        """Whether ``presented`` is the token (constant-time comparison of the bytes)."""
        if not presented:
            return False
        return hmac.compare_digest(presented.encode("utf-8", "replace"), self.value().encode("ascii"))
