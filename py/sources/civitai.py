"""Civitai: page / version / download / AIR URLs → candidates, hash lookups.

The REST API (developer.civitai.com, ``site/reference``; base URL from the
``CIVITAI_BASE_URL`` environment variable, default ``https://civitai.com``):

- ``GET /api/v1/models/{modelId}`` → ``{"id", "name", "description" (HTML), "type",
  "modelVersions": [Version]}``
- ``GET /api/v1/model-versions/{versionId}`` and
  ``GET /api/v1/model-versions/by-hash/{hash}`` (SHA-256, AutoV2 = its first 10 hex
  digits, AutoV1, CRC32, BLAKE3) → ``Version`` plus ``"modelId"``, ``"model": {"name",
  "type"}``; 404 when unknown
- ``POST /api/v1/model-versions/by-hash`` with a JSON array of hashes → ``[Version]``
  (the unknown ones are left out)

``Version`` = ``{"id", "name", "baseModel", "air", "availability" ("Public" |
"EarlyAccess"), "earlyAccessEndsAt", "trainedWords", "description", "files": [{"name",
"type" (Model / Pruned Model / VAE / Config / Negative / Training Data / Archive),
"sizeKB", "metadata": {"format" (SafeTensor / PickleTensor / GGUF ...), "size", "fp"},
"hashes": {"SHA256", "AutoV2", ...}, "downloadUrl", "primary"}], "images": [{"url"}],
"downloadUrl"}``.

URL forms understood by :func:`parse_url` (hosts ``civitai.com``, ``civitai.red``,
their ``www.`` forms and the ``CIVITAI_BASE_URL`` host):

- ``/models/{modelId}``, ``/models/{modelId}/{slug}`` → every version of the model
- ``/models/{modelId}?modelVersionId={versionId}`` → that version
- ``/api/download/models/{versionId}[?type=&format=&size=&fp=]`` → that version's
  files matching the query (``type`` Model/VAE/..., ``format`` SafeTensor/...,
  ``size`` pruned/full, ``fp`` fp16/fp32/...)
- ``/api/v1/models/{id}``, ``/api/v1/model-versions/{id}``
- ``urn:air:{ecosystem}:{type}:civitai:{modelId}[@{versionId}][.{format}]``

The API key goes as ``Authorization: Bearer`` only to the Civitai API host
(:meth:`UrlPolicy.auth_headers`), never in a query string, and is never logged.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import os
import re
from urllib.parse import parse_qs, urlsplit

import aiohttp

from ..errors import BadRequest, Forbidden, NotFound
from ..http_headers import parse_retry_after
from .common import (
    CIVITAI_FILE_TYPE_FOLDERS,
    CIVITAI_TYPE_FOLDERS,
    UpstreamError,
    existing_folder,
    html_to_markdown,
    sha256_or_none,
)

log = logging.getLogger(__name__)

DEFAULT_BASE_URL = "https://civitai.com"
_HOSTS = ("civitai.com", "www.civitai.com", "civitai.red", "www.civitai.red")
_AIR = re.compile(r"^urn:air:([\w.-]+):([\w.-]+):civitai:(\d+)(?:@(\d+))?(?:\.(\w+))?$", re.I)
#: Attempts of one API call when Civitai answers 429 / 5xx (``Retry-After`` honoured, capped).
MAX_ATTEMPTS = 4
RETRY_CAP_SECONDS = 30.0
#: API calls in flight at once (Civitai rate-limits per client).
MAX_CONCURRENT = 2
#: Hashes per batch ``POST /api/v1/model-versions/by-hash`` call.
BATCH_SIZE = 100

NEEDS_KEY = ("this model needs a Civitai API key: create one at civitai.com → Account settings → API keys "
             "and set it in the Model Manager settings")
KEY_REFUSED = "Civitai refused the download with the stored API key (the key may be wrong or lack access)"


def base_url() -> str:
    """The configured Civitai base URL, without a trailing slash."""
    return (os.environ.get("CIVITAI_BASE_URL") or DEFAULT_BASE_URL).rstrip("/")


def _base_netloc() -> str:
    parts = urlsplit(base_url())
    return parts.netloc.lower()


def _digits(value: str) -> bool:
    """ASCII digits only: ``str.isdigit`` also takes '²' and Arabic-Indic digits."""
    return value.isascii() and value.isdigit()


def parse_url(url: str) -> dict | None:
    """What a Civitai URL or AIR names, or None when it is not a Civitai URL.

    Returns ``{"modelId": int | None, "versionId": int | None, "filters": {key: value}}``;
    raises :class:`BadRequest` for a Civitai URL of no supported form.
    """
    text = url.strip()
    m = _AIR.match(text)
    if m:
        return {"modelId": int(m.group(3)), "versionId": int(m.group(4)) if m.group(4) else None, "filters": {}}
    if text.lower().startswith("urn:air:"):
        raise BadRequest(f"not a Civitai AIR (urn:air:ecosystem:type:civitai:model@version): {text}")
    try:
        parts = urlsplit(text)
        netloc = parts.netloc.lower()
        host = (parts.hostname or "").lower()
    except ValueError:
        return None
    if host not in _HOSTS and netloc != _base_netloc():
        return None
    segments = [s for s in parts.path.split("/") if s]
    query = {k: v[0] for k, v in parse_qs(parts.query).items() if v}
    if len(segments) >= 2 and segments[0] == "models" and _digits(segments[1]):
        version = query.get("modelVersionId")
        return {"modelId": int(segments[1]),
                "versionId": int(version) if version and _digits(version) else None, "filters": {}}
    if len(segments) == 4 and segments[:3] == ["api", "download", "models"] and _digits(segments[3]):
        filters = {k: query[k] for k in ("type", "format", "size", "fp") if k in query}
        return {"modelId": None, "versionId": int(segments[3]), "filters": filters}
    if len(segments) == 4 and segments[:2] == ["api", "v1"] and _digits(segments[3]):
        if segments[2] == "models":
            return {"modelId": int(segments[3]), "versionId": None, "filters": {}}
        if segments[2] == "model-versions":
            return {"modelId": None, "versionId": int(segments[3]), "filters": {}}
    raise BadRequest(
        "unsupported Civitai URL: use a model page (civitai.com/models/ID), a version "
        "(?modelVersionId=ID), a download link (civitai.com/api/download/models/ID) or an AIR"
    )


def _early_access(version: dict) -> str | None:
    """A notice when ``version`` is in early access (``availability`` or a future ``earlyAccessEndsAt``)."""
    ends = version.get("earlyAccessEndsAt")
    future = False
    if isinstance(ends, str):
        try:
            future = dt.datetime.fromisoformat(ends.replace("Z", "+00:00")) > dt.datetime.now(dt.timezone.utc)
        except ValueError:
            future = False
    if version.get("availability") == "EarlyAccess" or future:
        until = f" until {ends[:10]}" if isinstance(ends, str) else ""
        return (f"this version is in early access on Civitai{until}: downloading it needs a Civitai API key "
                f"of an account that has unlocked it")
    return None


def _file_matches(f: dict, filters: dict) -> bool:
    meta = f.get("metadata") or {}
    checks = {"type": f.get("type"), "format": meta.get("format"), "size": meta.get("size"), "fp": meta.get("fp")}
    return all(str(checks[k] or "").lower() == str(v).lower() for k, v in filters.items())


def version_candidate(version: dict, model: dict | None, folder_names: set[str], filters: dict | None = None) -> dict:
    """One candidate (see :mod:`.common`) from a Civitai ``Version`` and, when known, its ``Model``."""
    model_info = version.get("model") or {}
    model_id = version.get("modelId") or (model or {}).get("id")
    mtype = (model or {}).get("type") or model_info.get("type")
    folder = existing_folder(CIVITAI_TYPE_FOLDERS.get(str(mtype or "").lower()), folder_names)
    files = []
    for f in version.get("files") or []:
        if filters and not _file_matches(f, filters):
            continue
        meta = f.get("metadata") or {}
        size_kb = f.get("sizeKB")
        ftype = f.get("type")
        ftype_key = str(ftype or "").lower()
        file_folder = (existing_folder(CIVITAI_FILE_TYPE_FOLDERS[ftype_key], folder_names)
                       if ftype_key in CIVITAI_FILE_TYPE_FOLDERS else folder)
        files.append({
            "name": f.get("name") or "",
            "sizeBytes": round(size_kb * 1024) if isinstance(size_kb, (int, float)) else None,
            "sha256": sha256_or_none((f.get("hashes") or {}).get("SHA256")),
            "downloadUrl": f.get("downloadUrl") or version.get("downloadUrl") or "",
            "primary": bool(f.get("primary")),
            "format": meta.get("format"),
            "fp": meta.get("fp"),
            "type": ftype,
            "path": None,
            "suggestedFolder": file_folder,
        })
    if files and not any(f["primary"] for f in files):
        files[0]["primary"] = True
    description = html_to_markdown((model or {}).get("description")) or html_to_markdown(version.get("description"))
    page = f"{base_url()}/models/{model_id}?modelVersionId={version.get('id')}" if model_id else base_url()
    return {
        "source": "civitai",
        "modelId": model_id,
        "versionId": version.get("id"),
        "name": (model or {}).get("name") or model_info.get("name") or version.get("name") or "",
        "versionName": version.get("name"),
        "type": mtype,
        "baseModel": version.get("baseModel"),
        "description": description,
        "previews": [i["url"] for i in version.get("images") or [] if isinstance(i, dict) and i.get("url")],
        "files": files,
        "suggestedFolder": folder,
        "url": page,
        "air": version.get("air"),
        "trainedWords": [w for w in version.get("trainedWords") or [] if isinstance(w, str)],
        "notice": _early_access(version),
    }


class CivitaiClient:
    """The Civitai REST API over aiohttp (see module docstring); ``session()`` gives the client session."""

    def __init__(self, session, policy):
        self._session = session
        self._policy = policy
        self._gate = asyncio.Semaphore(MAX_CONCURRENT)

    async def request(self, method: str, path: str, json_body=None):
        """Call ``{base}{path}`` and return the decoded JSON.

        Retries 429 and 5xx (``Retry-After`` honoured, at most :data:`MAX_ATTEMPTS`
        tries). Raises :class:`NotFound` (404), :class:`Forbidden` (401/403, a login
        page), :class:`UpstreamError` (anything else, or no connection).
        """
        url = base_url() + path
        headers = {"Accept": "application/json"}
        headers.update(self._policy.auth_headers(url))
        delay = 1.0
        for attempt in range(1, MAX_ATTEMPTS + 1):
            try:
                async with self._gate:
                    session = await self._session()
                    async with session.request(method, url, json=json_body, headers=headers,
                                               timeout=aiohttp.ClientTimeout(total=60)) as resp:
                        status = resp.status
                        retry_after = parse_retry_after(resp.headers.get("Retry-After"))
                        ctype = resp.headers.get("Content-Type", "")
                        if status == 200 and "json" in ctype:
                            return await resp.json()
                        body = (await resp.read())[:2000]
            except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError) as exc:
                if attempt == MAX_ATTEMPTS:
                    raise UpstreamError(f"Civitai cannot be reached ({base_url()}): {exc or type(exc).__name__}")
                await asyncio.sleep(delay)
                delay *= 2
                continue
            if status == 404:
                raise NotFound("model not found on Civitai")
            if status in (401, 403) or (status == 200 and b"<html" in body.lower()):
                raise Forbidden(NEEDS_KEY if not headers.get("Authorization") else KEY_REFUSED)
            if (status == 429 or status >= 500) and attempt < MAX_ATTEMPTS:
                wait = min(retry_after if retry_after is not None else delay, RETRY_CAP_SECONDS)
                log.info("model manager: Civitai answered %s to %s %s; retrying in %.1f s", status, method, path, wait)
                await asyncio.sleep(wait)
                delay *= 2
                continue
            if status == 429:
                raise UpstreamError("Civitai is rate-limiting requests; try again in a minute")
            raise UpstreamError(f"Civitai answered HTTP {status} to {method} {path}")
        raise UpstreamError("Civitai did not answer")  # not reached

    async def model(self, model_id: int) -> dict:
        return await self.request("GET", f"/api/v1/models/{int(model_id)}")

    async def version(self, version_id: int) -> dict:
        return await self.request("GET", f"/api/v1/model-versions/{int(version_id)}")

    async def by_hash(self, digest: str) -> dict:
        """The version holding a file with hash ``digest``; :class:`NotFound` when Civitai has none."""
        return await self.request("GET", f"/api/v1/model-versions/by-hash/{digest}")

    async def by_hashes(self, digests: list[str]) -> list[dict]:
        """The versions for many hashes (``POST .../by-hash``, :data:`BATCH_SIZE` per call)."""
        found: list[dict] = []
        for i in range(0, len(digests), BATCH_SIZE):
            reply = await self.request("POST", "/api/v1/model-versions/by-hash", json_body=digests[i:i + BATCH_SIZE])
            if isinstance(reply, list):
                found.extend(v for v in reply if isinstance(v, dict))
        return found

    async def resolve(self, url: str, folder_names: set[str]) -> list[dict]:
        """Candidates for a Civitai URL (see :func:`parse_url`): one per version asked for."""
        ref = parse_url(url)
        if ref is None:
            raise BadRequest(f"not a Civitai URL: {url}")
        version_id, model_id, filters = ref["versionId"], ref["modelId"], ref["filters"]
        if model_id is None:
            version = await self.version(version_id)
            model_id = version.get("modelId")
            if not isinstance(model_id, int):
                return [version_candidate(version, None, folder_names, filters)]
        model = await self.model(model_id)
        versions = model.get("modelVersions") or []
        if version_id is not None:
            versions = [v for v in versions if v.get("id") == version_id]
            if not versions:
                raise NotFound(f"model not found on Civitai: model {model_id} has no version {version_id}")
        candidates = [version_candidate(v, model, folder_names, filters) for v in versions]
        if filters and not any(c["files"] for c in candidates):
            wanted = ", ".join(f"{k}={v}" for k, v in filters.items())
            raise NotFound(f"model not found on Civitai: no file of version {version_id} matches {wanted}")
        return candidates

    async def check_download(self, url: str) -> None:
        """Ask the download endpoint once without following its redirect, to fail early and clearly.

        A 307/302 to a file host (or a 200) is fine; 401/403, a redirect to the login
        page or a web page mean an API key is needed; 404 means no such file.
        Transient answers (429, 5xx, no connection) are left to the download engine.
        """
        headers = self._policy.auth_headers(url)
        try:
            session = await self._session()
            async with session.get(url, headers=headers, allow_redirects=False,
                                   timeout=aiohttp.ClientTimeout(total=30)) as resp:
                status = resp.status
                location = resp.headers.get("Location", "")
                ctype = resp.headers.get("Content-Type", "").lower()
        except (aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
            return
        login = status in (301, 302, 303, 307, 308) and "/login" in urlsplit(location).path
        if status in (401, 403) or login or (status == 200 and "text/html" in ctype):
            raise Forbidden(KEY_REFUSED if headers else NEEDS_KEY)
        if status == 404:
            raise NotFound("model not found on Civitai: the download link answered 404")
