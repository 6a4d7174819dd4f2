"""Hugging Face: repository / file / folder URLs → candidates, through ``huggingface_hub``.

``huggingface_hub`` (``HfApi(endpoint=..., token=...)``) does the Hub calls; it is
synchronous, so every call runs in a worker thread (``asyncio.to_thread``). The
endpoint follows ``HF_ENDPOINT`` (default ``https://huggingface.co``), read at
each call so tests and mirrors can move it. Calls and what they read:

- ``model_info(repo, revision, files_metadata=True)`` → ``GET /api/models/{repo}[/revision/{rev}]?blobs=true``:
  ``sha`` (commit), ``gated`` (False | "auto" | "manual"), ``tags``, ``pipeline_tag``,
  ``cardData.base_model``, ``siblings[]`` with ``rfilename``, ``size``, ``lfs.sha256``
- ``list_repo_tree(repo, dir, recursive=True, revision)`` → ``GET /api/models/{repo}/tree/{rev}/{dir}``:
  ``[{"type": "file", "path", "size", "oid", "lfs": {"oid" (SHA-256), "size"}}]``
- ``get_hf_file_metadata(url)`` → ``HEAD /{repo}/resolve/{rev}/{path}`` (relative
  redirects only): ``X-Repo-Commit``, ``X-Linked-Etag`` (the SHA-256 of an LFS file)
  or ``ETag``, ``X-Linked-Size`` or ``Content-Length``

URL forms understood by :func:`parse_url` (hosts ``huggingface.co``, ``hf.co``,
``www.huggingface.co`` and the ``HF_ENDPOINT`` host):

- ``/{owner}/{repo}`` (and a one-part legacy ``/{repo}``) → every model file of the repo
- ``/{repo}/tree/{rev}/{dir}`` → the model files below ``dir``
- ``/{repo}/blob/{rev}/{path}`` (rewritten to ``resolve/``) and ``/{repo}/resolve/{rev}/{path}`` → that file

Downloads use ``{endpoint}/{repo}/resolve/{commit}/{path}`` (pinned to the commit
the hash was read from). The token goes only to the endpoint (``huggingface_hub``
sends it there; the download engine sends it per :meth:`UrlPolicy.auth_headers`),
never to the CDN a ``resolve`` redirect points at.
"""

from __future__ import annotations

import asyncio
import os
import re
from urllib.parse import quote, unquote, urlsplit

from ..errors import BadRequest, Forbidden, NotFound
from .common import (
    HF_DIR_FOLDERS,
    UpstreamError,
    existing_folder,
    file_format,
    is_model_file,
    sha256_or_none,
)

DEFAULT_ENDPOINT = "https://huggingface.co"
_HOSTS = ("huggingface.co", "www.huggingface.co", "hf.co")
#: First path segments of huggingface.co pages that are not model repositories.
_NOT_MODELS = {"datasets", "spaces", "docs", "models", "settings", "login", "join", "papers", "collections",
               "organizations", "blog", "api", "buckets"}
GATED = ("this repository is gated: accept its terms on huggingface.co (signed in) and set a Hugging Face "
         "token in the Model Manager settings")
_FP = re.compile(r"(?:^|[-_.])(fp8|fp16|bf16|fp32|int8|nf4|q\d_k(?:_[msl])?|q\d_\d)(?:[-_.]|$)", re.I)


def endpoint() -> str:
    """The Hub endpoint (``HF_ENDPOINT`` or https://huggingface.co), without a trailing slash."""
    return (os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


#: A repository id as the Hub allows it: ``name`` or ``owner/name``, letters,
#: digits, ``-``, ``_`` and ``.`` (no ``..``), each part at most 96 characters.
_REPO_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,95}(/[A-Za-z0-9][A-Za-z0-9._-]{0,95})?")


def parse_url(url: str) -> dict | None:
    """``{"repo", "kind": "repo" | "tree" | "file", "revision": str | None, "path": str}`` or None.

    None when ``url`` is not on a Hugging Face host; :class:`BadRequest` for a
    Hugging Face URL that names no model repository.
    """
    try:
        parts = urlsplit(url.strip())
        host = (parts.hostname or "").lower()
        netloc = parts.netloc.lower()
    except ValueError:
        return None
    if host not in _HOSTS and netloc != urlsplit(endpoint()).netloc.lower():
        return None
    segments = [unquote(s) for s in parts.path.split("/") if s]
    if not segments or segments[0] in _NOT_MODELS:
        raise BadRequest("unsupported Hugging Face URL: give a model repository (huggingface.co/owner/name), "
                         "a file (.../resolve/REV/PATH or .../blob/REV/PATH) or a folder (.../tree/REV/DIR)")
    if len(segments) >= 2 and segments[1] in ("blob", "resolve", "tree"):
        repo, rest = segments[0], segments[1:]
    else:
        repo, rest = "/".join(segments[:2]), segments[2:]
    if not _REPO_ID.fullmatch(repo) or ".." in repo:
        raise BadRequest(f"not a Hugging Face repository id: {repo!r}")
    if not rest:
        return {"repo": repo, "kind": "repo", "revision": None, "path": ""}
    action, rest = rest[0], rest[1:]
    if action not in ("blob", "resolve", "tree") or (not rest and action != "tree"):
        raise BadRequest(f"unsupported Hugging Face URL: {url}")
    if any(seg in (".", "..") or "/" in seg or "\\" in seg for seg in rest):
        raise BadRequest(f"unsupported Hugging Face URL (path segments must be plain names): {url}")
    revision, rest = (rest[0], rest[1:]) if rest else (None, [])
    if revision == "refs" and len(rest) >= 2:  # refs/pr/1
        revision, rest = "/".join(["refs"] + rest[:2]), rest[2:]
    path = "/".join(rest)
    if action == "tree":
        return {"repo": repo, "kind": "tree", "revision": revision, "path": path}
    if not path:
        raise BadRequest(f"the Hugging Face URL names no file: {url}")
    return {"repo": repo, "kind": "file", "revision": revision, "path": path}


def download_url(repo: str, revision: str, path: str) -> str:
    """``{endpoint}/{repo}/resolve/{revision}/{path}`` (what ``hf_hub_url`` builds)."""
    return f"{endpoint()}/{repo}/resolve/{quote(revision, safe='')}/{quote(path)}"


def _folder_for_path(path: str, folder_names: set[str]) -> str | None:
    for part in reversed(path.split("/")[:-1]):
        folder = HF_DIR_FOLDERS.get(part.lower())
        if folder and folder in folder_names:
            return folder
    return None


def _type_from_tags(tags: list[str]) -> str | None:
    tags = {t.lower() for t in tags or []}
    if "lora" in tags or any(t.startswith("base_model:adapter:") for t in tags):
        return "LORA"
    if "controlnet" in tags:
        return "Controlnet"
    if "textual_inversion" in tags:
        return "TextualInversion"
    return None


_TYPE_FOLDER = {"LORA": "loras", "Controlnet": "controlnet", "TextualInversion": "embeddings"}


class HuggingFaceClient:
    """The Hub through ``huggingface_hub`` (see module docstring)."""

    def __init__(self, settings):
        self._settings = settings

    def _api(self):
        from huggingface_hub import HfApi

        return HfApi(endpoint=endpoint(), token=self._settings.api_key("huggingface") or False,
                     library_name="comfyui-model-manager")

    async def _call(self, fn, *args, **kwargs):
        """Run a ``huggingface_hub`` call in a thread; map its errors to :class:`ApiError`."""
        from huggingface_hub import errors

        try:
            return await asyncio.to_thread(fn, *args, **kwargs)
        except errors.HFValidationError as exc:
            raise BadRequest(f"not a valid Hugging Face repository or revision: {exc}")
        except errors.GatedRepoError:
            raise Forbidden(GATED)
        except errors.RepositoryNotFoundError:
            raise NotFound("model not found on Hugging Face (a private repository needs a token)")
        except errors.RevisionNotFoundError:
            raise NotFound("model not found on Hugging Face: no such revision")
        except errors.EntryNotFoundError:
            raise NotFound("model not found on Hugging Face: no such file in the repository")
        except errors.HfHubHTTPError as exc:
            status = exc.response.status_code if exc.response is not None else None
            if status in (401, 403):
                raise Forbidden(GATED)
            raise UpstreamError(f"Hugging Face answered HTTP {status}")
        except OSError as exc:
            raise UpstreamError(f"Hugging Face cannot be reached ({endpoint()}): {exc}")
        except Exception as exc:
            if type(exc).__module__.split(".")[0] in ("httpx", "httpx2", "httpcore"):
                raise UpstreamError(f"Hugging Face cannot be reached ({endpoint()}): {type(exc).__name__}")
            raise

    async def file_metadata(self, repo: str, revision: str, path: str) -> dict:
        """``{"sha256", "size", "commit"}`` of one file (HEAD on its ``resolve`` URL)."""
        from huggingface_hub import get_hf_file_metadata, hf_hub_url

        url = hf_hub_url(repo, path, revision=revision, endpoint=endpoint())
        meta = await self._call(get_hf_file_metadata, url, token=self._settings.api_key("huggingface") or False,
                                endpoint=endpoint())
        return {"sha256": sha256_or_none(meta.etag), "size": meta.size, "commit": meta.commit_hash or revision}

    async def resolve(self, url: str, folder_names: set[str]) -> list[dict]:
        """One candidate for a Hugging Face URL (see :func:`parse_url`)."""
        ref = parse_url(url)
        if ref is None:
            raise BadRequest(f"not a Hugging Face URL: {url}")
        return [await self.candidate(ref["repo"], ref["kind"], ref["revision"], ref["path"], folder_names)]

    async def candidate(self, repo: str, kind: str, revision: str | None, path: str, folder_names: set[str]) -> dict:
        api = self._api()
        info = await self._call(api.model_info, repo, revision=revision, files_metadata=(kind == "repo"))
        commit = info.sha or revision or "main"
        entries: list[tuple[str, int | None, str | None]] = []  # (path, size, sha256)
        if kind == "repo":
            for s in info.siblings or []:
                entries.append((s.rfilename, (s.lfs.size if s.lfs else s.size),
                                sha256_or_none(s.lfs.sha256) if s.lfs else None))
        elif kind == "tree":
            def tree():
                return list(api.list_repo_tree(repo, path or None, recursive=True, revision=commit))
            for item in await self._call(tree):
                if hasattr(item, "blob_id"):  # a RepoFile, not a RepoFolder
                    entries.append((item.path, item.lfs.size if item.lfs else item.size,
                                    sha256_or_none(item.lfs.sha256) if item.lfs else None))
        else:
            meta = await self.file_metadata(repo, commit, path)
            entries.append((path, meta["size"], meta["sha256"]))
            commit = meta["commit"] or commit
        mtype = _type_from_tags(info.tags or [])
        repo_folder = existing_folder(_TYPE_FOLDER.get(mtype or ""), folder_names)
        files = []
        for fpath, size, digest in entries:
            name = fpath.rsplit("/", 1)[-1]
            if kind != "file" and not is_model_file(name):
                continue
            fp = _FP.search(name.rsplit(".", 1)[0])
            files.append({
                "name": name,
                "sizeBytes": size,
                "sha256": digest,
                "downloadUrl": download_url(repo, commit, fpath),
                "primary": False,
                "format": file_format(name),
                "fp": fp.group(1).lower() if fp else None,
                "type": "Model",
                "path": fpath,
                "suggestedFolder": _folder_for_path(fpath, folder_names) or repo_folder,
            })
        files.sort(key=lambda f: f["path"])
        if len(files) == 1:
            files[0]["primary"] = True
        card = info.card_data or {}
        base = card.get("base_model") if hasattr(card, "get") else None
        if isinstance(base, list):
            base = base[0] if base else None
        gated = bool(info.gated)
        has_token = bool(self._settings.api_key("huggingface"))
        folders = {f["suggestedFolder"] for f in files}
        return {
            "source": "huggingface",
            "modelId": repo,
            "versionId": commit,
            "name": repo,
            "versionName": revision or "main",
            "type": mtype,
            "baseModel": base if isinstance(base, str) else None,
            "description": None,
            "previews": [],
            "files": files,
            "suggestedFolder": folders.pop() if len(folders) == 1 else repo_folder,
            "url": f"{endpoint()}/{repo}" + (f"/tree/{revision}/{path}" if kind == "tree" and revision else ""),
            "air": None,
            "trainedWords": [],
            "notice": GATED if gated and not has_token else None,
        }
