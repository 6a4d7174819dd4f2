"""descriptions: safe Markdown rendering (XSS cases), reading sidecars, writing <stem>.md."""

from __future__ import annotations

import json
import os
import re

import pytest

from comfyui_model_manager.library.descriptions import (
    MAX_DESCRIPTION_BYTES,
    Description,
    read_description,
    render_description,
    render_markdown,
    sanitize_html,
    write_description,
)

XSS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<img src=https://e.com/a.png onerror=alert(1)>",
    "[x](javascript:alert(1))",
    '<a href="JaVaScRiPt:alert(1)">x</a>',
    '<a href="&#106;avascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    "[x](vbscript:msgbox(1))",
    '<iframe src="https://evil.example/"></iframe>',
    "<style>body { background: url(javascript:alert(1)) }</style>",
    '<p style="background:url(javascript:alert(1))">x</p>',
    "<svg onload=alert(1)><circle/></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '<a href="data:text/html,<script>alert(1)</script>">x</a>',
    '<object data="https://evil.example/x.swf"></object>',
    '<embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example/"><input name=a><button>go</button></form>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<link rel=stylesheet href="https://evil.example/x.css">',
    '<div onclick="alert(1)">x</div>',
    "<a href=https://ok.example onmouseover=alert(1)>x</a>",
    "<!--<script>alert(1)</script>-->",
    "```\n</code></pre><script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
    '<img src="/api/interrupt">',
    "[rel](//evil.example/x)",
]

_BAD = re.compile(
    r"<\s*(script|style|iframe|object|embed|form|input|button|base|meta|link|svg|math|div)\b"
    r"|\son\w+\s*="
    r"|javascript:|vbscript:|data:"
    r"|style\s*=",
    re.I,
)


@pytest.mark.parametrize("src", XSS)
def test_render_markdown_neutralises_xss(src):
    out = render_markdown(src)
    assert not _BAD.search(out), out
    # whatever the sanitiser keeps is a known tag
    for tag in re.findall(r"<\s*([a-zA-Z0-9]+)", out):
        assert tag.lower() in {
            "p", "br", "strong", "em", "code", "pre", "blockquote", "ul", "ol", "li",
            "h1", "h2", "h3", "h4", "h5", "h6", "a", "img", "table", "thead", "tbody",
            "tr", "th", "td", "hr", "del",
        }, out
    # every href/src left is absolute http(s)/mailto or an in-page anchor
    for url in re.findall(r'(?:href|src)="([^"]*)"', out):
        assert url.startswith(("https://", "http://", "mailto:", "#")), out


def test_script_content_dropped_not_shown():
    out = render_markdown("before <script>alert('pwned')</script> after")
    assert "pwned" not in out
    assert "before" in out and "after" in out


def test_code_shows_html_as_text():
    out = render_markdown("```html\n<script>alert(1)</script>\n```")
    assert "<pre><code>" in out
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in out


def test_render_markdown_normal_content():
    md = (
        "# Title\n\n"
        "Some **bold**, *italic*, ~~gone~~ <del>old</del> and `code`.\n"
        "Second line\n\n"
        "| Setting | Value |\n|---|---:|\n| CFG | 7 |\n| Steps | 30 |\n\n"
        "```python\nprint('hi' < 'ho')\n```\n\n"
        "1. one\n2. two\n\n* a\n* b\n\n"
        "> quoted\n\n---\n\n"
        '[Civitai](https://civitai.com/models/1 "Model page") '
        "[mail](mailto:me@example.com) [top](#title)\n\n"
        '![sample](https://image.civitai.com/a.png "A sample")\n'
    )
    out = render_markdown(md)
    assert "<h1>Title</h1>" in out
    assert "<strong>bold</strong>" in out and "<em>italic</em>" in out
    assert "<del>old</del>" in out
    assert "<code>code</code>" in out
    assert "<br>" in out  # nl2br
    assert "<table>" in out and "<thead>" in out and "<th>Setting</th>" in out and "<td>30</td>" in out
    assert "<pre><code>print(&#39;hi&#39; &lt; &#39;ho&#39;)" in out or "<pre><code>print('hi' &lt; 'ho')" in out
    assert "<ol>" in out and "<ul>" in out and "<li>two</li>" in out
    assert "<blockquote>" in out and "<hr>" in out
    assert ('<a href="https://civitai.com/models/1" title="Model page" '
            'rel="noopener noreferrer nofollow">Civitai</a>') in out
    assert 'href="mailto:me@example.com"' in out
    assert 'href="#title"' in out
    assert re.search(r'<img[^>]*src="https://image\.civitai\.com/a\.png"', out)
    assert 'alt="sample"' in out and 'title="A sample"' in out


def test_every_link_gets_rel():
    out = render_markdown('[a](https://x.example) <a href="https://y.example" rel="opener" target="_blank">b</a>')
    assert out.count('rel="noopener noreferrer nofollow"') == 2
    assert "target=" not in out and 'rel="opener"' not in out


def test_render_markdown_empty():
    assert render_markdown("") == ""


def test_sanitize_civitai_html():
    civitai = (
        '<p>Trigger: <strong>foo</strong></p><p><a target="_blank" rel="ugc" '
        'href="https://civitai.com/user/x">author</a></p><img src=x onerror=alert(1)>'
        '<span style="color:red">red</span>'
    )
    out = sanitize_html(civitai)
    assert "<strong>foo</strong>" in out
    assert '<a href="https://civitai.com/user/x" rel="noopener noreferrer nofollow">author</a>' in out
    assert "onerror" not in out and "style" not in out and "<span" not in out and "red" in out


def test_render_description_per_format():
    assert render_description(Description("**b**", "markdown", "x.md")) == "<p><strong>b</strong></p>"
    assert render_description(Description("<b onclick=x>hi</b><script>1</script>", "html", "x.civitai.info")) == "hi"
    assert render_description(Description("a <b>\nc\n\nd", "text", "x.txt")) == "<p>a &lt;b&gt;<br>c</p><p>d</p>"


# ---------------------------------------------------------------- read_description


def _model(tmp_path, name="lora.safetensors") -> str:
    p = tmp_path / name
    p.write_bytes(b"\0" * 16)
    return str(p)


def test_read_none(tmp_path):
    assert read_description(_model(tmp_path)) is None


def test_read_priority(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.civitai.info").write_text(json.dumps({
        "description": "<p>version notes</p>", "model": {"name": "L", "description": "<p>civitai helper model</p>"},
    }))
    assert read_description(model) == Description("<p>civitai helper model</p>", "html", "lora.civitai.info")
    (tmp_path / "lora.metadata.json").write_text(json.dumps({
        "modelDescription": "<p>lora manager</p>", "civitai": {"model": {"description": "<p>nested</p>"}},
    }))
    assert read_description(model) == Description("<p>lora manager</p>", "html", "lora.metadata.json")
    (tmp_path / "lora.txt").write_text("plain text\n", encoding="utf-8")
    assert read_description(model) == Description("plain text\n", "text", "lora.txt")
    (tmp_path / "lora.md").write_text("# mine", encoding="utf-8")
    assert read_description(model) == Description("# mine", "markdown", "lora.md")


def test_read_metadata_json_fallbacks(tmp_path):
    model = _model(tmp_path)
    meta = tmp_path / "lora.metadata.json"
    meta.write_text(json.dumps({"modelDescription": "", "civitai": {"model": {"description": "<p>nested</p>"}}}))
    assert read_description(model) == Description("<p>nested</p>", "html", "lora.metadata.json")
    meta.write_text(json.dumps({"civitai": {"description": "<p>version</p>"}}))
    assert read_description(model) == Description("<p>version</p>", "html", "lora.metadata.json")
    meta.write_text(json.dumps({"civitai": None, "sha256": "ab"}))
    assert read_description(model) is None


def test_read_civitai_info_version_description(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.civitai.info").write_text(json.dumps({"description": "<p>v</p>", "model": {"name": "L"}}))
    assert read_description(model) == Description("<p>v</p>", "html", "lora.civitai.info")


def test_read_a1111_json(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.json").write_text(json.dumps({"description": "use at 0.8", "sd version": "SDXL"}))
    assert read_description(model) == Description("use at 0.8", "text", "lora.json")


def test_read_skips_blank_broken_and_symlinked(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.md").write_text("  \n\n", encoding="utf-8")
    (tmp_path / "lora.metadata.json").write_text("{not json")
    (tmp_path / "lora.civitai.info").write_text("[1, 2]")
    outside = tmp_path / "outside.txt"
    outside.write_text("secret")
    os.symlink(outside, tmp_path / "lora.txt")
    assert read_description(model) is None
    (tmp_path / "lora.json").write_text(json.dumps({"description": "ok"}))
    assert read_description(model).source == "lora.json"


def test_read_bom_and_bad_utf8(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.md").write_bytes(b"\xef\xbb\xbfhello \xff world")
    d = read_description(model)
    assert d.format == "markdown" and d.text.startswith("hello ") and d.text.endswith(" world")


def test_read_size_limited(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora.md").write_bytes(b"a" * (MAX_DESCRIPTION_BYTES + 5000))
    d = read_description(model)
    assert len(d.text) == MAX_DESCRIPTION_BYTES
    (tmp_path / "lora.md").unlink()
    big = {"modelDescription": "b" * (MAX_DESCRIPTION_BYTES + 10)}
    (tmp_path / "lora.metadata.json").write_text(json.dumps(big))
    assert len(read_description(model).text.encode()) <= MAX_DESCRIPTION_BYTES
    (tmp_path / "lora.metadata.json").write_text(json.dumps({"modelDescription": "x", "pad": "p" * 3 * 2**20}))
    assert read_description(model) is None  # an oversize JSON sidecar is not parsed at all


def test_read_other_models_sidecars_ignored(tmp_path):
    model = _model(tmp_path)
    (tmp_path / "lora2.md").write_text("not mine")
    (tmp_path / "lora.safetensors.md").write_text("not mine either")
    assert read_description(model) is None


# ---------------------------------------------------------------- write_description


def test_write_and_read_back(tmp_path):
    model = _model(tmp_path)
    path = write_description(model, "# Hi\n\nünïcode ✓\n")
    assert path == str(tmp_path / "lora.md")
    assert open(path, encoding="utf-8").read() == "# Hi\n\nünïcode ✓\n"
    assert read_description(model) == Description("# Hi\n\nünïcode ✓\n", "markdown", "lora.md")
    assert write_description(model, "second") == path
    assert read_description(model).text == "second"
    assert sorted(os.listdir(tmp_path)) == ["lora.md", "lora.safetensors"]


def test_write_empty_deletes(tmp_path):
    model = _model(tmp_path)
    write_description(model, "x")
    assert write_description(model, "") == str(tmp_path / "lora.md")
    assert not (tmp_path / "lora.md").exists()
    write_description(model, "   \n")  # deleting what is not there is fine
    assert sorted(os.listdir(tmp_path)) == ["lora.safetensors"]


def test_write_too_long_refused(tmp_path):
    model = _model(tmp_path)
    write_description(model, "keep")
    with pytest.raises(ValueError, match="too long"):
        write_description(model, "é" * (MAX_DESCRIPTION_BYTES // 2 + 1))  # 2 bytes each in UTF-8
    assert (tmp_path / "lora.md").read_text() == "keep"
    assert sorted(os.listdir(tmp_path)) == ["lora.md", "lora.safetensors"]
    write_description(model, "a" * MAX_DESCRIPTION_BYTES)  # exactly the limit is fine


def test_write_failure_leaves_no_temp(tmp_path, monkeypatch):
    model = _model(tmp_path)
    write_description(model, "old")

    def boom(src, dst, **dir_fds):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    monkeypatch.setattr(os, "rename", boom)  # write_atomic renames relative to the directory's fd
    with pytest.raises(OSError, match="disk full"):
        write_description(model, "new")
    assert sorted(os.listdir(tmp_path)) == ["lora.md", "lora.safetensors"]
    assert (tmp_path / "lora.md").read_text() == "old"
