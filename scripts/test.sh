#!/usr/bin/env bash
# Runs every test Vouch has. README.md names this script as the test command and .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Java: build, unit tests, annotated samples (mvn verify)"
mvn -B -ntp verify
