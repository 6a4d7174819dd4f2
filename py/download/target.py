"""Where a task's bytes go: its final path and ``.part`` file, the model folder of an
``"auto"`` task (read from the header as it arrives), the file name from the reply.

The ``.part`` file sits next to the final name (same filesystem, so the finish is
an atomic rename); every path is resolved through :class:`ModelFolders`, so it
stays inside a model folder.
"""

from __future__ import annotations

import os
from urllib.parse import unquote, urlsplit

import aiohttp

from ..errors import ApiError, BadRequest
from ..safety.folders import PART_SUFFIX, ModelFolders, check_extension, sanitize_filename
from ..pacing import in_background
from .client import AUTH_HINT
from .task import ACTIVE_STATES, AUTO_FOLDER, DownloadFailed, Queue, Task

MAX_HEADER_BYTES = 100 * 1024 * 1024


def target_path(folders: ModelFolders, task: Task) -> str:
    """The absolute final path of ``task``; :class:`BadRequest` while its folder is ``"auto"``."""
    if task.folder == AUTO_FOLDER:
        raise BadRequest("the model folder is not decided yet")
    return folders.resolve(task.folder, task.path_index, task.relative_path, "filename")


def part_path_or_none(folders: ModelFolders, task: Task) -> str | None:
    """The ``.part`` path, or None while the name or folder is unknown (or no longer valid)."""
    if task.filename is None:
        return None
    try:
        return target_path(folders, task) + PART_SUFFIX
    except ApiError:
        return None


def file_size(path: str) -> int:
    """Bytes in ``path``; 0 when it does not exist."""
    try:
        return os.stat(path).st_size
    except FileNotFoundError:
        return 0


def _remove(path: str) -> None:
    try:
        os.unlink(path)
    except FileNotFoundError:
        pass


async def discard_part(folders: ModelFolders, task: Task) -> None:
    """Delete the task's ``.part`` file and forget what it held (bytes, hash state, ranges)."""
    part = part_path_or_none(folders, task)
    if part:
        await in_background(_remove, part)
    task.hasher, task.hashed_bytes, task.downloaded_bytes = None, 0, 0
    task.segments = None


async def route_by_header(q: Queue, task: Task, resp: aiohttp.ClientResponse) -> bytes:
    """Pick the model folder of an ``"auto"`` task from the first bytes of the body.

    Reads the safetensors header (8-byte little-endian length + JSON, bounded
    by :data:`MAX_HEADER_BYTES`) or the GGUF magic, classifies it and returns
    the bytes read so they are written first. Fails the task when no rule
    decides: a guess hidden in a folder name helps nobody.
    """
    from ..library.classify import classify, suggested_folder
    from ..library.header import header_metadata

    head = await resp.content.readexactly(8)
    if head.lstrip().lower().startswith((b"<!doctyp", b"<html")):
        raise DownloadFailed(f"the server sent a web page instead of a model file: {AUTH_HINT}")
    if head[:4] == b"GGUF":
        folder, rule = "diffusion_models", "GGUF file → diffusion_models"
        prefix = head
    else:
        length = int.from_bytes(head, "little")
        if not 2 <= length <= MAX_HEADER_BYTES:
            raise DownloadFailed('not a safetensors or GGUF file: choose a model folder instead of "auto"')
        raw = await resp.content.readexactly(length)
        prefix = head + raw
        try:
            c = classify(raw, header_metadata(raw), task.filename or "")
        except ValueError as exc:
            raise DownloadFailed(f"unreadable safetensors header: {exc}")
        folder = suggested_folder(c)
        if folder is None:
            raise DownloadFailed(f'cannot tell which model folder this file belongs in ({c.rule}): '
                                 f'choose a folder instead of "auto"')
        rule = f"{c.rule} → {folder}"
    q.folders.get(folder)
    task.folder, task.folder_rule = folder, rule
    q.folders.resolve(task.folder, task.path_index, task.subfolder, "subfolder")
    if task.filename is not None:
        target = target_path(q.folders, task)
        if await in_background(os.path.lexists, target):
            raise DownloadFailed(f"{task.folder}/{task.relative_path} already exists")
    await q.persist(task)
    return prefix


async def name_from_response(q: Queue, task: Task, resp: aiohttp.ClientResponse, final_url: str) -> None:
    """Name a task created without a file name: ``Content-Disposition``, else the last
    segment of the final URL, sanitized; fails when the extension is not allowed or the
    name is taken (a file there, or another active task writing it)."""
    name = resp.content_disposition.filename if resp.content_disposition else None
    if not name:
        name = unquote(urlsplit(final_url).path.rsplit("/", 1)[-1])
    name = sanitize_filename(name)
    try:
        check_extension(name, q.settings.get("allowPickle"))
    except ApiError as exc:
        raise DownloadFailed(str(exc))
    task.filename = name
    target = target_path(q.folders, task)
    for other in q.tasks.values():
        if (other is not task and other.status in ACTIVE_STATES and other.filename
                and target_path(q.folders, other) == target):
            raise DownloadFailed(f"another download task ({other.task_id}) already writes {task.relative_path}")
    if await in_background(os.path.lexists, target):
        raise DownloadFailed(f"{task.folder}/{task.relative_path} already exists")
    await q.persist(task)
