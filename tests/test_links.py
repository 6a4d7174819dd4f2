"""Symbolic links in the model folders (docs/links.md): listed, read through, edited and
deleted as links; a model inside a linked folder is a real file there.

Layout made by the ``linked`` fixture (``nas`` is outside the models folder)::

    models/loras/a.safetensors      -> nas/single/a.safetensors   (absolute link)
    models/loras/sub/r.safetensors  -> ../../../nas/single/r.safetensors (relative link)
    models/loras/shelf              -> nas/shelf/                 (a linked folder)
    models/loras/loop               -> models/loras               (a folder loop)
    models/loras/self.safetensors   -> self.safetensors           (a link loop)
    models/loras/gone.safetensors   -> nas/missing.safetensors    (dangling)
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import pytest

from comfyui_model_manager.library.descriptions import write_description
from comfyui_model_manager.library.previews import store_preview
from comfyui_model_manager.library.sidecars import write_metadata
from comfyui_model_manager.safety.fileio import move_link, write_atomic
from comfyui_model_manager.safety.folders import ModelFolders, link_info
from test_library import list_models, lora_file, wait_scan
from test_model_edits import png_bytes

BASE = "/model-manager/model/loras/0"


def digests(path: Path) -> dict[str, str]:
    """SHA-256 of every regular file below ``path`` (links not followed; not SQLite's ``-shm``
    index, whose reader marks every catalog read moves — the lease loop polls every beat)."""
    out = {}
    for root, _dirs, files in os.walk(path):
        for f in files:
            p = os.path.join(root, f)
            if not os.path.islink(p) and not f.endswith("-shm"):
                out[os.path.relpath(p, path)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return out


@pytest.fixture
async def linked(mm, tmp_path):
    await mm.setting("autoScan", False)
    nas = tmp_path / "nas"
    loras = mm.models_dir / "loras"
    lora_file(nas / "single" / "a.safetensors", 1)
    lora_file(nas / "single" / "r.safetensors", 2)
    lora_file(nas / "shelf" / "b.safetensors", 3)
    (nas / "single" / "victim.md").write_text("the NAS's own notes")
    (loras / "sub").mkdir(parents=True)
    os.symlink(nas / "single" / "a.safetensors", loras / "a.safetensors")
    os.symlink("../../../nas/single/r.safetensors", loras / "sub" / "r.safetensors")
    os.symlink(nas / "shelf", loras / "shelf", target_is_directory=True)
    os.symlink(loras, loras / "loop", target_is_directory=True)
    os.symlink("self.safetensors", loras / "self.safetensors")
    os.symlink(nas / "missing.safetensors", loras / "gone.safetensors")
    assert (loras / "sub" / "r.safetensors").read_bytes() == (nas / "single" / "r.safetensors").read_bytes()
    mm.nas = nas
    return mm


async def test_links_are_listed_scanned_and_read(linked):
    nas, loras = linked.nas, linked.models_dir / "loras"
    models = await list_models(linked)
    # the loop is walked once, the dangling link and the link loop are not models
    assert set(models) == {"a.safetensors", "sub/r.safetensors", "shelf/b.safetensors"}
    await linked.call("POST", "/model-manager/scan", json={"folder": "loras"}, expect=202)
    scan = await wait_scan(linked)
    assert scan["status"] == "completed" and scan["results"]["errors"] == 0
    models = await list_models(linked)
    for rel, real in (("a.safetensors", "single/a.safetensors"), ("sub/r.safetensors", "single/r.safetensors"),
                      ("shelf/b.safetensors", "shelf/b.safetensors")):
        assert models[rel]["sha256"] == hashlib.sha256((nas / real).read_bytes()).hexdigest(), rel
        assert models[rel]["architecture"] == "lora"

    _, body = await linked.call("GET", f"{BASE}/a.safetensors", expect=200)
    d = body["data"]
    assert d["isLink"] is True and d["linkTarget"] == str(nas / "single" / "a.safetensors")
    assert d["inLinkedFolder"] is False and d["metadata"]["ss_network_module"] == "networks.lora"
    _, body = await linked.call("GET", f"{BASE}/shelf/b.safetensors", expect=200)
    d = body["data"]
    assert d["isLink"] is False and d["inLinkedFolder"] is True
    assert d["linkedFolderTarget"] == str(nas / "shelf")
    _, body = await linked.call("GET", f"/model-manager/model/checkpoints/0/nope.safetensors", expect=404)
    for rel in ("gone.safetensors", "self.safetensors"):
        await linked.call("GET", f"{BASE}/{rel}", expect=404)
        await linked.call("DELETE", f"{BASE}/{rel}", expect=404)
    assert os.path.islink(loras / "gone.safetensors") and os.path.islink(loras / "self.safetensors")


async def test_edits_of_a_linked_file_stay_next_to_the_link(linked):
    nas, loras = linked.nas, linked.models_dir / "loras"
    before = digests(nas)
    await linked.call("PUT", f"{BASE}/a.safetensors", json={"description": "# linked"}, expect=200)
    assert (loras / "a.md").read_text() == "# linked" and not os.path.islink(loras / "a.md")
    _, body = await linked.call("PUT", "/model-manager/preview/loras/0/a.safetensors", data=png_bytes(),
                                headers={"Content-Type": "image/png"}, expect=200)
    assert body["data"]["hasPreview"] is True
    assert (loras / "a.preview.webp").is_file() and not os.path.islink(loras / "a.preview.webp")
    resp = await linked.client.get("/model-manager/preview/loras/0/a.safetensors")
    assert resp.status == 200 and resp.content_type == "image/webp"
    assert digests(nas) == before  # nothing was written beside the target


async def test_a_sidecar_that_is_a_link_is_replaced_not_written_through(linked):
    nas, loras = linked.nas, linked.models_dir / "loras"
    os.symlink(nas / "single" / "victim.md", loras / "a.md")
    os.symlink(nas / "single" / "victim.md", loras / "a.preview.webp")
    before = digests(nas)
    # a linked sidecar is never read as the model's description
    _, body = await linked.call("GET", f"{BASE}/a.safetensors", expect=200)
    assert body["data"]["descriptionText"] is None and "a.md" in body["data"]["sidecars"]
    await linked.call("PUT", f"{BASE}/a.safetensors", json={"description": "mine"}, expect=200)
    assert not os.path.islink(loras / "a.md") and (loras / "a.md").read_text() == "mine"
    await linked.call("PUT", "/model-manager/preview/loras/0/a.safetensors", data=png_bytes(),
                      headers={"Content-Type": "image/png"}, expect=200)
    assert not os.path.islink(loras / "a.preview.webp")
    assert digests(nas) == before
    assert (nas / "single" / "victim.md").read_text() == "the NAS's own notes"


def test_sidecar_readers_never_follow_links_nor_wait_on_a_fifo(tmp_path):
    """A scan reads sidecars with O_NOFOLLOW: a linked ``.civitai.info`` / ``.sha256`` / ``.md``
    could name any file on the machine (its facts would land in the catalog); a FIFO named like
    a sidecar must not hang the scan. Same answers with and without the directory listing."""
    from comfyui_model_manager.library.fileinfo import inspect_file
    from comfyui_model_manager.library.sidecars import read_sidecars
    from comfyui_model_manager.library.walk import FileEntry

    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "info.json").write_text('{"id": 9, "modelId": 8, "baseModel": "Leaked", "trainedWords": ["x"]}')
    (elsewhere / "digest").write_text("a" * 64)
    (elsewhere / "notes.md").write_text("not this model's words")
    model = tmp_path / "m" / "x.safetensors"
    lora_file(model, 1)
    stem = str(model)[:-len(".safetensors")]
    os.symlink(elsewhere / "info.json", stem + ".civitai.info")
    os.symlink(elsewhere / "digest", stem + ".sha256")
    os.symlink(elsewhere / "notes.md", stem + ".md")
    os.mkfifo(stem + ".metadata.json")
    names = frozenset(os.listdir(model.parent))
    assert read_sidecars(str(model)) == {} == read_sidecars(str(model), names)
    st = os.stat(model)
    entry = FileEntry("loras", 0, "x.safetensors", st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino, False)
    for listing in (None, names):
        row = inspect_file(str(model), entry, None, False, siblings=listing)
        assert row["description"] is None and row["sha256"] is None and row["base_model"] != "Leaked", row
    # the same sidecars as regular files are read, listed or not
    for name in ("x.civitai.info", "x.sha256", "x.md", "x.metadata.json"):
        os.unlink(model.parent / name)
    (model.parent / "x.civitai.info").write_text((elsewhere / "info.json").read_text())
    (model.parent / "x.md").write_text("own words")
    names = frozenset(os.listdir(model.parent))
    for listing in (None, names):
        row = inspect_file(str(model), entry, None, False, siblings=listing)
        assert row["description"] == "own words" and row["source"] == "civitai", row
    # a long description (over the 2 MB sidecar bound) still gives its summary: only its start is read
    (model.parent / "x.md").write_text("long words " + "x" * (3 << 20))
    row = inspect_file(str(model), entry, None, False, siblings=names)
    assert row["description"].startswith("long words xxx"), row["description"][:40]


def test_sidecar_writers_never_follow_links(tmp_path):
    victim = tmp_path / "victim"
    victim.write_bytes(b"precious")
    model = tmp_path / "m" / "x.safetensors"
    lora_file(model, 1)
    for suffix in (".metadata.json", ".md", ".preview.webp"):
        os.symlink(victim, str(model)[:-len(".safetensors")] + suffix)
    os.symlink(tmp_path / "nowhere", tmp_path / "m" / "dangling.bin")
    write_metadata(str(model), {"sha256": "0" * 64})
    write_description(str(model), "text")
    store_preview(str(model), png_bytes())
    write_atomic(str(tmp_path / "m" / "dangling.bin"), b"new")
    assert victim.read_bytes() == b"precious" and not (tmp_path / "nowhere").exists()
    for name in ("x.metadata.json", "x.md", "x.preview.webp", "dangling.bin"):
        assert not os.path.islink(tmp_path / "m" / name), name
    assert sorted(n for n in os.listdir(tmp_path / "m") if n.endswith(".tmp")) == []
    # the blank description deletes the file (and only a link, were it one)
    os.unlink(tmp_path / "m" / "x.md")
    os.symlink(victim, tmp_path / "m" / "x.md")
    write_description(str(model), "")
    assert not os.path.lexists(tmp_path / "m" / "x.md") and victim.read_bytes() == b"precious"


async def test_rename_and_move_move_the_link(linked):
    nas, loras = linked.nas, linked.models_dir / "loras"
    before = digests(nas)
    a_bytes = (nas / "single" / "a.safetensors").read_bytes()
    r_bytes = (nas / "single" / "r.safetensors").read_bytes()
    (loras / "a.md").write_text("notes beside the link")
    await linked.call("PUT", f"{BASE}/a.safetensors", json={"filename": "a2.safetensors"}, expect=200)
    assert os.path.islink(loras / "a2.safetensors") and not os.path.lexists(loras / "a.safetensors")
    assert os.readlink(loras / "a2.safetensors") == str(nas / "single" / "a.safetensors")
    assert (loras / "a2.md").read_text() == "notes beside the link"
    # a relative link moved to another directory still names the same file
    _, body = await linked.call("PUT", f"{BASE}/sub/r.safetensors", json={"subfolder": "deeper/still"}, expect=200)
    moved = loras / "deeper" / "still" / "r.safetensors"
    assert body["data"]["relativePath"] == "deeper/still/r.safetensors"
    assert os.path.islink(moved) and not os.path.isabs(os.readlink(moved))
    assert moved.read_bytes() == r_bytes
    # ... also into the linked folder and back out
    await linked.call("PUT", f"{BASE}/deeper/still/r.safetensors", json={"subfolder": "shelf"}, expect=200)
    assert os.path.islink(nas / "shelf" / "r.safetensors")
    assert (loras / "shelf" / "r.safetensors").read_bytes() == r_bytes
    await linked.call("PUT", f"{BASE}/shelf/r.safetensors", json={"subfolder": ""}, expect=200)
    assert (loras / "r.safetensors").read_bytes() == r_bytes and os.path.islink(loras / "r.safetensors")
    assert (nas / "single" / "a.safetensors").read_bytes() == a_bytes
    assert digests(nas) == before
    # a move onto an existing link is a conflict, nothing changes
    os.symlink(nas / "single" / "a.safetensors", loras / "taken.safetensors")
    await linked.call("PUT", f"{BASE}/a2.safetensors", json={"filename": "taken.safetensors"}, expect=409)
    assert os.path.islink(loras / "a2.safetensors")


async def test_delete_removes_the_link_and_deletes_in_a_linked_folder(linked):
    nas, loras = linked.nas, linked.models_dir / "loras"
    (loras / "a.md").write_text("notes")
    os.symlink(nas / "single" / "victim.md", loras / "a.txt")  # a linked sidecar goes as a link
    before = digests(nas)
    _, body = await linked.call("DELETE", f"{BASE}/a.safetensors", expect=200)
    assert sorted(body["data"]["deleted"]) == ["a.md", "a.safetensors", "a.txt"]
    assert not os.path.lexists(loras / "a.safetensors") and not os.path.lexists(loras / "a.txt")
    assert digests(nas) == before  # the targets are byte-identical
    # a model inside a linked folder is a real file there: deleted for real
    _, body = await linked.call("DELETE", f"{BASE}/shelf/b.safetensors", expect=200)
    assert not (nas / "shelf" / "b.safetensors").exists()
    assert os.path.islink(loras / "shelf") and (nas / "shelf").is_dir()
    assert set(await list_models(linked)) == {"sub/r.safetensors"}


@pytest.mark.parametrize("rel", [
    "shelf/../a.safetensors", "shelf/../../secret.safetensors", "shelf/..%2F..%2Fsecret.safetensors",
    "shelf/%2E%2E/%2E%2E/secret.safetensors", "shelf/./b.safetensors", "shelf/%EF%BC%8E%EF%BC%8E/secret.safetensors",
    "loop/../../secret.safetensors", "shelf%5C..%5C..%5Csecret.safetensors",
])
async def test_dot_dot_through_a_linked_folder_is_refused(linked, rel):
    """Sent as raw bytes (``encoded=True``: the client must not normalise the ``..``
    away), the kernel would take ``shelf/..`` to the NAS's parent, not the root."""
    from urllib.parse import unquote

    from yarl import URL

    secret = linked.models_dir.parent / "secret.safetensors"
    secret.write_bytes(b"outside")
    (linked.nas / "a.safetensors").write_bytes(b"the NAS's parent")
    before = digests(linked.nas.parent)
    raw = lambda path: URL(str(linked.client.make_url("")).rstrip("/") + path, encoded=True)  # noqa: E731
    for method, path, kwargs in [
        ("GET", f"{BASE}/{rel}", {}),
        ("PUT", f"{BASE}/{rel}", {"json": {"description": "x"}}),
        ("DELETE", f"{BASE}/{rel}", {}),
        ("PUT", f"/model-manager/preview/loras/0/{rel}", {"data": png_bytes(), "headers": {"Content-Type": "image/png"}}),
        ("GET", f"/model-manager/preview/loras/0/{rel}", {}),
    ]:
        resp = await linked.client.session.request(method, raw(path), **kwargs)
        assert resp.status in (400, 403), (method, path, resp.status)
    sub = unquote(rel).rsplit("/", 1)[0]
    resp = await linked.client.put(f"{BASE}/shelf/b.safetensors", json={"subfolder": sub})
    assert resp.status in (400, 403), (sub, resp.status)
    assert digests(linked.nas.parent) == before


def test_link_info_and_resolve_keep_the_given_name(tmp_path):
    root = tmp_path / "root"
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "x.safetensors").write_bytes(b"x")
    root.mkdir()
    os.symlink(tmp_path / "out", root / "dir")
    os.symlink(tmp_path / "out" / "x.safetensors", root / "x.safetensors")
    folders = ModelFolders(lambda: {"loras": ([str(root)], {".safetensors"})})
    assert folders.resolve("loras", 0, "dir/x.safetensors") == str(root / "dir" / "x.safetensors")
    info = link_info(str(root), folders.resolve("loras", 0, "x.safetensors"))
    assert info.is_link and not info.in_linked_folder and info.target == str(tmp_path / "out" / "x.safetensors")
    info = link_info(str(root), folders.resolve("loras", 0, "dir/x.safetensors"))
    assert not info.is_link and info.in_linked_folder and info.folder_target == str(tmp_path / "out")


def test_move_link_keeps_relative_targets_pointing_at_the_same_file(tmp_path):
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "f").write_bytes(b"target")
    (tmp_path / "a" / "b").mkdir(parents=True)
    os.symlink("../t/f", tmp_path / "a" / "l")
    move_link(str(tmp_path / "a" / "l"), str(tmp_path / "a" / "b" / "l2"))
    assert os.readlink(tmp_path / "a" / "b" / "l2") == "../../t/f"
    assert (tmp_path / "a" / "b" / "l2").read_bytes() == b"target"
    move_link(str(tmp_path / "a" / "b" / "l2"), str(tmp_path / "a" / "b" / "l3"))  # same dir: a rename
    assert os.readlink(tmp_path / "a" / "b" / "l3") == "../../t/f"
    os.symlink("x", tmp_path / "a" / "taken")
    with pytest.raises(FileExistsError):
        move_link(str(tmp_path / "a" / "b" / "l3"), str(tmp_path / "a" / "taken"))
    assert (tmp_path / "t" / "f").read_bytes() == b"target"
