#!/usr/bin/env bash
# Installs the Debian packages BroadcastBot's demo and tests need, only when something is missing.
# Idempotent; needs root (uses sudo when not root).
set -euo pipefail

packages=(redis-server chromium fonts-noto-cjk zbar-tools)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
    echo "install-deps: missing ${missing[*]} and not root; run as root or install: ${packages[*]}" >&2
    exit 1
  fi
fi

echo "install-deps: installing ${missing[*]} (apt-get update first)..." >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
