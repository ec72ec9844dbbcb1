#!/usr/bin/env bash
# Installs code-server (VS Code in a browser) from the npm registry into a scratch folder, for the
# end-to-end test. Usage: setup-code-server.sh DEST   (DEST/node_modules/.bin/code-server afterwards)
#
# code-server's own npm postinstall cannot run on a machine that reaches only the npm registry: VS Code's
# shrinkwrap pins @vscode/proxy-agent to a git commit and @vscode/ripgrep downloads a binary. So the
# package is installed without scripts and its postinstall is redone here by hand, with the same
# @vscode/proxy-agent version from the registry, native modules rebuilt against Debian's Node headers,
# and Debian's ripgrep. 4.96.x is the last line that runs on Node 20.
set -euo pipefail
DEST=$(realpath -m "${1:?usage: setup-code-server.sh DEST}")
VERSION=${CODE_SERVER_VERSION:-4.96.4}
STAMP="$DEST/.ready-$VERSION"
if [[ -f "$STAMP" ]]; then
  echo "code-server $VERSION already set up in $DEST"
  exit 0
fi
command -v rg >/dev/null || { echo "setup-code-server: ripgrep (rg) is required (apt-get install ripgrep)" >&2; exit 1; }
[[ -f /usr/include/node/node.h ]] || { echo "setup-code-server: Node headers missing in /usr/include/node" >&2; exit 1; }

rm -rf "$DEST"
mkdir -p "$DEST"
cd "$DEST"
echo '{"name":"vouch-e2e-code-server","private":true}' > package.json
npm install --ignore-scripts --no-audit --no-fund --loglevel=error "code-server@$VERSION"
export npm_config_nodedir=/usr   # Debian ships the Node headers in /usr/include/node
# argon2 (password hashing, loaded even with --auth none): compiled here, not downloaded.
npm_config_build_from_source=true npm rebuild --loglevel=error argon2

CS="$DEST/node_modules/code-server"
cd "$CS/lib/vscode"
# The same @vscode/proxy-agent version, resolved from the registry instead of a git commit.
node -e '
  const fs = require("fs");
  const f = "npm-shrinkwrap.json";
  const j = JSON.parse(fs.readFileSync(f, "utf8"));
  const e = j.packages["node_modules/@vscode/proxy-agent"];
  if (!e) throw new Error("no @vscode/proxy-agent entry in " + f);
  delete e.resolved; delete e.integrity;
  fs.writeFileSync(f, JSON.stringify(j, null, 2));'
npm install --omit=dev --ignore-scripts --no-audit --no-fund --loglevel=error
for m in @vscode/spdlog node-pty native-watchdog @vscode/deviceid; do
  if [[ -d "node_modules/$m" ]]; then
    npm rebuild --loglevel=error "$m"
  fi
done
mkdir -p node_modules/@vscode/ripgrep/bin
ln -sf "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
rm -rf node_modules.asar
ln -s node_modules node_modules.asar
(cd bin/remote-cli && ln -sf code-linux.sh code-server)
(cd bin/helpers && ln -sf browser-linux.sh browser.sh)
(cd extensions && npm install --omit=dev --no-audit --no-fund --loglevel=error)

touch "$STAMP"
echo "code-server $VERSION set up in $DEST"
