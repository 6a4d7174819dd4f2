"""REST handlers under ``/model-manager/`` (the contract is ``openapi.json`` here).

Handlers validate, call one service and wrap the result in the envelope
(``envelope``); they hold no logic of their own. One module per area:
``downloads``, ``sources``, ``library``, ``health``, ``updates``, ``workflows``; ``guards`` holds the
middlewares that run before any of them.
"""

from __future__ import annotations

from aiohttp import web

from . import downloads, health, library, sources, updates, workflows
from .envelope import OPENAPI_PATH, PREFIX, api

def register_routes(routes: web.RouteTableDef, hub) -> None:
    """Add every route to ``routes`` (ComfyUI's ``PromptServer.instance.routes`` or ours).

    ``hub.get()`` returns the started :class:`~.services.Services`. Each feature
    keeps its handlers in its own module of this package.
    """
    @routes.get(PREFIX + "/openapi.json")
    @api
    async def openapi(request: web.Request) -> web.Response:
        """The OpenAPI 3.1 document of this API (plain JSON, no envelope)."""
        return web.FileResponse(OPENAPI_PATH, headers={"Content-Type": "application/json"})

    downloads.register(routes, hub)
    sources.register(routes, hub)
    library.register(routes, hub)
    health.register(routes, hub)
    updates.register(routes, hub)
    workflows.register(routes, hub)


