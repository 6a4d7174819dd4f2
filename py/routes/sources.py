"""REST handlers for model sources: URL → candidates, hash lookups (see ``openapi.json``).

Statuses: 400 bad input, 403 host not allowed / a key is needed / gated / early
access, 404 model not found, 502 Civitai or Hugging Face failed or unreachable.
"""

from __future__ import annotations

from aiohttp import web

from .envelope import PREFIX, api, ok


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the model-info routes; ``hub.get()`` gives the services."""

    @routes.get(PREFIX + "/model-info")
    @api
    async def model_info(request: web.Request) -> web.Response:
        """Resolve ``?url=`` (Civitai / Hugging Face link, AIR, direct URL): ``[ModelCandidate]``."""
        svc = await hub.get()
        return ok(await svc.sources.resolve(request.query.get("url")))

    @routes.get(PREFIX + "/model-info/by-hash/{hash}")
    @api
    async def model_info_by_hash(request: web.Request) -> web.Response:
        """The Civitai version holding a file with this SHA-256 / AutoV2: ``ModelCandidate``.

        ``?refresh=1`` asks Civitai again even when a remembered answer is fresh.
        """
        svc = await hub.get()
        refresh = request.query.get("refresh", "") in ("1", "true", "yes")
        return ok(await svc.sources.by_hash(request.match_info["hash"], refresh=refresh))
