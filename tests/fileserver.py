"""A loopback file server for download tests, with the faults real servers have.

Each file is served at ``/files/<name>`` with its own :class:`Behaviour`:
honour or ignore ``Range``, lie in ``Content-Range``, drop the connection after
N bytes, answer a list of statuses first (500, 429 + ``Retry-After``, 401),
stall, throttle, redirect elsewhere, or send an HTML login page. Every request
is recorded (path and headers) so tests can check what was asked and sent, and the
body bytes sent are counted per file (``served``; ``active``: replies in progress),
so a test can prove a file was fetched once. :class:`ThreadedServer` runs it on its
own thread and loop, for tests that drive real server processes.
"""

from __future__ import annotations

import asyncio
import hashlib
import threading
from dataclasses import dataclass, field

import numpy as np
from aiohttp import web
from safetensors.numpy import save


def make_safetensors(n_floats: int, seed: int = 0, extra_metadata: dict | None = None) -> bytes:
    """A real ``.safetensors`` file (made by the ``safetensors`` package) of about ``4 * n_floats`` bytes."""
    rng = np.random.default_rng(seed)
    tensors = {
        "lora_unet_down.lora_down.weight": rng.random(n_floats // 2, dtype=np.float32),
        "lora_unet_down.lora_up.weight": rng.random(n_floats - n_floats // 2, dtype=np.float32),
    }
    return save(tensors, metadata=extra_metadata or {"ss_network_module": "networks.lora"})


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class Behaviour:
    """How one file is served (all faults off by default)."""

    ignore_range: bool = False
    #: Answer a Range request with a Content-Range that starts elsewhere (once).
    lie_range: int = 0
    #: Close the connection after this many body bytes, this many times.
    drop_after: int | None = None
    drops: int = 1
    #: Statuses answered (in order) before the file is served.
    statuses: list[int] = field(default_factory=list)
    retry_after: str | None = None
    #: Stop sending for ``stall_seconds`` after this many bytes, this many times.
    stall_after: int | None = None
    stall_seconds: float = 0.0
    stalls: int = 1
    #: Bytes per second (None: as fast as possible).
    rate: float | None = None
    #: Redirect (302) to this URL instead of serving.
    redirect_to: str | None = None
    html: bool = False
    content_type: str = "application/octet-stream"
    content_disposition: str | None = None
    #: Claimed Content-Length differs from the real size by this many bytes.
    length_lie: int = 0


LOGIN_PAGE = b"<!DOCTYPE html><html><head><title>Sign in</title></head><body>Log in to continue</body></html>"


class FileServer:
    """The aiohttp application; ``files`` maps a name to (bytes, Behaviour)."""

    def __init__(self):
        self.files: dict[str, tuple[bytes, Behaviour]] = {}
        self.requests: list[dict] = []
        #: Body bytes sent per file name, and replies being sent now.
        self.served: dict[str, int] = {}
        self.active: dict[str, int] = {}
        self.app = web.Application()
        self.app.router.add_get("/files/{name}", self.handle)
        self.app.router.add_get("/redirect", self.redirect)

    def add(self, name: str, data: bytes, **behaviour) -> None:
        self.files[name] = (data, Behaviour(**behaviour))

    def requests_for(self, name: str) -> list[dict]:
        return [r for r in self.requests if r["path"] == f"/files/{name}"]

    async def redirect(self, request: web.Request) -> web.Response:
        self.requests.append({"path": request.path, "headers": dict(request.headers)})
        raise web.HTTPFound(request.query["to"])

    async def handle(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        self.requests.append({"path": request.path, "headers": dict(request.headers)})
        if name not in self.files:
            return web.Response(status=404, text="not found")
        data, b = self.files[name]
        if b.statuses:
            status = b.statuses.pop(0)
            headers = {"Retry-After": b.retry_after} if b.retry_after and status == 429 else {}
            return web.Response(status=status, text=f"status {status}", headers=headers)
        if b.redirect_to:
            raise web.HTTPFound(b.redirect_to)
        if b.html:
            return web.Response(body=LOGIN_PAGE, content_type=b.content_type if b.content_type != "application/octet-stream" else "text/html")

        start, status = 0, 200
        headers = {"Content-Type": b.content_type, "Accept-Ranges": "bytes"}
        if b.content_disposition:
            headers["Content-Disposition"] = b.content_disposition
        rng = request.headers.get("Range")
        if rng and not b.ignore_range:
            first, _, last = rng.split("=")[1].partition("-")
            start = int(first)
            stop = min(int(last) + 1, len(data)) if last else len(data)
            if start >= len(data):
                return web.Response(status=416, headers={"Content-Range": f"bytes */{len(data)}"})
            status = 206
            claimed = start
            if b.lie_range:
                start = max(0, start - b.lie_range)
                b.lie_range = 0
                claimed = start
            headers["Content-Range"] = f"bytes {claimed}-{stop - 1}/{len(data)}"
            body = data[start:stop]
        else:
            body = data[start:]
        headers["Content-Length"] = str(len(body) + b.length_lie)
        resp = web.StreamResponse(status=status, headers=headers)
        await resp.prepare(request)
        sent = 0
        step = 64 * 1024
        self.active[name] = self.active.get(name, 0) + 1
        try:
            while sent < len(body):
                chunk = body[sent:sent + step]
                if b.drop_after is not None and b.drops > 0 and sent + len(chunk) >= b.drop_after:
                    b.drops -= 1
                    tail = body[sent:b.drop_after] if b.drop_after > sent else b""
                    await resp.write(tail)
                    self.served[name] = self.served.get(name, 0) + len(tail)
                    request.transport.close()
                    return resp
                if b.stall_after is not None and b.stalls > 0 and sent >= b.stall_after:
                    b.stalls -= 1
                    await asyncio.sleep(b.stall_seconds)
                await resp.write(chunk)
                sent += len(chunk)
                self.served[name] = self.served.get(name, 0) + len(chunk)
                if b.rate:
                    await asyncio.sleep(len(chunk) / b.rate)
            await resp.write_eof()
        except (ConnectionResetError, asyncio.CancelledError, RuntimeError):
            pass
        finally:
            self.active[name] -= 1
        return resp


class ThreadedServer:
    """Serve an aiohttp app on 127.0.0.1 from a thread with its own event loop (for tests
    whose servers under test are other processes). ``url``; :meth:`close`."""

    def __init__(self, app: web.Application):
        self.loop = asyncio.new_event_loop()
        self._runner = web.AppRunner(app, access_log=None)
        ready = threading.Event()

        def run() -> None:
            asyncio.set_event_loop(self.loop)
            self.loop.run_until_complete(self._runner.setup())
            site = web.TCPSite(self._runner, "127.0.0.1", 0)
            self.loop.run_until_complete(site.start())
            self.port = site._server.sockets[0].getsockname()[1]
            ready.set()
            self.loop.run_forever()

        self._thread = threading.Thread(target=run, daemon=True)
        self._thread.start()
        ready.wait(10)
        self.url = f"http://127.0.0.1:{self.port}"

    def call(self, fn, *args):
        """Run ``fn(*args)`` on the server's loop thread (to read or change its state safely)."""
        done = threading.Event()
        box = []

        def run():
            box.append(fn(*args))
            done.set()

        self.loop.call_soon_threadsafe(run)
        done.wait(10)
        return box[0] if box else None

    def close(self) -> None:
        asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self.loop).result(10)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(10)
