#!/usr/bin/env bash
# Frontend checks: clean install, build, bundle up to date, unit tests, e2e
# (stand-in host, standalone server, then a real ComfyUI started by tests/comfyui/launch.py,
# once per tested frontend: 1.32.9, the pin, and 1.58.1).
# Assumes the Python package is already installed (`pip install -e .`), which
# provides the `comfyui-model-manager` command the e2e test starts.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== npm ci"
npm ci --no-audit --no-fund

echo "== build"
npm run build

echo "== bundle is up to date"
git diff --exit-code --stat -- web/
if [ -n "$(git status --porcelain --untracked-files=all -- web/)" ]; then
  git status --porcelain --untracked-files=all -- web/
  echo "web/ differs from the build output: run 'npm run build' and commit web/" >&2
  exit 1
fi
# ComfyUI imports every .js under web/: there must be exactly one.
js_count=$(find web -name '*.js' | wc -l)
if [ "$js_count" -ne 1 ] || [ ! -f web/model-manager.js ]; then
  find web -name '*.js'
  echo "web/ must hold exactly one .js file, web/model-manager.js" >&2
  exit 1
fi

echo "== unit tests"
npm test

echo "== e2e"
if [ ! -x /usr/bin/chromium ]; then
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && apt-get install -y -qq chromium >/dev/null
  else
    sudo apt-get update -qq && sudo apt-get install -y -qq chromium >/dev/null
  fi
fi
if ! command -v comfyui-model-manager >/dev/null; then
  echo "comfyui-model-manager not found: pip install -e . first" >&2
  exit 1
fi
npm run test:e2e

echo "== e2e inside a real ComfyUI"
# MM_E2E_COMFYUI=0 skips this part (e.g. on a machine without the ~1.5 GB cache).
if [ "${MM_E2E_COMFYUI:-1}" != "0" ]; then
  # The cached ComfyUI 0.3.75 + CPU torch environment of the real-ComfyUI tier
  # (idempotent; minutes on a fresh machine, instant afterwards).
  # (and each tested frontend: 1.58.1 from its PyPI wheel, cached beside the tree)
  python3 tests/comfyui/conftest.py
  # The same spec under each frontend (MM_FRONTENDS narrows it); a failure names it.
  for fe in ${MM_FRONTENDS:-1.32.9 1.58.1}; do
    echo "== e2e inside a real ComfyUI, frontend $fe"
    if ! MM_FRONTEND="$fe" npm run test:e2e:comfyui; then
      echo "e2e inside a real ComfyUI failed under frontend $fe (MM_FRONTEND=$fe npm run test:e2e:comfyui)" >&2
      exit 1
    fi
  done
fi
