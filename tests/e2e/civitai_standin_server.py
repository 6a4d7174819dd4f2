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

from civitai_standin import CivitaiStandin, populate  # noqa: E402
from fileserver import FileServer  # noqa: E402


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
    print(json.dumps({"civitai": civ.base, "cdn": civ.cdn_base, "cdnPort": cdn_port, "civitaiPort": civ_port}), flush=True)
    await asyncio.Event().wait()


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KeyboardInterrupt:
        pass
