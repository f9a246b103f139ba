#!/usr/bin/env bash
# Sets up on first use, then starts Pitwall on the bundled races: the Discord bot when
# DISCORD_TOKEN is configured (environment or .env), otherwise a local console.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/setup.sh
exec .venv/bin/pitwall start "$@"
