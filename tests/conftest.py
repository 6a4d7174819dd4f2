"""Fixtures: a real standalone server on temp model folders, a loopback file server,
and a client that checks every reply against ``openapi.json``."""

from __future__ import annotations

import asyncio
import re
import sys
import time
from pathlib import Path

import jsonschema
import pytest

sys.path.insert(0, str(Path(__file__).parent))

from comfyui_model_manager.routes.envelope import load_openapi  # noqa: E402
from comfyui_model_manager.hosts.standalone import StandaloneHost
from comfyui_model_manager.server import build_app  # noqa: E402
from fileserver import FileServer  # noqa: E402

OPENAPI = load_openapi()
_PATHS = [
    (re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", p.replace("{relativePath}", ".+")) + "$"), p)
    for p in sorted(OPENAPI["paths"], key=lambda p: p.count("{"))  # literal paths win over templates
]


def response_schema(method: str, path: str, status: int) -> dict:
    """The OpenAPI schema of a reply; fails the test when the route or status is undocumented."""
    path = path.split("?")[0]
    if path.startswith("/api/"):
        path = path[4:]
    for regex, template in _PATHS:
        if regex.match(path):
            op = OPENAPI["paths"][template].get(method.lower())
            assert op is not None, f"{method} {template} is not in openapi.json"
            resp = op["responses"].get(str(status))
            assert resp is not None, f"{method} {template} replied {status}, not documented in openapi.json"
            if "$ref" in resp:
                resp = OPENAPI["components"]["responses"][resp["$ref"].rsplit("/", 1)[1]]
            content = resp.get("content", {})
            assert "application/json" in content, f"{method} {template} {status} is not a JSON reply"
            return content["application/json"]["schema"]
    raise AssertionError(f"{path} is not in openapi.json")


def check_reply(method: str, path: str, status: int, body) -> None:
    schema = dict(response_schema(method, path, status))
    schema["components"] = OPENAPI["components"]
    jsonschema.validate(body, schema, cls=jsonschema.Draft202012Validator)


class ModelManager:
    """A started standalone server plus helpers; every reply is schema-checked."""

    def __init__(self, client, app, host: StandaloneHost):
        self.client = client
        self.app = app
        self.host = host
        self.models_dir = Path(host.models_dir)

    @property
    async def services(self):
        return await self.app["hub"].get()

    async def call(self, method: str, path: str, expect: int | None = None, **kwargs):
        resp = await self.client.request(method, path, **kwargs)
        body = await resp.json()
        check_reply(method, path, resp.status, body)
        if expect is not None:
            assert resp.status == expect, (resp.status, body)
        return resp.status, body

    async def download(self, expect: int | None = 201, **body):
        status, reply = await self.call("POST", "/model-manager/download", json=body, expect=expect)
        return reply["data"] if reply["success"] else reply

    async def task(self, task_id: str) -> dict:
        _, body = await self.call("GET", f"/model-manager/download/{task_id}", expect=200)
        return body["data"]

    async def wait(self, task_id: str, *statuses: str, timeout: float = 20.0, bytes_at_least: int = 0) -> dict:
        deadline = time.monotonic() + timeout
        while True:
            task = await self.task(task_id)
            if task["status"] in statuses and task["downloadedBytes"] >= bytes_at_least:
                return task
            if time.monotonic() > deadline:
                raise AssertionError(f"task never reached {statuses}: {task}")
            await asyncio.sleep(0.02)

    async def setting(self, key: str, value):
        return await self.call("POST", "/model-manager/download/setting", json={"key": key, "value": value}, expect=200)


@pytest.fixture
async def file_server(aiohttp_server):
    """``(FileServer, base_url)`` on 127.0.0.1."""
    fs = FileServer()
    server = await aiohttp_server(fs.app, host="127.0.0.1")
    return fs, f"http://127.0.0.1:{server.port}"


@pytest.fixture
def make_mm(tmp_path, aiohttp_client):
    """Factory: start the standalone server on ``tmp_path/models`` (same data dir each call)."""

    async def make(**host_kwargs) -> ModelManager:
        host_kwargs.setdefault("extra_hosts", ["127.0.0.1"])
        host = StandaloneHost(str(tmp_path / "models"), str(tmp_path / "data"), **host_kwargs)
        app = build_app(host)
        client = await aiohttp_client(app)
        mm = ModelManager(client, app, host)
        await mm.setting("retryBaseDelay", 0.05)
        return mm

    return make


@pytest.fixture
async def mm(make_mm) -> ModelManager:
    return await make_mm()


# -- a real PostgreSQL 15 (Debian's package), started once per test session -----------
@pytest.fixture(scope="session")
def postgres():
    """A running :class:`pgserver.PostgresServer`; skipped (with the reason) only when the
    server binaries are not installed (``scripts/test.sh`` installs them)."""
    import pgserver

    bindir = pgserver.find_bindir()
    if bindir is None:
        pytest.skip(pgserver.MISSING)
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip("psycopg 3 is not installed: pip install -e '.[test]'")
    server = pgserver.PostgresServer(bindir)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def pg_url(postgres, request):
    """The URL of a fresh, empty database on the session's PostgreSQL server."""
    import uuid

    return postgres.create_database(f"t_{uuid.uuid4().hex[:12]}")
