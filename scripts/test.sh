#!/usr/bin/env bash
# Runs every BroadcastBot test: installs what the tests need (redis-server, chromium, fonts-noto-cjk,
# zbar-tools), builds, and runs all test projects. Tests start their own redis-server, fake chat
# servers and Kestrel hosts on free loopback ports; nothing else needs to be running.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh

log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
dotnet test BroadcastBot.sln -c Release --logger "console;verbosity=minimal" 2>&1 | tee "$log" || status=$?

# One closing line over all test assemblies, in the plain form CI reads.
awk '
  /(Passed|Failed)! +- +Failed: / {
    gsub(/,/, " ");
    for (i = 1; i <= NF; i++) {
      if ($i == "Failed:") f += $(i + 1);
      if ($i == "Passed:") p += $(i + 1);
      if ($i == "Skipped:") s += $(i + 1);
    }
  }
  END { printf "tests: %d passed, %d failed, %d skipped\n", p, f, s }
' "$log"
exit "$status"
