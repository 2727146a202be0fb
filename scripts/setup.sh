#!/usr/bin/env bash
# Create .venv and install stance into it. Safe to run again (it only installs what is missing).
# torch 2.13.0 is installed first and pinned: a bare `torch` requirement would pull several GB of CUDA packages.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
. .venv/bin/activate
python -m pip install --quiet --upgrade pip
python -c "import torch, sys; sys.exit(0 if torch.__version__.startswith('2.13.0') else 1)" 2>/dev/null \
  || python -m pip install --quiet torch==2.13.0
python -m pip install --quiet -e ".[test]"
