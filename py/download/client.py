"""The HTTP side that both transfers share (one stream and split ranges).

Owns the client session's settings, opening a URL (redirects followed here, so
each hop gets only its own host's API key and passes the URL policy), the
advice for a refused download, ``Content-Range`` parsing and the size of one
write.
"""

from __future__ import annotations

import re

import aiohttp
from yarl import URL

from ..errors import ApiError
from .task import DownloadFailed, Queue

#: Bytes handed to the writer and hashing threads at once: large enough that per-chunk
#: overhead vanishes, small enough to keep memory flat (at most two in flight).
CHUNK_BYTES = 4 * 1024 * 1024
#: Seconds at most between writes of received bytes to the ``.part`` file, whatever their
#: size: with the heartbeat's progress record (``fleet.BEAT_SECONDS``) it bounds what a
#: ``kill -9`` forgets to under a second.
FLUSH_SECONDS = 0.4
#: aiohttp's stream buffer; its 64 KiB default costs throughput on fast links.
READ_BUFSIZE = 4 * 1024 * 1024
MAX_REDIRECTS = 10
USER_AGENT = "ComfyUI-Model-Manager/0.1"
AUTH_HINT = "authentication required — set an API key"
#: What a 401/403 from a site whose API key we manage means (keys of :meth:`UrlPolicy.key_hosts`).
AUTH_ADVICE = {
    "civitai": "this model needs a Civitai API key (Settings → API keys)",
    "huggingface": "this repository is gated: accept its terms on huggingface.co and set a token",
}
_CONTENT_RANGE = re.compile(r"^\s*bytes\s+(\d+)-(\d+)/(\d+|\*)\s*$", re.I)


def new_session() -> aiohttp.ClientSession:
    """The engine's client: large read buffer, bodies as sent (no decompression), proxies from the environment."""
    return aiohttp.ClientSession(
        read_bufsize=READ_BUFSIZE, auto_decompress=False, trust_env=True,
        headers={"User-Agent": USER_AGENT, "Accept-Encoding": "identity"},
    )


def parse_content_range(value: str | None) -> tuple[int, int, int | None] | None:
    """``"bytes 0-99/1000"`` → ``(0, 99, 1000)``; ``*`` total → None; malformed → None."""
    m = _CONTENT_RANGE.match(value or "")
    if not m:
        return None
    total = None if m.group(3) == "*" else int(m.group(3))
    return int(m.group(1)), int(m.group(2)), total


async def open_url(q: Queue, url: str, headers: dict) -> tuple[aiohttp.ClientResponse, str]:
    """GET ``url`` following redirects ourselves, so each hop gets only its own host's key.

    Returns the response (not read yet) and the final URL. A read waiting longer
    than the ``stallTimeout`` setting raises ``aiohttp.ServerTimeoutError``.
    Raises :class:`DownloadFailed` for a redirect without ``Location``, one the URL
    policy refuses, or more than :data:`MAX_REDIRECTS`.
    """
    timeout = aiohttp.ClientTimeout(total=None, sock_connect=30, sock_read=q.settings.get("stallTimeout"))
    for _ in range(MAX_REDIRECTS + 1):
        hop_headers = dict(headers)
        hop_headers.update(q.policy.auth_headers(url))
        resp = await q.session.get(url, headers=hop_headers, allow_redirects=False, timeout=timeout)
        if resp.status in (301, 302, 303, 307, 308):
            location = resp.headers.get("Location")
            resp.release()
            if not location:
                raise DownloadFailed(f"HTTP {resp.status} redirect without a Location header")
            url = str(URL(url).join(URL(location)))
            try:
                q.policy.check_redirect(url)
            except ApiError as exc:
                raise DownloadFailed(str(exc))
            continue
        return resp, url
    raise DownloadFailed(f"more than {MAX_REDIRECTS} redirects")


def auth_hint(policy, url: str) -> str:
    """:data:`AUTH_HINT` plus what to do on the site that refused ``url`` (Civitai / Hugging Face)."""
    host = URL(url).host or ""
    netloc = f"{host}:{URL(url).explicit_port}" if URL(url).explicit_port else host
    for name, advice in AUTH_ADVICE.items():
        hosts = policy.key_hosts(name)
        if netloc in hosts or host in hosts:
            return f"{AUTH_HINT}: {advice}"
    return AUTH_HINT
