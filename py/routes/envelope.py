"""The JSON envelope every REST handler answers with, and the error mapping.

Every reply is ``{"success": true, "data": ...}`` or ``{"success": false,
"error": "..."}`` with a fitting status: 400 bad input, 403 outside the model
folders or not allowed, 404 unknown, 409 conflict, 500 only for real faults
(logged on the server, never a stack trace in the reply).
"""

from __future__ import annotations

import functools
import json
import logging
import os
from typing import Awaitable, Callable

from aiohttp import web

from ..errors import ApiError, BadRequest

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


def load_openapi() -> dict:
    """The OpenAPI document as a dict."""
    with open(OPENAPI_PATH, encoding="utf-8") as f:
        return json.load(f)
