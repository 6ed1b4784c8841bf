#!/usr/bin/env bash
# Install everything tilepilot needs on a fresh Debian machine: Chromium, Xvfb, xdotool, fonts, a venv and
# the package with its test tools. Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi

pkgs=(chromium xvfb xauth xdotool fonts-dejavu-core fonts-liberation)
python3 -c "import tkinter" 2>/dev/null || pkgs+=(python3-tk)
python3 -c "import ensurepip" 2>/dev/null || pkgs+=(python3-venv)
missing=()
for p in "${pkgs[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  python3 -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test,hf]' 2>&1 | { grep -v "^WARNING: Location" || true; }
.venv/bin/python -c "import tilepilot, rapidocr, playwright" && echo "tilepilot is set up in .venv"
