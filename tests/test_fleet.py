"""Many processes, one model store — with real processes, a real PostgreSQL 15 and a file
server that counts the bytes it sends:

- two ``serve`` processes on one data directory (SQLite): a task is fetched once, runs
  in one process, is paused / resumed from the other, reads ``completed`` in both and
  after both restart;
- the CLI's ``download`` beside a server: it follows the server's task, nothing fetched twice;
- two servers on one PostgreSQL catalog (own data dirs, one models folder): the same
  download posted to each is one task, fetched once, and the second lists the model
  with the SHA-256 the first recorded;
- a 12-round random ``kill -9`` storm (single-stream and split downloads, 6 MiB/s per
  connection): every restart forgets at most a second of transfer, every file ends
  verified.

Figures are printed (``pytest -s``) for the closing notes and BENCHMARKS.md.
"""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import pytest

from fileserver import FileServer, ThreadedServer, make_safetensors, sha256
from test_process import CLI, CLI_ARGS, free_port, http

MiB = 1024 * 1024


def serve(models: Path, data: Path, file_port: int, log: Path, *extra: str) -> tuple[subprocess.Popen, str]:
    """Start ``comfyui-model-manager serve``; returns the process and its API base URL."""
    port = free_port()
    proc = subprocess.Popen(
        [CLI, *CLI_ARGS, "serve", "--models-dir", str(models), "--data-dir", str(data), "--port", str(port),
         "--allow-host", f"127.0.0.1:{file_port}", *extra],
        stdout=open(log, "ab"), stderr=subprocess.STDOUT,
    )
    base = f"http://127.0.0.1:{port}/model-manager"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if http("GET", f"{base}/download/task")[0] == 200:
                return proc, base
        except OSError:
            time.sleep(0.1)
        if proc.poll() is not None:
            break
    proc.kill()
    raise AssertionError(log.read_text())


def wait_for(base: str, task_id: str, *statuses: str, timeout: float = 60.0, at_least: int = 0) -> dict:
    deadline = time.monotonic() + timeout
    while True:
        status, body = http("GET", f"{base}/download/{task_id}")
        task = body.get("data") if status == 200 else None
        if task and task["status"] in statuses and task["downloadedBytes"] >= at_least:
            return task
        assert time.monotonic() < deadline, (status, body)
        time.sleep(0.05)


def completed_everywhere_fetched_once(files, name: str, data: bytes, task_id: str, label: str,
                                     *bases: str) -> int:
    """Wait until every server reports the task completed with the file's SHA-256; check the
    file server sent the file at most 1.1 times (prints the figure). Returns bytes served."""
    for i, base in enumerate(bases):
        done = wait_for(base, task_id, "completed", timeout=60 if i == 0 else 10)
        assert done["sha256"] == sha256(data), done
    served = files.call(lambda: files.fs.served[name])
    print(f"\n{label}: served {served} bytes for a {len(data)}-byte file ({served / len(data):.3f}x), "
          f"{len(files.fs.requests_for(name))} requests")
    assert served <= 1.1 * len(data)
    return served


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)  # aiohttp's run_app: a graceful exit
    try:
        proc.wait(20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(5)


@pytest.fixture
def files():
    fs = FileServer()
    server = ThreadedServer(fs.app)
    server.fs = fs
    yield server
    server.close()


def test_two_processes_on_one_data_dir_fetch_once_and_agree(tmp_path, files):
    data = make_safetensors(48 * MiB // 4)  # 48 MiB at 16 MiB/s: ~3 s of transfer
    files.fs.add("m.safetensors", data, rate=16 * MiB)
    models, store = tmp_path / "models", tmp_path / "data"
    a, base_a = serve(models, store, files.port, tmp_path / "a.log")
    b, base_b = serve(models, store, files.port, tmp_path / "b.log")
    body = {"url": f"{files.url}/files/m.safetensors", "folder": "loras", "sha256": sha256(data)}
    try:
        status, reply = http("POST", f"{base_a}/download", body)
        assert status == 201, reply
        tid = reply["data"]["taskId"]
        # B shows A's task live, from the catalog: running, bytes growing, a speed
        seen = wait_for(base_b, tid, "running", timeout=10, at_least=1)
        later = wait_for(base_b, tid, "running", timeout=10, at_least=seen["downloadedBytes"] + 1)
        assert later["bytesPerSecond"] > 0
        # the same download posted to B is A's task, not a second transfer
        status, again = http("POST", f"{base_b}/download", body)
        assert status == 200 and again["data"]["taskId"] == tid
        # B's pause is handed to A through the catalog; A stops sending
        status, paused = http("PUT", f"{base_b}/download/{tid}", {"status": "pause"})
        assert status == 200 and paused["data"]["status"] == "paused", paused
        assert wait_for(base_a, tid, "paused", timeout=5)["status"] == "paused"
        served = files.call(lambda: files.fs.served.get("m.safetensors", 0))
        time.sleep(1.0)
        assert files.call(lambda: files.fs.served.get("m.safetensors", 0)) == served, "still sending after pause"
        # resumed from B: one process (whichever leases it) finishes it
        status, _ = http("PUT", f"{base_b}/download/{tid}", {"status": "resume"})
        assert status == 200
        served = completed_everywhere_fetched_once(files, "m.safetensors", data, tid,
                                                   "two processes, one data dir", base_a, base_b)
        assert (models / "loras" / "m.safetensors").read_bytes() == data
        for name in ("a.log", "b.log"):
            assert "appeared while downloading" not in (tmp_path / name).read_text()
    finally:
        stop(a)
        stop(b)
    a, base_a = serve(models, store, files.port, tmp_path / "a.log")
    b, base_b = serve(models, store, files.port, tmp_path / "b.log")
    try:
        for base in (base_a, base_b):
            assert http("GET", f"{base}/download/{tid}")[1]["data"]["status"] == "completed"
    finally:
        stop(a)
        stop(b)
    assert files.call(lambda: files.fs.served["m.safetensors"]) == served  # nothing fetched again


def test_cli_download_beside_a_server_follows_its_task(tmp_path, files):
    """``download`` run in a terminal while a server on the same data dir fetches that file:
    the CLI takes part in the leases — it follows the server's task instead of fetching again."""
    data = make_safetensors(32 * MiB // 4)
    files.fs.add("c.safetensors", data, rate=3 * MiB)  # ~10 s: the CLI starts while the server is at it
    models, store = tmp_path / "models", tmp_path / "data"
    a, base = serve(models, store, files.port, tmp_path / "a.log")
    url = f"{files.url}/files/c.safetensors"
    try:
        status, reply = http("POST", f"{base}/download", {"url": url, "folder": "vae"})
        assert status == 201
        wait_for(base, reply["data"]["taskId"], "running", timeout=10, at_least=1)
        done = subprocess.run([CLI, *CLI_ARGS, "download", url, "--folder", "vae", "--models-dir", str(models),
                               "--data-dir", str(store), "--allow-host", f"127.0.0.1:{files.port}"],
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
        assert "runs in another process" in done.stderr
        assert done.stdout.strip() == str(models / "vae" / "c.safetensors")
        completed_everywhere_fetched_once(files, "c.safetensors", data, reply["data"]["taskId"],
                                          "CLI beside a server", base)
        assert (models / "vae" / "c.safetensors").read_bytes() == data
    finally:
        stop(a)


def test_two_servers_on_one_postgresql_catalog(tmp_path, files, pg_url):
    data = make_safetensors(32 * MiB // 4)  # 32 MiB at 16 MiB/s
    files.fs.add("shared.safetensors", data, rate=16 * MiB)
    models = tmp_path / "models"  # the shared store (NFS in a studio)
    a, base_a = serve(models, tmp_path / "data-a", files.port, tmp_path / "a.log", "--catalog", pg_url)
    b, base_b = serve(models, tmp_path / "data-b", files.port, tmp_path / "b.log", "--catalog", pg_url)
    body = {"url": f"{files.url}/files/shared.safetensors", "folder": "checkpoints"}
    try:
        for base in (base_a, base_b):  # both list the folder first: their listing indexes exist
            assert http("GET", f"{base}/models/checkpoints")[0] == 200
        replies: dict[str, tuple[int, dict]] = {}
        go = threading.Barrier(2)

        def post(name: str, base: str) -> None:
            go.wait()
            replies[name] = http("POST", f"{base}/download", body)

        threads = [threading.Thread(target=post, args=(n, b_)) for n, b_ in (("a", base_a), ("b", base_b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(s for s, _ in replies.values()) == [200, 201], replies
        [tid] = {r["data"]["taskId"] for _, r in replies.values()}
        completed_everywhere_fetched_once(files, "shared.safetensors", data, tid,
                                          "two servers, one PostgreSQL catalog", base_a, base_b)
        # the model the one hashed is known to the other (same path, size, mtime)
        for base in (base_a, base_b):
            deadline = time.monotonic() + 10
            while True:
                status, listing = http("GET", f"{base}/models/checkpoints")
                assert status == 200
                model = [m for m in listing["data"] if m["relativePath"] == "shared.safetensors"]
                if model and model[0]["sha256"] == sha256(data):
                    break
                assert time.monotonic() < deadline, model
                time.sleep(0.2)
    finally:
        stop(a)
        stop(b)


# -- the kill storm ----------------------------------------------------------------
RATE = 6 * MiB  # per connection


def kept_bytes(store: Path, models: Path) -> dict[str, int]:
    """What a restart continues from, per file: recorded ranges (split) or the .part size."""
    conn = sqlite3.connect(f"file:{store / 'catalog.sqlite3'}?mode=ro", uri=True)
    try:
        rows = conn.execute("SELECT filename, folder, status, segments, total_bytes FROM download_tasks").fetchall()
    finally:
        conn.close()
    kept = {}
    for filename, folder, status, segments, total in rows:
        if status == "completed":
            kept[filename] = total
        elif segments:
            kept[filename] = sum(s[2] for s in json.loads(segments))
        else:
            part = models / folder / f"{filename}.part"
            kept[filename] = part.stat().st_size if part.exists() else 0
    return kept


def test_kill_storm_forgets_at_most_a_second(tmp_path, files):
    rng = random.Random(14)
    blobs = {"single.safetensors": make_safetensors(32 * MiB // 4, seed=1),
             "split.safetensors": make_safetensors(96 * MiB // 4, seed=2)}
    for name, blob in blobs.items():
        files.fs.add(name, blob, rate=RATE)
    models, store, log = tmp_path / "models", tmp_path / "data", tmp_path / "serve.log"
    served = lambda: files.call(lambda: dict(files.fs.served))  # noqa: E731
    active = lambda: files.call(lambda: dict(files.fs.active))  # noqa: E731

    proc, base = serve(models, store, files.port, log)
    before_kept, before_served = {}, {}
    for key, value in (("splitMinBytes", 48 * MiB), ("connections", 4), ("concurrency", 2)):
        assert http("POST", f"{base}/download/setting", {"key": key, "value": value})[0] == 200
    ids = {}
    for name, blob in blobs.items():
        status, reply = http("POST", f"{base}/download", {"url": f"{files.url}/files/{name}", "folder": "loras",
                                                           "sha256": sha256(blob)})
        assert status == 201, reply
        ids[name] = reply["data"]["taskId"]
    rounds = []
    try:
        for k in range(12):
            if k:
                before_kept, before_served = kept_bytes(store, models), served()
            time.sleep(rng.uniform(0.4, 2.0))
            connections = active()
            proc.send_signal(signal.SIGKILL)
            proc.wait(10)
            after_kept, after_served = kept_bytes(store, models), served()
            for name in blobs:
                sent = after_served.get(name, 0) - before_served.get(name, 0)
                gained = after_kept.get(name, 0) - before_kept.get(name, 0)
                if sent:
                    forgotten = sent - gained
                    conns = max(1, connections.get(name, 0))
                    rounds.append((k, name, sent, gained, forgotten, conns, forgotten / (RATE * conns)))
            proc, base = serve(models, store, files.port, log)
        for name, tid in ids.items():
            task = wait_for(base, tid, "completed", "failed", timeout=120)
            assert task["status"] == "completed", task
            assert task["sha256"] == sha256(blobs[name])
            assert (models / "loras" / name).read_bytes() == blobs[name]
    finally:
        proc.kill()
        proc.wait(10)
    total_sent = sum(served().values())
    total_size = sum(len(b) for b in blobs.values())
    print(f"\nkill storm: {len(rounds)} task-rounds, served {total_sent / MiB:.1f} MiB for "
          f"{total_size / MiB:.1f} MiB of files (forgot {(total_sent - total_size) / MiB:.1f} MiB in all)")
    for k, name, sent, gained, forgotten, conns, seconds in rounds:
        print(f"  round {k:2} {name:18} sent {sent / MiB:6.1f} MiB kept {gained / MiB:6.1f} MiB "
              f"forgot {forgotten / MiB:5.2f} MiB over {conns} conn = {seconds:.2f} s")
    worst = max(r[6] for r in rounds)
    print(f"  worst restart: {max(r[4] for r in rounds) / MiB:.2f} MiB, {worst:.2f} s of transfer")
    assert rounds, "the storm never caught a transfer"
    assert worst <= 1.0, "a restart forgot more than a second of transfer"
