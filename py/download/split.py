"""Split downloads: several ranged connections into one sparse ``.part`` file.

A fresh download whose server offers ``Accept-Ranges: bytes`` and whose size is
at least the ``splitMinBytes`` setting is cut into byte ranges (RFC 9110 §14),
one connection each (the ``connections`` setting, shared by the downloads
running at the same time). Each range is written in place with ``os.pwrite``;
``task.segments`` records ``[start, end, written]`` per range and is persisted, so
a resume fetches only what is missing. SHA-256 needs the bytes in order, so it
follows the written prefix while the ranges arrive (:func:`hash_behind`) and only
the tail is hashed at the end. A server that turns out not to honour ranges
sends the task back to one connection (``task.no_split``).
"""

from __future__ import annotations

import asyncio
import errno
import hashlib
import os
import time

import aiohttp

from ..http_headers import parse_retry_after
from ..pacing import background_pool, in_background
from ..safety.fileio import O_NOFOLLOW
from ..safety.folders import PART_SUFFIX
from .client import FLUSH_SECONDS, open_url, parse_content_range, read_piece, write_pieces
from .target import discard_part, file_size, target_path
from .task import DownloadFailed, Queue, Retryable, Task


#: Bytes of one range handed to its writer thread at once. Smaller than one stream's
#: ``client.CHUNK_BYTES``: with 4 MiB writes from four ranges into one file, a poller
#: beside a loopback-speed download waited up to 21-37 ms on the event loop and the
#: download took 2.3-2.9 s a GiB; with 1 MiB, 6-17 ms and 1.6-1.9 s (BENCHMARKS.md).
RANGE_CHUNK_BYTES = 1024 * 1024


def connections_for_one(q: Queue) -> int:
    """Connections one new split may use: the ``connections`` setting shared by the
    downloads running now. Several running tasks are already parallel; more
    sockets would only load the shared event loop."""
    return q.settings.get("connections") // max(1, q.running())


def written_prefix(segments: list) -> int:
    """How many bytes from the start of a split download are on disk without a gap."""
    pos = 0
    for start, end, written in sorted(segments):
        if start != pos:
            break
        pos = start + written
        if pos <= end:
            break
    return pos


async def start_split(q: Queue, task: Task, resp: aiohttp.ClientResponse, part: str, prefix: bytes,
                      n: int) -> None:
    """Split a fresh download into ``n`` byte ranges (RFC 9110 §14).

    The first response (a full ``200``) serves the first range; the others are
    fetched with ``Range`` requests. Each range is written with ``os.pwrite`` at
    its offset; the SHA-256 follows the written prefix (:func:`hash_behind`).
    """
    total = task.total_bytes
    step = -(-total // n)
    task.segments = [[start, min(total, start + step) - 1, 0] for start in range(0, total, step)]
    task.hasher, task.hashed_bytes = hashlib.sha256(), 0

    def create() -> None:
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | O_NOFOLLOW | getattr(os, "O_BINARY", 0), 0o644)
        try:
            os.ftruncate(fd, total)
        finally:
            os.close(fd)

    await in_background(create)
    await q.persist(task)
    await _run_segments(q, task, part, (resp, prefix))


async def resume_split(q: Queue, task: Task) -> None:
    """Continue a split download from its recorded ranges (the ``.part`` must be full-size)."""
    part = target_path(q.folders, task) + PART_SUFFIX
    if await in_background(file_size, part) != task.total_bytes:
        await discard_part(q.folders, task)
        raise Retryable("the partial file of a split download is gone; starting over")
    await _run_segments(q, task, part, None)


async def _run_segments(q: Queue, task: Task, part: str, first) -> None:
    loop = asyncio.get_running_loop()
    fd = await in_background(os.open, part, os.O_WRONLY | O_NOFOLLOW | getattr(os, "O_BINARY", 0))
    task.downloaded_bytes = sum(seg[2] for seg in task.segments)
    task.meter.reset()
    task.meter.add(task.downloaded_bytes)
    runners = [
        loop.create_task(_segment(q, task, seg, fd, first if i == 0 else None))
        for i, seg in enumerate(task.segments) if seg[0] + seg[2] <= seg[1]
    ]
    if first is not None and task.segments[0][0] + task.segments[0][2] > task.segments[0][1]:
        first[0].release()
    ranges_done = asyncio.Event()
    hashing = loop.create_task(hash_behind(task, part, ranges_done))
    try:
        if runners:
            done, pending = await asyncio.wait(runners, return_when=asyncio.FIRST_EXCEPTION)
            for r in pending:
                r.cancel()
            results = await asyncio.gather(*runners, return_exceptions=True)
            for result in results:
                if isinstance(result, BaseException) and not isinstance(result, asyncio.CancelledError):
                    raise result
        if task.downloaded_bytes == task.total_bytes:
            ranges_done.set()
            await hashing  # the rest of the file, now complete
    finally:
        for r in runners:
            r.cancel()
        hashing.cancel()
        await asyncio.gather(*runners, hashing, return_exceptions=True)
        await in_background(os.close, fd)
        await q.persist(task)
    if task.downloaded_bytes != task.total_bytes:
        raise Retryable("a range of the split download is incomplete")


async def hash_behind(task: Task, part: str, ranges_done: asyncio.Event) -> None:
    """Hash a split download while it arrives: SHA-256 needs the bytes in order, so
    this follows the written prefix (the first range's progress, then each next
    range once the one before it is complete) and leaves only the tail for the end.

    ``task.hasher`` / ``task.hashed_bytes`` always describe a prefix of the file;
    a stop waits for the read in flight, so the two never disagree.
    """
    if task.hasher is None or task.hashed_bytes > written_prefix(task.segments):
        task.hasher, task.hashed_bytes = hashlib.sha256(), 0
    hasher = task.hasher
    loop = asyncio.get_running_loop()

    def hash_range(start: int, end: int) -> None:
        with open(part, "rb", buffering=0) as f:
            f.seek(start)
            buf = bytearray(1024 * 1024)
            view = memoryview(buf)
            while start < end:
                n = f.readinto(view[:min(len(buf), end - start)])
                if not n:
                    break
                hasher.update(view[:n])
                start += n
                task.hashed_bytes = start

    while task.hashed_bytes < task.total_bytes:
        ready = written_prefix(task.segments)
        if ready > task.hashed_bytes:
            step = loop.run_in_executor(background_pool(), hash_range, task.hashed_bytes, min(ready, task.hashed_bytes + 64 * 2**20))
            try:
                await asyncio.shield(step)
            except asyncio.CancelledError:
                await asyncio.wait([step])  # never leave a thread updating the hasher
                raise
        elif ranges_done.is_set():
            break
        else:
            await asyncio.sleep(0.05)


async def _segment(q: Queue, task: Task, seg: list, fd: int, first) -> None:
    """Fetch one range ``seg = [start, end, written]`` and write it in place."""
    loop = asyncio.get_running_loop()
    start, end, _ = seg
    if first is not None:
        resp, prefix = first
    else:
        pos = start + seg[2]
        resp, _url = await open_url(q, task.url, {"Range": f"bytes={pos}-{end}"})
        prefix = b""
        if resp.status != 206:
            resp.release()
            if resp.status == 200:
                # The server ignores ranges after all: one connection it is.
                await discard_part(q.folders, task)
                task.no_split = True
                raise Retryable("the server does not honour ranges; using one connection")
            if resp.status == 429 or resp.status >= 500:
                raise Retryable(f"HTTP {resp.status}", parse_retry_after(resp.headers.get("Retry-After")))
            raise DownloadFailed(f"HTTP {resp.status} for a range of the file")
        cr = parse_content_range(resp.headers.get("Content-Range"))
        if cr is None or cr[0] != pos:
            resp.release()
            await discard_part(q.folders, task)
            task.no_split = True
            raise Retryable("the server answered a range with a wrong Content-Range; using one connection")
    pending: asyncio.Future | None = None
    flushed_at = time.monotonic()
    try:
        buffered, size = ([prefix], len(prefix)) if prefix else ([], 0)
        got = seg[2] + size  # received for this range, written or not yet
        while True:
            remaining = end - start + 1 - got
            data = await read_piece(resp.content) if remaining > 0 else b""
            if data:
                data = data[:remaining]
                buffered.append(data)
                size += len(data)
                got += len(data)
            if size and (size >= RANGE_CHUNK_BYTES or not data or time.monotonic() - flushed_at >= FLUSH_SECONDS):
                pieces, buffered, size = buffered, [], 0
                flushed_at = time.monotonic()
                if pending is not None:
                    await pending
                pos = start + seg[2]

                def write(pieces=pieces, pos=pos) -> None:
                    n = write_pieces(fd, pieces, pos)
                    seg[2] += n
                    task.downloaded_bytes += n

                pending = loop.run_in_executor(background_pool(), write)
                await q.progress(task)
            if not data:
                break
        if pending is not None:
            await pending
            pending = None
    except OSError as exc:
        if exc.errno == errno.ENOSPC:
            raise DownloadFailed("disk full while writing a range of the file")
        raise DownloadFailed(f"cannot write the partial file: {exc.strerror or exc}")
    finally:
        if pending is not None and not pending.done():
            await asyncio.wait([pending])
        resp.release()
    if start + seg[2] <= end:
        raise Retryable(f"the connection closed {end - start - seg[2] + 1} bytes before the end of its range")
