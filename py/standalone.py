"""The standalone host: our own aiohttp server on a models directory, without ComfyUI.

Serves the same ``/model-manager/...`` routes (also under ``/api/``, as ComfyUI
does), a ``/ws`` WebSocket sending the same ``{"type", "data"}`` messages, the UI
as a full page at ``/`` and the built bundle at ``/web/``.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import os
from urllib.parse import urlsplit

from aiohttp import WSMsgType, web

from .host import FolderMap, add_extra_model_paths, default_folder_map, env_allowed_hosts
from .routes import register_routes
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


class StandaloneHost:
    """Host for ``comfyui-model-manager serve``: ComfyUI's folder layout under ``models_dir``.

    ``extra_model_paths`` are files in ComfyUI's ``extra_model_paths.yaml`` format;
    ``extra_hosts`` are allowed download hosts (``host[:port]``) in addition to the
    ``MODEL_MANAGER_ALLOW_HOSTS`` environment variable.
    """

    def __init__(self, models_dir: str, data_dir: str | None = None,
                 extra_model_paths: list[str] | None = None, extra_hosts: list[str] | None = None,
                 create_folders: bool = True):
        self.models_dir = os.path.abspath(models_dir)
        self.data_dir = os.path.abspath(data_dir or os.path.join(self.models_dir, ".model-manager"))
        self._folders: FolderMap = default_folder_map(self.models_dir)
        for path in extra_model_paths or []:
            add_extra_model_paths(self._folders, path)
        self.extra_hosts = env_allowed_hosts() + list(extra_hosts or [])
        if create_folders:
            for name, (roots, _) in self._folders.items():
                # ComfyUI creates its default folders too; extra roots are the user's business.
                if roots and roots[0].startswith(self.models_dir + os.sep):
                    os.makedirs(roots[0], exist_ok=True)
        self._queue: asyncio.Queue | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.clients: set[web.WebSocketResponse] = set()

    def folder_source(self) -> FolderMap:
        return {name: (list(roots), set(exts)) for name, (roots, exts) in self._folders.items()}

    def emit(self, event: str, data: dict) -> None:
        if self._queue is None or self._loop is None:
            return
        message = {"type": event, "data": data}
        try:
            running = asyncio.get_running_loop()
        except RuntimeError:
            running = None
        if running is self._loop:
            self._queue.put_nowait(message)
        else:
            self._loop.call_soon_threadsafe(self._queue.put_nowait, message)

    async def _broadcast(self) -> None:
        # One sender keeps the messages in order for every client.
        while True:
            message = await self._queue.get()
            for ws in list(self.clients):
                try:
                    await asyncio.wait_for(ws.send_json(message), timeout=5)
                except Exception:
                    self.clients.discard(ws)

    async def websocket(self, request: web.Request) -> web.WebSocketResponse:
        """``GET /ws``: a WebSocket receiving every event as ``{"type", "data"}``."""
        ws = web.WebSocketResponse(heartbeat=30)
        await ws.prepare(request)
        self.clients.add(ws)
        try:
            async for msg in ws:
                if msg.type == WSMsgType.ERROR:
                    break
        finally:
            self.clients.discard(ws)
        return ws

    async def on_startup(self, app: web.Application) -> None:
        self._loop = asyncio.get_running_loop()
        self._queue = asyncio.Queue()
        app["broadcaster"] = asyncio.create_task(self._broadcast())


def _is_loopback(host: str) -> bool:
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


def build_app(host: StandaloneHost, bind_host: str = "127.0.0.1") -> web.Application:
    """The standalone aiohttp application for ``host``."""
    app = web.Application(middlewares=[origin_guard(_is_loopback(bind_host))])
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
        await hub.get()  # resumes the queue at once, not on the first request

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
