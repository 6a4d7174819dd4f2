"""REST handlers for update tracking: newer Civitai versions of library models (see ``openapi.json``).

A check asks Civitai once per model (rate-limited, 429 backed off), which takes a
while for a large library, so ``POST /updates/check`` starts it in the background
(202) and ``GET /updates/check`` reports it. Statuses: 400 bad body, 500 faults.
"""

from __future__ import annotations

from aiohttp import web

from ..errors import BadRequest
from .envelope import PREFIX, api, ok, read_json


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the update routes; ``hub.get()`` gives the services."""

    @routes.get(PREFIX + "/updates")
    @api
    async def list_updates(request: web.Request) -> web.Response:
        """``[Update]``: library files with a newer Civitai version (see :mod:`..library.updates`)."""
        svc = await hub.get()
        return ok(await svc.updates.list())

    @routes.post(PREFIX + "/updates/check")
    @api
    async def check_updates(request: web.Request) -> web.Response:
        """Start a check: body ``{"refresh"?: bool}`` (optional). 202 with the new
        UpdateCheck, or 200 with the one already running."""
        svc = await hub.get()
        body = await read_json(request, required=False) or {}
        if not isinstance(body, dict) or set(body) - {"refresh"} or not isinstance(body.get("refresh", False), bool):
            raise BadRequest('body must be {"refresh": true | false} or empty')
        check, started = await svc.updates.check(refresh=body.get("refresh", False))
        return ok(check.to_json(), status=202 if started else 200)

    @routes.get(PREFIX + "/updates/check")
    @api
    async def last_update_check(request: web.Request) -> web.Response:
        """The running or last UpdateCheck (kept across restarts), or null when none ran."""
        svc = await hub.get()
        check = await svc.updates.last_check()
        return ok(check.to_json() if check else None)
