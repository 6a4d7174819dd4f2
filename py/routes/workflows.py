"""REST handler for workflows: which models a workflow needs (see ``openapi.json``)."""

from __future__ import annotations

import base64
import binascii

from aiohttp import web

from ..errors import BadRequest
from .envelope import PREFIX, api, ok, read_json


def register(routes: web.RouteTableDef, hub) -> None:
    """Add the workflow routes; ``hub.get()`` gives the services."""

    @routes.post(PREFIX + "/workflow/resolve")
    @api
    async def resolve_workflow(request: web.Request) -> web.Response:
        """Every model a workflow names with its status and candidates (``WorkflowResolution``).

        Body ``{"workflow": <UI or API format object>, "prompt"?: <API format>,
        "nodeFolders"?: {class_type: {input: folder}}, "online"?: bool}`` or
        ``{"image": "<base64 PNG / WebP / JSON file>"}`` (the reply then carries the
        ``workflow`` it read). 400: not a workflow, too large, subgraphs in a cycle.
        """
        svc = await hub.get()
        body = await read_json(request)
        if not isinstance(body, dict) or ("workflow" not in body and "image" not in body):
            raise BadRequest('body must be {"workflow": <a ComfyUI workflow>} or {"image": "<base64>"}')
        online = body.get("online", True)
        if not isinstance(online, bool):
            raise BadRequest("online must be true or false")
        workflow, prompt, read = body.get("workflow"), body.get("prompt"), None
        if "image" in body:
            raw = body["image"]
            if not isinstance(raw, str):
                raise BadRequest("image must be a base64 string")
            try:
                data = base64.b64decode(raw.split(",", 1)[-1] if raw.startswith("data:") else raw, validate=True)
            except (binascii.Error, ValueError):
                raise BadRequest("image is not valid base64")
            workflow, prompt = svc.workflows.read_file(data)
            read = workflow
        result = await svc.workflows.resolve(workflow, prompt, body.get("nodeFolders"), online)
        if read is not None:
            result["workflow"] = read
        return ok(result)
