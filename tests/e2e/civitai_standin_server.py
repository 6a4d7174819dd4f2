"""Start the repo's Civitai stand-in (tests/civitai_standin.py) and its "CDN" on
loopback for the e2e tests; print {"civitai": base, "cdn": base} as one JSON line,
then serve until killed. The CDN is reached as ``localhost`` (another host name than
the API's 127.0.0.1), as in tests/test_sources.py."""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from aiohttp import web  # noqa: E402

from civitai_standin import CivitaiStandin, load_fixture, populate  # noqa: E402
from fileserver import FileServer, make_safetensors, sha256  # noqa: E402

#: A LoRA that the e2e workflows name by file name only (no URL, no hash): the resolver
#: finds it through the stand-in's search (``GET /api/v1/models?query=``).
SEARCH_LORA = "film_grain_style.safetensors"


def add_search_lora(civ: CivitaiStandin) -> str:
    """Model 404 / version 4004 with :data:`SEARCH_LORA`; returns the file's SHA-256."""
    model = load_fixture("civitai_model_lora.json")
    version = model["modelVersions"][-1]
    url = "https://civitai.com/api/download/models/4004"  # rewritten to the stand-in's base when served
    version.update({"id": 4004, "name": "v1", "downloadUrl": url})
    version["files"] = [dict(version["files"][0], id=40040, name=SEARCH_LORA, hashes={}, downloadUrl=url)]
    model.update({"id": 404, "name": "Film Grain Style", "modelVersions": [version]})
    civ.add_model(model)
    data = make_safetensors(64 * 1024, seed=44)
    civ.add_file(4004, SEARCH_LORA, data)
    return sha256(data)


async def start(app: web.Application) -> int:
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    return site._server.sockets[0].getsockname()[1]


async def main() -> None:
    cdn = FileServer()
    cdn_port = await start(cdn.app)
    civ = CivitaiStandin(cdn)
    civ_port = await start(civ.app)
    civ.base, civ.cdn_base = f"http://127.0.0.1:{civ_port}", f"http://localhost:{cdn_port}"
    populate(civ, gated=False)
    search_sha = add_search_lora(civ)
    print(json.dumps({"civitai": civ.base, "cdn": civ.cdn_base, "cdnPort": cdn_port, "civitaiPort": civ_port,
                      "searchLora": SEARCH_LORA, "searchLoraSha256": search_sha}), flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
