#!/usr/bin/env bash
# Every benchmark, one after the other, each printing its figures (last line = the figure).
#   bench/run.sh            full sizes (2 GiB files, 10,000-model library; ~10 GB of scratch disk)
#   bench/run.sh --quick    small sizes, for a smoke test
# Needs the package installed (scripts/test.sh makes .venv; or pip install -e .) and curl, openssl.
set -euo pipefail
cd "$(dirname "$0")/.."
py=python3
[ -x .venv/bin/python ] && py=.venv/bin/python
if [ "${1:-}" = "--quick" ]; then
  big=256; files=1000; scale=10000
else
  big=2048; files=10000; scale=100000
fi
echo "== download, one stream vs curl";  $py bench/download.py --size-mib "$big"
echo "== download, split vs one stream"; $py bench/split.py --size-mib $((big / 8))
echo "== SHA-256 vs openssl";            $py bench/hash.py --size-mib "$big"
echo "== library scan and listing";      $py bench/scan.py --files "$files"
echo "== listing inside a real ComfyUI, beside its own (prepares the cached ComfyUI if needed)"
$py bench/listing.py --files "$files" --download-mib $((big / 2))
echo "== 100,000 models";                 $py bench/scale.py --files "$scale"
echo "== resolve a 200-node workflow";  $py bench/workflow.py --library "$files"
echo "== model browser in Chromium";    node bench/browser.mjs --models "$files"
echo "== everything at once";            $py bench/responsiveness.py --size-mib "$big" --files "$files"
