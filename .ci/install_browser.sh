#!/usr/bin/env bash
# Install a real headless browser for tests/test_report_browser.py:
# Debian's chromium (at /usr/bin/chromium) and the playwright Python package
# that drives it. Never runs `playwright install`: the browser comes from apt.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if [ ! -x /usr/bin/chromium ]; then
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends chromium fonts-dejavu-core
fi

PYTHON="${PYTHON:-python}"
if [ -x .venv/bin/python ]; then PYTHON=.venv/bin/python; fi
"$PYTHON" -m pip install --quiet playwright

/usr/bin/chromium --version
"$PYTHON" -c "import playwright; print('playwright', __import__('importlib.metadata').metadata.version('playwright'))"
