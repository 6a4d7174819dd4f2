"""Which URLs may be downloaded, which redirects followed, which host gets which API key.

Rules:

- Built-in download hosts (:data:`DEFAULT_HOSTS`, and their subdomains) are
  allowed over ``https`` only.
- Hosts the user adds (the ``allowedHosts`` setting, ``--allow-host``,
  ``MODEL_MANAGER_ALLOW_HOSTS``) are allowed over ``http`` and ``https``; an entry
  ``host:port`` matches that port only, a bare ``host`` any port. Loopback
  addresses are never allowed unless added this way.
- A redirect is followed only to an ``https`` URL or to a user-added host.
- An API key is sent as ``Authorization: Bearer`` only to its own host — exactly
  the hosts in :meth:`UrlPolicy.key_hosts`, never a subdomain or a redirect target
  elsewhere (a CDN). The Civitai base URL follows ``CIVITAI_BASE_URL`` and the
  Hugging Face endpoint ``HF_ENDPOINT`` (as ``huggingface_hub`` does).
"""

from __future__ import annotations

import ipaddress
import os
import re
from urllib.parse import urlsplit

from yarl import URL

from ..errors import BadRequest, Forbidden

DEFAULT_HOSTS = ("civitai.com", "civitai.red", "huggingface.co", "hf.co")
_CIVITAI_HOSTS = ("civitai.com", "www.civitai.com", "civitai.red", "www.civitai.red")
_HF_HOSTS = ("huggingface.co", "hf.co")


_HOSTNAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*\.?")


def valid_host(host: str) -> bool:
    """A DNS name (letters, digits, ``-``; IDNs in their ``xn--`` form) or an IP address."""
    try:
        ipaddress.ip_address(host)
        return True
    except ValueError:
        return len(host) <= 253 and _HOSTNAME.fullmatch(host) is not None


def _entry(host: str, port: int | None) -> str:
    shown = f"[{host}]" if ":" in host else host
    return f"{shown}:{port}" if port else shown


def _split_entry(entry: str) -> tuple[str, int | None]:
    parts = urlsplit("//" + entry)
    return parts.hostname or "", parts.port


def parse_host_entry(entry: str) -> str:
    """Normalise an allowed-host entry (``host``, ``host:port``, ``[v6]:port`` or a URL
    without a path) to ``host[:port]`` (IPv6 in brackets); idempotent.

    Raises :class:`BadRequest` for anything that is not a real host name or IP.
    """
    entry = entry.strip().lower()
    if "://" in entry:
        try:
            parts = urlsplit(entry)
        except ValueError:
            raise BadRequest(f"not a host name or host:port: {entry!r}")
        if parts.path not in ("", "/") or parts.query:
            raise BadRequest(f"give a host, not a URL with a path: {entry!r}")
        entry = parts.netloc
    entry = entry.rstrip("/")
    if any(c in entry for c in "/@\\%") or any(c.isspace() or ord(c) < 32 for c in entry):
        raise BadRequest(f"not a host name or host:port: {entry!r}")
    try:
        host, port = _split_entry(entry)
        host = (host if host.isascii() else host.encode("idna").decode("ascii")).rstrip(".")
    except (ValueError, UnicodeError):
        raise BadRequest(f"not a host name or host:port: {entry!r}")
    if not host or not valid_host(host):
        raise BadRequest(f"not a host name or host:port: {entry!r}")
    return _entry(host, port)


def _host_port(url: str) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` as the HTTP client (aiohttp, through yarl) will read them.

    Raises :class:`BadRequest` for a URL whose host is not a real host name or IP
    (backslashes, percent-encoding, spaces, control characters...).
    """
    if any(c.isspace() or ord(c) < 32 or c == "\\" for c in url):
        raise BadRequest(f"not a valid URL: {url!r}")
    try:
        parsed = URL(url)
        host = (parsed.raw_host or "").lower()
        port = parsed.explicit_port
    except Exception:  # yarl raises more than ValueError on hostile input (IndexError seen)
        raise BadRequest(f"not a valid URL: {url!r}")
    if host and not valid_host(host):
        raise BadRequest(f"not a valid host name in URL: {url!r}")
    return (parsed.scheme or "").lower(), host, port


def _default_port(scheme: str) -> int:
    return 443 if scheme == "https" else 80


class UrlPolicy:
    """URL checks and API-key binding for one set of settings (see module docstring)."""

    def __init__(self, settings):
        self._settings = settings

    def _user_host_matches(self, scheme: str, host: str, port: int | None) -> bool:
        effective = port or _default_port(scheme)
        for entry in self._settings.all_hosts():
            e_host, e_port = _split_entry(entry)
            if e_port:
                if host == e_host and effective == e_port:
                    return True
            elif host == e_host or host.endswith("." + e_host):
                return True
        return False

    def check_download_url(self, url: object) -> str:
        """Return ``url`` when it may be downloaded; else raise.

        :class:`BadRequest` for a non-string, a non-http(s) scheme or a URL
        without a host or with credentials in it; :class:`Forbidden` for a host
        that is not allowed.
        """
        if not isinstance(url, str) or not url.strip():
            raise BadRequest("url must be a non-empty string")
        url = url.strip()
        scheme, host, port = _host_port(url)
        if scheme not in ("http", "https"):
            raise BadRequest("url must start with https://")
        if not host:
            raise BadRequest(f"url has no host: {url!r}")
        if urlsplit(url).username is not None or URL(url).raw_user is not None:  # parsed above: safe
            raise BadRequest("url must not contain a user name or password")
        if self._user_host_matches(scheme, host, port):
            return url
        if scheme == "https" and any(host == h or host.endswith("." + h) for h in DEFAULT_HOSTS):
            return url
        raise Forbidden(
            f"downloads from {host} are not allowed; allowed: {', '.join(DEFAULT_HOSTS)} (https) "
            f"and hosts added in the allowedHosts setting"
        )

    def check_redirect(self, url: str) -> None:
        """Raise :class:`Forbidden` unless a redirect to ``url`` may be followed."""
        scheme, host, port = _host_port(url)
        if scheme == "https" and host:
            return
        if scheme == "http" and host and self._user_host_matches(scheme, host, port):
            return
        raise Forbidden(f"refusing to follow a redirect to a non-https URL: {url}")

    def key_hosts(self, name: str) -> set[str]:
        """The exact ``host`` / ``host:port`` values that may receive API key ``name``."""
        if name == "civitai":
            hosts, base = set(_CIVITAI_HOSTS), os.environ.get("CIVITAI_BASE_URL")
        else:
            hosts, base = set(_HF_HOSTS), os.environ.get("HF_ENDPOINT")
        if base:
            scheme, host, port = _host_port(base)
            if host:
                hosts.add(f"{host}:{port}" if port else host)
        return hosts

    def auth_headers(self, url: str) -> dict[str, str]:
        """``{"Authorization": "Bearer <key>"}`` when ``url``'s host owns a stored key, else ``{}``."""
        _, host, port = _host_port(url)
        netloc = f"{host}:{port}" if port else host
        for name in ("civitai", "huggingface"):
            if netloc in self.key_hosts(name) or (port is None and host in self.key_hosts(name)):
                key = self._settings.api_key(name)
                if key:
                    return {"Authorization": f"Bearer {key}"}
        return {}
