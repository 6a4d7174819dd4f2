"""User settings (in the catalog) and API keys (in a 0600 file beside it).

Settings, their JSON types and defaults:

================== ======== ======= ==============================================
key                type     default meaning
================== ======== ======= ==============================================
concurrency        int      2       downloads running at once (1..16)
progressInterval   number   1.0     seconds between ``update_download_task`` events
allowedHosts       [str]    []      extra download hosts (``host`` or ``host:port``),
                                    ``http`` allowed for these
allowPickle        bool     false   allow ``.ckpt .pt .pth .bin`` downloads
stallTimeout       number   60      seconds without a byte before a read counts as failed
maxRetries         int      5       retries of a failing transfer before the task fails
retryBaseDelay     number   1.0     first retry delay in seconds, doubled each time (max 60)
durableFinish      bool     false   fsync a download before its final rename (survives
                                    power loss, costs the disk's write speed)
hashOnScan         bool     true    scans compute SHA-256 of files without a current one
autoScan           bool     true    a listing that finds unknown files starts a diff scan
writeSidecars      bool     true    write ``<name>.metadata.json`` for finished downloads
embedModelLinks    bool     true    on save / export the frontend writes each loader node's
                                    ``properties.models`` (public URL, SHA-256) for models
                                    whose source is known
connections        int      4       ranged connections for one large download (1 = never split)
splitMinBytes      int      64 MiB  files at least this large are split into ``connections`` ranges
================== ======== ======= ==============================================

``remoteAccess`` (``"token"`` default | ``"read-only"`` | ``"open"``): what clients on
other machines may do (see ``routes/guards.py``): change things with the access
token, only read, or everything without a token (the old behaviour).

The security-widening keys (:data:`SECURITY_KEYS`: ``allowedHosts``, ``allowPickle``,
``remoteAccess``, the API keys) change only from the machine itself or with the
access token, ``remoteAccess`` only from the machine itself (:meth:`Settings.check_change`).

``updateCheckInterval`` (number, default 24): hours between checks for newer Civitai
versions of the library's models (:mod:`.updates`); 0 = off, else 1..8760.

Shared or per server: a fleet shares one catalog, so the library's settings (which
hosts, pickles, scans, sidecars, update checks) are shared by every process on it and
a change reaches the others within seconds (:meth:`Settings.refresh`). What belongs to
one machine — :data:`SERVER_KEYS`: how many downloads and connections it runs, its
retry and stall timing, ``durableFinish``, ``progressInterval``, ``remoteAccess`` (each
machine's own exposure, like its access token) — is kept in
``server-settings.json`` (mode 0600) in its data directory; a value stored in the
catalog by an older release is the default until the server sets its own.

API keys (``civitai``, ``huggingface``) are never stored in the catalog: they go to
``secrets.json`` (mode 0600) in the data directory, and the environment variables
``CIVITAI_API_TOKEN`` / ``HF_TOKEN`` are used when no key is stored. Replies only
ever carry masked keys.
"""

from __future__ import annotations

import json
import os
from typing import Any

from .catalog import Catalog
from ..errors import BadRequest, Forbidden, Unauthorized
from ..safety.fileio import write_atomic
from ..pacing import in_background

DEFAULTS: dict[str, Any] = {
    "concurrency": 2,
    "progressInterval": 1.0,
    "allowedHosts": [],
    "allowPickle": False,
    "stallTimeout": 60.0,
    "maxRetries": 5,
    "retryBaseDelay": 1.0,
    "durableFinish": False,
    "hashOnScan": True,
    "autoScan": True,
    "writeSidecars": True,
    "embedModelLinks": True,
    "updateCheckInterval": 24,
    "connections": 4,
    "splitMinBytes": 64 * 1024 * 1024,
    "remoteAccess": "token",
}

#: Settings of one server (its data directory), not of the shared library.
SERVER_KEYS = ("concurrency", "connections", "splitMinBytes", "stallTimeout", "maxRetries", "retryBaseDelay",
               "durableFinish", "progressInterval", "remoteAccess")

API_KEY_NAMES = ("civitai", "huggingface")
API_KEY_ENV = {"civitai": "CIVITAI_API_TOKEN", "huggingface": "HF_TOKEN"}
REMOTE_ACCESS_MODES = ("token", "read-only", "open")
#: Keys that widen what the server may do: changed only locally or with the access token.
SECURITY_KEYS = frozenset({"allowedHosts", "allowPickle", "remoteAccess", *API_KEY_NAMES})
#: Keys changed only from the machine itself (the token is not enough).
LOCAL_ONLY_KEYS = frozenset({"remoteAccess"})


def _number(lo: float, hi: float):
    def check(key, value):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not lo <= value <= hi:
            raise BadRequest(f"{key} must be a number between {lo} and {hi}")
        return float(value)
    return check


def _integer(lo: int, hi: int):
    def check(key, value):
        if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
            raise BadRequest(f"{key} must be an integer between {lo} and {hi}")
        return value
    return check


def _boolean(key, value):
    if not isinstance(value, bool):
        raise BadRequest(f"{key} must be true or false")
    return value


def _interval_hours(key, value):
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not (value == 0 or 1 <= value <= 8760):
        raise BadRequest(f"{key} must be 0 (off) or a number of hours between 1 and 8760")
    return value


def _choice(*options: str):
    def check(key, value):
        if value not in options:
            raise BadRequest(f"{key} must be one of {', '.join(options)}")
        return value
    return check


def _hosts(key, value):
    if isinstance(value, str):
        value = [h for h in (p.strip() for p in value.split(",")) if h]
    if not isinstance(value, list) or not all(isinstance(h, str) and h.strip() for h in value):
        raise BadRequest(f"{key} must be a list of host names (host or host:port)")
    from ..safety.urlpolicy import parse_host_entry  # one parser for the setting, the CLI and the env var

    return [parse_host_entry(h) for h in value]


_VALIDATORS = {
    "concurrency": _integer(1, 16),
    "progressInterval": _number(0.05, 60),
    "allowedHosts": _hosts,
    "allowPickle": _boolean,
    "stallTimeout": _number(1, 3600),
    "maxRetries": _integer(0, 100),
    "retryBaseDelay": _number(0, 60),
    "durableFinish": _boolean,
    "hashOnScan": _boolean,
    "autoScan": _boolean,
    "writeSidecars": _boolean,
    "embedModelLinks": _boolean,
    "updateCheckInterval": _interval_hours,
    "connections": _integer(1, 16),
    "splitMinBytes": _integer(1024, 2**50),
    "remoteAccess": _choice(*REMOTE_ACCESS_MODES),
}


def mask_key(key: str | None) -> str | None:
    """``"abcd…wxyz"`` for a long key, ``"••••"`` for a short one, None for none."""
    if not key:
        return None
    return f"{key[:4]}…{key[-4:]}" if len(key) >= 12 else "••••"


class Settings:
    """Settings backed by the catalog, plus API keys in ``<data_dir>/secrets.json``.

    ``extra_hosts`` are allowed download hosts given at start-up (the CLI's
    ``--allow-host``, the ``MODEL_MANAGER_ALLOW_HOSTS`` environment variable);
    they are in force but not stored.
    """

    def __init__(self, catalog: Catalog, data_dir: str, extra_hosts: list[str] | None = None):
        self._catalog = catalog
        self._secrets_path = os.path.join(data_dir, "secrets.json")
        self._server_path = os.path.join(data_dir, "server-settings.json")
        self._values = dict(DEFAULTS)
        self._values.update(catalog.run_sync(catalog.load_settings))
        self._server = self._read_json(self._server_path)
        self._values.update({k: v for k, v in self._server.items() if k in SERVER_KEYS})
        self.extra_hosts = _hosts("allowed host", extra_hosts or [])
        self._keys = self._read_secrets()

    def get(self, key: str) -> Any:
        """The value of setting ``key`` (its default when never set)."""
        return self._values[key]

    def all_hosts(self) -> list[str]:
        """User-allowed download hosts: the stored setting plus start-up extras."""
        return list(dict.fromkeys(self._values["allowedHosts"] + self.extra_hosts))

    async def set(self, key: object, value: Any) -> None:
        """Validate and store one setting or API key. ``None`` restores the default / clears the key.

        Raises :class:`BadRequest` for an unknown key or an invalid value.
        """
        if not isinstance(key, str):
            raise BadRequest("key must be a setting name (a string)")
        if key in API_KEY_NAMES:
            if value is not None and (not isinstance(value, str) or not value.strip() or len(value) > 4096):
                raise BadRequest(f"the {key} API key must be a non-empty string or null")
            self._keys[key] = value.strip() if value else None
            self._write_secrets()
            return
        if key not in _VALIDATORS:
            raise BadRequest(f"unknown setting {key!r}; known: {', '.join(list(_VALIDATORS) + list(API_KEY_NAMES))}")
        if value is not None:
            value = _VALIDATORS[key](key, value)
        if key in SERVER_KEYS:
            if value is None:
                self._server.pop(key, None)
            else:
                self._server[key] = value
            data = json.dumps(self._server).encode()
            await in_background(write_atomic, self._server_path, data, mode=0o600)
            if value is None:  # back to the shared default (an older release's value) or ours
                stored = await self._catalog.call(self._catalog.load_settings)
                value = stored.get(key, DEFAULTS[key])
            self._values[key] = value
            return
        self._values[key] = DEFAULTS[key] if value is None else value
        await self._catalog.call(self._catalog.save_setting, key, value)

    async def refresh(self) -> None:
        """Take the settings other processes stored: the shared ones in the catalog (a fleet's),
        the per-server ones in the data directory (a neighbour on the same install)."""
        stored = await self._catalog.call(self._catalog.load_settings)
        self._server = await in_background(self._read_json, self._server_path)  # a neighbour's change
        for key in DEFAULTS:
            if key in SERVER_KEYS and key in self._server:
                self._values[key] = self._server[key]
            else:
                self._values[key] = stored.get(key, DEFAULTS[key])

    def check_change(self, key: object, *, local: bool, token: bool, hint: str = "") -> None:
        """Refuse a change of a guarded key: :class:`Forbidden` for ``remoteAccess`` from another
        machine, :class:`Unauthorized` for another security key from another machine without the
        token (``hint`` says where the token is). Other keys (and non-string keys, refused later
        by :meth:`Settings.set`) pass."""
        if not isinstance(key, str) or local:
            return
        if key in LOCAL_ONLY_KEYS:
            raise Forbidden(f"{key} can be changed only on the machine the server runs on "
                            "(open the Model Manager at http://127.0.0.1:<port>/ there)")
        if key in SECURITY_KEYS and not token:
            raise Unauthorized(f"changing {key} from another machine needs the access token. {hint}".strip())

    def api_key(self, name: str) -> str | None:
        """The API key for ``civitai`` / ``huggingface``: stored, else from the environment."""
        return self._keys.get(name) or os.environ.get(API_KEY_ENV[name]) or None

    def to_json(self) -> dict:
        """The settings as the UI sees them; API keys masked, never in full."""
        from ..safety.urlpolicy import DEFAULT_HOSTS

        data = {k: self._values[k] for k in DEFAULTS}
        data["extraHosts"] = list(self.extra_hosts)
        data["defaultHosts"] = list(DEFAULT_HOSTS)
        data["apiKeys"] = {name: mask_key(self.api_key(name)) for name in API_KEY_NAMES}
        return data

    @staticmethod
    def _read_json(path: str) -> dict:
        try:
            with open(path, encoding="utf-8") as f:
                data = json.load(f)
        except (OSError, ValueError):
            return {}
        return data if isinstance(data, dict) else {}

    def _read_secrets(self) -> dict[str, str | None]:
        data = self._read_json(self._secrets_path)
        return {k: v for k, v in data.items() if k in API_KEY_NAMES and isinstance(v, str)}

    def _write_secrets(self) -> None:
        data = {k: v for k, v in self._keys.items() if v}
        write_atomic(self._secrets_path, json.dumps(data).encode(), mode=0o600)
