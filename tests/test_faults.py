"""Faults: a disk that fills mid-download, ``kill -9`` during a scan and during a cross-filesystem
move, and servers that lie about size, Range and hash — nothing half-written ever shows up as a model.

The small / second filesystems are tmpfs mounts (the tests run as root in CI); where ``mount``
is not permitted those tests skip and say so.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest
from aiohttp import web

from fileserver import make_safetensors, sha256
from test_process import CLI, CLI_ARGS, free_port, http

MB = 1024 * 1024


# -- helpers -------------------------------------------------------------------------------------------

def mount_tmpfs(path: Path, size: str) -> None:
    path.mkdir(parents=True, exist_ok=True)
    if not shutil.which("mount"):
        pytest.skip("no mount command: cannot make a small filesystem")
    r = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
                       capture_output=True, text=True)
    if r.returncode != 0:
        pytest.skip(f"mounting a tmpfs is not permitted here ({r.stderr.strip() or r.returncode}): "
                    "the disk-full / cross-filesystem tests need root")


def umount(path: Path) -> None:
    subprocess.run(["umount", "-l", str(path)], capture_output=True)


@pytest.fixture
def small_fs(tmp_path):
    """An 8 MiB tmpfs at ``tmp_path/small`` holding one precious file that must survive."""
    path = tmp_path / "small"
    mount_tmpfs(path, "8m")
    try:
        (path / "loras").mkdir()
        precious = make_safetensors(250_000, seed=42)  # ~1 MB already on that filesystem
        (path / "loras" / "keep.safetensors").write_bytes(precious)
        (path / "notes.txt").write_text("user data")
        yield path, precious
    finally:
        umount(path)


def extra_yaml(tmp_path: Path, name: str, **folders: Path) -> str:
    """An ``extra_model_paths.yaml`` adding ``folders`` (folder → directory) as extra roots."""
    f = tmp_path / f"{name}.yaml"
    f.write_text(f"{name}:\n" + "".join(f"  {k}: {v}\n" for k, v in folders.items()))
    return str(f)


def files_under(root: Path) -> dict[str, int]:
    return {str(p.relative_to(root)): p.stat().st_size for p in root.rglob("*") if p.is_file()}


class Liar:
    """A loopback server whose replies lie (its own app: FileServer cannot omit Content-Length).

    - ``/chunked/{name}``: the file with no Content-Length (chunked transfer encoding)
    - ``/short/{name}``: ``Content-Length`` smaller than the file; sends exactly that many bytes
    - ``/range-liar/{name}``: drops the first 200 after ``drop_after`` bytes; a ``Range`` request is
      answered ``206`` with a ``Content-Range`` claiming the requested start but a body from ``shift``
      bytes earlier (only the hash can tell)
    """

    def __init__(self):
        self.files: dict[str, bytes] = {}
        self.drop_after = 0
        self.shift = 0
        self.requests: list[tuple[str, str | None]] = []
        self.app = web.Application()
        self.app.router.add_get("/chunked/{name}", self.chunked)
        self.app.router.add_get("/short/{name}", self.short)
        self.app.router.add_get("/range-liar/{name}", self.range_liar)

    def _data(self, request) -> bytes:
        self.requests.append((request.path, request.headers.get("Range")))
        name = request.match_info["name"]
        if name not in self.files:
            raise web.HTTPNotFound()
        return self.files[name]

    async def chunked(self, request):
        data = self._data(request)
        resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream"})
        resp.enable_chunked_encoding()
        await resp.prepare(request)
        try:
            for i in range(0, len(data), 256 * 1024):
                await resp.write(data[i:i + 256 * 1024])
            await resp.write_eof()
        except (ConnectionResetError, RuntimeError):
            pass
        return resp

    async def short(self, request):
        data = self._data(request)
        claimed = len(data) // 2
        return web.Response(body=data[:claimed], headers={"Content-Type": "application/octet-stream"})

    async def range_liar(self, request):
        data = self._data(request)
        rng = request.headers.get("Range")
        if not rng:
            resp = web.StreamResponse(headers={"Content-Type": "application/octet-stream",
                                               "Content-Length": str(len(data)), "Accept-Ranges": "bytes"})
            await resp.prepare(request)
            for i in range(0, self.drop_after, 64 * 1024):  # paced, so the client reads it before the cut
                await resp.write(data[i:min(i + 64 * 1024, self.drop_after)])
                await asyncio.sleep(0.002)
            await asyncio.sleep(0.05)
            request.transport.close()
            return resp
        start = int(rng.split("=")[1].split("-")[0])
        body = data[max(0, start - self.shift):][:len(data) - start]
        return web.Response(status=206, body=body, headers={
            "Content-Type": "application/octet-stream",
            "Content-Range": f"bytes {start}-{len(data) - 1}/{len(data)}"})


@pytest.fixture
async def liar(aiohttp_server):
    lr = Liar()
    server = await aiohttp_server(lr.app, host="127.0.0.1")
    return lr, f"http://127.0.0.1:{server.port}"


# -- disk full --------------------------------------------------------------------------------------------

async def test_disk_full_announced_size_fails_up_front(make_mm, file_server, small_fs, tmp_path):
    small, precious = small_fs
    fs, base = file_server
    data = make_safetensors(4 * MB)  # 16 MB into an 8 MB filesystem
    fs.add("big.safetensors", data)
    mm = await make_mm(extra_model_paths=[extra_yaml(tmp_path, "small", loras=small / "loras")])
    before = files_under(small)
    task = await mm.download(url=f"{base}/files/big.safetensors", folder="loras", pathIndex=1)
    failed = await mm.wait(task["taskId"], "failed")
    assert "disk full" in failed["error"], failed
    assert not (small / "loras" / "big.safetensors").exists()
    assert files_under(small) == before, "the up-front check wrote something"
    assert (small / "loras" / "keep.safetensors").read_bytes() == precious
    assert (small / "notes.txt").read_text() == "user data"


async def test_disk_full_while_writing_chunked_reply(make_mm, liar, small_fs, tmp_path):
    small, precious = small_fs
    lr, base = liar
    data = make_safetensors(4 * MB)
    lr.files["big.safetensors"] = data
    mm = await make_mm(extra_model_paths=[extra_yaml(tmp_path, "small", loras=small / "loras")])
    await mm.setting("maxRetries", 1)
    task = await mm.download(url=f"{base}/chunked/big.safetensors", folder="loras", pathIndex=1)
    failed = await mm.wait(task["taskId"], "failed", timeout=30)
    assert "disk full" in failed["error"], failed
    assert not (small / "loras" / "big.safetensors").exists()
    assert (small / "loras" / "keep.safetensors").read_bytes() == precious
    assert (small / "notes.txt").read_text() == "user data"
    part = small / "loras" / "big.safetensors.part"
    if part.exists():  # kept resumable: the bytes on disk are the file's first bytes
        assert data.startswith(part.read_bytes())
    # the user makes room (the tmpfs grows): resuming finishes the same task with the right bytes
    subprocess.run(["mount", "-o", "remount,size=32m", str(small)], check=True)
    await mm.call("PUT", f"/model-manager/download/{task['taskId']}", json={"status": "resume"}, expect=200)
    done = await mm.wait(task["taskId"], "completed", timeout=30)
    assert done["sha256"] == sha256(data)
    assert (small / "loras" / "big.safetensors").read_bytes() == data
    assert set(files_under(small)) == {"loras/keep.safetensors", "notes.txt", "loras/big.safetensors",
                                       "loras/big.metadata.json"}


# -- servers that lie ------------------------------------------------------------------------------

async def test_content_length_smaller_than_file_with_published_hash_fails(mm, liar):
    lr, base = liar
    data = make_safetensors(200_000)
    lr.files["x.safetensors"] = data
    task = await mm.download(url=f"{base}/short/x.safetensors", folder="loras", sha256=sha256(data))
    failed = await mm.wait(task["taskId"], "failed")
    assert "SHA-256 mismatch" in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_content_length_smaller_than_file_with_published_size_fails(mm, liar):
    lr, base = liar
    data = make_safetensors(200_000)
    lr.files["x.safetensors"] = data
    task = await mm.download(url=f"{base}/short/x.safetensors", folder="loras", size=len(data))
    failed = await mm.wait(task["taskId"], "failed")
    assert str(len(data)) in failed["error"]
    assert list((mm.models_dir / "loras").iterdir()) == []


async def test_truncated_safetensors_without_published_hash_is_not_a_model(mm, liar):
    lr, base = liar
    data = make_safetensors(200_000)
    lr.files["x.safetensors"] = data
    task = await mm.download(url=f"{base}/short/x.safetensors", folder="loras")
    done = await mm.wait(task["taskId"], "completed", "failed")
    target = mm.models_dir / "loras" / "x.safetensors"
    assert done["status"] == "failed", f"finished a {target.stat().st_size}-byte cut of a {len(data)}-byte model"
    assert not target.exists()


async def test_content_length_larger_than_body_never_finishes_wrong(mm, file_server):
    """Announces 1000 bytes more than it has (Range honoured): the resume meets 416 or the end."""
    fs, base = file_server
    data = make_safetensors(100_000)
    fs.add("x.safetensors", data, length_lie=1000)
    await mm.setting("maxRetries", 2)
    await mm.setting("stallTimeout", 1)
    task = await mm.download(url=f"{base}/files/x.safetensors", folder="loras")
    done = await mm.wait(task["taskId"], "completed", "failed", timeout=30)
    target = mm.models_dir / "loras" / "x.safetensors"
    if done["status"] == "completed":
        assert target.read_bytes() == data and done["sha256"] == sha256(data)
    else:
        assert not target.exists()


async def test_range_liar_caught_by_the_hash(mm, liar):
    """206 whose Content-Range claims the asked start but whose body starts 4096 bytes earlier."""
    lr, base = liar
    data = make_safetensors(500_000)
    lr.files["x.safetensors"] = data
    lr.drop_after, lr.shift = 700_000, 4096
    await mm.setting("maxRetries", 2)
    task = await mm.download(url=f"{base}/range-liar/x.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed", "failed", timeout=30)
    target = mm.models_dir / "loras" / "x.safetensors"
    assert [r for _, r in lr.requests][:2] == [None, "bytes=700000-"], lr.requests
    if done["status"] == "completed":  # restarted from zero and then got it right
        assert target.read_bytes() == data
    else:
        assert "SHA-256" in done["error"], done
        assert not target.exists()


async def test_range_liar_restarts_with_the_hash_and_gets_it_right(mm, liar):
    """The same lie once, then an honest server: the task must end with the true bytes."""
    lr, base = liar
    data = make_safetensors(500_000)
    lr.files["x.safetensors"] = data
    lr.drop_after, lr.shift = 700_000, 4096
    await mm.setting("maxRetries", 3)
    task = await mm.download(url=f"{base}/range-liar/x.safetensors", folder="loras", sha256=sha256(data))
    done = await mm.wait(task["taskId"], "completed", "failed", timeout=30)
    if done["status"] == "failed":
        lr.drop_after, lr.shift = len(data), 0
        await mm.call("PUT", f"/model-manager/download/{task['taskId']}", json={"status": "resume"}, expect=200)
        done = await mm.wait(task["taskId"], "completed", "failed", timeout=30)
    assert done["status"] == "completed", done
    assert (mm.models_dir / "loras" / "x.safetensors").read_bytes() == data


# -- kill -9 in the standalone process -----------------------------------------------------------------

def serve(models: Path, data: Path, log: Path, *extra_args: str, port: int | None = None):
    port = port or free_port()
    proc = subprocess.Popen([CLI, *CLI_ARGS, "serve", "--models-dir", str(models), "--data-dir", str(data),
                             "--port", str(port), *extra_args], stdout=open(log, "ab"), stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/model-manager"
    deadline = time.monotonic() + 20
    while True:
        try:
            if http("GET", f"{base}/download/task")[0] == 200:
                return proc, base
        except OSError:
            pass
        if time.monotonic() > deadline or proc.poll() is not None:
            proc.kill()
            raise AssertionError(log.read_text())
        time.sleep(0.05)


def integrity(db: Path) -> str:
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


def wait_scan_done(base: str, timeout: float = 120) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        _, body = http("GET", f"{base}/scan")
        if body["data"] and body["data"]["status"] != "running":
            return body["data"]
        assert time.monotonic() < deadline, body
        time.sleep(0.05)


def big_model(path: Path, size: int, seed: int) -> str:
    """A ``.safetensors``-shaped file of ``size`` bytes (tiny header, random-ish body); returns its SHA-256."""
    header = json.dumps({"__metadata__": {"seed": str(seed)}}).encode()
    block = hashlib.sha256(str(seed).encode()).digest() * (MB // 32)
    h = hashlib.sha256()
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as f:
        head = len(header).to_bytes(8, "little") + header
        f.write(head)
        h.update(head)
        left = size - len(head)
        while left > 0:
            chunk = block[:left]
            f.write(chunk)
            h.update(chunk)
            left -= len(chunk)
    return h.hexdigest()


def test_kill_9_during_scan_keeps_the_catalog_sound(tmp_path):
    models, data, log = tmp_path / "models", tmp_path / "data", tmp_path / "serve.log"
    digests = {f"f{i:02d}.safetensors": big_model(models / "checkpoints" / f"f{i:02d}.safetensors", 48 * MB, i)
               for i in range(20)}
    proc, base = serve(models, data, log)
    try:
        http("POST", f"{base}/download/setting", {"key": "autoScan", "value": False})
        status, body = http("POST", f"{base}/scan", {"folder": "checkpoints", "mode": "full"})
        assert status == 202, body
        deadline = time.monotonic() + 60
        while True:  # kill once some files are hashed (and written to the catalog) but not all
            _, scan = http("GET", f"{base}/scan")
            done = scan["data"]["progress"]["done"]
            if 1 <= done < len(digests) and scan["data"]["status"] == "running":
                break
            assert scan["data"]["status"] == "running" and time.monotonic() < deadline, scan
            time.sleep(0.005)
        proc.send_signal(signal.SIGKILL)
        proc.wait(5)
        assert integrity(data / "catalog.sqlite3") == "ok"

        proc, base = serve(models, data, log)
        assert integrity(data / "catalog.sqlite3") == "ok"
        status, body = http("POST", f"{base}/scan", {"folder": "checkpoints"})
        assert status in (200, 202), body
        result = wait_scan_done(base)
        assert result["status"] == "completed", result
        _, listing = http("GET", f"{base}/models/checkpoints")
        got = {m["relativePath"]: m["sha256"] for m in listing["data"]}
        assert got == digests
    finally:
        proc.kill()
        proc.wait(5)
    assert integrity(data / "catalog.sqlite3") == "ok"
    assert "Traceback" not in log.read_text()


def test_kill_9_during_cross_filesystem_move(tmp_path):
    other = tmp_path / "other"
    mount_tmpfs(other, "1g")
    try:
        models, data, log = tmp_path / "models", tmp_path / "data", tmp_path / "serve.log"
        size = 768 * MB
        digest = big_model(models / "checkpoints" / "m.safetensors", size, 7)
        (models / "checkpoints" / "m.md").write_text("my notes")
        yaml = extra_yaml(tmp_path, "other", checkpoints=other / "checkpoints")
        (other / "checkpoints").mkdir()
        proc, base = serve(models, data, log, "--extra-model-paths", yaml)
        try:
            http("POST", f"{base}/download/setting", {"key": "autoScan", "value": False})
            threading.Thread(target=lambda: _quiet(http, "PUT", f"{base}/model/checkpoints/0/m.safetensors",
                                                   {"pathIndex": 1}), daemon=True).start()
            target = other / "checkpoints" / "m.safetensors"
            deadline = time.monotonic() + 30
            while True:  # kill the moment the copy has started and is not done
                try:
                    if 0 < target.stat().st_size < size:
                        break
                except FileNotFoundError:
                    pass
                if not (models / "checkpoints" / "m.safetensors").exists():
                    break  # too late: the move finished
                assert time.monotonic() < deadline
            proc.send_signal(signal.SIGKILL)
            proc.wait(5)
            proc, base = serve(models, data, log, "--extra-model-paths", yaml)
            copies = [p for p in (models / "checkpoints" / "m.safetensors", target) if p.exists()]
            assert len(copies) == 1, [(str(p), p.stat().st_size) for p in copies]
            assert copies[0].stat().st_size == size
            assert hashlib.sha256(copies[0].read_bytes()).hexdigest() == digest
            _, listing = http("GET", f"{base}/models/checkpoints")
            assert [m["relativePath"] for m in listing["data"]] == ["m.safetensors"]
        finally:
            proc.kill()
            proc.wait(5)
    finally:
        umount(other)


def _quiet(fn, *args):
    try:
        fn(*args)
    except OSError:
        pass
