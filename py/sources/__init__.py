"""Model sources: a URL (or a hash) → candidate files to download, with hashes and a folder.

- :mod:`.civitai` — Civitai pages, versions, download links and AIRs; hash lookups
- :mod:`.huggingface` — Hugging Face repositories, files and folders (``huggingface_hub``)
- :mod:`.direct` — any other allowed URL
- :mod:`.common` — the candidate shape and the folder tables

Model type → ComfyUI model folder (``suggestedFolder``; ``None`` means the type has no
ComfyUI folder and the user picks one — the reply says so instead of guessing; a
folder the host does not have also gives ``None``):

=========================== ========================================================
Civitai model type          folder
=========================== ========================================================
Checkpoint                  checkpoints
LORA, LoCon, DoRA           loras
TextualInversion            embeddings
VAE                         vae
Controlnet                  controlnet
Upscaler                    upscale_models
Hypernetwork                hypernetworks
MotionModule                animatediff_models (when the host has it)
AestheticGradient, Poses,   None — the user chooses
Wildcards, Workflows,
Detection, Other, unknown
Civitai *file* type VAE     vae (a version's separate VAE file)
Civitai *file* type         embeddings
Negative
Hugging Face file under     that folder (``split_files/loras/x.safetensors`` → loras;
``<folder>/`` in the repo   also ``unet`` → diffusion_models, ``clip`` → text_encoders)
Hugging Face repo tags      ``lora`` → loras, ``controlnet`` → controlnet,
                            ``textual_inversion`` → embeddings; otherwise None
=========================== ========================================================

:class:`Sources` is the service the routes call. Hash lookups are remembered in the
catalog (``hash_lookups``): a hit for :data:`FOUND_TTL` seconds, a miss (Civitai's 404)
with its time stamp for :data:`MISSING_RETRY` seconds, after which it is asked again.
"""

from __future__ import annotations

import logging
import re
import time

import aiohttp

from ..errors import BadRequest, Forbidden, NotFound
from ..safety.folders import sanitize_filename
from . import civitai, direct, huggingface
from .common import CIVITAI_TYPE_FOLDERS, UpstreamError  # noqa: F401  (re-exported)

log = logging.getLogger(__name__)

USER_AGENT = "ComfyUI-Model-Manager/0.1"
#: Seconds a found hash lookup is reused before asking Civitai again (7 days).
FOUND_TTL = 7 * 24 * 3600.0
#: Seconds a "not on Civitai" answer is remembered before it is retried (3 days).
MISSING_RETRY = 3 * 24 * 3600.0
_HASH = re.compile(r"^(?:[0-9a-f]{64}|[0-9a-f]{10})$")
#: Keys of a source download request that are not engine fields.
_SOURCE_KEYS = ("source", "versionId", "fileName", "repo", "path", "revision")


def normalize_hash(value: object) -> str:
    """A SHA-256 (64 hex) or AutoV2 (its first 10 hex) in lower case; :class:`BadRequest` otherwise."""
    digest = value.strip().lower() if isinstance(value, str) else ""
    if not _HASH.match(digest):
        raise BadRequest("give a SHA-256 (64 hex digits) or an AutoV2 hash (its first 10 hex digits)")
    return digest


class Sources:
    """Resolves URLs and hashes through Civitai / Hugging Face; expands source download requests."""

    def __init__(self, folders, catalog, settings, policy):
        self.folders = folders
        self.catalog = catalog
        self.settings = settings
        self.policy = policy
        self._session: aiohttp.ClientSession | None = None
        self.civitai = civitai.CivitaiClient(self._client_session, policy)
        self.huggingface = huggingface.HuggingFaceClient(settings)

    async def _client_session(self) -> aiohttp.ClientSession:
        if self._session is None or self._session.closed:
            self._session = aiohttp.ClientSession(headers={"User-Agent": USER_AGENT}, trust_env=True)
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    def _folder_names(self) -> set[str]:
        return {f.name for f in self.folders.all()}

    # -- URLs -----------------------------------------------------------------
    async def resolve(self, url: object) -> list[dict]:
        """Candidates for a pasted URL or AIR (see :mod:`.common` for the shape).

        Raises :class:`BadRequest` (not a URL / unsupported form), :class:`Forbidden`
        (host not allowed, a key is needed, gated), :class:`NotFound`, and
        :class:`UpstreamError` (502) when the site fails.
        """
        if not isinstance(url, str) or not url.strip() or len(url) > 4096:
            raise BadRequest("url must be a Civitai or Hugging Face link, an AIR, or a download URL")
        url = url.strip()
        names = self._folder_names()
        if civitai.parse_url(url) is not None:
            return await self.civitai.resolve(url, names)
        if huggingface.parse_url(url) is not None:
            return await self.huggingface.resolve(url, names)
        return [direct.candidate(url, self.policy)]

    # -- hashes ---------------------------------------------------------------
    async def by_hash(self, value: object, refresh: bool = False) -> dict:
        """The Civitai candidate whose file has this SHA-256 / AutoV2 (cached, see module docstring).

        :class:`NotFound` when Civitai has none (remembered for :data:`MISSING_RETRY`).
        """
        digest = normalize_hash(value)
        now = time.time()
        if not refresh:
            cached = await self.catalog.call(self.catalog.get_hash_lookup, "civitai", digest)
            if cached is not None:
                age = now - cached["checkedAt"]
                if cached["data"] is not None and age < FOUND_TTL:
                    return civitai.version_candidate(cached["data"], None, self._folder_names())
                if cached["data"] is None and age < MISSING_RETRY:
                    raise NotFound(f"model not found on Civitai (no file with hash {digest}; "
                                   f"checked {int(age // 60)} min ago)")
        try:
            version = await self.civitai.by_hash(digest)
        except NotFound:
            await self.catalog.call(self.catalog.save_hash_lookup, "civitai", digest, None, now)
            raise NotFound(f"model not found on Civitai (no file with hash {digest})")
        await self.catalog.call(self.catalog.save_hash_lookup, "civitai", digest, version, now)
        return civitai.version_candidate(version, None, self._folder_names())

    async def lookup_hashes(self, values: list[str], refresh: bool = False) -> dict[str, dict | None]:
        """Many hashes at once (for the scanner): ``{hash: candidate | None}``.

        Cached answers are reused as in :meth:`by_hash`; the rest go to Civitai's
        batch ``POST /api/v1/model-versions/by-hash`` (100 per call, 429 backed off).
        """
        digests = list(dict.fromkeys(normalize_hash(v) for v in values))
        names = self._folder_names()
        now = time.time()
        result: dict[str, dict | None] = {}
        ask: list[str] = []
        for digest in digests:
            cached = None if refresh else await self.catalog.call(self.catalog.get_hash_lookup, "civitai", digest)
            age = now - cached["checkedAt"] if cached else None
            if cached and cached["data"] is not None and age < FOUND_TTL:
                result[digest] = civitai.version_candidate(cached["data"], None, names)
            elif cached and cached["data"] is None and age < MISSING_RETRY:
                result[digest] = None
            else:
                ask.append(digest)
        if ask:
            versions = await self.civitai.by_hashes(ask)
            wanted = set(ask)
            for version in versions:
                for f in version.get("files") or []:
                    for h in (f.get("hashes") or {}).values():
                        h = str(h).lower()
                        if h in wanted and h not in result:
                            result[h] = civitai.version_candidate(version, None, names)
                            await self.catalog.call(self.catalog.save_hash_lookup, "civitai", h, version, now)
            for digest in ask:
                if digest not in result:
                    result[digest] = None
                    await self.catalog.call(self.catalog.save_hash_lookup, "civitai", digest, None, now)
        return {d: result[d] for d in digests}

    # -- downloads --------------------------------------------------------------
    async def expand_download_request(self, body: object) -> object:
        """Turn a source download request into an engine request; other bodies pass unchanged.

        ``{"source": "civitai", "versionId": int, "fileName"?: str, "folder"?, ...}`` or
        ``{"source": "huggingface", "repo": str, "path": str, "revision"?: str, "folder"?, ...}``
        → the same body with ``url``, ``sha256`` (the site's), ``size`` (Hugging Face
        only: exact), ``filename`` (the site's file name unless given) and ``folder``
        (the suggested one unless given). Given ``sha256`` / ``filename`` / ``folder`` win.
        Raises :class:`BadRequest` (bad fields, no folder to suggest), :class:`Forbidden`
        (a key is needed, early access, gated), :class:`NotFound`, :class:`UpstreamError`.
        """
        if not isinstance(body, dict) or "source" not in body:
            return body
        source = body.get("source")
        if source == "civitai":
            file, candidate = await self._civitai_file(body)
        elif source == "huggingface":
            file, candidate = await self._hf_file(body)
        else:
            raise BadRequest('source must be "civitai" or "huggingface" (or give a "url")')
        folder = body.get("folder") or file["suggestedFolder"] or candidate["suggestedFolder"]
        if not folder:
            raise BadRequest(
                f"choose a model folder: {candidate['name']!r} is a {candidate['type'] or 'model of unknown type'}, "
                f"which has no usual ComfyUI folder (GET /model-manager/models lists them)"
            )
        expanded = {k: v for k, v in body.items() if k not in _SOURCE_KEYS}
        expanded["url"] = file["downloadUrl"]
        expanded["folder"] = folder
        if not body.get("filename"):
            expanded["filename"] = sanitize_filename(file["name"])
        if body.get("sha256") is None and file["sha256"]:
            expanded["sha256"] = file["sha256"]
        if body.get("size") is None and source == "huggingface" and file["sizeBytes"]:
            expanded["size"] = file["sizeBytes"]
        # What the site said, for the <name>.metadata.json sidecar the engine writes.
        expanded["sourceInfo"] = {k: v for k, v in {
            "source": source, "modelId": candidate.get("modelId"), "versionId": candidate.get("versionId"),
            "repo": body.get("repo"), "revision": body.get("revision"), "path": body.get("path"),
            "baseModel": candidate.get("baseModel"), "triggerWords": candidate.get("trainedWords") or None,
        }.items() if v is not None}
        return expanded

    async def _civitai_file(self, body: dict) -> tuple[dict, dict]:
        version_id = body.get("versionId")
        if isinstance(version_id, str) and version_id.isascii() and version_id.isdigit():
            version_id = int(version_id)
        if isinstance(version_id, bool) or not isinstance(version_id, int) or version_id <= 0:
            raise BadRequest("versionId must be a Civitai model version id (a positive integer)")
        version = await self.civitai.version(version_id)
        candidate = civitai.version_candidate(version, None, self._folder_names())
        file = self._pick(candidate, body.get("fileName"))
        has_key = bool(self.settings.api_key("civitai"))
        if candidate["notice"] and not has_key:
            raise Forbidden(candidate["notice"])
        await self.civitai.check_download(file["downloadUrl"])
        return file, candidate

    async def _hf_file(self, body: dict) -> tuple[dict, dict]:
        repo, path, revision = body.get("repo"), body.get("path"), body.get("revision")
        if not isinstance(repo, str) or not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", repo):
            raise BadRequest("repo must be a Hugging Face repository id such as 'owner/name'")
        if not isinstance(path, str) or not path.strip("/") or ".." in path.split("/"):
            raise BadRequest("path must be a file path inside the repository")
        if revision is not None and (not isinstance(revision, str) or not revision or ".." in revision):
            raise BadRequest("revision must be a branch, tag or commit")
        candidate = await self.huggingface.candidate(repo, "file", revision, path.strip("/"), self._folder_names())
        return candidate["files"][0], candidate

    @staticmethod
    def _pick(candidate: dict, name: object) -> dict:
        files = candidate["files"]
        if not files:
            raise NotFound("model not found on Civitai: this version has no files")
        if name is None:
            return next((f for f in files if f["primary"]), files[0])
        for f in files:
            if f["name"] == name:
                return f
        raise NotFound(f"model not found on Civitai: version {candidate['versionId']} has no file {name!r} "
                       f"(it has: {', '.join(f['name'] for f in files)})")
