#!/usr/bin/env bash
# Checks that the Debian packages Bastion builds and tests with are installed (dpkg-query).
# Missing ones are installed with apt-get when running as root; otherwise the exact
# `sudo apt-get install -y ...` line is printed and the script exits 1.
# Usage: tools/deps.sh [PACKAGE...]   (default: the list below, which DEVELOPERS.md explains)
set -euo pipefail

packages=("$@")
if [ ${#packages[@]} -eq 0 ]; then
  packages=(build-essential cmake ninja-build pkg-config libfmt-dev libgmp-dev libpcre2-dev
            libmimalloc-dev libutf8proc-dev libgtest-dev libgmock-dev libbenchmark-dev
            clang libclang-rt-14-dev python3 unicode-data)
fi

missing=()
for pkg in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  if [ "$status" != "install ok installed" ]; then
    missing+=("$pkg")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
  echo "deps: installing missing packages: ${missing[*]}"
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
else
  echo "deps: missing Debian packages: ${missing[*]}" >&2
  echo "Install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
