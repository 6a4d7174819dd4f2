"""The model library: what is on disk in the model folders, joined with the catalog.

A listing comes from the in-memory index (:mod:`.index`: walked once, then kept
current by directory mtimes and catalog writes): it never hashes or opens a
model. What the index finds and the catalog does not know yet (new or changed
files) is filled in by the scanner, which the listing starts in the background.

Model JSON (see ``Model`` in ``openapi.json``)::

    {"folder", "pathIndex", "relativePath", "name", "extension", "sizeBytes",
     "createdAt", "modifiedAt" (seconds since epoch), "sha256", "sha256Source",
     "autov2", "architecture", "baseModel", "rule", "hasPreview", "previewUrl",
     "description", "triggerWords", "source", "sourceIds", "scanned"}
"""

from __future__ import annotations

import json
import os
from urllib.parse import quote

from ..errors import BadRequest
from ..pacing import in_background
from .previews import IMAGE_PREVIEW_SUFFIXES, PREVIEW_SUFFIXES, find_preview
from .walk import FileEntry, is_current, is_model_file, walk_folder

#: Characters of a description carried in the listing (the detail has it all).
DESCRIPTION_SUMMARY_CHARS = 280


def move_file(src: str, dst: str) -> None:
    """Move one file so that ``dst`` is never half-written under its name.

    On one filesystem a rename (atomic). Across filesystems a copy to a hidden
    temporary name next to ``dst`` (``.<name>.moving``, skipped by the scanner),
    fsync, ``os.replace`` onto ``dst``, then the source is removed: a crash
    leaves the source intact and at most a hidden temporary file.
    """
    import errno
    import shutil

    if os.path.islink(src):
        from ..safety.fileio import move_link

        move_link(src, dst)
        return
    try:
        os.rename(src, dst)
        return
    except OSError as exc:
        if exc.errno != errno.EXDEV:
            raise
    tmp = os.path.join(os.path.dirname(dst), "." + os.path.basename(dst) + ".moving")
    try:
        with open(src, "rb") as fin, open(tmp, "wb") as fout:
            shutil.copyfileobj(fin, fout, 8 * 1024 * 1024)
            fout.flush()
            os.fsync(fout.fileno())
        shutil.copystat(src, tmp)
        os.replace(tmp, dst)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    os.unlink(src)




def model_json(entry: FileEntry, row: dict | None, url_prefix: str = "/model-manager") -> dict:
    """The API shape of one model; catalog facts only when the row is current."""
    current = is_current(entry, row)
    row = row if current else None
    name = entry.relative_path.rsplit("/", 1)[-1]
    stem, ext = os.path.splitext(name)
    path = f"{quote(entry.folder, safe='')}/{entry.path_index}/{quote(entry.relative_path)}"
    return {
        "folder": entry.folder,
        "pathIndex": entry.path_index,
        "relativePath": entry.relative_path,
        "name": stem,
        "extension": ext.lower(),
        "sizeBytes": entry.size,
        "createdAt": entry.ctime_ns / 1e9,
        "modifiedAt": entry.mtime_ns / 1e9,
        "sha256": row["sha256"] if row else None,
        "sha256Source": row["sha256_source"] if row else None,
        "autov2": row["autov2"] if row else None,
        "architecture": row["architecture"] if row else None,
        "baseModel": row["base_model"] if row else None,
        "rule": row["rule"] if row else None,
        "hasPreview": entry.has_preview,
        "previewUrl": f"{url_prefix}/preview/{path}" if entry.has_preview else None,
        "description": row["description"] if row else None,
        "triggerWords": json.loads(row["trigger_words"]) if row and row["trigger_words"] else [],
        "source": row["source"] if row else None,
        "sourceIds": json.loads(row["source_ids"]) if row and row["source_ids"] else None,
        "scanned": current,
    }


class ModelLibrary:
    """Listing, detail and edits of the models in the model folders.

    Every path goes through :meth:`ModelFolders.resolve` (containment of the path as
    given; links in it may point anywhere, writes never go through a file link). Blocking work runs on worker threads; catalog work on the
    catalog's thread.
    """

    def __init__(self, folders, catalog, scanner, settings, policy, data_dir: str):
        self.folders = folders
        self.thumbnail_dir = os.path.join(data_dir, "thumbnails")
        self.catalog = catalog
        self.scanner = scanner
        self.settings = settings
        self.policy = policy

    #: The in-memory listing index (:class:`.index.LibraryIndex`), set by the services.
    index = None

    async def snapshot(self, folder_name: str):
        """The current listing of ``folder_name`` (:class:`.index.Snapshot`: Model JSON
        pieces sorted by path index, then ``relativePath`` case-folded; an ETag).

        Starts a background ``diff`` scan of the folder when some files are not
        in the catalog yet (setting ``autoScan``). Raises :class:`BadRequest` for
        an unknown folder.
        """
        snap = await self.index.snapshot(folder_name)
        if snap.stale and self.settings.get("autoScan"):
            await self.scanner.start(snap.folder, "diff")
        return snap

    async def list(self, folder_name: str) -> list[dict]:
        """Every model of ``folder_name`` (all roots, recursive) as Model JSON (see :meth:`snapshot`)."""
        return json.loads(await self.list_body(folder_name))["data"]

    async def list_body(self, folder_name: str) -> bytes:
        """:meth:`list` as the encoded success envelope (``total`` beside ``data``)."""
        import asyncio

        return await in_background((await self.snapshot(folder_name)).body)

    async def missing(self, models: object) -> list[dict]:
        """Which models a workflow names are not on disk.

        ``models``: ``[{"name": "sub/x.safetensors", "directory": "loras", "url"?,
        "hash"?, "hash_type"?}]`` (ComfyUI's workflow ``models`` entries). Returns
        each entry with ``folder`` (legacy names mapped), ``missing`` (bool),
        ``foundAt`` (a model with the same SHA-256 elsewhere, or null), ``allowed``
        (the URL passes the download policy) and ``reason`` (why not, or null).
        """
        import asyncio

        from ..errors import ApiError
        from ..safety.folders import check_relative_path
        from ..hosts.base import LEGACY_NAMES

        if not isinstance(models, list) or len(models) > 1000:
            raise BadRequest("models must be a list of at most 1000 {name, directory, url} objects")
        known = {f.name: f for f in self.folders.all()}
        out = []
        for item in models:
            if not isinstance(item, dict):
                raise BadRequest("each model must be an object with name and directory")
            result = {**{k: item.get(k) for k in ("name", "url", "directory", "hash", "hash_type")},
                      "folder": None, "missing": True, "foundAt": None, "allowed": False, "reason": None}
            directory = item.get("directory")
            folder = known.get(LEGACY_NAMES.get(directory, directory)) if isinstance(directory, str) else None
            if folder is None:
                result["reason"] = f"unknown model folder: {directory!r}"
                out.append(result)
                continue
            result["folder"] = folder.name
            try:
                rel = check_relative_path(item.get("name"), "name", allow_empty=False)
            except ApiError as exc:
                result["reason"] = str(exc)
                out.append(result)
                continue
            paths = [os.path.join(root, *rel.split("/")) for root in folder.roots]
            exists = await in_background(lambda: any(os.path.isfile(p) for p in paths))
            result["missing"] = not exists
            sha = item.get("hash") if item.get("hash_type", "sha256") in (None, "sha256") else None
            if result["missing"] and isinstance(sha, str) and len(sha) == 64:
                rows = await self.catalog.call(self.catalog.models_by_sha256, sha.lower())
                if rows:
                    r = rows[0]
                    result["foundAt"] = {"folder": r["folder"], "pathIndex": r["path_index"],
                                         "relativePath": r["relative_path"]}
            if result["missing"]:
                try:
                    self.policy.check_download_url(item.get("url"))
                    result["allowed"] = True
                except ApiError as exc:
                    result["reason"] = str(exc)
            out.append(result)
        return out


    # -- one model: detail and edits ------------------------------------------
    async def locate(self, folder: str, path_index: object, relative: object) -> str:
        """The absolute path of an existing model file; :class:`NotFound` when there is none.

        Raises :class:`BadRequest` / :class:`Forbidden` for paths that are not
        plain relative paths inside the folder's root (as given; links followed for reading).
        """
        import asyncio

        from ..errors import NotFound

        path = self.folders.resolve(folder, path_index, relative, "relativePath")
        name = os.path.basename(path)
        if not is_model_file(name):
            raise BadRequest(f"not a model file: {name!r}")
        if not await in_background(os.path.isfile, path):
            raise NotFound(f"no model {folder}/{relative}")
        return path

    async def entry(self, folder: str, path_index: int, relative: str) -> tuple[str, FileEntry, dict | None]:
        """``(path, FileEntry, catalog row)`` of an existing model."""
        import asyncio

        path = await self.locate(folder, path_index, relative)

        def stat_entry() -> FileEntry:
            s = os.stat(path)
            names = set(os.listdir(os.path.dirname(path)))
            stem = os.path.splitext(os.path.basename(path))[0]
            has_preview = any(stem + suffix in names for suffix in PREVIEW_SUFFIXES)
            created = getattr(s, "st_birthtime_ns", None) or s.st_ctime_ns
            return FileEntry(folder, path_index, relative, s.st_size, s.st_mtime_ns, created, s.st_ino, has_preview)

        entry = await in_background(stat_entry)
        row = await self.catalog.call(self.catalog.get_model, folder, path_index, relative)
        return path, entry, row

    async def detail(self, folder: str, path_index: int, relative: str) -> dict:
        """Everything known about one model: Model JSON plus ``metadata`` (the safetensors
        ``__metadata__``), ``headerError``, ``descriptionText`` / ``descriptionFormat`` /
        ``descriptionHtml`` (rendered and sanitized), ``sidecars`` (file names),
        ``links`` (source pages) and how the file is reached (``isLink`` /
        ``linkTarget``: the path is a symbolic link and where it points;
        ``inLinkedFolder`` / ``linkedFolderTarget``: a folder on the way is one)."""
        import asyncio

        from ..safety.folders import link_info
        from .sidecars import sidecar_paths

        path, entry, row = await self.entry(folder, path_index, relative)

        def read() -> dict:
            from .descriptions import read_description, render_description
            from .header import HeaderError, header_metadata, read_safetensors_header

            extra: dict = {"metadata": None, "headerError": None}
            if path.lower().endswith((".safetensors", ".sft")):
                try:
                    extra["metadata"] = header_metadata(read_safetensors_header(path))
                except (HeaderError, OSError) as exc:
                    extra["headerError"] = str(exc)
            desc = read_description(path)
            extra["descriptionText"] = desc.text if desc else None
            extra["descriptionFormat"] = desc.format if desc else None
            extra["descriptionHtml"] = render_description(desc) if desc else None
            extra["sidecars"] = [os.path.basename(p) for p in sidecar_paths(path)]
            extra.update(link_info(self.folders.root(folder, path_index), path).to_json())
            return extra

        out = model_json(entry, row)
        out.update(await in_background(read))
        links = []
        ids = out.get("sourceIds") or {}
        if out.get("source") == "civitai" and ids.get("modelId"):
            link = f"https://civitai.com/models/{ids['modelId']}"
            links.append(link + (f"?modelVersionId={ids['versionId']}" if ids.get("versionId") else ""))
        if out.get("source") == "huggingface" and ids.get("repo"):
            links.append(f"https://huggingface.co/{ids['repo']}")
        out["links"] = links
        return out

    async def set_description(self, folder: str, path_index: int, relative: str, text: object) -> None:
        """Store the Markdown description as ``<name>.md`` (empty or null deletes it)."""
        import asyncio

        from .descriptions import write_description

        if text is not None and not isinstance(text, str):
            raise BadRequest("description must be a string (Markdown) or null")
        path = await self.locate(folder, path_index, relative)
        try:
            await in_background(write_description, path, text or "")
        except ValueError as exc:
            raise BadRequest(str(exc))
        summary = (text or "").strip()[:DESCRIPTION_SUMMARY_CHARS] or None
        await self.catalog.call(self.catalog.update_model, (folder, path_index, relative), {"description": summary})

    async def set_preview(self, folder: str, path_index: int, relative: str, data: bytes) -> None:
        """Validate an image and store it as ``<name>.preview.webp`` (Pillow; metadata stripped)."""
        import asyncio

        from .previews import PreviewError, store_preview

        path = await self.locate(folder, path_index, relative)
        try:
            await in_background(store_preview, path, data)
        except PreviewError as exc:
            raise BadRequest(str(exc))

    async def fetch_preview(self, url: object, max_bytes: int = 20 * 1024 * 1024) -> bytes:
        """Download an image from an allowed host (same policy as downloads), at most ``max_bytes``."""
        import aiohttp

        url = self.policy.check_download_url(url)
        timeout = aiohttp.ClientTimeout(total=60)
        try:
            async with aiohttp.ClientSession(timeout=timeout) as session:
                async with session.get(url, headers=self.policy.auth_headers(url), allow_redirects=False) as resp:
                    if resp.status != 200:
                        raise BadRequest(f"the preview URL answered HTTP {resp.status}")
                    data = await resp.content.read(max_bytes + 1)
        except aiohttp.ClientError as exc:
            raise BadRequest(f"cannot fetch the preview: {exc}")
        if len(data) > max_bytes:
            raise BadRequest(f"the preview is larger than {max_bytes} bytes")
        return data

    async def remove_preview(self, folder: str, path_index: int, relative: str) -> None:
        """Delete the model's image previews (``<name>.preview.*`` and ``<name>.<image ext>``)."""
        import asyncio

        path = await self.locate(folder, path_index, relative)
        stem = os.path.splitext(path)[0]

        def remove() -> None:
            for suffix in IMAGE_PREVIEW_SUFFIXES:
                p = stem + suffix
                if p != path and (os.path.islink(p) or os.path.isfile(p)):
                    os.unlink(p)  # a link is removed, its target never

        await in_background(remove)

    async def preview_file(self, folder: str, path_index: int, relative: str) -> str | None:
        """The model's preview file (image or video), or None."""
        import asyncio

        return await in_background(find_preview, await self.locate(folder, path_index, relative))

    async def move(self, folder: str, path_index: int, relative: str, body: dict) -> dict:
        """Rename and/or move a model with its sidecars.

        ``body``: ``{"filename"?: str, "folder"?: str, "pathIndex"?: int, "subfolder"?: str}``
        (missing keys keep the current value). The extension cannot change. Raises
        :class:`Conflict` when the target or one of its sidecars exists. Returns the
        moved model's JSON.
        """
        import asyncio

        from ..errors import Conflict
        from ..safety.folders import check_name, check_relative_path
        from .sidecars import sidecar_paths

        src = await self.locate(folder, path_index, relative)
        cur_sub, _, cur_name = relative.rpartition("/")
        new_folder = body.get("folder", folder)
        new_index = body.get("pathIndex", path_index if new_folder == folder else 0)
        new_sub = check_relative_path(body.get("subfolder", cur_sub), "subfolder")
        new_name = check_name(body.get("filename", cur_name), "filename")
        if os.path.splitext(new_name)[1].lower() != os.path.splitext(cur_name)[1].lower():
            raise BadRequest("rename keeps the extension: the file format does not change with its name")
        new_rel = f"{new_sub}/{new_name}" if new_sub else new_name
        dst = self.folders.resolve(new_folder, new_index, new_rel, "filename")
        if (new_folder, new_index, new_rel) == (folder, path_index, relative):
            raise BadRequest("the model is already there")

        def do_move() -> None:
            src_stem, dst_stem = os.path.splitext(src)[0], os.path.splitext(dst)[0]
            pairs = [(src, dst)] + [(p, dst_stem + p[len(src_stem):]) for p in sidecar_paths(src)]
            for _, target in pairs:
                if os.path.lexists(target):
                    raise Conflict(f"{os.path.basename(target)} already exists there")
            os.makedirs(os.path.dirname(dst), exist_ok=True)
            for source, target in pairs:
                move_file(source, target)

        await in_background(do_move)
        await self.catalog.call(self.catalog.move_model, (folder, path_index, relative),
                                (new_folder, new_index, new_rel))
        _, entry, row = await self.entry(new_folder, new_index, new_rel)
        return model_json(entry, row)

    async def delete(self, folder: str, path_index: int, relative: str) -> list[str]:
        """Delete a model and its sidecars (nothing else); returns the deleted file names.

        A model that is a symbolic link loses the link only; its target stays. A model
        inside a linked folder is a real file there and is deleted (see
        :mod:`..safety.folders`)."""
        import asyncio

        from .sidecars import sidecar_paths

        path = await self.locate(folder, path_index, relative)

        def remove() -> list[str]:
            files = [path] + sidecar_paths(path)
            for p in files:
                os.unlink(p)
            return [os.path.basename(p) for p in files]

        removed = await in_background(remove)
        await self.catalog.call(self.catalog.delete_models, [(folder, path_index, relative)])
        return removed
