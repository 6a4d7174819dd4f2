"""Packaging: the wheel and the sdist hold every room of ``py/`` and ``routes/openapi.json``;
``requirements.txt`` (what a ``git clone`` into ComfyUI installs) matches ``pyproject.toml``;
the ``[tool.comfy]`` section uses the Comfy Registry's field names.

The build runs on a copy of the checkout's files (git-tracked plus untracked, not
ignored: what a clean clone would hold), so it writes nothing into the checkout.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PACKAGE = "comfyui_model_manager"
#: ``[tool.comfy]`` keys comfy-cli reads (comfy_cli/registry/config_parser.py,
#: docs.comfy.org/registry/specifications); a misspelt key is silently ignored there.
REGISTRY_KEYS = {"PublisherId", "DisplayName", "Icon", "Banner", "Models", "includes", "web",
                 "requires-comfyui", "version"}


def source_files() -> list[str]:
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
                             cwd=ROOT, check=True, capture_output=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [p for p in out.decode().split("\0") if p and (ROOT / p).is_file()]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict[str, list[str]]:
    """Build the wheel and the sdist of a copy of the checkout; their member names."""
    src = tmp_path_factory.mktemp("src")
    for rel in source_files():
        if rel.startswith(("py/", "pyproject.toml", "setup.py", "README.md", "requirements.txt")):
            (src / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, src / rel)
    out = tmp_path_factory.mktemp("dist")
    # The backend pip would call (PEP 517), without build isolation: no index needed.
    # (The output directory goes by environment: setuptools reads sys.argv.)
    subprocess.run(
        [sys.executable, "-c",
         "import os, setuptools.build_meta as b; b.build_wheel(os.environ['OUT']); b.build_sdist(os.environ['OUT'])"],
        cwd=src, check=True, capture_output=True, env={**os.environ, "OUT": str(out)}, timeout=300,
    )
    [wheel] = out.glob("*.whl")
    [sdist] = out.glob("*.tar.gz")
    with zipfile.ZipFile(wheel) as z:
        wheel_names = z.namelist()
    with tarfile.open(sdist) as t:
        sdist_names = [m.name.split("/", 1)[1] for m in t.getmembers() if "/" in m.name]
    return {"wheel": wheel_names, "sdist": sdist_names}


def rooms() -> list[Path]:
    return sorted(p.parent for p in (ROOT / "py").rglob("__init__.py"))


def test_every_module_and_openapi_is_in_the_wheel(built):
    names = set(built["wheel"])
    modules = sorted((ROOT / "py").rglob("*.py"))
    assert len(rooms()) >= 8  # py/ itself and its rooms: the test reads the real tree
    missing = [str(p.relative_to(ROOT)) for p in modules
               if f"{PACKAGE}/{p.relative_to(ROOT / 'py').as_posix()}" not in names]
    assert not missing, f"not in the wheel: {missing}"
    assert f"{PACKAGE}/routes/openapi.json" in names
    entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert entry_points  # the `comfyui-model-manager` command


def test_every_module_and_openapi_is_in_the_sdist(built):
    names = set(built["sdist"])
    missing = [str(p.relative_to(ROOT)) for p in sorted((ROOT / "py").rglob("*.py"))
               if p.relative_to(ROOT).as_posix() not in names]
    assert not missing, f"not in the sdist: {missing}"
    assert "py/routes/openapi.json" in names
    assert {"pyproject.toml", "setup.py", "README.md"} <= names


def normalized(requirement: str) -> str:
    name, rest = re.match(r"^\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$", requirement).groups()
    return re.sub(r"[-_.]+", "-", name).lower() + rest.replace(" ", "")


def test_requirements_txt_matches_pyproject():
    lines = (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
    txt = sorted(normalized(line.split("#", 1)[0]) for line in lines if line.split("#", 1)[0].strip())
    assert txt == sorted(normalized(d) for d in PYPROJECT["project"]["dependencies"])


def test_registry_section():
    comfy = PYPROJECT["tool"]["comfy"]
    assert set(comfy) <= REGISTRY_KEYS, f"keys the Comfy Registry does not read: {set(comfy) - REGISTRY_KEYS}"
    assert {"PublisherId", "DisplayName", "Icon", "includes"} <= set(comfy)
    assert "Repository" in PYPROJECT["project"]["urls"]  # the registry requires it
    for path in comfy["includes"]:  # the built frontend ships with the node
        assert (ROOT / path).is_dir(), path
    assert (ROOT / "web" / "model-manager.js").is_file()
    assert re.fullmatch(r"\d+\.\d+\.\d+", PYPROJECT["project"]["version"])  # X.Y.Z, as the registry wants
    repository = PYPROJECT["project"]["urls"]["Repository"]
    assert repository.startswith("https://")
    # Both placeholders (nothing publishable yet) or both real: a publish needs the pair.
    placeholder = repository.startswith("https://example.invalid/")
    assert placeholder == (comfy["PublisherId"] == ""), (repository, comfy["PublisherId"])
    if comfy["PublisherId"]:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", comfy["PublisherId"])
