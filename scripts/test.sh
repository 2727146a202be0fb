#!/usr/bin/env bash
# Fresh machine -> install (package, test extras, headless Chromium for the report test), then run the test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash .ci/install_browser.sh
.venv/bin/python -m pytest -q "$@"
