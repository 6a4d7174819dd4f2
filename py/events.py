"""WebSocket events, sent through the host, with progress updates throttled.

Event names and payloads (the product spec's names):

- ``create_download_task``, ``update_download_task``, ``complete_download_task``,
  ``error_download_task``: ``{"taskId": str, "data": Task}``
- ``delete_download_task``: ``{"taskId": str}``
- ``update_available``: ``{"updates": [Update]}`` — newer Civitai versions found by an
  update check (:mod:`.library.updates`); only the entries not announced before
- ``update_scan_task`` / ``complete_scan_task``: a scan's progress and end, sent by
  :mod:`.library.scanner` (``docs/ARCHITECTURE.md`` says where each event comes from)

Every message on the socket is ``{"type": name, "data": payload}`` (ComfyUI's
shape). ``update_download_task`` is sent at most once per ``progressInterval``
seconds per task; state changes are sent at once.
"""

from __future__ import annotations

import logging
import time
from typing import Callable

log = logging.getLogger(__name__)

CREATE = "create_download_task"
UPDATE = "update_download_task"
COMPLETE = "complete_download_task"
DELETE = "delete_download_task"
ERROR = "error_download_task"


class Events:
    """Emit events through ``emit(event, data)`` (the host's), throttling progress per key."""

    def __init__(self, emit: Callable[[str, dict], None], interval: Callable[[], float]):
        self._emit = emit
        self._interval = interval
        self._last: dict[str, float] = {}

    def send(self, event: str, data: dict) -> None:
        """Send one event now. Never raises: a broken socket must not break a download."""
        try:
            self._emit(event, data)
        except Exception:  # a host-side failure is logged, not propagated
            log.exception("model manager: could not send event %s", event)

    def progress(self, key: str, event: str, data: dict | Callable[[], dict], force: bool = False) -> bool:
        """Send ``event`` unless one for ``key`` went out less than the interval ago.

        ``data`` may be a function that builds the payload: it is called only when the
        event goes out (a download reports every received piece, thousands a second,
        and building its JSON each time was work on the event loop for nothing).
        Returns True when sent. ``force`` sends regardless (state changes).
        """
        now = time.monotonic()
        if not force and now - self._last.get(key, float("-inf")) < self._interval():
            return False
        self._last[key] = now
        self.send(event, data() if callable(data) else data)
        return True

    def forget(self, key: str) -> None:
        """Drop the throttle state of ``key`` (a finished or deleted task)."""
        self._last.pop(key, None)
