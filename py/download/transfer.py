"""One-stream transfer: open, receive into ``<target>.part``, retry with backoff, stall.

- A task streams with the aiohttp client into ``<target>.part`` next to its
  final name, computing SHA-256 while it writes. Disk writes and hashing run on
  worker threads, overlapped with the next network read, so the event loop never
  waits on the disk.
- Resume sends ``Range: bytes=N-`` and accepts only ``206`` with a
  ``Content-Range`` starting at ``N``; a ``200`` restarts from zero (truncate,
  never append). The total comes from ``Content-Range`` or from the
  ``Content-Length`` of a full reply (RFC 9110 §14.4, §15.3.7).
- Connection errors, 5xx, 429 (``Retry-After`` honoured) and read stalls (no
  byte for ``stallTimeout`` seconds) are retried with exponential backoff;
  401/403, an HTML or JSON reply where a model was expected, 404 and hash or
  size mismatches fail the task.
- A fresh ``200`` from a server that takes ranges is handed to :mod:`.split`;
  a complete ``.part`` to :mod:`.finish`.
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import logging
import os
import shutil
import time
from concurrent.futures import ThreadPoolExecutor

import aiohttp
from yarl import URL

from ..http_headers import parse_retry_after
from ..pacing import busy, in_background
from ..library.hashing import hash_file
from ..safety.fileio import O_NOFOLLOW
from ..safety.folders import PART_SUFFIX
from .client import (AUTH_HINT, CHUNK_BYTES, FLUSH_SECONDS, auth_hint, open_url, parse_content_range, read_piece,
                     write_pieces)
from .finish import finish
from .split import connections_for_one, resume_split, start_split
from .target import discard_part, file_size, name_from_response, part_path_or_none, route_by_header, target_path
from .task import AUTO_FOLDER, RUNNING, DownloadFailed, Queue, Retryable, Task

log = logging.getLogger(__name__)

_NOT_MODEL_TYPES = ("text/html", "application/xhtml+xml", "application/json")


async def download(q: Queue, task: Task) -> None:
    """Run ``task`` to its end: attempts with backoff (:class:`Retryable`), then the finish.

    The attempt counter restarts whenever an attempt received bytes; more than
    ``maxRetries`` attempts in a row without progress fail the task. The delay is
    ``retryBaseDelay * 2**(n-1)`` seconds (at most 60) unless the server sent
    ``Retry-After``. Raises :class:`DownloadFailed` when the task cannot succeed.
    """
    task.error = None
    await q.set_status(task, RUNNING)
    attempts = 0
    while True:
        before = task.downloaded_bytes
        try:
            # Its writer, hashing and range threads: the loop gets the GIL back sooner.
            # Per attempt, so a backoff sleep leaves the host's interval alone.
            with busy():
                await _transfer(q, task)
            break
        except Retryable as exc:
            if task.downloaded_bytes > before:
                attempts = 0
            attempts += 1
            if attempts > q.settings.get("maxRetries"):
                raise DownloadFailed(f"{exc} (gave up after {attempts} attempts)")
            base = q.settings.get("retryBaseDelay")
            delay = exc.retry_after if exc.retry_after is not None else min(base * 2 ** (attempts - 1), 60.0)
            task.error = f"{exc}; retry {attempts} in {delay:.0f} s"
            task.meter.reset()
            await q.set_status(task, RUNNING)
            await asyncio.sleep(delay)
            task.error = None
    await finish(q, task)


async def _transfer(q: Queue, task: Task) -> None:
    """One attempt; a stall or a connection error becomes :class:`Retryable`."""
    try:
        await _transfer_once(q, task)
    except (aiohttp.ServerTimeoutError, asyncio.TimeoutError):
        raise Retryable(f"no data for {q.settings.get('stallTimeout'):.0f} s (stalled)")
    except (aiohttp.ClientError, ConnectionError) as exc:
        raise Retryable(f"connection error: {exc or type(exc).__name__}")


async def _transfer_once(q: Queue, task: Task) -> None:
    """Continue from what the ``.part`` holds (or the recorded ranges of a split)."""
    if task.segments:
        await resume_split(q, task)
        return
    part = part_path_or_none(q.folders, task)
    offset = await in_background(file_size, part) if part else 0
    if part and task.total_bytes and offset == task.total_bytes:
        task.downloaded_bytes = offset
        return  # everything is on disk already (e.g. killed while verifying)
    if offset and (task.hasher is None or task.hashed_bytes != offset):
        task.hasher, task.hashed_bytes = await in_background(hash_file, part, offset)
    headers = {"Range": f"bytes={offset}-"} if offset else {}
    resp, final_url = await open_url(q, task.url, headers)
    try:
        await _receive(q, task, resp, final_url, offset)
    finally:
        resp.release()


async def _receive(q: Queue, task: Task, resp: aiohttp.ClientResponse, final_url: str, offset: int) -> None:
    """Judge the reply (status, type, ``Content-Range``), decide folder, name and
    total, check the free space, then stream it here or split it (:mod:`.split`)."""
    status = resp.status
    if status in (401, 403):
        raise DownloadFailed(f"HTTP {status}: {auth_hint(q.policy, final_url)} for {URL(final_url).host}")
    if status == 404:
        raise DownloadFailed(f"HTTP 404: not found: {task.url}")
    if status == 416 and offset:
        cr = resp.headers.get("Content-Range", "")
        total = cr.rsplit("/", 1)[-1]
        if total.isdigit() and int(total) == offset:
            task.total_bytes = task.downloaded_bytes = offset
            return
        await discard_part(q.folders, task)
        raise Retryable("the server refused to resume; starting over")
    if status == 429 or status >= 500:
        raise Retryable(f"HTTP {status}", parse_retry_after(resp.headers.get("Retry-After")))
    if status not in (200, 206):
        raise DownloadFailed(f"unexpected HTTP {status} from {URL(final_url).host}")
    ctype = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
    if ctype in _NOT_MODEL_TYPES:
        raise DownloadFailed(f"the server sent {ctype} instead of a model file: {AUTH_HINT}", remove_part=not offset)

    if status == 206:
        cr = parse_content_range(resp.headers.get("Content-Range"))
        if cr is None or cr[0] != offset:
            await discard_part(q.folders, task)
            raise Retryable("the server answered the resume with a wrong Content-Range; starting over")
        total = cr[2]
    else:
        if offset:
            log.info("model manager: %s: server ignored Range, restarting from zero", task.task_id)
        offset = 0
        total = resp.content_length if "Content-Encoding" not in resp.headers else None

    prefix = b""
    if task.folder == AUTO_FOLDER:
        prefix = await route_by_header(q, task, resp)
    if task.filename is None:
        await name_from_response(q, task, resp, final_url)
    target = target_path(q.folders, task)
    part = target + PART_SUFFIX
    if total is not None:
        if task.expected_size is not None and total != task.expected_size:
            raise DownloadFailed(
                f"the server offers {total} bytes but {task.expected_size} were expected", remove_part=True
            )
        task.total_bytes = total
    need = (task.total_bytes or 0) - offset
    directory = os.path.dirname(target)
    await in_background(os.makedirs, directory, exist_ok=True)
    free = (await in_background(shutil.disk_usage, directory)).free
    if need > free:
        raise DownloadFailed(f"disk full: {need} bytes needed, {free} free in {directory}")

    connections = connections_for_one(q)
    if (status == 200 and task.total_bytes and not task.no_split
            and resp.headers.get("Accept-Ranges", "").lower() == "bytes"
            and connections > 1
            and task.total_bytes >= q.settings.get("splitMinBytes")):
        await start_split(q, task, resp, part, prefix, connections)
        return
    if offset == 0:
        task.hasher, task.hashed_bytes = hashlib.sha256(), 0
    task.downloaded_bytes = offset
    task.meter.reset()
    task.meter.add(offset)
    await _stream(q, task, resp, part, offset, prefix)
    if task.total_bytes is None:
        task.total_bytes = task.downloaded_bytes
    elif task.downloaded_bytes < task.total_bytes:
        raise Retryable(f"the connection closed after {task.downloaded_bytes} of {task.total_bytes} bytes")
    elif task.downloaded_bytes > task.total_bytes:
        raise DownloadFailed("the server sent more bytes than it announced", remove_part=True)


async def _stream(q: Queue, task: Task, resp: aiohttp.ClientResponse, part: str, offset: int,
                  prefix: bytes = b"") -> None:
    """Copy the body to ``part`` from ``offset``, hashing as it goes.

    A three-stage pipeline: the event loop reads the network while one
    thread writes the previous chunk and another hashes it (SHA-256 costs
    about as much as the network and the disk together, so it gets its own
    core). Each stage has one single-thread executor, so jobs in a stage run
    in order — the close queued last waits for a write still in flight.
    """
    loop = asyncio.get_running_loop()
    flags = os.O_WRONLY | os.O_CREAT | O_NOFOLLOW | getattr(os, "O_BINARY", 0)  # never through a linked .part
    flags |= os.O_APPEND if offset else os.O_TRUNC
    writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-write")
    hashing = ThreadPoolExecutor(max_workers=1, thread_name_prefix="model-manager-hash")
    fd = await loop.run_in_executor(writer, os.open, part, flags, 0o644)
    hasher = task.hasher
    written = [offset]

    def write(chunks: list[bytes]) -> None:
        written[0] += write_pieces(fd, chunks)

    def digest(chunks: list[bytes]) -> None:
        for chunk in chunks:  # network-sized pieces: cache-friendly for the hash
            hasher.update(chunk)
            task.hashed_bytes += len(chunk)

    def submit(chunks: list[bytes]) -> list[asyncio.Future]:
        return [loop.run_in_executor(writer, write, chunks), loop.run_in_executor(hashing, digest, chunks)]

    pending: list[asyncio.Future] = []
    buffered: list[bytes] = [prefix] if prefix else []
    size = len(prefix)
    task.downloaded_bytes += len(prefix)
    flushed_at = time.monotonic()
    sniff = offset == 0 and not prefix
    try:
        while True:
            data = await read_piece(resp.content)
            if data:
                if sniff:
                    sniff = False
                    head = data[:64].lstrip().lower()
                    if head.startswith((b"<!doctype html", b"<html")):
                        raise DownloadFailed(f"the server sent a web page instead of a model file: {AUTH_HINT}",
                                             remove_part=True)
                buffered.append(data)
                size += len(data)
                task.downloaded_bytes += len(data)
            # Big writes for throughput; a flush every FLUSH_SECONDS at least so a
            # slow transfer's .part file (what a pause or a crash keeps) stays current.
            if size and (size >= CHUNK_BYTES or not data or time.monotonic() - flushed_at >= FLUSH_SECONDS):
                chunks, buffered = buffered, []
                size = 0
                flushed_at = time.monotonic()
                if pending:
                    await asyncio.gather(*pending)
                pending = submit(chunks)
            if data:
                await q.progress(task)
            else:
                break
        if pending:
            await asyncio.gather(*pending)
        if q.settings.get("durableFinish"):
            await loop.run_in_executor(writer, os.fsync, fd)
    except (asyncio.CancelledError, aiohttp.ClientError, asyncio.TimeoutError, ConnectionError):
        # Paused or cut off: the bytes already received are good, keep them
        # (queued behind any chunk still in flight, so the order holds).
        if buffered:
            pending += submit(buffered)
            buffered = []
        raise
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DownloadFailed(f"disk full while writing {os.path.basename(part)}")
        raise DownloadFailed(f"cannot write {os.path.basename(part)}: {exc.strerror or exc}")
    finally:
        closing = loop.run_in_executor(writer, os.close, fd)
        drained = loop.run_in_executor(hashing, lambda: None)
        writer.shutdown(wait=False)
        hashing.shutdown(wait=False)
        await asyncio.shield(asyncio.gather(closing, drained))
        for future in pending:
            if future.done() and not future.cancelled():
                future.exception()  # retrieved, so asyncio does not log it again
        # What was received but not yet written is lost on a stop: report the file.
        task.downloaded_bytes = written[0]
