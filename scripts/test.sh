#!/usr/bin/env bash
# Runs every test Vouch has. README.md names this script as the test command and .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== Java: build, unit tests, annotated samples (mvn verify)"
mvn -B -ntp verify

echo "== Language server end to end: Neovim (installed with apt-get if missing) runs vouch lsp"
bash scripts/e2e-neovim.sh

# ----------------------------------------------------------------------------------------------------
# VS Code extension (vscode-extension/). Installs what it needs itself: Debian's chromium, ripgrep and
# fonts (apt), the extension's npm packages (npm ci), code-server from npm (e2e/setup-code-server.sh).
echo "== VS Code extension: system packages"
bash vscode-extension/e2e/install-system-packages.sh
echo "== VS Code extension: npm ci, unit tests (node --test)"
(cd vscode-extension && npm ci --no-audit --no-fund --loglevel=error && npm test)
echo "== VS Code extension: the .vsix, with the server jar mvn verify just built"
(cd vscode-extension && VOUCH_JAR=../server/target/vouch.jar npm run package --silent)
echo "== VS Code extension: end-to-end in code-server + chromium"
(cd vscode-extension && node e2e/run.mjs)
