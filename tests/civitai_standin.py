"""A loopback stand-in for Civitai's REST API and download endpoint.

Shapes follow Civitai's public developer reference (developer.civitai.com,
``site/reference``: models, model-versions, by-hash) — the recorded examples in
``tests/fixtures/civitai_model_*.json`` — with each file's ``hashes.SHA256`` /
``AutoV2`` and ``sizeKB`` filled from the bytes the test registers.

- ``GET /api/v1/models?query=&limit=&types=`` → ``{"items": [Model], "metadata": {"totalItems",
  "currentPage", "pageSize"}}`` (``site/reference/models``). The real search matches
  model names (and tags); the stand-in matches every word of ``query`` against the model
  name, its version names and its file stems, case-insensitively. Models in
  :attr:`hidden_from_search` are left out.
- ``GET /api/v1/models/{id}``, ``GET /api/v1/model-versions/{id}``
- ``GET /api/v1/model-versions/by-hash/{hash}`` (SHA256, AutoV2, any listed hash; 404 JSON)
- ``POST /api/v1/model-versions/by-hash`` with a JSON array → the versions found
- ``GET /api/download/models/{versionId}[?type=&format=&size=&fp=]`` → ``307`` to the
  CDN stand-in (another host name) with a pre-signed query; the CDN answers with
  ``Content-Disposition``. Versions in :attr:`login_required` or in early access
  answer ``401`` JSON without ``Authorization: Bearer <token>``.
- :attr:`rate_limited` makes the next N API calls answer ``429`` with ``Retry-After``.

``https://civitai.com`` in the fixtures is rewritten to the stand-in's own base URL
(the real API's links point at its own host). Every request is recorded.
"""

from __future__ import annotations

import copy
import hashlib
import json
from pathlib import Path

from aiohttp import web

FIXTURES = Path(__file__).parent / "fixtures"


def load_fixture(name: str) -> dict:
    return json.loads((FIXTURES / name).read_text())


class CivitaiStandin:
    """The aiohttp app; call :meth:`add_model` and :meth:`add_file`, set :attr:`base` and :attr:`cdn`."""

    def __init__(self, cdn_server, token: str = "civitai-test-token-0123456789"):
        self.cdn = cdn_server  # tests/fileserver.FileServer serving the "CDN"
        self.cdn_base = ""
        self.base = ""
        self.token = token
        self.models: dict[int, dict] = {}
        self.login_required: set[int] = set()
        self.rate_limited = 0
        self.retry_after = "1"
        self.requests: list[dict] = []
        self.hidden_from_search: set[int] = set()
        self.app = web.Application(middlewares=[self._record])
        r = self.app.router
        r.add_get("/api/v1/models", self.search_models)
        r.add_get("/api/v1/models/{id}", self.get_model)
        r.add_get("/api/v1/model-versions/by-hash/{hash}", self.get_by_hash)
        r.add_post("/api/v1/model-versions/by-hash", self.post_by_hash)
        r.add_get("/api/v1/model-versions/{id}", self.get_version)
        r.add_get("/api/download/models/{id}", self.download)

    # -- set-up ------------------------------------------------------------------
    def add_model(self, model: dict) -> dict:
        model = copy.deepcopy(model)
        self.models[model["id"]] = model
        return model

    def add_file(self, version_id: int, file_name: str, data: bytes, published_sha256: str | None = None) -> None:
        """Serve ``data`` as that file (on the CDN) and publish its hashes and size."""
        f = self._file(version_id, file_name)
        digest = hashlib.sha256(data).hexdigest().upper()
        f["hashes"].update({"SHA256": published_sha256.upper() if published_sha256 else digest,
                            "AutoV2": (published_sha256 or digest)[:10].upper()})
        f["sizeKB"] = len(data) / 1024
        self.cdn.add(f"civitai-{f['id']}", data, content_disposition=f'attachment; filename="{file_name}"')

    def _file(self, version_id: int, file_name: str) -> dict:
        version, _ = self._version(version_id)
        for f in version["files"]:
            if f["name"] == file_name:
                return f
        raise KeyError(file_name)

    def _version(self, version_id: int) -> tuple[dict, dict]:
        for model in self.models.values():
            for v in model["modelVersions"]:
                if v["id"] == version_id:
                    return v, model
        raise KeyError(version_id)

    # -- helpers --------------------------------------------------------------------
    @web.middleware
    async def _record(self, request: web.Request, handler):
        self.requests.append({"method": request.method, "path": request.path, "query": dict(request.query),
                              "headers": dict(request.headers)})
        if request.path.startswith("/api/v1/") and self.rate_limited > 0:
            self.rate_limited -= 1
            return web.json_response({"error": "Too many requests"}, status=429,
                                     headers={"Retry-After": self.retry_after})
        return await handler(request)

    def _json(self, data) -> web.Response:
        text = json.dumps(data).replace("https://civitai.com", self.base)
        return web.Response(text=text, content_type="application/json")

    def _version_json(self, version: dict, model: dict) -> dict:
        v = copy.deepcopy(version)
        v["modelId"] = model["id"]
        v["model"] = {"name": model["name"], "type": model["type"], "nsfw": model.get("nsfw", False),
                      "poi": model.get("poi", False)}
        v.setdefault("air", f"urn:air:sd1:{model['type'].lower()}:civitai:{model['id']}@{version['id']}")
        return v

    @staticmethod
    def _not_found() -> web.Response:
        return web.json_response({"error": "Model not found"}, status=404)

    def _find_hash(self, digest: str) -> tuple[dict, dict] | None:
        digest = digest.lower()
        for model in self.models.values():
            for v in model["modelVersions"]:
                for f in v["files"]:
                    if digest in {str(h).lower() for h in f["hashes"].values()}:
                        return v, model
        return None

    # -- handlers -------------------------------------------------------------------
    async def search_models(self, request: web.Request) -> web.Response:
        import re

        words = [w for w in re.split(r"[\s_\-.]+", request.query.get("query", "").lower()) if w]
        types = {t.lower() for t in request.query.getall("types", [])}
        limit = max(1, min(int(request.query.get("limit", "100") or 100), 100))
        items = []
        for model in self.models.values():
            if model["id"] in self.hidden_from_search or (types and model["type"].lower() not in types):
                continue
            text = " ".join([model["name"]] + [v["name"] for v in model["modelVersions"]]
                            + [f["name"].rsplit(".", 1)[0] for v in model["modelVersions"] for f in v["files"]])
            hay = set(re.split(r"[\s_\-.]+", text.lower()))
            if all(w in hay for w in words):
                items.append(model)
        return self._json({"items": items[:limit], "metadata": {"totalItems": len(items), "currentPage": 1,
                                                                 "pageSize": limit}})

    async def get_model(self, request: web.Request) -> web.Response:
        model = self.models.get(int(request.match_info["id"]))
        return self._json(model) if model else self._not_found()

    async def get_version(self, request: web.Request) -> web.Response:
        try:
            version, model = self._version(int(request.match_info["id"]))
        except KeyError:
            return self._not_found()
        return self._json(self._version_json(version, model))

    async def get_by_hash(self, request: web.Request) -> web.Response:
        hit = self._find_hash(request.match_info["hash"])
        return self._json(self._version_json(*hit)) if hit else self._not_found()

    async def post_by_hash(self, request: web.Request) -> web.Response:
        hashes = await request.json()
        found, seen = [], set()
        for digest in hashes:
            hit = self._find_hash(digest)
            if hit and hit[0]["id"] not in seen:
                seen.add(hit[0]["id"])
                found.append(self._version_json(*hit))
        return self._json(found)

    async def download(self, request: web.Request) -> web.Response:
        try:
            version, model = self._version(int(request.match_info["id"]))
        except KeyError:
            return self._not_found()
        gated = version["id"] in self.login_required or version.get("availability") == "EarlyAccess"
        if gated and request.headers.get("Authorization") != f"Bearer {self.token}":
            return web.json_response(
                {"error": "Unauthorized", "message": "The creator of this asset requires you to be logged in to download it"},
                status=401)
        files = version["files"]
        q = request.query
        for f in files:
            meta = f.get("metadata") or {}
            checks = {"type": f.get("type"), "format": meta.get("format"), "size": meta.get("size"), "fp": meta.get("fp")}
            if all(str(checks[k]).lower() == q[k].lower() for k in checks if k in q):
                break
        else:
            return self._not_found()
        if not q:
            f = next((x for x in files if x.get("primary")), files[0])
        raise web.HTTPTemporaryRedirect(
            f"{self.cdn_base}/files/civitai-{f['id']}?X-Amz-Expires=86400&X-Amz-Signature=5f2e0c9d&response-content-disposition=attachment")


#: The stand-in's files: ``(versionId, file name) → (float count, seed)`` of a real
#: safetensors file made by ``fileserver.make_safetensors``. Version 3004 (in the
#: gated fixture) needs a token when ``populate(..., gated=True)``.
STANDARD_FILES = {
    (1001, "detail_tweaker_xl.safetensors"): (40_000, 1),
    (1000, "add_detail.safetensors"): (20_000, 2),
    (2002, "photonReal_v3.safetensors"): (60_000, 3),
    (2002, "photonReal_v3_full.safetensors"): (80_000, 4),
    (2002, "photonReal_vae.safetensors"): (10_000, 5),
    (3004, "members_style.safetensors"): (10_000, 6),
    (3005, "members_style_v2.safetensors"): (10_000, 7),
}


def populate(civ: "CivitaiStandin", gated: bool = True) -> dict:
    """Load the recorded models and their files into ``civ``; returns ``{(versionId, name): bytes}``.

    ``gated`` adds the members-only model (versions 3004 / 3005; 3004 needs a token).
    """
    from fileserver import make_safetensors

    fixtures = ["civitai_model_lora.json", "civitai_model_checkpoint.json"]
    if gated:
        fixtures.append("civitai_model_gated.json")
    for name in fixtures:
        civ.add_model(load_fixture(name))
    files = {key: make_safetensors(n, seed=seed) for key, (n, seed) in STANDARD_FILES.items()
             if gated or key[0] < 3000}
    for (vid, name), data in files.items():
        civ.add_file(vid, name, data)
    if gated:
        civ.login_required.add(3004)
    return files
