#!/usr/bin/env bash
# Runs the BroadcastBot demo: installs what it needs (redis-server, chromium, fonts-noto-cjk, zbar-tools) when
# missing, builds, and starts the whole product on the sample session with the sample chat replayed in a loop.
# Extra arguments go to 'broadcastbot demo' (e.g. --port 8080 --speed 5).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
exec ./broadcastbot demo "$@"
