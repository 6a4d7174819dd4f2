"""HTTP reply headers that both the download engine and the sources read.

A leaf module (standard library only), so ``sources/`` need not import the
download engine to honour a ``Retry-After``.
"""

from __future__ import annotations

import email.utils
import time


def parse_retry_after(value: str | None) -> float | None:
    """``Retry-After`` as seconds (delta-seconds or HTTP date, RFC 9110 §10.2.3), capped
    at 300; None if absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return min(float(value), 300.0)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return min(max(0.0, when.timestamp() - time.time()), 300.0)
