"""REST handlers for the model library and scans (see ``openapi.json``)."""

from __future__ import annotations

import aiohttp
import aiohttp.http_exceptions
from aiohttp import web

from ..errors import BadRequest
from ..pacing import in_background
from .envelope import PREFIX, api, ok, read_json


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the library and scan routes; ``hub.get()`` gives the services."""

    @routes.post(PREFIX + "/models/missing")
    @api
    async def missing_models(request: web.Request) -> web.Response:
        """Which of a workflow's models are not on disk: body ``{"models": [{name, directory, url?, hash?}]}``."""
        svc = await hub.get()
        body = await read_json(request)
        if not isinstance(body, dict):
            raise BadRequest('body must be {"models": [...]}')
        return ok(await svc.library.missing(body.get("models")))

    @routes.post(PREFIX + "/models/bulk")
    @api
    async def bulk_models(request: web.Request) -> web.Response:
        """One action on many models: body ``{"action": "delete" | "move" | "rescan" | "identify",
        "models": [{folder, pathIndex, relativePath}], "target"?: {folder, pathIndex?, subfolder?}}``.

        200 with per-model results (delete, move), 202 with the scan task (rescan, identify);
        see :func:`..library.bulk.run_bulk`.
        """
        from ..library.bulk import run_bulk

        svc = await hub.get()
        data, status = await run_bulk(svc.library, svc.scanner, await read_json(request))
        return ok(data, status=status)

    @routes.get(PREFIX + "/models/{folder}")
    @api
    async def list_models(request: web.Request) -> web.StreamResponse:
        """Every model in one model folder (all roots, subfolders included): ``[Model]``, with
        ``total``; ``?fields=``, ``?offset=&limit=``, ETag / 304 and gzip (:mod:`.listing`)."""
        from .listing import listing_reply, parse_query

        svc = await hub.get()
        parse_query(request.query)  # a bad query is refused before any work
        snap = await svc.library.snapshot(request.match_info["folder"])
        return await listing_reply(request, snap, svc.library.index.gzip)

    @routes.post(PREFIX + "/scan")
    @api
    async def start_scan(request: web.Request) -> web.Response:
        """Ask for a scan: body ``{"folder": str | null, "mode": "diff" | "full"}``.

        Never dropped: 202 with the new ScanTask (``outcome: "started"``) or the
        queued one that runs after the current scan (``"queued"``), or 200 with the
        running scan when it already covers the request (``"running"``).
        """
        svc = await hub.get()
        body = await read_json(request, required=False) or {}
        if not isinstance(body, dict):
            raise BadRequest('body must be {"folder": str | null, "mode": "diff" | "full"}')
        task, outcome = await svc.scanner.start(body.get("folder"), body.get("mode") or "diff")
        return ok({**task.to_json(), "outcome": outcome}, status=200 if outcome == "running" else 202)

    @routes.get(PREFIX + "/scan")
    @api
    async def current_scan(request: web.Request) -> web.Response:
        """The running or last scan (ScanTask), or null when none ran yet."""
        svc = await hub.get()
        current = svc.scanner.current
        return ok(current.to_json() if current else None)

    @routes.get(PREFIX + "/scan/{taskId}")
    @api
    async def get_scan(request: web.Request) -> web.Response:
        """One scan task with its progress and results."""
        svc = await hub.get()
        return ok(svc.scanner.get(request.match_info["taskId"]).to_json())

    @routes.delete(PREFIX + "/scan/{taskId}")
    @api
    async def cancel_scan(request: web.Request) -> web.Response:
        """Cancel a running scan; what it finished stays in the catalog."""
        svc = await hub.get()
        task = await svc.scanner.cancel(request.match_info["taskId"])
        return ok(task.to_json())

    register_model_routes(routes, hub)


MODEL_PATH = "/{folder}/{pathIndex}/{relativePath:.+}"
_MEDIA_TYPES = {"webp": "image/webp", "png": "image/png", "jpg": "image/jpeg", "jpeg": "image/jpeg",
                "gif": "image/gif", "mp4": "video/mp4", "webm": "video/webm"}


def _model_key(request: web.Request) -> tuple[str, int, str]:
    """``(folder, pathIndex, relativePath)`` from the URL; :class:`BadRequest` for a bad index."""
    info = request.match_info
    try:
        index = int(info["pathIndex"])
    except ValueError:
        raise BadRequest("pathIndex must be an integer")
    return info["folder"], index, info["relativePath"]


def register_model_routes(routes: web.RouteTableDef, hub) -> None:
    """Routes on one model: detail, edits, delete, preview."""

    @routes.get(PREFIX + "/model" + MODEL_PATH)
    @api
    async def model_detail(request: web.Request) -> web.Response:
        """Everything known about one model (ModelDetail)."""
        svc = await hub.get()
        return ok(await svc.library.detail(*_model_key(request)))

    @routes.put(PREFIX + "/model" + MODEL_PATH)
    @api
    async def model_update(request: web.Request) -> web.Response:
        """Edit a model: body ``{"description"?: str | null, "previewUrl"?: str, "filename"?: str,
        "folder"?: str, "pathIndex"?: int, "subfolder"?: str}``; replies the model's Model JSON
        (at its new place after a rename / move). 409 when the target exists."""
        svc = await hub.get()
        key = _model_key(request)
        body = await read_json(request)
        if not isinstance(body, dict) or not body:
            raise BadRequest("body must be an object with description, previewUrl, filename, folder, "
                             "pathIndex or subfolder")
        await svc.library.locate(*key)
        if "previewUrl" in body:
            data = await svc.library.fetch_preview(body["previewUrl"])
            await svc.library.set_preview(*key, data)
        if "description" in body:
            await svc.library.set_description(*key, body["description"])
        if any(k in body for k in ("filename", "folder", "pathIndex", "subfolder")):
            return ok(await svc.library.move(*key, body))
        return ok((await svc.library.detail(*key)))

    @routes.delete(PREFIX + "/model" + MODEL_PATH)
    @api
    async def model_delete(request: web.Request) -> web.Response:
        """Delete a model and its sidecars: ``{"deleted": [file name]}``."""
        svc = await hub.get()
        return ok({"deleted": await svc.library.delete(*_model_key(request))})

    @routes.get(PREFIX + "/preview" + MODEL_PATH)
    @api
    async def preview(request: web.Request) -> web.StreamResponse:
        """The model's preview: a cached WebP thumbnail (``?size=N`` px, default 256) with
        ``ETag`` / ``Cache-Control``, the video file itself, or an SVG placeholder."""
        import asyncio

        from ..library.previews import placeholder_svg, thumbnail

        svc = await hub.get()
        key = _model_key(request)
        path = await svc.library.preview_file(*key)
        if path is None:
            name = key[2].rsplit("/", 1)[-1]
            return web.Response(body=placeholder_svg(name), content_type="image/svg+xml",
                                headers={"Cache-Control": "no-cache"})
        try:
            size = int(request.query.get("size", "256"))
        except ValueError:
            raise BadRequest("size must be an integer (pixels)")
        thumb, etag = await in_background(thumbnail, path, size, svc.library.thumbnail_dir)
        headers = {"ETag": etag, "Cache-Control": "private, max-age=0, must-revalidate"}
        if request.headers.get("If-None-Match") == etag:
            return web.Response(status=304, headers=headers)
        ext = thumb.rsplit(".", 1)[-1].lower()
        headers["Content-Type"] = _MEDIA_TYPES.get(ext, "application/octet-stream")
        return web.FileResponse(thumb, headers=headers)

    @routes.put(PREFIX + "/preview" + MODEL_PATH)
    @api
    async def preview_upload(request: web.Request) -> web.Response:
        """Replace the preview: the body is the image (``image/*``) or a multipart form with a
        ``file`` field. Stored as ``<name>.preview.webp``; replies the Model JSON."""
        svc = await hub.get()
        key = _model_key(request)
        await svc.library.locate(*key)  # a bad path is refused before the body is read
        limit = 20 * 1024 * 1024
        if request.content_type.startswith("multipart/"):
            data = None
            try:
                reader = await request.multipart()
                async for part in reader:
                    if part.name == "file":
                        data = await part.read(decode=False)
                        break
            except (ValueError, aiohttp.ClientError, aiohttp.http_exceptions.HttpProcessingError) as exc:
                raise BadRequest(f"malformed multipart form: {exc}")
            if data is None:
                raise BadRequest("the form has no 'file' field")
        else:
            data = await request.read()
        if not data:
            raise BadRequest("no image in the request")
        if len(data) > limit:
            raise BadRequest(f"the image is larger than {limit} bytes")
        await svc.library.set_preview(*key, data)
        path, entry, row = await svc.library.entry(*key)
        from ..library.listing import model_json

        return ok(model_json(entry, row))

    @routes.delete(PREFIX + "/preview" + MODEL_PATH)
    @api
    async def preview_delete(request: web.Request) -> web.Response:
        """Remove the model's image previews; replies the Model JSON."""
        svc = await hub.get()
        key = _model_key(request)
        await svc.library.remove_preview(*key)
        path, entry, row = await svc.library.entry(*key)
        from ..library.listing import model_json

        return ok(model_json(entry, row))
