"""REST handlers about access itself: what this client may do, and the token for Settings on this machine.

The rules are in :mod:`.guards`; ``GET /access/token`` is the one route that
serves the token, and only to a *local* request (loopback peer, no proxy
header, a ``localhost`` / IP-literal ``Host``) that is same-origin: a local
client may already do everything the token allows, so showing it there adds no
power, while DNS rebinding, tunnels, proxies and other sites are refused.
"""

from __future__ import annotations

from aiohttp import web

from .envelope import PREFIX, api, ok
from .guards import bearer, is_local


def register(routes, hub) -> None:
    """Add the access routes; ``hub.get()`` gives the services."""

    @routes.get(PREFIX + "/access")
    @api
    async def access_info(request: web.Request) -> web.Response:
        """``{"local", "remoteAccess", "tokenValid", "canWrite", "tokenCommand"}`` for this client:
        whether it counts as this machine, the mode, whether its Bearer token is right, whether
        its writes would pass, and the command that prints the token on the server."""
        svc = await hub.get()
        local = is_local(request, svc.host)
        presented = bearer(request)
        valid = presented is not None and svc.token.matches(presented)
        mode = svc.settings.get("remoteAccess")
        can_write = local or mode == "open" or (mode == "token" and valid)
        return ok({"local": local, "remoteAccess": mode, "tokenValid": valid, "canWrite": can_write,
                   "tokenCommand": svc.host.token_command()})

    @routes.get(PREFIX + "/access/token")
    @api
    async def access_token(request: web.Request) -> web.Response:
        """``{"token": str}``, only for a local same-origin request (``x-access: local``); never cached."""
        svc = await hub.get()
        resp = ok({"token": svc.token.value()})
        resp.headers["Cache-Control"] = "no-store"
        return resp
