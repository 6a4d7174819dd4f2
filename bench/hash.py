"""SHA-256 of large files: ours (``hashing.sha256_file``, used by the scanner and the downloader) vs ``openssl dgst -sha256``.

    python bench/hash.py [--size-mib 2048] [--runs 3] [--dir DIR]

Debian's ``sha256sum`` is built without OpenSSL and is several times slower, so
it is not a fair anchor; ``openssl dgst`` is. Each run hashes the same file with
both (order alternating, file in the page cache after the first read); then two
different files at once — ours on two threads (``hashlib`` releases the GIL) vs
two ``openssl`` processes. The last line is the single-file ratio.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

from comfyui_model_manager.library.hashing import sha256_file


def make_file(path: str, size: int) -> None:
    block = os.urandom(8 * 1024 * 1024)
    with open(path, "wb") as f:
        for i in range(0, size, len(block)):
            f.write(block[: min(len(block), size - i)])


def openssl(path: str) -> str:
    out = subprocess.run(["openssl", "dgst", "-sha256", "-r", path], check=True, capture_output=True, text=True)
    return out.stdout.split()[0]


def timed(fn, *args):
    start = time.perf_counter()
    result = fn(*args)
    return time.perf_counter() - start, result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--size-mib", type=int, default=2048)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--dir", default=None)
    args = ap.parse_args()
    size = args.size_mib * 1024 * 1024
    work = tempfile.mkdtemp(prefix="mm-hash-", dir=args.dir or os.path.join(os.path.dirname(__file__), ".."))
    try:
        a, b = os.path.join(work, "a.bin"), os.path.join(work, "b.bin")
        make_file(a, size)
        make_file(b, size)
        ours_t, ssl_t, ours2_t, ssl2_t = [], [], [], []
        for run in range(args.runs):
            for who in (("ours", "openssl") if run % 2 == 0 else ("openssl", "ours")):
                if who == "ours":
                    t, h1 = timed(sha256_file, a)
                    ours_t.append(t)
                else:
                    t, h2 = timed(openssl, a)
                    ssl_t.append(t)
            assert h1 == h2, "digests differ"
            with ThreadPoolExecutor(2) as pool:
                t, _ = timed(lambda: list(pool.map(sha256_file, [a, b])))
            ours2_t.append(t)
            t, _ = timed(lambda: [p.wait() for p in [subprocess.Popen(["openssl", "dgst", "-sha256", f],
                                                                        stdout=subprocess.DEVNULL) for f in (a, b)]])
            ssl2_t.append(t)
            print(f"run {run + 1}: ours {size / ours_t[-1] / 2**20:6.0f} MiB/s  openssl {size / ssl_t[-1] / 2**20:6.0f}"
                  f" MiB/s  | two files: ours {2 * size / ours2_t[-1] / 2**20:6.0f} MiB/s"
                  f"  openssl {2 * size / ssl2_t[-1] / 2**20:6.0f} MiB/s", flush=True)
        print(f"file: {args.size_mib} MiB, {args.runs} runs, best of each")
        print(f"one file:  ours {size / min(ours_t) / 2**20:.0f} MiB/s, openssl {size / min(ssl_t) / 2**20:.0f} MiB/s")
        print(f"two files: ours {2 * size / min(ours2_t) / 2**20:.0f} MiB/s, "
              f"openssl {2 * size / min(ssl2_t) / 2**20:.0f} MiB/s "
              f"(ratio {min(ssl2_t) / min(ours2_t):.2f})")
        print(f"ratio (ours / openssl): {min(ssl_t) / min(ours_t):.2f}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
