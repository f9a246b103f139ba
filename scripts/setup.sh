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
# The compiled parser (mypyc): built again whenever the parser's source changed; without a C
# compiler Pitwall runs the same parser as plain Python, only slower to ingest.
if ! .venv/bin/python -c 'import sys; from data._compiled import compiled_dir; sys.exit(compiled_dir() is None)'; then
  .venv/bin/python -c 'import sys; from data._compiled import main; sys.exit(main())' \
    || echo "(ingest works without it, about 1.3x slower on large imports)"
fi
