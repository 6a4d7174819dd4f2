"""Library health: duplicates, broken files, unidentified and unused models — and the
actions that fix them (delete chosen duplicate copies, re-download a broken model,
identify on Civitai).

The report (``LibraryHealth`` in ``openapi.json``) is built from one walk of every
model folder plus the catalog, on worker threads (never on the event loop):

- **duplicates**: models whose *computed* SHA-256 is the same under several paths
  (a hash seeded from a sidecar is not trusted for a delete). Paths that reach the
  same file (a link to it, a hard link) are one copy; ``freeableBytes`` is what
  deleting every copy but one frees.
- **broken**: a zero-size model file; a safetensors file whose header is truncated
  or unreadable, or whose ``data_offsets`` do not add up to the file size
  (:func:`.header.safetensors_size_problem`); a link that points nowhere; a
  ``.part`` file older than :data:`STALE_PART_SECONDS` that no download task owns.
- **unidentified**: no source in the catalog and no metadata sidecar; ``civitaiChecked``
  says Civitai was asked by hash and did not know it.
- **unused**: no saved workflow names it (:mod:`.usage`); only when the host has
  workflow directories.

Header checks are remembered per ``(path, size, mtime_ns)``, so a second report
reads only what changed.
"""

from __future__ import annotations

import asyncio
import os
import time

from ..errors import ApiError, BadRequest, Conflict, NotFound
from ..safety.folders import PART_SUFFIX, link_info
from ..pacing import in_background
from .header import safetensors_size_problem
from .sidecars import SIDECAR_SUFFIXES
from .usage import scan_workflows
from .walk import FileEntry, directories, is_current, is_model_file, walk_folder

#: A ``.part`` untouched this long with no task is reported as broken.
STALE_PART_SECONDS = 24 * 3600
#: Sidecars that say where a model comes from (descriptions and previews do not).
SOURCE_SIDECARS = (".metadata.json", ".civitai.info", ".cm-info.json")
_SAFETENSORS = (".safetensors", ".sft")


def ref(entry_or_row) -> dict:
    """``{"folder", "pathIndex", "relativePath"}`` of a FileEntry or a catalog row."""
    if isinstance(entry_or_row, FileEntry):
        return {"folder": entry_or_row.folder, "pathIndex": entry_or_row.path_index,
                "relativePath": entry_or_row.relative_path}
    return {"folder": entry_or_row["folder"], "pathIndex": entry_or_row["path_index"],
            "relativePath": entry_or_row["relative_path"]}


def problem_kind(detail: str) -> str:
    """``truncated`` (the file ends before its header or its data do), ``size_mismatch``
    (more bytes than the header describes) or ``header`` (unreadable header), from a
    :func:`.header.safetensors_size_problem` message."""
    import re

    m = re.search(r"describes (\d+) bytes but the file has (\d+)", detail)
    if m:
        return "truncated" if int(m.group(2)) < int(m.group(1)) else "size_mismatch"
    if any(w in detail for w in ("runs past the end", "truncated", "shorter than")):
        return "truncated"
    return "header"


def _extras(root: str) -> tuple[list[str], list[str]]:
    """``(.part files, dangling model links)`` below ``root``, as '/'-separated relative
    paths (folder links followed, each directory once)."""
    parts, dangling = [], []
    for prefix, entries in directories(root):
        for e in entries:
            try:
                if e.name.endswith(PART_SUFFIX) and e.is_file():
                    parts.append(prefix + e.name)
                elif e.is_symlink() and is_model_file(e.name) and not os.path.exists(e.path):
                    dangling.append(prefix + e.name)
            except OSError:
                continue
    return parts, dangling


def model_key(folders, item: object) -> tuple[str, int, str]:
    """``(folder, pathIndex, relativePath)`` of a client-given ModelRef, validated like any
    path (:meth:`ModelFolders.resolve`); :class:`BadRequest` / :class:`Forbidden` otherwise."""
    if not isinstance(item, dict):
        raise BadRequest("a model is {folder, pathIndex, relativePath}")
    key = (item.get("folder"), item.get("pathIndex", 0), item.get("relativePath"))
    folders.resolve(*key, "relativePath")
    return key


class LibraryHealth:
    """Builds the health report and runs its actions (see module docstring)."""

    def __init__(self, folders, catalog, library, scanner, downloads, workflow_dirs=lambda: []):
        self.folders = folders
        self.catalog = catalog
        self.library = library
        self.scanner = scanner
        self.downloads = downloads
        self.workflow_dirs = workflow_dirs
        self._header_cache: dict[str, tuple[int, int, str | None]] = {}
        self._lock = asyncio.Lock()

    # -- the report -----------------------------------------------------------
    async def report(self) -> dict:
        """The LibraryHealth JSON. Concurrent calls share one computation."""
        async with self._lock:
            folders = self.folders.all()
            rows = await self.catalog.call(self.catalog.load_models, None)
            by_key = {(r["folder"], r["path_index"], r["relative_path"]): r for r in rows}
            part_owners, task_urls = self._task_facts()
            base = await in_background(self._scan_disk, folders, by_key, part_owners, task_urls)
            shas = sorted({item["sha256"] for item in base["unidentified"] if item["sha256"]})
            misses = await self.catalog.call(self._civitai_misses, shas)
            for item in base["unidentified"]:
                item["civitaiChecked"] = item["sha256"] in misses
            return base

    def _task_facts(self) -> tuple[set[str], dict[tuple, str]]:
        """``(.part paths owned by a download task, {(folder, index, path): task URL})``."""
        owners, urls = set(), {}
        for task in self.downloads.list():
            if not task["relativePath"]:
                continue
            key = (task["folder"], task["pathIndex"], task["relativePath"])
            urls.setdefault(key, task["url"])
            try:
                owners.add(self.folders.resolve(*key) + PART_SUFFIX)
            except ApiError:  # a task of a folder that went away
                continue
        return owners, urls

    def _civitai_misses(self, shas: list[str]) -> set[str]:
        """(catalog thread) The hashes Civitai was asked about and did not know."""
        out = set()
        for sha in shas:
            hit = self.catalog.get_hash_lookup("civitai", sha)
            if hit is not None and hit["data"] is None:
                out.add(sha)
        return out

    def _header_problem(self, path: str, size: int, mtime_ns: int) -> str | None:
        cached = self._header_cache.get(path)
        if cached and cached[:2] == (size, mtime_ns):
            return cached[2]
        problem = safetensors_size_problem(path)
        self._header_cache[path] = (size, mtime_ns, problem)
        return problem

    def _scan_disk(self, folders, by_key: dict, part_owners: set[str], task_urls: dict) -> dict:
        """(worker thread) Everything but the catalog lookups of the report."""
        now = time.time()
        workflow_dirs = list(self.workflow_dirs())
        names = scan_workflows(workflow_dirs) if workflow_dirs else None
        broken, unidentified, unused = [], [], []
        groups: dict[str, list[tuple[FileEntry, str]]] = {}
        files = hashed = 0
        live: set[str] = set()
        for folder in folders:
            for entry in walk_folder(folder):
                files += 1
                root = folder.roots[entry.path_index]
                path = os.path.join(root, *entry.relative_path.split("/"))
                live.add(path)
                row = by_key.get(entry.key)
                row = row if is_current(entry, row) else None
                item = {**ref(entry), "sizeBytes": entry.size}
                problem = None
                if entry.size == 0:
                    problem = ("empty", "the file is empty (0 bytes)")
                elif path.lower().endswith(_SAFETENSORS):
                    detail = self._header_problem(path, entry.size, entry.mtime_ns)
                    if detail:
                        problem = (problem_kind(detail), detail)
                if problem:
                    source_url = self._source_url(path, row, task_urls.get(entry.key))
                    broken.append({**item, "kind": problem[0], "detail": problem[1],
                                   "source": row["source"] if row else None, "canRedownload": source_url is not None})
                if row and row["sha256"]:
                    hashed += 1
                    if row["sha256_source"] == "computed" and not problem:
                        groups.setdefault(row["sha256"], []).append((entry, path))
                stem = os.path.splitext(path)[0]
                if not (row and row["source"]) and not any(os.path.isfile(stem + s) for s in SOURCE_SIDECARS):
                    unidentified.append({**item, "sha256": row["sha256"] if row else None})
                if names is not None and not names.uses(entry.relative_path):
                    unused.append(item)
            for index, root in enumerate(folder.roots):
                parts, dangling = _extras(root)
                for rel in parts:
                    p = os.path.join(root, *rel.split("/"))
                    try:
                        st = os.stat(p)
                    except OSError:
                        continue
                    if p not in part_owners and now - st.st_mtime > STALE_PART_SECONDS:
                        broken.append({"folder": folder.name, "pathIndex": index, "relativePath": rel,
                                       "sizeBytes": st.st_size, "kind": "stale_part", "canRedownload": False,
                                       "detail": f"an unfinished download, untouched for {int((now - st.st_mtime) // 3600)} h, with no task",
                                       "source": None})
                for rel in dangling:
                    p = os.path.join(root, *rel.split("/"))
                    broken.append({"folder": folder.name, "pathIndex": index, "relativePath": rel, "sizeBytes": 0,
                                   "kind": "dangling_link", "canRedownload": False, "source": None,
                                   "detail": f"a link to {os.readlink(p)!r}, which does not exist"})
        for path in list(self._header_cache):
            if path not in live:
                del self._header_cache[path]
        duplicates = [d for d in (self._group(sha, items) for sha, items in groups.items() if len(items) > 1) if d]
        duplicates.sort(key=lambda d: -d["freeableBytes"])
        return {
            "generatedAt": now,
            "files": files, "hashed": hashed,
            "duplicates": duplicates, "duplicateBytes": sum(d["freeableBytes"] for d in duplicates),
            "broken": broken, "unidentified": unidentified,
            "unused": unused if names is not None else [],
            "workflows": {"available": names is not None, "dirs": workflow_dirs,
                          "files": names.files if names is not None else 0},
        }

    def _group(self, sha: str, items: list[tuple[FileEntry, str]]) -> dict | None:
        """One duplicate group, or None when every path reaches the same file."""
        copies, identities = [], {}
        for entry, path in sorted(items, key=lambda i: (i[0].folder, i[0].path_index, i[0].relative_path)):
            try:
                st = os.stat(path)
            except OSError:
                continue
            ident = identities.setdefault((st.st_dev, st.st_ino), len(identities))
            info = link_info(self.folders.root(entry.folder, entry.path_index), path)
            copies.append({**ref(entry), "sizeBytes": entry.size, "copy": ident,
                           "isLink": info.is_link, "inLinkedFolder": info.in_linked_folder})
        if len(identities) < 2:
            return None
        size = copies[0]["sizeBytes"]
        return {"sha256": sha, "sizeBytes": size, "copies": copies, "freeableBytes": size * (len(identities) - 1)}

    @staticmethod
    def _source_url(path: str, row: dict | None, task_url: str | None = None) -> str | None:
        """Where a model can be fetched again: its Civitai version (catalog or sidecar
        source ids), else the URL of the download task that made it, else the URL our
        own download wrote into ``.metadata.json`` (not for Civitai: identification
        writes the model *page* there, which is no download)."""
        import json

        from ..sources.civitai import base_url
        from .sidecars import _read_json, read_sidecars

        side = read_sidecars(path)
        ids = json.loads(row["source_ids"]) if row and row["source"] == "civitai" and row["source_ids"] else None
        if not ids and side.get("source") == "civitai":
            ids = side.get("source_ids")
        if isinstance(ids, dict) and isinstance(ids.get("versionId"), int):
            return f"{base_url()}/api/download/models/{ids['versionId']}"
        if task_url:
            return task_url
        meta_path = os.path.splitext(path)[0] + ".metadata.json"
        mm = None if os.path.islink(meta_path) else (_read_json(meta_path) or {}).get("model_manager")
        url = mm.get("url") if isinstance(mm, dict) and mm.get("source") != "civitai" else None
        return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None

    # -- actions ----------------------------------------------------------------
    async def delete_duplicates(self, body: object) -> dict:
        """Delete chosen copies of one duplicate group, keeping at least one.

        ``body``: ``{"sha256": str, "delete": [{"folder", "pathIndex", "relativePath"}]}``.
        Every chosen path must be a current copy of that hash (else 409: scan again);
        at least one copy must stay, and no link that stays may point at a copy being
        deleted (409). Returns ``{"deleted": [file name], "freedBytes": int}``.
        """
        if not isinstance(body, dict) or not isinstance(body.get("sha256"), str) \
                or not isinstance(body.get("delete"), list) or not 0 < len(body["delete"]) <= 1000:
            raise BadRequest('body must be {"sha256": str, "delete": [{folder, pathIndex, relativePath}]}')
        sha = body["sha256"].lower()
        chosen = {model_key(self.folders, item) for item in body["delete"]}
        rows = await self.catalog.call(self.catalog.models_by_sha256, sha)
        rows = [r for r in rows if r["sha256_source"] == "computed"]

        def check() -> tuple[list[dict], int]:
            group = {}
            for r in rows:
                key = (r["folder"], r["path_index"], r["relative_path"])
                try:
                    path = self.folders.resolve(*key)
                    st = os.stat(path)
                except (OSError, BadRequest):
                    continue
                if st.st_size != r["size_bytes"] or st.st_mtime_ns != r["mtime_ns"]:
                    continue  # changed since it was hashed: not a known copy
                group[key] = (path, (st.st_dev, st.st_ino), os.path.islink(path))
            unknown = [k for k in chosen if k not in group]
            if unknown:
                raise Conflict(f"{unknown[0][0]}/{unknown[0][2]} is not a current copy of {sha[:12]}…; scan again")
            keep = [k for k in group if k not in chosen]
            if not keep:
                raise Conflict("keep at least one copy")
            gone = {group[k][1] for k in chosen if not group[k][2]}
            if all(group[k][1] in gone for k in keep):
                raise Conflict("every copy you keep is the same file as one you delete")
            for k in keep:
                if group[k][2] and group[k][1] in gone:
                    raise Conflict(f"{k[0]}/{k[2]} links to a copy you delete")
            freed = len(gone) * rows[0]["size_bytes"] if rows else 0
            return [{"folder": k[0], "pathIndex": k[1], "relativePath": k[2]} for k in chosen], freed

        targets, freed = await in_background(check)
        deleted = []
        for t in sorted(targets, key=lambda t: (t["folder"], t["pathIndex"], t["relativePath"])):
            deleted += await self.library.delete(t["folder"], t["pathIndex"], t["relativePath"])
        return {"deleted": deleted, "freedBytes": freed}

    async def redownload(self, body: object) -> dict:
        """Replace a broken model by a fresh download from its known source.

        ``body``: ``{"folder", "pathIndex", "relativePath"}`` of a model the report
        lists as broken. The broken file is removed (its sidecars stay) and a download
        task to the same path is created; returns that task's JSON. 404 when the model
        is not there, 409 when it is not broken or its source is unknown.
        """
        if not isinstance(body, dict):
            raise BadRequest("body must be {folder, pathIndex, relativePath}")
        folder, index, rel = model_key(self.folders, body)
        path = await self.library.locate(folder, index, rel)
        row = await self.catalog.call(self.catalog.get_model, folder, index, rel)

        def inspect() -> tuple[str | None, str | None]:
            st = os.stat(path)
            problem = "empty" if st.st_size == 0 else (
                safetensors_size_problem(path) if path.lower().endswith(_SAFETENSORS) else None)
            return problem, self._source_url(path, row, task_url)

        _, task_urls = self._task_facts()
        task_url = task_urls.get((folder, index, rel))
        problem, url = await in_background(inspect)
        if not problem:
            raise Conflict(f"{folder}/{rel} is not broken")
        if not url:
            raise Conflict(f"the source of {folder}/{rel} is not known: download it again yourself")
        self.library.policy.check_download_url(url)
        sub, _, name = rel.rpartition("/")
        await in_background(os.unlink, path)  # a link loses the link only
        await self.catalog.call(self.catalog.delete_models, [(folder, index, rel)])
        self._header_cache.pop(path, None)
        task, _ = await self.downloads.create({"url": url, "folder": folder, "pathIndex": index,
                                               "subfolder": sub, "filename": name})
        return task.to_json()

    async def identify(self, body: object) -> dict:
        """Look unidentified models up on Civitai by SHA-256, in one batch.

        ``body``: ``{"models": [{"folder", "pathIndex", "relativePath"}]}``, or ``{}``
        for every unidentified model of the report. Civitai is asked again even for
        hashes it did not know before. Returns ``{"asked", "identified", "notFound",
        "notHashed"}`` (``notHashed``: models without a SHA-256 yet: scan first).
        """
        if body is None:
            body = {}
        if not isinstance(body, dict) or not isinstance(body.get("models", []), list):
            raise BadRequest('body must be {"models": [{folder, pathIndex, relativePath}]} or {}')
        wanted = body.get("models")
        if wanted:
            if len(wanted) > 10_000:
                raise BadRequest("at most 10000 models at once")
            keys = [model_key(self.folders, item) for item in wanted]
        else:
            keys = [(i["folder"], i["pathIndex"], i["relativePath"]) for i in (await self.report())["unidentified"]]
        rows, not_hashed = [], 0
        for key in keys:
            row = await self.catalog.call(self.catalog.get_model, *key)
            if row is None:
                raise NotFound(f"no catalogued model {key[0]}/{key[2]}: scan first")
            if row["sha256"]:
                rows.append(row)
            else:
                not_hashed += 1
        result = await self.scanner.identify_rows(rows, refresh=True)
        return {**result, "notHashed": not_hashed}
