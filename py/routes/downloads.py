"""REST handlers for model folders, download tasks and settings (see ``openapi.json``)."""

from __future__ import annotations

from aiohttp import web

from ..errors import BadRequest, Forbidden
from .envelope import PREFIX, api, ok, read_json
from .guards import ACCESS_KEY


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the model-folder and download routes; ``hub.get()`` gives the services."""

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
        """Set one setting or API key: body ``{"key": str, "value": any}``; replies Settings.

        The security keys change only locally or with the token, ``remoteAccess`` only
        locally (:meth:`~..store.settings.Settings.check_change`: 401 / 403, nothing changed)."""
        svc = await hub.get()
        body = await read_json(request)
        if not isinstance(body, dict) or "key" not in body:
            raise BadRequest('body must be {"key": str, "value": ...}')
        access = request.get(ACCESS_KEY)
        if access is None:  # never: the guard sets it on every write
            raise Forbidden("no access verdict")
        svc.settings.check_change(body["key"], local=access.local, token=access.token, hint=access.hint)
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
        """Create a download task (body: DownloadRequest); 201 when created, 200 when it existed.

        A body with ``"source"`` (Civitai ``versionId`` / Hugging Face ``repo`` + ``path``)
        is first expanded by the sources service into url, SHA-256, size, name and folder.
        """
        svc = await hub.get()
        body = await svc.sources.expand_download_request(await read_json(request))
        task, created = await svc.downloads.create(body)
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
        action = action if isinstance(action, str) else None
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
