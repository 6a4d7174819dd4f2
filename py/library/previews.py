"""Preview images of models: find, store (validated, re-encoded), thumbnail, placeholder.

Pure and synchronous (the caller runs these in a thread pool). A model
``<stem>.<ext>`` may have a sidecar preview named as other tools write them
(:data:`PREVIEW_SUFFIXES`, in priority order); :func:`store_preview` always
writes ``<stem>.preview.webp`` and removes the model's other *image* previews.

Every image that comes in is decoded by Pillow (PNG, JPEG, WebP, GIF — the first
frame), refused when it claims more than ``max_pixels`` pixels (checked from the
header, before any pixel data is decoded, so a decompression bomb costs nothing),
turned upright from its EXIF orientation, stripped of every metadata block (EXIF,
GPS, XMP, ICC, comments) by being re-encoded, and written atomically (a temp file
in the same directory, then :func:`os.replace`).
"""

from __future__ import annotations

import hashlib
import html
import io
import os
import re

from PIL import Image, ImageOps, UnidentifiedImageError

from ..safety.fileio import write_atomic

#: Image sidecar suffixes, in priority order (``.gif`` ones too: other tools write them).
IMAGE_PREVIEW_SUFFIXES = (
    ".preview.webp", ".preview.png", ".preview.jpg", ".preview.jpeg", ".preview.gif",
    ".webp", ".png", ".jpg", ".jpeg", ".gif",
)
#: Video sidecar suffixes, in priority order (after every image one).
VIDEO_PREVIEW_SUFFIXES = (".preview.mp4", ".preview.webm", ".mp4", ".webm")
#: All preview sidecar suffixes of a model ``<stem>.<ext>``, in priority order.
PREVIEW_SUFFIXES = IMAGE_PREVIEW_SUFFIXES + VIDEO_PREVIEW_SUFFIXES

STORED_SUFFIX = ".preview.webp"
MAX_STORED_SIDE = 1024
THUMB_MIN, THUMB_MAX = 32, 1024
WEBP_QUALITY = 85
DEFAULT_MAX_PIXELS = 50_000_000
DEFAULT_MAX_BYTES = 20 * 2**20
_FORMATS = ("PNG", "JPEG", "WEBP", "GIF")


class PreviewError(ValueError):
    """Bad preview input; the message is fit to show to a user."""


def _stem(model_path: str) -> str:
    return os.path.splitext(model_path)[0]


def _is_video(path: str) -> bool:
    return path.lower().endswith((".mp4", ".webm"))


def find_preview(model_path: str) -> str | None:
    """The first existing preview sidecar of ``model_path`` (regular files only, no symlinks)."""
    stem = _stem(model_path)
    model = os.path.abspath(model_path)
    for suffix in PREVIEW_SUFFIXES:
        p = stem + suffix
        if os.path.abspath(p) != model and os.path.isfile(p) and not os.path.islink(p):
            return p
    return None


def _open_image(source, max_pixels: int) -> Image.Image:
    """Open, verify, reopen and fully decode the first frame of ``source`` (bytes or path)."""

    def _open():
        fp = io.BytesIO(source) if isinstance(source, (bytes, bytearray, memoryview)) else source
        # Pillow's own bomb guard acts in open(); ours (the header check below) acts
        # first for anything above max_pixels. The global MAX_IMAGE_PIXELS is left
        # alone: it is process-wide and these calls run in parallel threads.
        img = Image.open(fp, formats=_FORMATS)
        w, h = img.size
        if w <= 0 or h <= 0:
            raise PreviewError("The image has no pixels.")
        if w * h > max_pixels:
            raise PreviewError(
                f"The image is too large ({w} × {h} pixels); at most {max_pixels:,} pixels are accepted."
            )
        return img

    try:
        img = _open()
        try:
            img.verify()
        finally:
            img.close()
        img = _open()
        img.seek(0)
        img.load()
        return img
    except PreviewError:
        raise
    except Image.DecompressionBombError as e:
        raise PreviewError("The image is too large (it looks like a decompression bomb).") from e
    except UnidentifiedImageError as e:
        raise PreviewError("The file is not an image in a supported format (PNG, JPEG, WebP or GIF).") from e
    except (OSError, SyntaxError, ValueError, EOFError, IndexError, TypeError, MemoryError) as e:
        # Pillow reports truncated/corrupt data as OSError ("image file is truncated"),
        # SyntaxError (bad PNG chunks / CRC), or struct-level errors.
        raise PreviewError("The image is damaged or truncated and could not be read.") from e


def _clean(img: Image.Image, long_side: int) -> Image.Image:
    """Upright, metadata-free, RGB/RGBA copy of ``img`` with its long side at most ``long_side``."""
    try:
        img = ImageOps.exif_transpose(img)
    except Exception:  # a broken EXIF block must not sink a valid image
        pass
    has_alpha = img.mode in ("RGBA", "LA", "PA") or (img.mode == "P" and "transparency" in img.info)
    img = img.convert("RGBA" if has_alpha else "RGB")
    if max(img.size) > long_side:
        img.thumbnail((long_side, long_side), Image.Resampling.LANCZOS)
    # A brand-new image carries nothing but pixels: no EXIF, GPS, XMP, ICC or comments.
    clean = Image.new(img.mode, img.size)
    clean.paste(img)
    return clean


def _save_webp(img: Image.Image, f) -> None:
    img.save(f, format="WEBP", quality=WEBP_QUALITY, method=4)


def store_preview(
    model_path: str,
    data: bytes,
    max_pixels: int = DEFAULT_MAX_PIXELS,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> str:
    """Validate ``data`` as an image, clean it and store it as ``<stem>.preview.webp``.

    Removes the model's other image preview sidecars (videos are kept). Returns the
    path written. Raises :class:`PreviewError` on bad input, leaving no file behind.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise PreviewError("The preview must be image data.")
    if len(data) == 0:
        raise PreviewError("The preview image is empty.")
    if len(data) > max_bytes:
        raise PreviewError(
            f"The preview image is too big ({len(data) / 2**20:.1f} MiB); at most {max_bytes / 2**20:.0f} MiB."
        )
    src = _open_image(bytes(data), max_pixels)
    try:
        img = _clean(src, MAX_STORED_SIDE)
    finally:
        src.close()
    target = _stem(model_path) + STORED_SUFFIX
    write_atomic(target, lambda f: _save_webp(img, f))
    model = os.path.abspath(model_path)
    for suffix in IMAGE_PREVIEW_SUFFIXES:
        p = _stem(model_path) + suffix
        if suffix == STORED_SUFFIX or os.path.abspath(p) == model:
            continue
        if os.path.isfile(p) or os.path.islink(p):
            try:
                os.remove(p)
            except FileNotFoundError:
                pass
    return target


def _etag(*parts) -> tuple[str, str]:
    digest = hashlib.sha256("\0".join(str(p) for p in parts).encode("utf-8", "surrogatepass")).hexdigest()
    return digest, f'"{digest[:32]}"'


def thumbnail(preview_path: str, size: int, cache_dir: str) -> tuple[str, str]:
    """A cached WebP thumbnail of ``preview_path`` (long side ``size``, clamped to 32..1024).

    Returns ``(thumbnail path, ETag)``; the ETag is a quoted strong validator. The
    cache key is (absolute path, mtime_ns, file size, size): a cached thumbnail is
    reused while it matches, and older thumbnails of the same preview and size are
    removed when a new one is made. Video previews come back as they are, with an
    ETag from their stat. Raises :class:`PreviewError` if the preview is not a
    readable image, :class:`OSError` (e.g. ``FileNotFoundError``) if it is missing.
    """
    size = max(THUMB_MIN, min(THUMB_MAX, int(size)))
    path = os.path.abspath(preview_path)
    st = os.stat(path)
    if _is_video(path):
        _, etag = _etag("video", path, st.st_mtime_ns, st.st_size)
        return path, etag
    digest, etag = _etag("thumb", path, st.st_mtime_ns, st.st_size, size)
    path_key = hashlib.sha256(path.encode("utf-8", "surrogatepass")).hexdigest()[:16]
    prefix = f"{path_key}-{size}-"
    name = f"{prefix}{digest[:32]}.webp"
    os.makedirs(cache_dir, exist_ok=True)
    out = os.path.join(cache_dir, name)
    if os.path.isfile(out):
        return out, etag
    src = _open_image(path, DEFAULT_MAX_PIXELS)
    try:
        img = _clean(src, size)
    finally:
        src.close()
    write_atomic(out, lambda f: _save_webp(img, f))
    try:
        stale = [n for n in os.listdir(cache_dir) if n.startswith(prefix) and n.endswith(".webp") and n != name]
    except OSError:
        stale = []
    for n in stale:
        try:
            os.remove(os.path.join(cache_dir, n))
        except OSError:
            pass
    return out, etag


_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def placeholder_svg(label: str) -> bytes:
    """A small square SVG placeholder showing ``label`` (escaped; at most 24 characters)."""
    text = _XML_INVALID.sub("", str(label or "")).strip()
    if len(text) > 24:
        text = text[:23] + "…"
    text = html.escape(text, quote=True)
    svg = (
        '<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">'
        '<rect width="256" height="256" fill="#2b2b2b"/>'
        '<text x="128" y="136" fill="#9a9a9a" font-family="sans-serif" font-size="20" '
        f'text-anchor="middle">{text}</text></svg>'
    )
    return svg.encode("utf-8")
