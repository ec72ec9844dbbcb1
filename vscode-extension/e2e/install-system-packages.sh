#!/usr/bin/env bash
# The Debian packages the end-to-end test needs, installed only when missing: chromium (driven by
# playwright-core; browser downloads do not work here), fonts for readable screenshots, ripgrep (VS
# Code's search, linked into code-server) and a C++ toolchain for code-server's native modules.
set -euo pipefail
SUDO=
if [[ $(id -u) -ne 0 ]]; then SUDO=sudo; fi

need=()
command -v chromium >/dev/null || need+=(chromium)
command -v rg >/dev/null || need+=(ripgrep)
command -v g++ >/dev/null || need+=(g++)
command -v make >/dev/null || need+=(make)
dpkg -s fonts-dejavu-core >/dev/null 2>&1 || need+=(fonts-dejavu-core)
dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || need+=(fonts-noto-color-emoji)
if ((${#need[@]})); then
  echo "installing: ${need[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)
if [[ "$node_major" != 20 ]]; then
  echo "the end-to-end test needs Node.js 20 (code-server 4.96 runs on it); found: $node_major" >&2
  exit 1
fi
[[ -f /usr/include/node/node.h ]] || { echo "Node.js headers missing (/usr/include/node)" >&2; exit 1; }
echo "$(chromium --version 2>/dev/null | awk "NR==1"); node $(node --version); rg $(rg --version | awk 'NR==1{print $2}')"
