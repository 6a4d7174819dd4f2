"""Property-based tests (hypothesis) for URL parsing and the download-host policy.

- :meth:`UrlPolicy.check_download_url` on random and adversarial URLs only ever raises an
  :class:`ApiError`, and never lets through a URL whose host — as aiohttp / yarl, the client
  that will connect, reads it — is outside the allowed list (suffix / prefix / userinfo /
  backslash / percent-encoded / IDN-dot tricks).
- :func:`parse_host_entry` only raises :class:`BadRequest` and normalises idempotently.
- The Civitai and Hugging Face URL parsers only raise :class:`ApiError`, recognise only
  their own hosts, and return well-formed ids / repository paths.

Containment and the filename sanitizer are in test_safety.py, the safetensors header reader in
test_model_header.py.
"""

from __future__ import annotations

import ipaddress
import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st
from yarl import URL

from comfyui_model_manager.errors import ApiError, BadRequest
from comfyui_model_manager.sources import civitai, huggingface
from comfyui_model_manager.safety.urlpolicy import DEFAULT_HOSTS, UrlPolicy, parse_host_entry

USER_HOSTS = ["mirror.local:8080", "models.example.org"]


class FakeSettings:
    def all_hosts(self):
        return USER_HOSTS

    def api_key(self, name):
        return "key"


POLICY = UrlPolicy(FakeSettings())
EVIL = ["evil.org", "evil.org.", "127.0.0.1", "[::1]", "localhost", "evilcivitai.com", "xn--evil-9ra.org"]
SEPARATORS = [".", "@", "\\", "/", "?", "#", "%2e", "%2E", "%40", "%5c", "%2f", ":443@", ":@", "\uff0e", "\u3002",
              "\uff61", "\u2024", "%00", "\t", "\n", " ", ";", ",", "&", "%23", "\\@", "/@", "%252e", "..", ""]
ALLOWED = list(DEFAULT_HOSTS) + ["www.civitai.com", "cdn.huggingface.co", "mirror.local:8080", "models.example.org"]
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def host_allowed(scheme: str, host: str, port: int | None) -> bool:
    """The policy's rule restated: user hosts (any scheme), built-in hosts and subdomains (https)."""
    effective = port or (443 if scheme == "https" else 80)
    for entry in USER_HOSTS:
        e_host, _, e_port = entry.partition(":")
        if e_port and host == e_host and effective == int(e_port):
            return True
        if not e_port and (host == e_host or host.endswith("." + e_host)):
            return True
    return scheme == "https" and any(host == h or host.endswith("." + h) for h in DEFAULT_HOSTS)


def check(url: str) -> str | None:
    """The policy's verdict: the URL when allowed, None when refused with an ApiError (anything else fails)."""
    try:
        return POLICY.check_download_url(url)
    except ApiError:
        return None


url_parts = st.builds(
    lambda scheme, a, sep, b, path: f"{scheme}://{a}{sep}{b}{path}",
    st.sampled_from(["https", "http", "HTTPS", "hTTps", "ftp", "file", "javascript", ""]),
    st.sampled_from(ALLOWED + EVIL),
    st.sampled_from(SEPARATORS),
    st.sampled_from(ALLOWED + EVIL + [""]),
    st.sampled_from(["", "/", "/x.safetensors", "/a/../b", "?q=1", "#f", "/%2e%2e/x", ":8080/x", ":443/x"]),
)
any_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)


def yarl_host(url: str):
    u = URL(url.strip())
    return u.scheme.lower(), (u.host or "").lower().rstrip("."), u.port if u.explicit_port else None


@SETTINGS
@given(st.one_of(url_parts, any_text, any_text.map(lambda t: "https://" + t),
                 st.builds(lambda a, t: f"https://{a}{t}", st.sampled_from(ALLOWED), any_text)))
@example("https://civitai.com.evil.org/x")
@example("https://evil.org/civitai.com")
@example("https://civitai.com@evil.org/x")
@example("https://civitai.com\\@evil.org/x")
@example("https://evil.org\\@civitai.com/x")
@example("https://civitai.com%2eevil.org/x")
@example("https://civitai\uff0ecom/x")
@example("https://evil.org\u3002civitai.com/x")
@example("https://evil.org#.civitai.com")
@example("https://evil.org?.civitai.com")
@example("https://mirror.local:8080@evil.org/")
@example("http://mirror.local:9090/x")
@example("http://civitai.com/x")
@example("https://[::ffff:127.0.0.1]/x")
def test_download_policy_never_lets_a_foreign_host_through(url):
    allowed = check(url)
    if allowed is None:
        return
    try:
        scheme, host, port = yarl_host(allowed)
    except (ValueError, UnicodeError):
        return  # aiohttp cannot connect anywhere with it (see the strict test below)
    assert host_allowed(scheme, host, port), f"{url!r} allowed, but aiohttp would connect to {host!r}"


def is_ip(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


HOSTNAME = re.compile(r"^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*$")


@SETTINGS
@given(url_parts)
@example("https://evil.org\\.civitai.com/x.safetensors")
@example("http://x@[")  # yarl raised IndexError on this one
@example("https://evil.org%2f.civitai.com/x.safetensors")
@example("https://evil.org%00.civitai.com/x.safetensors")
def test_allowed_urls_have_a_real_host_name(url):
    allowed = check(url)
    if allowed is None:
        return
    try:
        host = (URL(allowed.strip()).raw_host or "").lower().rstrip(".")  # the name as sent (IDN in xn-- form)
    except (ValueError, UnicodeError) as e:
        raise AssertionError(f"{url!r} allowed but unparseable by aiohttp: {e}")
    assert HOSTNAME.match(host) or is_ip(host), f"{url!r} allowed with host {host!r}"


host_entries = st.one_of(any_text, url_parts, st.builds(lambda h, p: f"{h}:{p}", st.sampled_from(ALLOWED + EVIL),
                                                       st.integers(-5, 70000).map(str) | any_text))


@SETTINGS
@given(host_entries)
@example("example.org:8080/")
@example("http://a/b/c")
@example("user@host")
@example("host:99999")
def test_parse_host_entry_normalises_or_refuses(entry):
    try:
        norm = parse_host_entry(entry)
    except BadRequest:
        return
    assert norm == norm.lower()
    assert not any(c in norm for c in "/@?#"), norm
    host, sep, port = norm.rpartition(":")
    if sep and port.isdigit() and "]" not in port:
        assert 0 <= int(port) <= 65535, norm


@SETTINGS
@given(host_entries)
@example("civitai.com\\civitai.com")
@example("a%2fb")
@example("0 0")
@example("civitai.com /")
def test_parse_host_entry_gives_host_names(entry):
    try:
        norm = parse_host_entry(entry)
    except BadRequest:
        return
    host, sep, port = norm.rpartition(":")
    name = host if sep and port.isdigit() else norm
    assert HOSTNAME.match(name) or is_ip(name.strip("[]")), norm


@SETTINGS
@given(host_entries)
@example("[::1]:80")
@example("[::1]")
def test_parse_host_entry_is_idempotent(entry):
    try:
        norm = parse_host_entry(entry)
    except BadRequest:
        return
    assert parse_host_entry(norm) == norm


# -- source URL parsers -----------------------------------------------------------------------------

SOURCE_HOSTS = ["civitai.com", "www.civitai.com", "civitai.red", "huggingface.co", "hf.co", "www.huggingface.co"]
segment = st.one_of(st.sampled_from(["models", "api", "download", "v1", "model-versions", "resolve", "blob", "tree",
                                     "main", "refs", "pr", "1", "123", "..", ".", "%2e%2e", "%2F", "a%2Fb", "x.safetensors",
                                     "\u00b2", "\u0661\u0662", "\uff11", "-1", "1e3", "0x10", ""]),
                    st.text(alphabet=st.characters(codec="utf-8"), max_size=8))
source_urls = st.builds(
    lambda scheme, host, segs, query: f"{scheme}://{host}/" + "/".join(segs) + query,
    st.sampled_from(["https", "http"]),
    st.sampled_from(SOURCE_HOSTS + ["civitai.com.evil.org", "evil.org", "huggingface.co.evil.org",
                                    "civitai.com@evil.org", "evil.org\\@civitai.com", "evil.org%2f@hf.co"]),
    st.lists(segment, max_size=7),
    st.sampled_from(["", "?modelVersionId=5", "?modelVersionId=\u00b2", "?modelVersionId=-1", "?type=Model&fp=fp16",
                     "?modelVersionId=1&modelVersionId=2"]),
)
airs = st.builds(lambda eco, typ, m, v: f"urn:air:{eco}:{typ}:civitai:{m}{v}",
                 st.sampled_from(["sdxl", "sd1", "flux1", "x.y-z", ""]), st.sampled_from(["lora", "checkpoint", ""]),
                 st.sampled_from(["1", "123", "\u00b2", "", "-1"]), st.sampled_from(["", "@2", "@\u00b2", "@", ".safetensors"]))


def _url_host(url: str) -> str | None:
    try:
        return (URL(url.strip()).host or "").lower()
    except (ValueError, UnicodeError):
        return None


@SETTINGS
@given(st.one_of(source_urls, airs, any_text))
@example("https://civitai.com/api/download/models/\u00b2")
@example("https://civitai.com/api/v1/models/\u00b2")
@example("urn:air:sdxl:lora:civitai:1@2")
def test_civitai_parse_url_raises_only_api_errors(url):
    try:
        civitai.parse_url(url)
    except ApiError:
        pass


@SETTINGS
@given(st.one_of(source_urls, airs))
@example("https://civitai.com.evil.org/models/1")
@example("https://evil.org/civitai.com/models/1")
@example("https://civitai.com@evil.org/models/1")
def test_civitai_parse_url_only_reads_civitai(url):
    try:
        ref = civitai.parse_url(url)
    except (ApiError, ValueError):
        return  # ValueError: the strict test above
    if ref is None:
        return
    if not url.lower().startswith("urn:air:") and _url_host(url) is not None:  # ids only: the API host is fixed
        assert _url_host(url) in ("civitai.com", "www.civitai.com", "civitai.red", "www.civitai.red"), (url, ref)
    for key in ("modelId", "versionId"):
        assert ref[key] is None or (type(ref[key]) is int and ref[key] >= 0), ref
    assert ref["modelId"] is not None or ref["versionId"] is not None


@SETTINGS
@given(st.one_of(source_urls, any_text))
@example("https://huggingface.co.evil.org/a/b")
@example("https://evil.org/huggingface.co/a/b")
@example("https://huggingface.co@evil.org/a/b")
def test_huggingface_parse_url_only_reads_huggingface(url):
    try:
        ref = huggingface.parse_url(url)
    except ApiError:
        return
    if ref is None:
        return
    if _url_host(url) is not None:  # the repo goes to the configured endpoint, never to the URL's host
        assert _url_host(url) in ("huggingface.co", "www.huggingface.co", "hf.co"), (url, ref)
    assert ref["kind"] in ("repo", "tree", "file") and ref["repo"]


@SETTINGS
@given(source_urls.filter(lambda u: _url_host(u) in ("huggingface.co", "hf.co", "www.huggingface.co")))
@example("https://huggingface.co/%2e%2e/%2e%2e/resolve/main/x.safetensors")
@example("https://huggingface.co/a/b/resolve/main/..%2f..%2fx.safetensors")
@example("https://huggingface.co/a%2Fb/c/resolve/main/x.safetensors")
def test_huggingface_repo_and_path_are_plain(url):
    try:
        ref = huggingface.parse_url(url)
    except ApiError:
        return
    assume(ref is not None)
    parts = ref["repo"].split("/")
    assert 1 <= len(parts) <= 2, ref
    for seg in parts + (ref["revision"] or "x").split("/") + (ref["path"].split("/") if ref["path"] else []):
        assert seg not in ("", ".", ".."), ref
    if ref["kind"] == "file":
        built = huggingface.download_url(ref["repo"], ref["revision"] or "main", ref["path"])
        assert str(URL(built).path).startswith(f"/{ref['repo']}/resolve/"), built
