"""Request guards: middlewares that run before any handler.

Today: the origin check of the standalone server. Access control for remote
clients belongs here too.
"""

from __future__ import annotations

import ipaddress
from urllib.parse import urlsplit

from aiohttp import web


def is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_guard(loopback: bool):
    """Refuse a request whose ``Origin`` differs from its ``Host`` when bound to loopback.

    The same rule ComfyUI applies (``server.py``'s origin-only middleware): a web
    page on another site cannot drive this server through the user's browser.
    """

    @web.middleware
    async def middleware(request: web.Request, handler):
        origin = request.headers.get("Origin")
        host = request.headers.get("Host")
        if loopback and origin and host and origin != "null":
            try:
                origin_netloc = urlsplit(origin).netloc.lower()
            except ValueError:
                origin_netloc = ""
            if origin_netloc != host.lower():
                return web.json_response(
                    {"success": False, "error": "cross-origin request refused"}, status=403
                )
        return await handler(request)

    return middleware


