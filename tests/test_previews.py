"""previews: find, store (validated, cleaned, atomic), thumbnail cache, placeholder — on real files."""

from __future__ import annotations

import io
import os
import struct
import time
import zlib
from xml.etree import ElementTree

import pytest
from PIL import Image

from comfyui_model_manager.library.previews import (
    PREVIEW_SUFFIXES,
    PreviewError,
    find_preview,
    placeholder_svg,
    store_preview,
    thumbnail,
)


def _img_bytes(fmt: str, size=(64, 32), color=(200, 30, 30), mode="RGB", **save) -> bytes:
    buf = io.BytesIO()
    Image.new(mode, size, color).save(buf, format=fmt, **save)
    return buf.getvalue()


def _jpeg_with_exif(size=(80, 40), orientation=6) -> bytes:
    """A JPEG whose left half is red and right half blue, with EXIF orientation + GPS."""
    im = Image.new("RGB", size, (255, 0, 0))
    im.paste((0, 0, 255), (size[0] // 2, 0, size[0], size[1]))
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x010F] = "SpyCam Inc"  # Make
    gps = {1: "N", 2: (52.0, 31.0, 12.0), 3: "E", 4: (13.0, 24.0, 18.0)}
    exif[0x8825] = gps  # GPSInfo IFD
    buf = io.BytesIO()
    im.save(buf, format="JPEG", exif=exif, quality=95)
    return buf.getvalue()


def _png_bomb(width=100_000, height=100_000) -> bytes:
    """A tiny PNG whose IHDR claims width × height (CRC fixed, so the header is valid)."""
    data = bytearray(_img_bytes("PNG", size=(1, 1)))
    assert data[12:16] == b"IHDR"
    data[16:24] = struct.pack(">II", width, height)
    crc = zlib.crc32(bytes(data[12:29])) & 0xFFFFFFFF
    data[29:33] = struct.pack(">I", crc)
    return bytes(data)


def _model(tmp_path, name="lora.safetensors") -> str:
    p = tmp_path / name
    p.write_bytes(b"\0" * 16)
    return str(p)


def _listing(tmp_path) -> set[str]:
    return set(os.listdir(tmp_path))


# ---------------------------------------------------------------- find_preview


def test_suffixes_priority_order():
    assert PREVIEW_SUFFIXES.index(".preview.webp") == 0
    order = [".preview.webp", ".preview.png", ".preview.jpg", ".preview.jpeg", ".webp", ".png", ".jpg", ".jpeg",
             ".preview.mp4", ".preview.webm", ".mp4", ".webm"]
    idx = [PREVIEW_SUFFIXES.index(s) for s in order]
    assert idx == sorted(idx)


def test_find_preview_priority_and_none(tmp_path):
    model = _model(tmp_path)
    assert find_preview(model) is None
    (tmp_path / "lora.mp4").write_bytes(b"video")
    assert find_preview(model) == str(tmp_path / "lora.mp4")
    (tmp_path / "lora.jpg").write_bytes(_img_bytes("JPEG"))
    assert find_preview(model) == str(tmp_path / "lora.jpg")
    (tmp_path / "lora.preview.png").write_bytes(_img_bytes("PNG"))
    assert find_preview(model) == str(tmp_path / "lora.preview.png")
    # another model's preview never matches
    (tmp_path / "lora2.preview.webp").write_bytes(b"x")
    assert find_preview(model) == str(tmp_path / "lora.preview.png")


def test_find_preview_ignores_symlinks(tmp_path):
    model = _model(tmp_path)
    outside = tmp_path / "elsewhere.png"
    outside.write_bytes(_img_bytes("PNG"))
    os.symlink(outside, tmp_path / "lora.preview.png")
    assert find_preview(model) is None


# ---------------------------------------------------------------- store_preview


@pytest.mark.parametrize("fmt,mode,color", [
    ("PNG", "RGBA", (10, 20, 30, 128)),
    ("JPEG", "RGB", (10, 200, 30)),
    ("WEBP", "RGB", (10, 20, 200)),
    ("GIF", "P", 3),
])
def test_store_preview_formats(tmp_path, fmt, mode, color):
    model = _model(tmp_path)
    out = store_preview(model, _img_bytes(fmt, size=(120, 90), mode=mode, color=color))
    assert out == str(tmp_path / "lora.preview.webp")
    with Image.open(out) as im:
        assert im.format == "WEBP"
        assert im.size == (120, 90)
    assert find_preview(model) == out
    assert not [n for n in os.listdir(tmp_path) if n.endswith(".tmp")]


def test_store_preview_keeps_png_alpha(tmp_path):
    model = _model(tmp_path)
    out = store_preview(model, _img_bytes("PNG", size=(20, 20), mode="RGBA", color=(255, 0, 0, 0)))
    with Image.open(out) as im:
        assert im.mode == "RGBA"
        assert im.getpixel((5, 5))[3] == 0


def test_store_preview_gif_first_frame(tmp_path):
    model = _model(tmp_path)
    frames = [Image.new("RGB", (30, 30), c) for c in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    buf = io.BytesIO()
    frames[0].save(buf, format="GIF", save_all=True, append_images=frames[1:], duration=100, loop=0)
    out = store_preview(model, buf.getvalue())
    with Image.open(out) as im:
        assert getattr(im, "n_frames", 1) == 1
        r, g, b = im.convert("RGB").getpixel((15, 15))
        assert r > 200 and g < 50 and b < 50


def test_store_preview_exif_orientation_applied_and_metadata_stripped(tmp_path):
    model = _model(tmp_path)
    data = _jpeg_with_exif(size=(80, 40), orientation=6)
    with Image.open(io.BytesIO(data)) as src:  # the input really carries orientation + GPS
        exif = src.getexif()
        assert exif[0x0112] == 6 and 0x8825 in exif
        assert exif.get_ifd(0x8825)
    out = store_preview(model, data)
    with Image.open(out) as im:
        # orientation 6 = rotate 90° clockwise to display: 80×40 becomes 40×80,
        # and the left (red) half ends up on top.
        assert im.size == (40, 80)
        top = im.convert("RGB").getpixel((20, 10))
        bottom = im.convert("RGB").getpixel((20, 70))
        assert top[0] > 200 and top[2] < 60
        assert bottom[2] > 200 and bottom[0] < 60
        assert len(im.getexif()) == 0
        for key in ("exif", "xmp", "icc_profile", "XML:com.adobe.xmp"):
            assert key not in im.info
    raw = open(out, "rb").read()
    assert b"EXIF" not in raw and b"Exif" not in raw and b"SpyCam" not in raw
    assert b"XMP " not in raw and b"ICCP" not in raw


def test_store_preview_strips_png_text_and_icc(tmp_path):
    from PIL import PngImagePlugin
    model = _model(tmp_path)
    info = PngImagePlugin.PngInfo()
    info.add_text("parameters", "secret prompt, seed 1234")
    buf = io.BytesIO()
    Image.new("RGB", (16, 16), (1, 2, 3)).save(buf, format="PNG", pnginfo=info, icc_profile=b"\0" * 128)
    out = store_preview(model, buf.getvalue())
    raw = open(out, "rb").read()
    assert b"secret prompt" not in raw and b"ICCP" not in raw


def test_store_preview_downscales_long_side_to_1024(tmp_path):
    model = _model(tmp_path)
    out = store_preview(model, _img_bytes("PNG", size=(3000, 1500)))
    with Image.open(out) as im:
        assert im.size == (1024, 512)


def test_store_preview_replaces_other_image_previews_but_not_videos(tmp_path):
    model = _model(tmp_path)
    for name in ("lora.png", "lora.jpg", "lora.preview.png", "lora.preview.jpeg", "lora.webp", "lora.gif"):
        (tmp_path / name).write_bytes(b"old")
    (tmp_path / "lora.mp4").write_bytes(b"video")
    (tmp_path / "lora.preview.webm").write_bytes(b"video")
    (tmp_path / "other.png").write_bytes(b"other model")
    (tmp_path / "lora.preview.webp").write_bytes(b"old webp")
    store_preview(model, _img_bytes("PNG"))
    assert _listing(tmp_path) == {
        "lora.safetensors", "lora.preview.webp", "lora.mp4", "lora.preview.webm", "other.png",
    }
    with Image.open(tmp_path / "lora.preview.webp") as im:
        assert im.format == "WEBP"


def _assert_refused(tmp_path, model, data, match, **kw):
    (tmp_path / "lora.png").write_bytes(b"existing preview")
    before = _listing(tmp_path)
    with pytest.raises(PreviewError, match=match) as ei:
        store_preview(model, data, **kw)
    assert isinstance(ei.value, ValueError)
    assert _listing(tmp_path) == before  # no temp file, no .preview.webp, nothing removed
    assert (tmp_path / "lora.png").read_bytes() == b"existing preview"


@pytest.mark.parametrize("side", [100_000, 9_000])  # past Pillow's own limit; past only ours (50 MP)
def test_store_preview_refuses_decompression_bomb(tmp_path, side):
    model = _model(tmp_path)
    bomb = _png_bomb(side, side)
    # the header really claims side × side, and Pillow reads it as such
    assert len(bomb) < 200
    if side * side < Image.MAX_IMAGE_PIXELS:
        with Image.open(io.BytesIO(bomb)) as im:
            assert im.size == (side, side)
    _assert_refused(tmp_path, model, bomb, "too large")


def test_store_preview_refuses_over_max_pixels(tmp_path):
    model = _model(tmp_path)
    _assert_refused(tmp_path, model, _img_bytes("PNG", size=(200, 200)), "too large", max_pixels=100 * 100)


def test_store_preview_refuses_oversize_input(tmp_path):
    model = _model(tmp_path)
    _assert_refused(tmp_path, model, _img_bytes("PNG", size=(50, 50)), "too big", max_bytes=64)


@pytest.mark.parametrize("data", [
    b"",
    b"not an image at all",
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n",
    b"<svg xmlns='http://www.w3.org/2000/svg' onload='alert(1)'/>",
    _img_bytes("BMP"),  # an image, but not an accepted format
])
def test_store_preview_refuses_non_images(tmp_path, data):
    model = _model(tmp_path)
    _assert_refused(tmp_path, model, data, ".")


@pytest.mark.parametrize("fmt", ["PNG", "JPEG", "WEBP"])
def test_store_preview_refuses_truncated_image(tmp_path, fmt):
    model = _model(tmp_path)
    im = Image.effect_noise((256, 256), 64).convert("RGB")  # noise: incompressible, so truncation bites
    buf = io.BytesIO()
    im.save(buf, format=fmt)
    data = buf.getvalue()
    _assert_refused(tmp_path, model, data[: len(data) // 2], "damaged|truncated|not an image")


def test_store_preview_refuses_corrupt_png_crc(tmp_path):
    model = _model(tmp_path)
    data = bytearray(_img_bytes("PNG", size=(16, 16)))
    data[40] ^= 0xFF  # inside IDAT
    _assert_refused(tmp_path, model, bytes(data), ".")


def test_store_preview_no_temp_left_when_write_fails(tmp_path, monkeypatch):
    model = _model(tmp_path)

    def boom(src, dst, **dir_fds):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    monkeypatch.setattr(os, "rename", boom)  # write_atomic renames relative to the directory's fd
    with pytest.raises(OSError, match="disk full"):
        store_preview(model, _img_bytes("PNG"))
    assert _listing(tmp_path) == {"lora.safetensors"}


# ---------------------------------------------------------------- thumbnail


def test_thumbnail_cached_and_etag(tmp_path):
    model = _model(tmp_path)
    preview = store_preview(model, _img_bytes("PNG", size=(800, 400)))
    cache = tmp_path / "cache"
    path1, etag1 = thumbnail(preview, 256, str(cache))
    assert os.path.dirname(path1) == str(cache)
    assert etag1.startswith('"') and etag1.endswith('"')
    with Image.open(path1) as im:
        assert im.format == "WEBP" and im.size == (256, 128)
    mtime1 = os.stat(path1).st_mtime_ns
    time.sleep(0.01)
    path2, etag2 = thumbnail(preview, 256, str(cache))
    assert (path2, etag2) == (path1, etag1)
    assert os.stat(path2).st_mtime_ns == mtime1  # reused, not rewritten

    # another size is another thumbnail
    path3, etag3 = thumbnail(preview, 64, str(cache))
    assert path3 != path1 and etag3 != etag1

    # a changed preview gives a new ETag and a new file; the stale one of that size goes
    store_preview(model, _img_bytes("PNG", size=(300, 600), color=(0, 255, 0)))
    path4, etag4 = thumbnail(preview, 256, str(cache))
    assert etag4 != etag1 and path4 != path1
    assert not os.path.exists(path1)
    assert os.path.exists(path3)
    with Image.open(path4) as im:
        assert im.size == (128, 256)
    assert not [n for n in os.listdir(cache) if n.endswith(".tmp")]


def test_thumbnail_size_clamped(tmp_path):
    src = tmp_path / "big.png"
    src.write_bytes(_img_bytes("PNG", size=(2000, 1000)))
    p_small, _ = thumbnail(str(src), 1, str(tmp_path / "c"))
    p_big, _ = thumbnail(str(src), 99999, str(tmp_path / "c"))
    with Image.open(p_small) as a, Image.open(p_big) as b:
        assert max(a.size) == 32
        assert max(b.size) == 1024


def test_thumbnail_of_jpeg_sidecar_is_upright_and_clean(tmp_path):
    src = tmp_path / "lora.jpg"
    src.write_bytes(_jpeg_with_exif(size=(80, 40), orientation=6))
    p, _ = thumbnail(str(src), 64, str(tmp_path / "c"))
    with Image.open(p) as im:
        assert im.size == (32, 64)
        assert len(im.getexif()) == 0


def test_thumbnail_small_image_not_upscaled(tmp_path):
    src = tmp_path / "small.webp"
    src.write_bytes(_img_bytes("WEBP", size=(40, 20)))
    p, _ = thumbnail(str(src), 512, str(tmp_path / "c"))
    with Image.open(p) as im:
        assert im.size == (40, 20)


def test_thumbnail_video_returned_as_is(tmp_path):
    video = tmp_path / "lora.preview.mp4"
    video.write_bytes(b"\0\0\0\x18ftypmp42 fake")
    cache = tmp_path / "c"
    p, etag = thumbnail(str(video), 256, str(cache))
    assert p == str(video)
    assert thumbnail(str(video), 256, str(cache)) == (p, etag)
    st = os.stat(video)
    os.utime(video, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    assert thumbnail(str(video), 256, str(cache))[1] != etag
    assert not cache.exists() or not os.listdir(cache)


def test_thumbnail_bad_preview_raises(tmp_path):
    src = tmp_path / "lora.png"
    src.write_bytes(b"garbage")
    cache = tmp_path / "c"
    with pytest.raises(PreviewError):
        thumbnail(str(src), 128, str(cache))
    assert not os.listdir(cache)
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(_png_bomb())
    with pytest.raises(PreviewError, match="too large"):
        thumbnail(str(bomb), 128, str(cache))
    with pytest.raises(FileNotFoundError):
        thumbnail(str(tmp_path / "missing.png"), 128, str(cache))


# ---------------------------------------------------------------- placeholder_svg


def test_placeholder_svg_escapes_label():
    evil = '</text><script>alert(1)</script><text onload="x">&'
    svg = placeholder_svg(evil)
    assert isinstance(svg, bytes) and len(svg) < 1024
    assert b"<script" not in svg and b"onload=" not in svg
    root = ElementTree.fromstring(svg)  # well-formed XML
    assert root.tag.endswith("svg")
    texts = [el.text for el in root.iter() if el.tag.endswith("text")]
    assert texts and texts[0].startswith("</text><script>")


def test_placeholder_svg_odd_labels():
    for label in ("", "LoRA", "\x00\x01bad\x1fchars", "ü" * 200):
        ElementTree.fromstring(placeholder_svg(label))
