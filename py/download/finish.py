"""The finish of a download: verify, place under the final name, write the sidecar.

Verification checks the size against the announced and the expected size, the
SHA-256 (computed while the bytes arrived, or by rereading the ``.part`` when
that state was lost) against the expected one, and that a safetensors file is
complete. The ``.part`` then gets its final name without ever replacing a file
there; from that moment the task is ``finishing`` and a pause, cancel or
shutdown waits for it. Last come the optional ``.metadata.json`` sidecar, the
``on_complete`` hook (the catalog learns the model at once) and the
``complete_download_task`` event.
"""

from __future__ import annotations

import json
import logging
import os

from .. import events as ev
from ..library.hashing import hash_file
from ..library.header import safetensors_size_problem
from ..pacing import in_background
from ..safety.folders import PART_SUFFIX
from .target import file_size, target_path
from .task import COMPLETED, VERIFYING, DownloadFailed, Queue, Task

log = logging.getLogger(__name__)


def place(part: str, target: str) -> bool:
    """Give the finished ``part`` its final name without ever replacing a file there.

    A hard link fails atomically when ``target`` exists (then the part stays);
    filesystems without hard links get an exists-check and ``os.replace``.
    Returns False when ``target`` exists. Metadata-only, so fast enough for the loop.
    """
    try:
        os.link(part, target)
    except FileExistsError:
        return False
    except OSError:
        if os.path.lexists(target):
            return False
        os.replace(part, target)
        return True
    os.unlink(part)
    return True


def write_sidecar(task: Task, target: str, digest: str, size: int) -> None:
    """Write ``<target>.metadata.json``: hash, size, URL, source ids, base model,
    architecture (from the header), trigger words (blocking; run it on a thread)."""
    from ..library.sidecars import write_metadata

    info = json.loads(task.source_info) if task.source_info else {}
    architecture = base_model = None
    if target.lower().endswith((".safetensors", ".sft")):
        from ..library.classify import classify
        from ..library.header import HeaderError, header_metadata, read_safetensors_header

        try:
            raw = read_safetensors_header(target)
            c = classify(raw, header_metadata(raw), os.path.basename(target))
            architecture, base_model = c.architecture, c.base_model
        except (HeaderError, OSError):
            pass
    write_metadata(target, {
        "sha256": digest, "size": size, "url": task.url,
        "source": info.get("source") or "direct",
        "source_ids": {k: info[k] for k in ("modelId", "versionId", "repo", "revision", "path") if k in info}
        or None,
        "base_model": info.get("baseModel") or base_model, "architecture": architecture,
        "trigger_words": info.get("triggerWords"), "civitai": info.get("civitai"),
    })


async def finish(q: Queue, task: Task) -> None:
    """Verify the complete ``.part`` of ``task``, place it, and mark the task completed.

    Raises :class:`DownloadFailed` (the ``.part`` removed) on a size or SHA-256
    mismatch, an incomplete safetensors file, or a file that appeared under the
    final name meanwhile.
    """
    target = target_path(q.folders, task)
    part = target + PART_SUFFIX
    await q.set_status(task, VERIFYING)
    size = await in_background(file_size, part)
    if task.total_bytes is not None and size != task.total_bytes:
        raise DownloadFailed(f"size mismatch: {size} bytes on disk, {task.total_bytes} expected", remove_part=True)
    if task.expected_size is not None and size != task.expected_size:
        raise DownloadFailed(f"size mismatch: {size} bytes, {task.expected_size} expected", remove_part=True)
    if task.hasher is None or task.hashed_bytes != size:
        task.hasher, task.hashed_bytes = await in_background(hash_file, part, size)
    digest = task.hasher.hexdigest()
    if task.expected_sha256 and digest != task.expected_sha256:
        raise DownloadFailed(
            f"SHA-256 mismatch: expected {task.expected_sha256}, got {digest}; the download was deleted",
            remove_part=True,
        )
    if target.lower().endswith((".safetensors", ".sft")):
        problem = await in_background(safetensors_size_problem, part)
        if problem:
            raise DownloadFailed(f"not a complete safetensors file: {problem}; the download was deleted",
                                 remove_part=True)
    task.sha256, task.segments = digest, None
    # No await between the decision and the rename: a pause or shutdown cannot
    # land in between, and from here on it waits (``finishing``).
    if not place(part, target):
        raise DownloadFailed(f"{task.folder}/{task.relative_path} appeared while downloading; kept nothing",
                             remove_part=True)
    task.finishing = True
    if q.settings.get("writeSidecars"):
        try:
            await in_background(write_sidecar, task, target, digest, size)
        except Exception as exc:  # the model is fine; a missing sidecar is not worth failing it
            log.warning("model manager: no sidecar for %s: %s", target, exc)
    task.downloaded_bytes = task.total_bytes = size
    task.hasher = None
    if q.on_complete is not None:
        try:
            await q.on_complete(task.folder, task.path_index, task.relative_path, digest)
        except Exception as exc:  # the model is in place; a scan will catalog it later
            log.warning("model manager: could not catalog %s: %s", target, exc)
    await q.set_status(task, COMPLETED, ev.COMPLETE)
    q.events.forget(task.task_id)
