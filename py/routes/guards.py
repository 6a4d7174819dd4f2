"""Request guards: who may do what, checked before any handler runs.

Every route registered through :func:`..routes.register_routes` is wrapped by
:class:`Guard` (inside ComfyUI too: a wrapper around our handlers, never a
middleware on ComfyUI's app). The rules, in order:

1. **No cross-site writes.** A ``POST`` / ``PUT`` / ``PATCH`` / ``DELETE`` whose ``Origin``
   (or, without one, ``Referer``) names another origin than the ``Host`` it was sent
   to (or a proxy's ``X-Forwarded-Host``), or ``null``, is refused: 403. Whatever the
   bind address. Requests without either header (curl, scripts) pass this rule.
2. **Other machines need the token.** A request is *local* when its TCP peer (from the
   host seam, not from a header) is loopback, it carries none of
   :data:`PROXY_HEADERS` (a tunnel or proxy on this machine must not make the
   internet look local) and its ``Host`` is ``localhost`` or an IP literal (a DNS
   name on a loopback peer may be DNS rebinding). Everything else is *remote*.
   Remote writes, and remote reads of settings, need ``Authorization: Bearer
   <token>`` (:mod:`..store.token`, compared in constant time) → else 401 saying
   where the token is. The ``remoteAccess`` setting: ``token`` (default),
   ``read-only`` (remote writes 403 even with the token), ``open`` (no token).
   Reads (model list, tasks, previews) stay open.
3. **JSON only as JSON.** A write's body (when it has one) must be in one of
   the media types its operation declares in ``openapi.json`` (``application/json``
   when it declares none) → else 415. A cross-site "simple" request (``text/plain``,
   form encodings) never reaches a handler.

Per-operation classes come from ``openapi.json``'s ``x-access`` (default: ``read``
for GET, ``write`` otherwise): ``read`` (open; ``POST /models/missing`` is a query),
``settings`` (settings and masked keys: the token from elsewhere), ``local`` (only
a local request, same-origin: the route that shows the token in Settings on the
machine itself). Handlers find the verdict in ``request[ACCESS_KEY]`` (:class:`Access`).
"""

from __future__ import annotations

import dataclasses
import functools
import ipaddress
import logging
import re
from urllib.parse import urlsplit

from aiohttp import web

from ..errors import Forbidden
from .envelope import api, fail, load_openapi

log = logging.getLogger(__name__)

#: Headers a proxy or tunnel adds; a loopback peer sending any of them counts as remote.
PROXY_HEADERS = ("X-Forwarded-For", "X-Forwarded-Host", "X-Forwarded-Proto", "Forwarded", "X-Real-IP",
                 "CF-Connecting-IP", "True-Client-IP")
WRITE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
READ, WRITE, SETTINGS, LOCAL = "read", "write", "settings", "local"


def is_loopback(host: str) -> bool:
    """Whether a bind address or host name is loopback (``localhost``, 127.0.0.0/8, ``::1``)."""
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _loopback_ip(peer: str | None) -> bool:
    if peer == "unix":  # a Unix socket: only this machine's users
        return True
    try:
        return peer is not None and ipaddress.ip_address(peer.split("%", 1)[0]).is_loopback
    except ValueError:
        return False


def _host_port(netloc: str, default_port: int | None) -> tuple[str, int | None] | None:
    """``(host, port)`` of a ``Host``-style ``netloc`` (lowercased), None when malformed."""
    try:
        parts = urlsplit("//" + netloc.strip())
        host, port = parts.hostname, parts.port
    except ValueError:
        return None
    if not host or parts.username is not None or parts.path:
        return None
    return host.lower(), port if port is not None else default_port


def _safe_host_name(host: str | None) -> bool:
    """``localhost`` (or ``*.localhost``, which browsers resolve themselves), an IP literal, or none."""
    if host is None:
        return True
    hp = _host_port(host, None)
    if hp is None:
        return False
    name = hp[0]
    if name == "localhost" or name.endswith(".localhost"):
        return True
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        return False


def is_local(request: web.Request, host) -> bool:
    """Whether ``request`` comes from this machine itself (rule 2 of the module doc)."""
    if not _loopback_ip(host.peer_address(request)):
        return False
    if any(name in request.headers for name in PROXY_HEADERS):
        return False
    return _safe_host_name(request.headers.get("Host"))


def cross_site(request: web.Request) -> str | None:
    """Why ``request`` counts as cross-site (an error message), or None when it does not."""
    header = "Origin"
    source = request.headers.get("Origin")
    if source is None:
        header, source = "Referer", request.headers.get("Referer")
        if source is None:
            return None
    source = source.strip()
    refused = f"cross-site request refused: {header} {source or '(empty)'} is not this server"
    try:
        parts = urlsplit(source)
        scheme, origin_host, origin_port = parts.scheme.lower(), parts.hostname, parts.port
    except ValueError:
        return refused
    if scheme not in ("http", "https") or not origin_host:
        return refused
    default = 443 if scheme == "https" else 80
    origin = (origin_host.lower(), origin_port if origin_port is not None else default)
    targets = [request.headers.get("Host", "")]
    forwarded = request.headers.get("X-Forwarded-Host")
    if forwarded:
        targets.append(forwarded.split(",", 1)[0])
    for target in targets:
        if target and _host_port(target, default) == origin:
            return None
    return refused + f" ({request.headers.get('Host', 'no Host header')})"


def bearer(request: web.Request) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, or None."""
    value = request.headers.get("Authorization", "")
    scheme, _, token = value.strip().partition(" ")
    return token.strip() or None if scheme.lower() == "bearer" else None


@dataclasses.dataclass(frozen=True)
class Access:
    """What the guard found out about a request (``request[ACCESS_KEY]``)."""

    #: From this machine itself (rule 2).
    local: bool
    #: Carries the right access token.
    token: bool
    #: The ``remoteAccess`` setting in force.
    mode: str
    #: Where to find the token, for error messages.
    hint: str


#: Where the guard leaves its :class:`Access` verdict on a request.
ACCESS_KEY = web.RequestKey("mm_access", Access) if hasattr(web, "RequestKey") else "mm_access"


def token_hint(host) -> str:
    """The sentence every 401 ends with: where the token is."""
    return (f"Send it as 'Authorization: Bearer <token>'. Print it on the server with `{host.token_command()}` "
            "(`comfyui-model-manager token` where the package is installed); it is also shown in the "
            "Model Manager's Settings on that machine.")


def _media_types(op: dict) -> tuple[str, ...]:
    return tuple((op.get("requestBody") or {}).get("content") or {}) or ("application/json",)


def _media_ok(content_type: str, allowed: tuple[str, ...]) -> bool:
    mime = content_type.split(";", 1)[0].strip().lower()
    for pattern in allowed:
        if pattern.endswith("/*") and mime.startswith(pattern[:-1]) and len(mime) > len(pattern) - 1:
            return True
        if mime == pattern:
            return True
    return False


def _operations() -> dict[tuple[str, str], dict]:
    ops = {}
    for path, item in load_openapi()["paths"].items():
        for method, op in item.items():
            if method != "parameters":
                ops[(method.upper(), path)] = op
    return ops


_OPERATIONS = _operations()


class Guard:
    """Wraps handlers with the rules of this module; ``hub.get()`` gives the services."""

    def __init__(self, hub):
        self.hub = hub

    def wrap(self, method: str, path: str, handler):
        """``handler`` guarded for the operation ``method path`` (aiohttp path, regexes allowed)."""
        method = method.upper()
        op = _OPERATIONS.get((method, re.sub(r"\{(\w+):[^}]*\}", r"{\1}", path)), {})
        access = op.get("x-access") or (READ if method in ("GET", "HEAD", "OPTIONS") else WRITE)
        media = _media_types(op)
        writes = method in WRITE_METHODS

        @functools.wraps(handler)
        async def guarded(request: web.Request) -> web.StreamResponse:
            if writes or access == LOCAL:
                reason = cross_site(request)
                if reason:
                    return fail(403, reason)
            if access != READ:
                refusal = await self._refusal(request, access)
                if refusal is not None:
                    return refusal
            if writes and request.can_read_body:
                if not _media_ok(request.headers.get("Content-Type", ""), media):
                    return fail(415, f"this route reads {' or '.join(media)} bodies; send the body with "
                                     f"Content-Type: {media[0]}")
            return await handler(request)

        return api(guarded)

    async def _refusal(self, request: web.Request, access: str) -> web.Response | None:
        svc = await self.hub.get()
        host = svc.host
        local = is_local(request, host)
        presented = None if local else bearer(request)
        token = presented is not None and svc.token.matches(presented)
        mode = svc.settings.get("remoteAccess")
        request[ACCESS_KEY] = verdict = Access(local, token, mode, token_hint(host))
        if local:
            site = request.headers.get("Sec-Fetch-Site")
            if access == LOCAL and site is not None and site not in ("same-origin", "none"):
                raise Forbidden(f"refused: a {site} request")
            return None
        if access == LOCAL:
            raise Forbidden("only the Model Manager on the machine itself (http://127.0.0.1:<port>, no proxy) "
                            "may read this")
        if access == WRITE and mode == "read-only":
            raise Forbidden("this server takes changes only from its own machine (remoteAccess is read-only)")
        if mode == "open" or token:
            return None
        if presented is not None:
            message = "the access token is wrong (it may have been rotated). " + verdict.hint
        elif access == SETTINGS:
            message = "reading the settings from another machine needs the access token. " + verdict.hint
        else:
            message = "changes from another machine need the access token. " + verdict.hint
        resp = fail(401, message)
        resp.headers["WWW-Authenticate"] = 'Bearer realm="model-manager"'
        return resp


class GuardedRoutes:
    """A route table whose decorators register guarded handlers on ``routes`` (ComfyUI's or ours)."""

    def __init__(self, routes: web.RouteTableDef, guard: Guard):
        self._routes = routes
        self._guard = guard

    def route(self, method: str, path: str, **kwargs):
        def register(handler):
            self._routes.route(method, path, **kwargs)(self._guard.wrap(method, path, handler))
            return handler
        return register

    def get(self, path: str, **kwargs):
        return self.route("GET", path, **kwargs)

    def post(self, path: str, **kwargs):
        return self.route("POST", path, **kwargs)

    def put(self, path: str, **kwargs):
        return self.route("PUT", path, **kwargs)

    def patch(self, path: str, **kwargs):
        return self.route("PATCH", path, **kwargs)

    def delete(self, path: str, **kwargs):
        return self.route("DELETE", path, **kwargs)


def exposure_notice(host, settings) -> str | None:
    """The start-up line for a server bound to a non-loopback address (None when loopback only).

    Says what other machines may do and how to print the token; never contains the token.
    """
    exposed = [a for a in host.bind_addresses() if not is_loopback(a)]
    if not exposed:
        return None
    where = ", ".join(exposed)
    mode = settings.get("remoteAccess")
    if mode == "open":
        return (f"Model Manager: listening on {where} with remoteAccess 'open': anyone who can reach this "
                "address can download into, change and delete the model folders without a token "
                "(set remoteAccess to 'token' in Settings on this machine)")
    if mode == "read-only":
        return (f"Model Manager: listening on {where}: other machines can only browse (remoteAccess "
                "'read-only'); changes only from this machine")
    return (f"Model Manager: listening on {where}: other machines can browse; their changes need the access "
            f"token (Authorization: Bearer). Print it with: {host.token_command()}")
