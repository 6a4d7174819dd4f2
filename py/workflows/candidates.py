"""Where a missing model can be downloaded from: candidates with a confidence.

A **candidate** (``WorkflowCandidate`` in ``openapi.json``)::

    {"url": str, "source": "workflow" | "civitai" | "templates" | "huggingface",
     "confidence": 0..1, "match": "hash" | "name" | "fuzzy",
     "sha256"?: str, "sizeBytes"?: int, "modelName"?: str, "versionName"?: str,
     "directory"?: str}

Sources, most trusted first: the workflow's own ``models`` metadata, Civitai by hash
(``/api/v1/model-versions/by-hash/{hash}``), the official templates' index
(:mod:`.templates`), Civitai search (``GET /api/v1/models?query=<stem>``, developer.civitai.com
``site/reference/models``: ``{"items": [Model], "metadata": {...}}``; versions whose
``files[].name`` equals the file name, with ``hashes.SHA256`` and ``sizeKB``), Hugging Face
search (``GET /api/models?search=<stem>`` then each repository's tree, through
``huggingface_hub``: ``list_models`` and ``list_repo_tree``; LFS files carry their SHA-256).

Confidence: :data:`HIGH` and above may be taken without asking (``--yes``, "Download
all"); a fuzzy match is below :data:`FUZZY_MAX` and is only ever taken when the user
picks it. Search answers are remembered in the catalog (``hash_lookups``, sources
``civitai-search`` / ``hf-search``): a hit for :data:`SEARCH_TTL`, a miss for
:data:`MISS_TTL`. Keys go only to their own host (:class:`~..safety.urlpolicy.UrlPolicy`
for Civitai, ``huggingface_hub`` with the HF token for the Hub).
"""

from __future__ import annotations

import asyncio
import logging
import os
import time
from urllib.parse import quote, urlsplit

from ..errors import ApiError
from ..sources import civitai, huggingface
from ..sources.common import is_model_file, sha256_or_none

log = logging.getLogger(__name__)

HIGH = 0.8
FUZZY_MAX = 0.35
#: Seconds a search answer is reused (1 day) and a "nothing found" is remembered (6 hours).
SEARCH_TTL = 24 * 3600.0
MISS_TTL = 6 * 3600.0
#: Results of a search looked at, and Hugging Face repositories whose tree is listed.
SEARCH_LIMIT = 20
HF_REPOS = 5


def candidate(url: str, source: str, confidence: float, match: str, **extra) -> dict:
    out = {"url": url, "source": source, "confidence": round(float(confidence), 3), "match": match}
    out.update({k: v for k, v in extra.items() if v is not None})
    return out


def public_link(url: object) -> str | None:
    """``url`` when it is safe to write into a shared workflow, else None.

    A Civitai download link becomes its public API form (``/api/download/models/{id}``,
    no ``token=``); a Hugging Face ``resolve`` link keeps no query; any other URL must
    carry neither a query (signed CDN links do) nor user info.
    """
    if not isinstance(url, str) or not url.startswith(("https://", "http://")):
        return None
    try:
        parts = urlsplit(url)
        ref = civitai.parse_url(url)
    except (ApiError, ValueError):
        return None
    if parts.username or parts.password:
        return None
    if ref is not None:
        return f"{civitai.base_url()}/api/download/models/{ref['versionId']}" if ref.get("versionId") else None
    try:
        hf = huggingface.parse_url(url)
    except (ApiError, ValueError):
        hf = None
    if hf is not None and hf["kind"] == "file":
        return huggingface.download_url(hf["repo"], hf["revision"] or "main", hf["path"])
    if parts.query or parts.fragment:
        return None
    return url


def _stem(name: str) -> str:
    return os.path.splitext(name.rsplit("/", 1)[-1])[0]


def _fuzzy(a: str, b: str) -> bool:
    return a.lower() == b.lower() or _stem(a).lower() == _stem(b).lower()


def rank_exact(found: list[dict], base: float, digest: str | None) -> list[dict]:
    """Set the confidence of name matches: ``base`` when they agree on one file, 0.5
    when exact matches name different files, 1.0 / 0.2 when the workflow's hash agrees /
    disagrees."""
    exact = [c for c in found if c["match"] == "name"]
    hashes = {c.get("sha256") for c in exact if c.get("sha256")}
    for c in found:
        if c["match"] != "name":
            continue
        if digest and c.get("sha256"):
            same = c["sha256"] == digest or c["sha256"].startswith(digest)
            c["confidence"], c["match"] = (1.0, "hash") if same else (0.2, "name")
        elif len(hashes) > 1:
            c["confidence"] = 0.5
        elif not c.get("sha256") and not c.get("sizeBytes"):
            c["confidence"] = min(c["confidence"], 0.6)
        else:
            c["confidence"] = base
    return found


class OnlineLookups:
    """Civitai and Hugging Face lookups for one file name (cached in the catalog)."""

    def __init__(self, sources, catalog):
        self.sources = sources
        self.catalog = catalog

    async def _cached(self, source: str, key: str, fetch):
        now = time.time()
        hit = await self.catalog.call(self.catalog.get_hash_lookup, source, key)
        if hit is not None:
            age = now - hit["checkedAt"]
            if (hit["data"] is not None and age < SEARCH_TTL) or (hit["data"] is None and age < MISS_TTL):
                return hit["data"]
        data = await fetch()
        await self.catalog.call(self.catalog.save_hash_lookup, source, key, data or None, now)
        return data

    async def by_hash(self, name: str, digest: str) -> list[dict]:
        """The Civitai file with this SHA-256 / AutoV2 (confidence 1.0), or ``[]``."""
        try:
            cand = await self.sources.by_hash(digest)
        except ApiError:
            return []
        out = []
        for f in cand["files"]:
            if (f["sha256"] and (f["sha256"] == digest or f["sha256"].startswith(digest))) or (
                    len(cand["files"]) == 1):
                out.append(candidate(f["downloadUrl"], "civitai", 1.0, "hash", sha256=f["sha256"],
                                     sizeBytes=f["sizeBytes"], modelName=cand["name"],
                                     versionName=cand["versionName"],
                                     directory=f["suggestedFolder"] or cand["suggestedFolder"]))
        return out

    async def civitai_search(self, name: str) -> list[dict]:
        """Civitai versions holding a file named ``name`` (exact: 0.85; same stem: 0.3)."""
        file_name = name.rsplit("/", 1)[-1]
        stem = _stem(file_name)

        async def fetch():
            reply = await self.sources.civitai.request("GET", f"/api/v1/models?query={quote(stem)}"
                                                              f"&limit={SEARCH_LIMIT}")
            items = reply.get("items") if isinstance(reply, dict) else None
            keep = []
            for model in items or []:
                if not isinstance(model, dict):
                    continue
                for v in model.get("modelVersions") or []:
                    files = [{"name": f.get("name"), "sizeKB": f.get("sizeKB"),
                              "sha256": sha256_or_none((f.get("hashes") or {}).get("SHA256")),
                              "downloadUrl": f.get("downloadUrl") or v.get("downloadUrl")}
                             for f in v.get("files") or [] if isinstance(f, dict)
                             and isinstance(f.get("name"), str) and _fuzzy(f["name"], file_name)]
                    if files:
                        keep.append({"model": model.get("name"), "type": model.get("type"),
                                     "version": v.get("name"), "versionId": v.get("id"), "files": files})
            return keep

        found = await self._cached("civitai-search", stem.lower(), fetch) or []
        from ..sources.common import CIVITAI_TYPE_FOLDERS

        out = []
        for v in found:
            for f in v["files"]:
                exact = f["name"] == file_name
                size = round(f["sizeKB"] * 1024) if isinstance(f.get("sizeKB"), (int, float)) else None
                url = public_link(f.get("downloadUrl")) or (
                    f"{civitai.base_url()}/api/download/models/{v['versionId']}" if v.get("versionId") else None)
                if not url:
                    continue
                out.append(candidate(url, "civitai", 0.85 if exact else 0.3, "name" if exact else "fuzzy",
                                     sha256=f.get("sha256"), sizeBytes=size, modelName=v.get("model"),
                                     versionName=v.get("version"),
                                     directory=CIVITAI_TYPE_FOLDERS.get(str(v.get("type") or "").lower())))
        return out

    async def hf_search(self, name: str) -> list[dict]:
        """Hugging Face files named ``name`` in the repositories a search finds (exact: 0.8)."""
        file_name = name.rsplit("/", 1)[-1]
        stem = _stem(file_name)
        hf = self.sources.huggingface

        async def fetch():
            api = hf._api()
            repos = await hf._call(lambda: [m.id for m in api.list_models(search=stem, limit=SEARCH_LIMIT)])
            keep = []
            for repo in repos[:HF_REPOS]:
                try:
                    items = await hf._call(lambda r=repo: list(api.list_repo_tree(r, recursive=True)))
                except ApiError:
                    continue
                for item in items:
                    path = getattr(item, "path", "")
                    if not hasattr(item, "blob_id") or not is_model_file(path):
                        continue
                    if not _fuzzy(path.rsplit("/", 1)[-1], file_name):
                        continue
                    lfs = getattr(item, "lfs", None)
                    keep.append({"repo": repo, "path": path, "size": lfs.size if lfs else item.size,
                                 "sha256": sha256_or_none(lfs.sha256) if lfs else None})
            return keep

        found = await self._cached("hf-search", stem.lower(), fetch) or []
        from ..sources.common import HF_DIR_FOLDERS

        out = []
        for f in found:
            exact = f["path"].rsplit("/", 1)[-1] == file_name
            parts = f["path"].split("/")[:-1]
            directory = next((HF_DIR_FOLDERS[p.lower()] for p in reversed(parts) if p.lower() in HF_DIR_FOLDERS), None)
            out.append(candidate(huggingface.download_url(f["repo"], "main", f["path"]), "huggingface",
                                 0.8 if exact else 0.3, "name" if exact else "fuzzy", sha256=f.get("sha256"),
                                 sizeBytes=f.get("size"), modelName=f["repo"], versionName=f["path"],
                                 directory=directory))
        return out

    async def search(self, name: str, digest: str | None) -> tuple[list[dict], list[str]]:
        """Both searches at once: ``(candidates, errors)``; a failing site is an error, not a failure."""
        results = await asyncio.gather(self.civitai_search(name), self.hf_search(name), return_exceptions=True)
        found: list[dict] = []
        errors: list[str] = []
        for site, res in zip(("Civitai", "Hugging Face"), results):
            if isinstance(res, ApiError):
                errors.append(f"{site} search: {res}")
            elif isinstance(res, BaseException):
                log.warning("model manager: %s search for %s failed: %r", site, name, res)
                errors.append(f"{site} search failed")
            else:
                found += rank_exact(res, 0.85 if site == "Civitai" else 0.8, digest)
        return found, errors
