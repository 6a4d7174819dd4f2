"""An external stall probe: polls one URL every ``--interval`` from its own process.

    python bench/poller.py URL OUT [--interval 0.02]

One keep-alive HTTP connection; each poll's wall time (request sent → body read)
is appended to ``OUT`` as ``<unix time> <seconds>`` lines until stdin closes or
SIGTERM. This is the user's view of the server's event loop: a loop stalled by
a handler or by a thread holding the GIL answers late, whatever the server's own
timers say. ``common.Poller`` runs it and reads the samples.
"""

from __future__ import annotations

import argparse
import http.client
import signal
import sys
import threading
import time
from urllib.parse import urlsplit


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("url")
    ap.add_argument("out")
    ap.add_argument("--interval", type=float, default=0.02)
    args = ap.parse_args()
    u = urlsplit(args.url)
    path = u.path + ("?" + u.query if u.query else "")
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    conn = None
    with open(args.out, "w", buffering=1) as out:
        nxt = time.perf_counter()
        while not stop.is_set():
            if conn is None:
                conn = http.client.HTTPConnection(u.hostname, u.port, timeout=30)
            wall, t = time.time(), time.perf_counter()
            try:
                conn.request("GET", path)
                conn.getresponse().read()
            except (OSError, http.client.HTTPException):
                conn.close()
                conn = None
                continue
            out.write(f"{wall:.4f} {time.perf_counter() - t:.5f}\n")
            nxt += args.interval
            time.sleep(max(0.0, nxt - time.perf_counter()))
            nxt = max(nxt, time.perf_counter() - args.interval)


if __name__ == "__main__":
    main()
