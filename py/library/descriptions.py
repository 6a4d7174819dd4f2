"""Model descriptions: read them from sidecars, write ``<stem>.md``, render them safely.

Pure and synchronous (the caller runs these in a thread pool).

Sources, first non-empty wins (symlinked sidecars are ignored, as in :mod:`sidecars`):

1. ``<stem>.md`` — ours (and anyone's) Markdown → format ``"markdown"``
2. ``<stem>.txt`` — plain text → ``"text"``
3. ``<stem>.metadata.json`` — ComfyUI-Lora-Manager: ``modelDescription``, else
   ``civitai.model.description``, else ``civitai.description`` → ``"html"``
4. ``<stem>.civitai.info`` — Civitai Helper (a Civitai model-version object):
   ``model.description``, else ``description`` → ``"html"``
5. ``<stem>.json`` — AUTOMATIC1111's LoRA card: ``description`` → ``"text"``

Civitai descriptions are HTML written by model authors: they are returned as they
are, marked ``"html"``; never show them without :func:`sanitize_html` (or use
:func:`render_description`, which sanitises every format).

Sanitising (nh3, the Ammonia HTML sanitiser) keeps an allow-list of tags and
attributes, http/https/mailto URLs only (plus in-page ``#fragment`` links), and puts
``rel="noopener noreferrer nofollow"`` on every link. ``data:`` URLs are refused
everywhere, images included: ``data:image/svg+xml`` is an active document, a
Markdown description has no need to inline images (a model's own preview is served
separately), and allowing one ``data:`` subtype means trusting the browser's MIME
handling of the rest. Relative URLs are refused too: they would resolve against the
ComfyUI page and make the viewer's browser send requests to the ComfyUI server.
"""

from __future__ import annotations

import html as _html
import json
import os
from dataclasses import dataclass
from typing import Literal

import markdown as _markdown
import nh3

from ..safety.fileio import write_atomic

MAX_DESCRIPTION_BYTES = 1 * 2**20
#: JSON sidecars carry more than a description (Civitai's image lists…), so they may be larger.
MAX_JSON_SIDECAR_BYTES = 2 * 2**20

ALLOWED_TAGS = frozenset({
    "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "thead", "tbody",
    "tr", "th", "td", "hr", "del",
})
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}}
URL_SCHEMES = frozenset({"http", "https", "mailto"})
LINK_REL = "noopener noreferrer nofollow"
_URL_PREFIXES = ("http://", "https://", "mailto:")
_MD_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "nl2br"]

Format = Literal["markdown", "html", "text"]


@dataclass(frozen=True)
class Description:
    text: str
    format: Format
    source: str  # the sidecar's file name, e.g. "x.md" or "x.civitai.info"


def _attribute_filter(tag: str, attr: str, value: str) -> str | None:
    # Ammonia already drops URLs whose scheme is not in URL_SCHEMES; this also drops
    # relative URLs (and anything without a scheme), keeping only in-page anchors.
    if attr in ("href", "src"):
        v = value.strip()
        lower = v.lower()
        if lower.startswith(_URL_PREFIXES):
            return v
        if attr == "href" and v.startswith("#") and len(v) > 1:
            return v
        return None
    return value


def sanitize_html(fragment: str) -> str:
    """An HTML fragment with only the allowed tags, attributes and URLs left."""
    return nh3.clean(
        fragment,
        tags=set(ALLOWED_TAGS),
        clean_content_tags={"script", "style"},
        attributes={k: set(v) for k, v in ALLOWED_ATTRIBUTES.items()},
        attribute_filter=_attribute_filter,
        strip_comments=True,
        link_rel=LINK_REL,
        url_schemes=set(URL_SCHEMES),
    )


def render_markdown(text: str) -> str:
    """Markdown → sanitised HTML (tables, fenced code, sane lists, newlines as ``<br>``)."""
    raw = _markdown.markdown(text or "", extensions=_MD_EXTENSIONS, output_format="html")
    return sanitize_html(raw)


def render_text(text: str) -> str:
    """Plain text → HTML paragraphs (escaped; newlines as ``<br>``)."""
    paras = [p for p in (text or "").replace("\r\n", "\n").split("\n\n") if p.strip()]
    return "".join("<p>" + _html.escape(p.strip("\n")).replace("\n", "<br>") + "</p>" for p in paras)


def render_description(desc: Description) -> str:
    """Safe HTML for a :class:`Description`, whatever its format."""
    if desc.format == "markdown":
        return render_markdown(desc.text)
    if desc.format == "html":
        return sanitize_html(desc.text)
    return render_text(desc.text)


def _stem(model_path: str) -> str:
    return os.path.splitext(model_path)[0]


def _regular(path: str) -> bool:
    return os.path.isfile(path) and not os.path.islink(path)


def _read_text(path: str) -> str | None:
    """At most :data:`MAX_DESCRIPTION_BYTES` of ``path`` as text (UTF-8, BOM dropped)."""
    try:
        with open(path, "rb") as f:
            data = f.read(MAX_DESCRIPTION_BYTES)
    except OSError:
        return None
    text = data.decode("utf-8-sig", errors="replace")
    return text if text.strip() else None


def _read_json(path: str) -> dict | None:
    try:
        if os.path.getsize(path) > MAX_JSON_SIDECAR_BYTES:
            return None
        with open(path, "rb") as f:
            data = json.loads(f.read().decode("utf-8-sig", errors="replace"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _get(d, *keys):
    for k in keys:
        if not isinstance(d, dict):
            return None
        d = d.get(k)
    return d


def _pick(*values) -> str | None:
    for v in values:
        if isinstance(v, str) and v.strip():
            b = v.encode("utf-8", "surrogatepass")
            if len(b) > MAX_DESCRIPTION_BYTES:
                v = b[:MAX_DESCRIPTION_BYTES].decode("utf-8", errors="ignore")
            return v
    return None


def read_description(model_path: str) -> Description | None:
    """The model's description from the first sidecar that has one, or ``None``."""
    stem = _stem(model_path)
    for suffix, fmt in ((".md", "markdown"), (".txt", "text")):
        p = stem + suffix
        if _regular(p):
            text = _read_text(p)
            if text is not None:
                return Description(text, fmt, os.path.basename(p))
    json_sources = (
        (".metadata.json", "html", lambda d: _pick(
            d.get("modelDescription"), _get(d, "civitai", "model", "description"), _get(d, "civitai", "description"))),
        (".civitai.info", "html", lambda d: _pick(_get(d, "model", "description"), d.get("description"))),
        (".json", "text", lambda d: _pick(d.get("description"))),
    )
    for suffix, fmt, extract in json_sources:
        p = stem + suffix
        if not _regular(p):
            continue
        data = _read_json(p)
        if data is None:
            continue
        text = extract(data)
        if text is not None:
            return Description(text, fmt, os.path.basename(p))
    return None


def write_description(model_path: str, text: str) -> str:
    """Write ``text`` to ``<stem>.md`` atomically; empty (or blank) text deletes it.

    Returns the ``.md`` path. Raises ``ValueError`` past 1 MiB of UTF-8.
    """
    if not isinstance(text, str):
        raise ValueError("The description must be text.")
    path = _stem(model_path) + ".md"
    data = text.encode("utf-8")
    if len(data) > MAX_DESCRIPTION_BYTES:
        raise ValueError(f"The description is too long ({len(data):,} bytes); at most {MAX_DESCRIPTION_BYTES:,}.")
    if not text.strip():
        try:
            os.remove(path)
        except FileNotFoundError:
            pass
        return path
    write_atomic(path, data)
    return path
