"""REST handlers under ``/model-manager/`` (the contract is ``openapi.json`` here).

Handlers validate, call one service and wrap the result in the envelope
(``envelope``); they hold no logic of their own. One module per area:
``downloads``, ``sources``, ``library``, ``health``, ``updates``, ``workflows``, ``access``;
``guards`` wraps every handler registered here with the origin / token / media-type rules.
"""

from __future__ import annotations

from aiohttp import web

from . import access, downloads, health, library, sources, updates, workflows
from .envelope import OPENAPI_PATH, PREFIX, api
from .guards import Guard, GuardedRoutes


def register_routes(routes: web.RouteTableDef, hub) -> None:
    """Add every route to ``routes`` (ComfyUI's ``PromptServer.instance.routes`` or ours).

    ``hub.get()`` returns the started :class:`~.services.Services`. Each feature
    keeps its handlers in its own module of this package; each handler is registered
    guarded (:mod:`.guards`), so the rules hold inside ComfyUI without a middleware
    on its app.
    """
    routes = GuardedRoutes(routes, Guard(hub))
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
    access.register(routes, hub)


