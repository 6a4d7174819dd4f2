"""A plain HTTP client (stdlib only), as a function and as a JSON-lines process.

``send(request)`` performs one request described by a dict ``{"host", "port",
"method", "path", "headers": {...}, "body": base64 | null}`` and returns
``{"status", "headers", "body": base64}`` or ``{"error": str}``. Run as a script
(inside a network namespace: :mod:`netns`), it reads one request per stdin line
and writes one reply per stdout line, so a test can drive a real client on
another "machine".
"""

from __future__ import annotations

import base64
import http.client
import json
import sys


def send(req: dict) -> dict:
    body = req.get("body")
    try:
        conn = http.client.HTTPConnection(req["host"], req["port"], timeout=req.get("timeout", 30))
        try:
            conn.request(req["method"], req["path"], body=base64.b64decode(body) if body is not None else None,
                         headers=req.get("headers") or {})
            resp = conn.getresponse()
            data = resp.read()
            return {"status": resp.status, "headers": dict(resp.getheaders()),
                    "body": base64.b64encode(data).decode("ascii")}
        finally:
            conn.close()
    except (OSError, http.client.HTTPException) as exc:
        return {"error": f"{type(exc).__name__}: {exc}"}


if __name__ == "__main__":
    for line in sys.stdin:
        if line.strip():
            print(json.dumps(send(json.loads(line))), flush=True)
