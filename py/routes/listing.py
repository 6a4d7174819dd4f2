"""``GET /model-manager/models/{folder}``: the listing reply from the index's snapshot.

Query (all optional, see ``listModels`` in ``openapi.json``):

- ``fields=name,sizeBytes,...``: only these Model properties in each item;
- ``offset`` (≥ 0, default 0) and ``limit`` (≥ 1, default all): one page of the
  listing order (path index, then ``relativePath`` case-folded); the reply then
  also carries ``offset``, ``limit`` and ``nextOffset`` (null on the last page).

Every reply has ``total`` (models in the folder), an ``ETag`` (weak: the folder's
generation, plus the query's variant) and ``Cache-Control: no-cache``; a request
whose ``If-None-Match`` names the current ETag gets ``304`` with no body. With
``Accept-Encoding: gzip`` the body is gzip: the whole listing's compressed bytes
are made once per generation (on a worker thread); pages are compressed by aiohttp.
"""

from __future__ import annotations

import zlib

import orjson
from aiohttp import web

from ..errors import BadRequest
from ..library.snapshot import CHUNK_MODELS, ENVELOPE_HEAD, Snapshot
from ..pacing import Pacer, in_background

#: The properties of Model JSON (``Model`` in ``openapi.json``): what ``fields`` may name.
MODEL_FIELDS = (
    "folder", "pathIndex", "relativePath", "name", "extension", "sizeBytes", "createdAt", "modifiedAt",
    "sha256", "sha256Source", "autov2", "architecture", "baseModel", "rule", "hasPreview", "previewUrl",
    "description", "triggerWords", "source", "sourceIds", "scanned",
)
#: Pages with more models than this are projected (``fields``) on a worker thread.
INLINE_MODELS = 2000
#: Bytes per write of a large reply: the event loop copies at most this much at a time.
WRITE_BYTES = 1 << 20


def parse_query(query) -> tuple[tuple[str, ...] | None, int, int | None]:
    """``(fields or None, offset, limit or None)`` from the query; :class:`BadRequest` when malformed."""
    fields = None
    if "fields" in query:
        fields = tuple(dict.fromkeys(f.strip() for f in query["fields"].split(",") if f.strip()))
        unknown = [f for f in fields if f not in MODEL_FIELDS]
        if not fields or unknown:
            raise BadRequest(f"fields must be a comma-separated list of Model properties ({', '.join(MODEL_FIELDS)})"
                             + (f"; unknown: {', '.join(unknown)}" if unknown else ""))

    def integer(name: str, minimum: int) -> int | None:
        if name not in query:
            return None
        try:
            value = int(query[name])
        except ValueError:
            raise BadRequest(f"{name} must be an integer")
        if value < minimum:
            raise BadRequest(f"{name} must be at least {minimum}")
        return value

    return fields, integer("offset", 0) or 0, integer("limit", 1)


def project(pieces: list[bytes], fields: tuple[str, ...], pace: Pacer | None = None) -> list[bytes]:
    """Each encoded model cut down to ``fields`` (a batch at a time, pausing between batches)."""
    out: list[bytes] = []
    for i in range(0, len(pieces), 500):
        if pace is not None:
            pace()
        models = orjson.loads(b"[" + b",".join(pieces[i:i + 500]) + b"]")
        out.extend(orjson.dumps({f: m.get(f) for f in fields}) for m in models)
    return out


def accepts_gzip(request: web.Request) -> bool:
    """True when ``Accept-Encoding`` names gzip (or ``*``) without ``q=0``."""
    for part in request.headers.get("Accept-Encoding", "").lower().split(","):
        coding, _, params = part.strip().partition(";")
        if coding.strip() in ("gzip", "x-gzip", "*"):
            q = params.strip()
            if not (q.startswith("q=") and q[2:].strip() in ("0", "0.0", "0.00", "0.000")):
                return True
    return False


def etag_matches(request: web.Request, etag: str) -> bool:
    """Weak comparison of ``If-None-Match`` with ``etag`` (RFC 9110 13.1.2)."""
    header = request.headers.get("If-None-Match")
    if not header:
        return False
    if header.strip() == "*":
        return True
    bare = etag.removeprefix("W/")
    return any(tag.strip().removeprefix("W/") == bare for tag in header.split(","))


async def write_chunks(request: web.Request, headers: dict, length: int, chunks) -> web.StreamResponse:
    """Stream ``chunks`` (bytes) as the body with a known ``Content-Length``."""
    resp = web.StreamResponse(headers=headers)
    resp.content_length = length
    await resp.prepare(request)
    for chunk in chunks:
        for i in range(0, len(chunk), WRITE_BYTES):
            await resp.write(chunk[i:i + WRITE_BYTES] if len(chunk) > WRITE_BYTES else chunk)
    await resp.write_eof()
    return resp


async def listing_reply(request: web.Request, snap: Snapshot, gzip_of) -> web.StreamResponse:
    """The reply for ``snap`` and the request's query and headers (see the module doc).

    ``gzip_of(snap)`` awaits the whole listing's gzip bytes.
    """
    fields, offset, limit = parse_query(request.query)
    paged = "offset" in request.query or "limit" in request.query
    variant = ""
    if fields or paged:
        variant = "-" + format(zlib.crc32(f"{fields}|{offset}|{limit}|{paged}".encode()), "08x")
    etag = snap.etag[:-1] + variant + '"'
    headers = {"ETag": etag, "Cache-Control": "no-cache", "Vary": "Accept-Encoding",
               "Content-Type": "application/json"}
    if etag_matches(request, etag):
        return web.Response(status=304, headers={k: v for k, v in headers.items() if k != "Content-Type"})
    gzip = accepts_gzip(request)
    if not fields and not paged:
        if gzip:
            body = await gzip_of(snap)
            headers["Content-Encoding"] = "gzip"
            return await write_chunks(request, headers, len(body), [body])
        return await write_chunks(request, headers, snap.content_length(), snap.chunks())

    pieces = snap.pieces[offset:offset + limit] if limit is not None else snap.pieces[offset:]
    if fields:
        if len(pieces) > INLINE_MODELS:
            pieces = await in_background(project, pieces, fields, Pacer())
        else:
            pieces = project(pieces, fields)
    tail = b'],"total":' + str(snap.total).encode()
    if paged:
        end = offset + len(pieces)
        tail += b',"offset":%d,"limit":%s,"nextOffset":%s' % (
            offset, str(limit).encode() if limit is not None else b"null",
            str(end).encode() if end < snap.total else b"null")
    chunks = [ENVELOPE_HEAD] + [(b"," if i else b"") + b",".join(pieces[i:i + CHUNK_MODELS])
                                for i in range(0, len(pieces), CHUNK_MODELS)] + [tail + b"}"]
    if gzip and len(pieces) > INLINE_MODELS:
        body = await in_background(_gzip, chunks)
        headers["Content-Encoding"] = "gzip"
        return await write_chunks(request, headers, len(body), [body])
    resp = web.Response(body=b"".join(chunks), headers=headers)
    if gzip:
        resp.enable_compression(force=web.ContentCoding.gzip)
    return resp


def _gzip(chunks: list[bytes]) -> bytes:
    comp = zlib.compressobj(6, zlib.DEFLATED, 31)
    return b"".join([comp.compress(c) for c in chunks] + [comp.flush()])
