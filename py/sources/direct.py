"""Direct links: any other allowed URL becomes one file with what its URL tells.

No request is made: the name is the last path segment, the format comes from the
extension, size and SHA-256 are unknown (the engine measures and hashes while it
downloads, and a ``Content-Disposition`` name wins when no filename is given).
The URL must pass :meth:`UrlPolicy.check_download_url` (built-in hosts over https,
user-added hosts).
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from .common import file_format


def candidate(url: str, policy) -> dict:
    """One ``direct`` candidate for ``url``; raises like :meth:`UrlPolicy.check_download_url`."""
    url = policy.check_download_url(url)
    name = unquote(urlsplit(url).path.rsplit("/", 1)[-1]) or urlsplit(url).hostname or "download"
    return {
        "source": "direct",
        "modelId": None,
        "versionId": None,
        "name": name,
        "versionName": None,
        "type": None,
        "baseModel": None,
        "description": None,
        "previews": [],
        "files": [{
            "name": name, "sizeBytes": None, "sha256": None, "downloadUrl": url, "primary": True,
            "format": file_format(name), "fp": None, "type": None, "path": None, "suggestedFolder": None,
        }],
        "suggestedFolder": None,
        "url": url,
        "air": None,
        "trainedWords": [],
        "notice": None,
    }
