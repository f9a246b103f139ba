#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs Pitwall with its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-python3}"
if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
  echo "Pitwall needs Python 3.11 or newer (set PYTHON=/path/to/python3.11)." >&2
  exit 1
fi
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.pitwall-installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install --quiet --upgrade pip >/dev/null
  .venv/bin/python -m pip install --quiet -e ".[test,compile]"
  touch "$stamp"
fi
# The compiled parser (mypyc): built again whenever the parser's source changed (a failed build,
# e.g. without a C compiler, is not retried until then); without it the same parser runs as
# plain Python, only slower to ingest.
.venv/bin/python -c 'from data._compiled import main; main()'
