#!/usr/bin/env bash
# Fresh machine -> install, then score seeds/ with the shipped default model and print per-actor summaries.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
mkdir -p reports
.venv/bin/stance score seeds/ --out reports/seeds_scores.jsonl --summary reports/seeds_summary.json
echo "statements: reports/seeds_scores.jsonl   summary: reports/seeds_summary.json"
