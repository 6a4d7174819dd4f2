"""REST handlers for library health (see ``LibraryHealth`` in ``openapi.json``)."""

from __future__ import annotations

from aiohttp import web

from .envelope import PREFIX, api, ok, read_json


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the health report and its actions; ``hub.get()`` gives the services."""

    @routes.get(PREFIX + "/library/health")
    @api
    async def health_report(request: web.Request) -> web.Response:
        """Duplicates, broken, unidentified and unused models (LibraryHealth), built off the loop."""
        svc = await hub.get()
        return ok(await svc.health.report())

    @routes.post(PREFIX + "/library/health/duplicates/delete")
    @api
    async def delete_duplicates(request: web.Request) -> web.Response:
        """Delete chosen copies of one duplicate: body ``{"sha256", "delete": [ModelRef]}``;
        at least one copy stays (409 otherwise). Replies ``{"deleted": [name], "freedBytes"}``."""
        svc = await hub.get()
        return ok(await svc.health.delete_duplicates(await read_json(request)))

    @routes.post(PREFIX + "/library/health/redownload")
    @api
    async def redownload(request: web.Request) -> web.Response:
        """Replace a broken model by a new download from its known source: body ModelRef;
        replies the download Task (201)."""
        svc = await hub.get()
        return ok(await svc.health.redownload(await read_json(request)), status=201)

    @routes.post(PREFIX + "/library/health/identify")
    @api
    async def identify(request: web.Request) -> web.Response:
        """Look unidentified models up on Civitai by SHA-256 (batch): body ``{"models"?: [ModelRef]}``
        (none: all of them). Replies ``{"asked", "identified", "notFound", "notHashed"}``."""
        svc = await hub.get()
        return ok(await svc.health.identify(await read_json(request, required=False)))
