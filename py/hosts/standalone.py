"""The standalone host: ComfyUI's folder layout under a models directory, and our own ``/ws``.

The aiohttp application around it (routes, UI page, start-up) is wired in
``..server``; this module only answers the :class:`~.base.Host` questions.
"""

from __future__ import annotations

import asyncio
import logging
import os
import shlex
import shutil

from aiohttp import WSMsgType, web

from .base import (FolderMap, add_extra_model_paths, default_folder_map, env_allowed_hosts, env_catalog,
                   python_command, transport_peer)

log = logging.getLogger(__name__)

class StandaloneHost:
    """Host for ``comfyui-model-manager serve``: ComfyUI's folder layout under ``models_dir``.

    ``extra_model_paths`` are files in ComfyUI's ``extra_model_paths.yaml`` format;
    ``extra_hosts`` are allowed download hosts (``host[:port]``) in addition to the
    ``MODEL_MANAGER_ALLOW_HOSTS`` environment variable. ``catalog`` is a ``postgresql://…``
    URL (or a SQLite file) instead of ``<data_dir>/catalog.sqlite3``; default
    ``MODEL_MANAGER_CATALOG``.
    ``workflows_dir`` holds saved workflows (``serve --workflows-dir``) for the health
    report's "unused" models.
    """

    def __init__(self, models_dir: str, data_dir: str | None = None,
                 extra_model_paths: list[str] | None = None, extra_hosts: list[str] | None = None,
                 create_folders: bool = True, catalog: str | None = None,
                 workflows_dir: str | None = None):
        self.models_dir = os.path.abspath(models_dir)
        self.workflows_dir = os.path.abspath(workflows_dir) if workflows_dir else None
        self.data_dir = os.path.abspath(data_dir or os.path.join(self.models_dir, ".model-manager"))
        self._folders: FolderMap = default_folder_map(self.models_dir)
        for path in extra_model_paths or []:
            add_extra_model_paths(self._folders, path)
        self.extra_hosts = env_allowed_hosts() + list(extra_hosts or [])
        self.catalog = catalog or env_catalog()
        if create_folders:
            for name, (roots, _) in self._folders.items():
                # ComfyUI creates its default folders too; extra roots are the user's business.
                if roots and roots[0].startswith(self.models_dir + os.sep):
                    os.makedirs(roots[0], exist_ok=True)
        self._queue: asyncio.Queue | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.clients: set[web.WebSocketResponse] = set()
        #: Where ``serve`` listens (set by ``server.build_app``).
        self.bind_hosts: list[str] = ["127.0.0.1"]

    def bind_addresses(self) -> list[str]:
        return list(self.bind_hosts)

    def peer_address(self, request) -> str | None:
        return transport_peer(request)

    def token_command(self) -> str:
        cmd = "comfyui-model-manager" if shutil.which("comfyui-model-manager") else \
            f"{python_command()} -m comfyui_model_manager.cli"
        return f"{cmd} token --data-dir {shlex.quote(self.data_dir)}"

    def folder_source(self) -> FolderMap:
        return {name: (list(roots), set(exts)) for name, (roots, exts) in self._folders.items()}

    def workflow_dirs(self) -> list[str]:
        return [self.workflows_dir] if self.workflows_dir else []

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


