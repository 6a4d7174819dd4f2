"""The standalone server: our own aiohttp application on a models directory, without ComfyUI.

Serves the same ``/model-manager/...`` routes (also under ``/api/``, as ComfyUI
does), a ``/ws`` WebSocket sending the same ``{"type", "data"}`` messages, the UI
as a full page at ``/`` and the built bundle at ``/web/``.
"""

from __future__ import annotations

import logging
import os

from aiohttp import web

from .hosts.standalone import StandaloneHost
from .routes import register_routes
from .routes.guards import exposure_notice
from .services import ServiceHub

log = logging.getLogger(__name__)
WEB_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "web")
INDEX_HTML = """<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Model Manager</title>
<style>html,body{margin:0;height:100%;background:#1e1e1e;color:#ddd;font-family:system-ui,sans-serif}
#model-manager-root{height:100%}</style>
</head>
<body>
<div id="model-manager-root"></div>
<script>window.MODEL_MANAGER_STANDALONE = true;</script>
<script type="module" src="/web/model-manager.js"></script>
</body>
</html>
"""


def build_app(host: StandaloneHost, bind_host: str = "127.0.0.1") -> web.Application:
    """The standalone aiohttp application for ``host``, to be served on ``bind_host``.

    Every ``/model-manager`` route is guarded by ``routes/guards.py`` (origin, token,
    media type), wherever the server is bound; the other routes here only read.
    """
    host.bind_hosts = [bind_host]
    # Workflows with subgraphs run to megabytes (POST /workflow/resolve).
    app = web.Application(client_max_size=32 * 1024 * 1024)
    hub = ServiceHub(host)
    app["hub"] = hub
    routes = web.RouteTableDef()
    register_routes(routes, hub)
    api_routes = web.RouteTableDef()
    for route in routes:
        # ComfyUI serves every route twice: at its path and under /api.
        api_routes.route(route.method, "/api" + route.path)(route.handler)
    app.add_routes(routes)
    app.add_routes(api_routes)
    app.router.add_get("/ws", host.websocket)

    async def index(request: web.Request) -> web.Response:
        return web.Response(text=INDEX_HTML, content_type="text/html")

    app.router.add_get("/", index)
    if os.path.isdir(WEB_DIR):
        app.router.add_static("/web/", WEB_DIR, follow_symlinks=False)

    async def start_services(app: web.Application) -> None:
        svc = await hub.get()  # resumes the queue at once, not on the first request
        notice = exposure_notice(host, svc.settings)
        if notice:
            log.warning("%s", notice)

    async def cleanup(app: web.Application) -> None:
        for ws in list(host.clients):
            await ws.close()
        task = app.get("broadcaster")
        if task:
            task.cancel()
        await hub.close()

    app.on_startup.append(host.on_startup)
    app.on_startup.append(start_services)
    app.on_cleanup.append(cleanup)
    return app
