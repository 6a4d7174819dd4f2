"""REST handlers under ``/model-manager/`` (the contract is ``openapi.json``).

Every reply is ``{"success": true, "data": ...}`` or ``{"success": false,
"error": "..."}`` with a fitting status: 400 bad input, 403 outside the model
folders or not allowed, 404 unknown, 409 conflict, 500 only for real faults
(logged on the server, never a stack trace in the reply). Handlers validate,
call one service and wrap the result; they hold no logic of their own.
"""

from __future__ import annotations

import functools
import json
import logging
import os
from typing import Awaitable, Callable

from aiohttp import web

from .errors import ApiError, BadRequest

log = logging.getLogger(__name__)

PREFIX = "/model-manager"
OPENAPI_PATH = os.path.join(os.path.dirname(__file__), "openapi.json")


def ok(data, status: int = 200) -> web.Response:
    """The success envelope."""
    return web.json_response({"success": True, "data": data}, status=status)


def fail(status: int, message: str) -> web.Response:
    """The error envelope."""
    return web.json_response({"success": False, "error": message}, status=status)


def api(handler: Callable[[web.Request], Awaitable[web.StreamResponse]]):
    """Turn :class:`ApiError` into its status and anything else into a bare 500."""

    @functools.wraps(handler)
    async def wrapped(request: web.Request) -> web.StreamResponse:
        try:
            return await handler(request)
        except ApiError as exc:
            return fail(exc.status, exc.message)
        except web.HTTPException:
            raise
        except Exception:
            log.exception("model manager: %s %s failed", request.method, request.path)
            return fail(500, "internal error; the server log has the details")

    return wrapped


async def read_json(request: web.Request, required: bool = True):
    """The JSON body; :class:`BadRequest` when it is missing (and required) or malformed."""
    if not request.can_read_body:
        if required:
            raise BadRequest("the request needs a JSON body")
        return None
    try:
        return await request.json()
    except (ValueError, UnicodeDecodeError):
        raise BadRequest("the request body is not valid JSON")


def register_routes(routes: web.RouteTableDef, hub) -> None:
    """Add every route to ``routes`` (ComfyUI's ``PromptServer.instance.routes`` or ours).

    ``hub.get()`` returns the started :class:`~.services.Services`.
    """

    @routes.get(PREFIX + "/openapi.json")
    @api
    async def openapi(request: web.Request) -> web.Response:
        """The OpenAPI 3.1 document of this API (plain JSON, no envelope)."""
        return web.FileResponse(OPENAPI_PATH, headers={"Content-Type": "application/json"})

    @routes.get(PREFIX + "/models")
    @api
    async def list_folders(request: web.Request) -> web.Response:
        """Model folders: ``[{"folder", "roots": [abs path], "extensions": [".ext"]}]``."""
        svc = await hub.get()
        return ok([f.to_json() for f in svc.folders.all()])

    @routes.post(PREFIX + "/download/init")
    @api
    async def download_init(request: web.Request) -> web.Response:
        """What the UI needs to start: ``{"settings": Settings}`` (API keys masked)."""
        svc = await hub.get()
        return ok({"settings": svc.settings.to_json()})

    @routes.post(PREFIX + "/download/setting")
    @api
    async def download_setting(request: web.Request) -> web.Response:
        """Set one setting or API key: body ``{"key": str, "value": any}``; replies Settings."""
        svc = await hub.get()
        body = await read_json(request)
        if not isinstance(body, dict) or "key" not in body:
            raise BadRequest('body must be {"key": str, "value": ...}')
        await svc.settings.set(body["key"], body.get("value"))
        return ok(svc.settings.to_json())

    @routes.get(PREFIX + "/download/task")
    @api
    async def list_tasks(request: web.Request) -> web.Response:
        """Every download task, newest first: ``[Task]``."""
        svc = await hub.get()
        return ok(svc.downloads.list())

    @routes.post(PREFIX + "/download")
    @api
    async def create_task(request: web.Request) -> web.Response:
        """Create a download task (body: DownloadRequest); 201 when created, 200 when it existed."""
        svc = await hub.get()
        task, created = await svc.downloads.create(await read_json(request))
        return ok(task.to_json(), status=201 if created else 200)

    @routes.get(PREFIX + "/download/{taskId}")
    @api
    async def get_task(request: web.Request) -> web.Response:
        """One download task."""
        svc = await hub.get()
        return ok(svc.downloads.get(request.match_info["taskId"]).to_json())

    @routes.put(PREFIX + "/download/{taskId}")
    @api
    async def control_task(request: web.Request) -> web.Response:
        """Pause, resume or cancel: body ``{"status": "pause" | "resume" | "cancel"}``."""
        svc = await hub.get()
        body = await read_json(request)
        action = body.get("status") if isinstance(body, dict) else None
        actions = {"pause": svc.downloads.pause, "resume": svc.downloads.resume, "cancel": svc.downloads.cancel}
        if action not in actions:
            raise BadRequest('body must be {"status": "pause" | "resume" | "cancel"}')
        task = await actions[action](request.match_info["taskId"])
        return ok(task.to_json())

    @routes.delete(PREFIX + "/download/{taskId}")
    @api
    async def delete_task(request: web.Request) -> web.Response:
        """Cancel and remove a task and its partial file: ``{"taskId": str}``."""
        svc = await hub.get()
        task_id = request.match_info["taskId"]
        await svc.downloads.delete(task_id)
        return ok({"taskId": task_id})


def load_openapi() -> dict:
    """The OpenAPI document as a dict."""
    with open(OPENAPI_PATH, encoding="utf-8") as f:
        return json.load(f)
