#!/usr/bin/env bash
# Opens committed notebooks, untrusted as in a fresh clone, in JupyterLab (from PyPI, in a
# virtualenv made here) in Debian's headless Chromium, and checks that every figure output shows
# a PNG image; a screenshot per notebook goes to reports/ci-artifacts/.
# Usage: tests/jupyterlab/run.sh [notebook.ipynb ...] (default: every notebook in notebooks/).
# JUPYTERLAB_VENV=dir reuses a virtualenv that already has JupyterLab.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ "$#" -eq 0 ]; then set -- notebooks/*.ipynb; fi
for notebook in "$@"; do
  [ -f "$notebook" ] || { echo "notebook: expected an .ipynb file, got $notebook" >&2; exit 2; }
done

work=$(mktemp -d)
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

venv=${JUPYTERLAB_VENV:-$work/venv}
if [ ! -x "$venv/bin/jupyter-lab" ]; then
  python3 -m venv "$venv"
  # One try per index: where an index in pip's configuration is unreachable, retrying it only waits.
  "$venv/bin/pip" install -q --retries 0 --timeout 20 jupyterlab==4.6.4
fi
# Render every cell at once (JupyterLab 4 renders only the cells in view by default).
mkdir -p "$venv/share/jupyter/lab/settings"
cat >"$venv/share/jupyter/lab/settings/overrides.json" <<'JSON'
{
  "@jupyterlab/notebook-extension:tracker": { "windowingMode": "none" },
  "@jupyterlab/apputils-extension:notification": { "fetchNews": "false" }
}
JSON

if ! command -v chromium >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
prefix="$work/npm"
npm install --prefix "$prefix" --no-save --no-audit --no-fund playwright-core@1.65.1 >/dev/null 2>&1

# A fresh copy under fresh Jupyter directories: no trust database knows it, as after a clone.
mkdir -p "$work/root" "$work/data" "$work/config" "$work/runtime"
cp "$@" "$work/root/"
export JUPYTER_DATA_DIR="$work/data" JUPYTER_CONFIG_DIR="$work/config" JUPYTER_RUNTIME_DIR="$work/runtime"
"$venv/bin/python" - "$work"/root/*.ipynb <<'PY'
import sys, nbformat
from nbformat.sign import NotebookNotary
for path in sys.argv[1:]:
    if NotebookNotary().check_signature(nbformat.read(path, as_version=4)):
        sys.exit(f"{path}: expected an untrusted notebook, but it is signed as trusted")
print(f"{len(sys.argv) - 1} notebook(s) untrusted, as after a fresh clone")
PY

port=$("$venv/bin/python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$venv/bin/jupyter-lab" --no-browser --allow-root --ip=127.0.0.1 --port="$port" \
  --ServerApp.root_dir="$work/root" --IdentityProvider.token='' --ServerApp.password='' \
  --ServerApp.disable_check_xsrf=True --LabApp.news_url=None --LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate \
  >"$work/lab.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:$port/api/status" >/dev/null 2>&1; then break; fi
  sleep 0.5
done
curl -fsS "http://127.0.0.1:$port/api/status" >/dev/null || { cat "$work/lab.log" >&2; echo "JupyterLab did not start" >&2; exit 1; }

failed=0
for notebook in "$@"; do
  name=$(basename "$notebook")
  PLAYWRIGHT_DIR="$prefix/node_modules" CHROMIUM=$(command -v chromium) \
    node tests/jupyterlab/untrusted_figures.mjs "$work/root/$name" \
    "http://127.0.0.1:$port/lab/tree/$name?reset" || failed=$((failed + 1))
done
echo "jupyterlab: $(($# - failed)) of $# notebooks show every figure as an image"
[ "$failed" -eq 0 ]
