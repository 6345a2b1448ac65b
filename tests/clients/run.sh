#!/usr/bin/env bash
# Proves kgraph's exports open in real clients (issue 5): networkx, python-igraph, a strict
# neo4j-admin header check and the kuzu Cypher engine, Graphviz, and Gephi Lite's graphology
# parsers. Installs what it needs (Graphviz and, when missing, Python/Node from Debian; Python
# packages from PyPI into a venv; npm packages with `npm ci`), builds the release binary, writes
# a fresh out folder and a torture out folder, and checks them and the committed out/.
#
#   bash tests/clients/run.sh
#
# Environment: KGRAPH_CLIENTS_VENV (venv folder, default ~/.cache/kgraph-clients-venv, outside
# the repository), KGRAPH_CLIENTS_KEEP=1 (keep the temporary folder). Exits non-zero on any failure.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/kgraph-clients.XXXXXX")
if [ "${KGRAPH_CLIENTS_KEEP:-}" = 1 ]; then
  echo "temporary folder kept: $WORK"
else
  trap 'rm -rf "$WORK"' EXIT
fi
VENV=${KGRAPH_CLIENTS_VENV:-${XDG_CACHE_HOME:-$HOME/.cache}/kgraph-clients-venv}
export PYTHONDONTWRITEBYTECODE=1 PIP_DISABLE_PIP_VERSION_CHECK=1 DEBIAN_FRONTEND=noninteractive

SUDO=
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then SUDO=sudo; fi
APT_UPDATED=
apt_install() {
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "run.sh: need $* but apt-get is not available; install them and rerun" >&2
    return 1
  fi
  if [ -z "$APT_UPDATED" ]; then
    $SUDO apt-get update -qq
    APT_UPDATED=1
  fi
  echo "== apt-get install $*"
  $SUDO apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

echo "== tools"
command -v dot >/dev/null 2>&1 || apt_install graphviz
if ! command -v python3 >/dev/null 2>&1 || ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
  apt_install python3 python3-venv
fi
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 || apt_install nodejs npm
dot -V 2>&1
python3 --version
echo "node $(node --version), npm $(npm --version 2>/dev/null)"

echo "== Python clients (venv $VENV)"
STAMP="$VENV/.kgraph-requirements"
if [ ! -x "$VENV/bin/python" ] || ! cmp -s "$HERE/requirements.txt" "$STAMP"; then
  rm -rf "$VENV"
  python3 -m venv "$VENV"
  "$VENV/bin/python" -m pip install -q -r "$HERE/requirements.txt"
  cp "$HERE/requirements.txt" "$STAMP"
fi
"$VENV/bin/python" -c 'import networkx, igraph, kuzu, pytest; print("networkx", networkx.__version__, "| igraph", igraph.__version__, "| kuzu", kuzu.__version__, "| pytest", pytest.__version__)'

echo "== Gephi Lite's parsers (npm ci)"
# Installed in the temporary folder, so no node_modules lands in the repository.
mkdir "$WORK/js"
cp "$HERE/js/package.json" "$HERE/js/package-lock.json" "$HERE/js/test.mjs" "$WORK/js/"
(cd "$WORK/js" && npm ci --no-audit --no-fund --loglevel=error)

echo "== cargo build --release"
(cd "$REPO" && cargo build --release --quiet)
KGRAPH_BIN="${CARGO_TARGET_DIR:-$REPO/target}/release/kgraph"
case "$KGRAPH_BIN" in /*) ;; *) KGRAPH_BIN="$REPO/$KGRAPH_BIN" ;; esac
export KGRAPH_BIN

echo "== kgraph build (seeds/ → fresh out folders: defaults, and every format with co-occurrence text)"
(cd "$REPO" && "$KGRAPH_BIN" build --out "$WORK/out")
(cd "$REPO" && "$KGRAPH_BIN" build --out "$WORK/out-all" --format all --cooccurrence-text)

FAILED=()
step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@"; then
    FAILED+=("$name")
  fi
}
pytest_in() { (cd "$HERE" && KGRAPH_OUT=$1 KGRAPH_TORTURE_OUT="$WORK/torture" "$VENV/bin/python" -m pytest -q "${@:2}"); }
node_in() { (cd "$WORK/js" && KGRAPH_OUT=$1 node --test test.mjs); }

step "pytest: fresh out + torture" pytest_in "$WORK/out" test_exports.py test_torture.py
step "pytest: fresh out, all formats" pytest_in "$WORK/out-all" test_exports.py
step "node --test: fresh out" node_in "$WORK/out"
step "node --test: fresh out, all formats" node_in "$WORK/out-all"
if [ -f "$WORK/torture/graph.json" ]; then
  step "node --test: torture out" node_in "$WORK/torture"
else
  FAILED+=("torture out missing")
fi
if [ -f "$REPO/out/graph.json" ]; then
  step "pytest: committed out/" pytest_in "$REPO/out" test_exports.py
  step "node --test: committed out/" node_in "$REPO/out"
  stale=()
  for f in graph.graphml graph.gexf graph.dot nodes.csv edges.csv import.cypher graph.json; do
    cmp -s "$WORK/out/$f" "$REPO/out/$f" || stale+=("$f")
  done
  if [ ${#stale[@]} -gt 0 ]; then
    echo "note: committed out/ differs from a fresh 'kgraph build' in: ${stale[*]} (regenerate it)"
  fi
fi

if [ ${#FAILED[@]} -gt 0 ]; then
  echo "client checks FAILED: ${FAILED[*]}"
  exit 1
fi
echo "client checks passed"
