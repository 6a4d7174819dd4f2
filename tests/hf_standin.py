"""A loopback stand-in for the Hugging Face Hub, answering what ``huggingface_hub`` calls.

- ``GET /api/models?search=&limit=`` → ``[{"_id", "id", "modelId", "likes", "downloads",
  "private", "tags", "createdAt"}]`` (the Hub's search: ``search`` is a substring of the
  repository id, case-insensitive), most downloaded first
- ``GET /api/models/{repo}[/revision/{rev}][?blobs=true]`` → model info
  (``tests/fixtures/hf_model_info.json`` shape: ``id``, ``sha``, ``gated``, ``tags``,
  ``cardData``, ``siblings[]`` with ``rfilename`` and, with ``blobs``, ``size``,
  ``blobId``, ``lfs: {sha256, size, pointerSize}``)
- ``GET /api/models/{repo}/tree/{rev}[/{path}][?recursive=true]`` → ``[{"type": "file" |
  "directory", "oid", "size", "path", "lfs": {"oid", "size", "pointerSize"}}]``
- ``HEAD|GET /{repo}/resolve/{rev}/{path}``: an LFS file (``.safetensors`` ...) answers
  ``302`` to the CDN stand-in (another host name) with ``X-Repo-Commit``,
  ``X-Linked-Etag`` (its SHA-256, quoted), ``X-Linked-Size``, ``ETag``; a small git
  file answers ``200`` with its git blob id as ``ETag``
- errors as the Hub sends them (``X-Error-Code``): an unknown repo ``401 RepoNotFound``,
  a gated repo without the token ``401 GatedRepo`` on ``resolve``, unknown revision
  ``404 RevisionNotFound``, unknown file ``404 EntryNotFound``

Every request is recorded (method, path, headers).
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from aiohttp import web

FIXTURES = Path(__file__).parent / "fixtures"
LFS_SUFFIXES = (".safetensors", ".sft", ".gguf", ".ckpt", ".pt", ".pth", ".bin")


def git_blob_id(data: bytes) -> str:
    return hashlib.sha1(b"blob %d\0" % len(data) + data).hexdigest()


class HfStandin:
    """The aiohttp app; :meth:`add_repo` registers a repository with its files."""

    def __init__(self, cdn_server, token: str = "hf_testtoken0123456789abcdef"):
        self.cdn = cdn_server
        self.cdn_base = ""
        self.token = token
        self.repos: dict[str, dict] = {}
        self.requests: list[dict] = []
        self.app = web.Application(middlewares=[self._record])
        self.app.router.add_get("/api/models", self.search)
        self.app.router.add_get("/api/models/{tail:.+}", self.api_models)
        self.app.router.add_route("*", "/{tail:.+}", self.resolve)

    def add_repo(self, repo: str, files: dict[str, bytes], sha: str, gated=False, tags=None,
                 published_sha256: dict[str, str] | None = None) -> None:
        info = json.loads((FIXTURES / "hf_model_info.json").read_text())
        info.update({"id": repo, "modelId": repo, "author": repo.split("/")[0], "sha": sha, "gated": gated})
        if tags is not None:
            info["tags"] = tags
        published = published_sha256 or {}
        self.repos[repo] = {"info": info, "files": files, "sha": sha, "published": published}
        for path, data in files.items():
            if path.endswith(LFS_SUFFIXES):
                self.cdn.add(f"hf-{hashlib.sha256(data).hexdigest()}", data)

    @web.middleware
    async def _record(self, request: web.Request, handler):
        self.requests.append({"method": request.method, "path": request.path, "headers": dict(request.headers)})
        return await handler(request)

    def _sha256(self, repo: dict, path: str) -> str:
        return repo["published"].get(path) or hashlib.sha256(repo["files"][path]).hexdigest()

    def _authorized(self, request: web.Request) -> bool:
        return request.headers.get("Authorization") == f"Bearer {self.token}"

    @staticmethod
    def _error(status: int, code: str, message: str) -> web.Response:
        return web.json_response({"error": message}, status=status,
                                 headers={"X-Error-Code": code, "X-Error-Message": message})

    def _split_repo(self, parts: list[str]) -> tuple[str | None, list[str]]:
        for n in (2, 1):
            if "/".join(parts[:n]) in self.repos:
                return "/".join(parts[:n]), parts[n:]
        return None, parts

    def _lfs(self, repo: dict, path: str) -> dict | None:
        if not path.endswith(LFS_SUFFIXES):
            return None
        return {"size": len(repo["files"][path]), "pointerSize": 134}

    async def search(self, request: web.Request) -> web.Response:
        query = request.query.get("search", "").lower()
        limit = int(request.query.get("limit", "1000") or 1000)
        out = []
        for i, (repo_id, repo) in enumerate(self.repos.items()):
            if query in repo_id.lower():
                out.append({"_id": f"{i:024x}", "id": repo_id, "modelId": repo_id, "likes": 0,
                            "downloads": repo.get("downloads", 0), "private": False,
                            "tags": repo["info"].get("tags", []), "createdAt": "2025-01-01T00:00:00.000Z"})
        out.sort(key=lambda m: -m["downloads"])
        return web.json_response(out[:limit])

    async def api_models(self, request: web.Request) -> web.Response:
        repo_id, rest = self._split_repo(request.match_info["tail"].split("/"))
        if repo_id is None:
            return self._error(401, "RepoNotFound", "Repository not found")
        repo = self.repos[repo_id]
        if rest[:1] in (["revision"], ["tree"]) and len(rest) >= 2 and rest[1] not in ("main", repo["sha"]):
            return self._error(404, "RevisionNotFound", "Invalid rev id")
        if rest[:1] == ["tree"]:
            prefix = "/".join(rest[2:])
            recursive = request.query.get("recursive", "false").lower() == "true"
            out, dirs = [], set()
            for path, data in sorted(repo["files"].items()):
                if prefix and not path.startswith(prefix + "/"):
                    continue
                below = path[len(prefix) + 1:] if prefix else path
                if "/" in below and not recursive:
                    d = (prefix + "/" if prefix else "") + below.split("/")[0]
                    if d not in dirs:
                        dirs.add(d)
                        out.append({"type": "directory", "oid": hashlib.sha1(d.encode()).hexdigest(), "size": 0,
                                    "path": d})
                    continue
                entry = {"type": "file", "oid": git_blob_id(data), "size": len(data), "path": path}
                lfs = self._lfs(repo, path)
                if lfs:
                    entry["lfs"] = {"oid": self._sha256(repo, path), **lfs}
                out.append(entry)
            if prefix and not out:
                return self._error(404, "EntryNotFound", f"{prefix} does not exist on \"main\"")
            return web.json_response(out)
        info = copy.deepcopy(repo["info"])
        blobs = request.query.get("blobs", "").lower() == "true"
        siblings = []
        for path, data in sorted(repo["files"].items()):
            s = {"rfilename": path}
            if blobs:
                s.update({"size": len(data), "blobId": git_blob_id(data)})
                lfs = self._lfs(repo, path)
                if lfs:
                    s["lfs"] = {"sha256": self._sha256(repo, path), **lfs}
            siblings.append(s)
        info["siblings"] = siblings
        return web.json_response(info)

    async def resolve(self, request: web.Request) -> web.Response:
        parts = request.match_info["tail"].split("/")
        repo_id, rest = self._split_repo(parts)
        if repo_id is None:
            return self._error(401, "RepoNotFound", "Repository not found")
        if len(rest) < 3 or rest[0] != "resolve":
            return web.Response(status=404, text="not found")
        repo = self.repos[repo_id]
        rev, path = rest[1], "/".join(rest[2:])
        if rev not in ("main", repo["sha"]):
            return self._error(404, "RevisionNotFound", "Invalid rev id")
        if repo["info"]["gated"] and not self._authorized(request):
            return self._error(401, "GatedRepo", f"Access to model {repo_id} is restricted. You must have access to "
                                                 f"it and be authenticated to access it. Please log in.")
        if path not in repo["files"]:
            return self._error(404, "EntryNotFound", "Entry not found")
        data = repo["files"][path]
        common = {"X-Repo-Commit": repo["sha"], "Accept-Ranges": "bytes"}
        lfs = self._lfs(repo, path)
        if lfs:
            sha = self._sha256(repo, path)
            real = hashlib.sha256(data).hexdigest()
            location = f"{self.cdn_base}/files/hf-{real}?X-Amz-Expires=3600&X-Amz-Signature=9c1b&x-id=GetObject"
            headers = {**common, "X-Linked-Etag": f'"{sha}"', "X-Linked-Size": str(len(data)),
                       "ETag": f'"{sha}"', "Location": location, "Content-Length": "0"}
            return web.Response(status=302, headers=headers)
        headers = {**common, "ETag": f'"{git_blob_id(data)}"', "Content-Type": "text/plain; charset=utf-8"}
        if request.method == "HEAD":
            headers["Content-Length"] = str(len(data))
            return web.Response(status=200, headers=headers)
        return web.Response(body=data, headers=headers)
