"""The host seam: what the services need from whoever runs them.

A host gives the model folders (name → roots + extensions), a data directory,
a way to emit WebSocket events and start-up extras (allowed hosts). Two hosts
exist: :class:`~.comfy.ComfyHost` (inside ComfyUI; the only module that
imports ComfyUI) and :class:`~.standalone.StandaloneHost` (our own server on a
models directory, laid out as ComfyUI lays out ``models/``).
"""

from __future__ import annotations

import logging
import os
import shlex
import shutil
import sys
from typing import Protocol

import yaml

log = logging.getLogger(__name__)

#: ComfyUI 0.3.75's ``supported_pt_extensions`` plus ``.gguf`` (loaded by the
#: popular GGUF loader nodes). A copy: ComfyUI's own set is never mutated.
MODEL_EXTENSIONS = frozenset({".ckpt", ".pt", ".pt2", ".bin", ".pth", ".safetensors", ".pkl", ".sft", ".gguf"})

#: ComfyUI 0.3.75's default model folders (``folder_paths.py``): name → subdirectories
#: of ``models/``. ``text_encoders`` and ``diffusion_models`` also take the
#: legacy ``clip`` and ``unet`` directories.
DEFAULT_FOLDERS: dict[str, tuple[str, ...]] = {
    "checkpoints": ("checkpoints",),
    "loras": ("loras",),
    "vae": ("vae",),
    "text_encoders": ("text_encoders", "clip"),
    "diffusion_models": ("unet", "diffusion_models"),
    "clip_vision": ("clip_vision",),
    "style_models": ("style_models",),
    "embeddings": ("embeddings",),
    "vae_approx": ("vae_approx",),
    "controlnet": ("controlnet", "t2i_adapter"),
    "gligen": ("gligen",),
    "upscale_models": ("upscale_models",),
    "latent_upscale_models": ("latent_upscale_models",),
    "hypernetworks": ("hypernetworks",),
    "photomaker": ("photomaker",),
    "model_patches": ("model_patches",),
    "audio_encoders": ("audio_encoders",),
}
#: Legacy names in ``extra_model_paths.yaml`` (as ``folder_paths.map_legacy``).
LEGACY_NAMES = {"unet": "diffusion_models", "clip": "text_encoders"}

FolderMap = dict[str, tuple[list[str], set[str]]]


class Host(Protocol):
    """What the services need from the process that runs them."""

    #: Directory for the catalog and secrets (created on first use).
    data_dir: str
    #: Download hosts allowed from start-up (``--allow-host``, environment).
    extra_hosts: list[str]
    #: The catalog: a ``postgresql://…`` URL shared by a fleet, or None for the SQLite
    #: file in ``data_dir`` (``--catalog``, ``MODEL_MANAGER_CATALOG``).
    catalog: str | None

    def folder_source(self) -> FolderMap:
        """Model folders now: ``{name: ([absolute root, ...], {".ext", ...})}``."""

    # Optional: ``node_input_folders() -> {class_type: {input: folder}}`` from the
    # host's node definitions (ComfyHost); the workflow resolver uses it when present.

    def emit(self, event: str, data: dict) -> None:
        """Send ``{"type": event, "data": data}`` to every connected client. Thread-safe."""

    def workflow_dirs(self) -> list[str]:
        """Directories holding the user's saved workflows (``*.json``, recursive); may be empty.
        Inside ComfyUI each user's ``user/<user>/workflows``; standalone ``--workflows-dir``."""

    def bind_addresses(self) -> list[str]:
        """The addresses the HTTP server listens on (``127.0.0.1``, ``0.0.0.0``, ``::`` ...)."""

    def peer_address(self, request) -> str | None:
        """The address of the TCP peer of an aiohttp request (``"unix"`` for a Unix socket)."""

    def token_command(self) -> str:
        """The exact shell command that prints the access token of this install."""


def python_command() -> str:
    """``python`` when that name on PATH is this interpreter, else this interpreter's path (quoted)."""
    found = shutil.which("python")
    if found and os.path.realpath(found) == os.path.realpath(sys.executable):
        return "python"
    return shlex.quote(sys.executable)


def transport_peer(request) -> str | None:
    """The TCP peer of ``request`` from its transport (not from any header): an IP address,
    ``"unix"`` for a Unix-socket peer, or None when the connection is gone."""
    transport = request.transport
    peer = transport.get_extra_info("peername") if transport is not None else None
    if isinstance(peer, (tuple, list)) and peer:
        return str(peer[0])
    if isinstance(peer, (str, bytes)):
        return "unix"
    return request.remote


def env_allowed_hosts() -> list[str]:
    """Hosts from ``MODEL_MANAGER_ALLOW_HOSTS`` (comma-separated ``host[:port]``)."""
    raw = os.environ.get("MODEL_MANAGER_ALLOW_HOSTS", "")
    return [h.strip() for h in raw.split(",") if h.strip()]


def env_catalog() -> str | None:
    """The catalog from ``MODEL_MANAGER_CATALOG`` (a ``postgresql://…`` URL or a SQLite file), or None."""
    return os.environ.get("MODEL_MANAGER_CATALOG", "").strip() or None


def default_folder_map(models_dir: str) -> FolderMap:
    """ComfyUI's default model folders under ``models_dir``."""
    models_dir = os.path.abspath(models_dir)
    return {
        name: ([os.path.join(models_dir, sub) for sub in subs], set(MODEL_EXTENSIONS))
        for name, subs in DEFAULT_FOLDERS.items()
    }


def add_extra_model_paths(folders: FolderMap, config_path: str) -> None:
    """Add the roots of an ``extra_model_paths.yaml`` file to ``folders`` (in place).

    Format (ComfyUI's ``extra_model_paths.yaml.example``): top-level sections,
    each a mapping with an optional ``base_path`` (relative to the file's
    directory), optional ``is_default`` (its roots go first), and ``folder_name:
    path`` entries whose value may list several paths, one per line, relative to
    ``base_path``. Unknown folder names create new folders. Raises ``OSError`` /
    ``yaml.YAMLError`` / ``ValueError`` for an unreadable or malformed file.
    """
    with open(config_path, encoding="utf-8") as f:
        config = yaml.safe_load(f) or {}
    if not isinstance(config, dict):
        raise ValueError(f"{config_path}: expected a mapping of sections")
    yaml_dir = os.path.dirname(os.path.abspath(config_path))
    for section in config.values():
        if not isinstance(section, dict):
            continue
        base = section.get("base_path")
        if base:
            base = os.path.expandvars(os.path.expanduser(str(base)))
            if not os.path.isabs(base):
                base = os.path.join(yaml_dir, base)
        is_default = bool(section.get("is_default", False))
        for name, value in section.items():
            if name in ("base_path", "is_default") or value is None:
                continue
            name = LEGACY_NAMES.get(name, name)
            for line in str(value).splitlines():
                line = line.strip()
                if not line:
                    continue
                path = os.path.expandvars(os.path.expanduser(line))
                if base and not os.path.isabs(path):
                    path = os.path.join(base, path)
                path = os.path.normpath(os.path.abspath(path))
                roots, exts = folders.setdefault(name, ([], set(MODEL_EXTENSIONS)))
                if path in roots:
                    continue
                if is_default:
                    roots.insert(0, path)
                else:
                    roots.append(path)
