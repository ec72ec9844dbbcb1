#!/usr/bin/env bash
# Runs every test Vouch has. README.md names this script as the test command and .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Java: build, unit tests, annotated samples (mvn verify)"
mvn -B -ntp verify

echo "== Language server end to end: Neovim (installed with apt-get if missing) runs vouch lsp"
bash scripts/e2e-neovim.sh
