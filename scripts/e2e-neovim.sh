#!/usr/bin/env bash
# End-to-end test with a real editor nobody here wrote: Debian's Neovim starts `vouch lsp` through its
# built-in LSP client, opens a sample draft, checks the diagnostics and a hover, applies a quick fix and
# checks the buffer and the fresh diagnostics, shuts the server down and finds the edit in the project's
# editing ledger, which `vouch ledger` then reads (scripts/e2e/neovim.lua). Needs server/target/vouch.jar.
# Installs neovim with apt-get when it is missing. Everything runs under an overall deadline; on expiry
# nvim and the server (its process group) are killed and the test fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
jar="$root/server/target/vouch.jar"
deadline=${VOUCH_E2E_TIMEOUT:-240}

if [ ! -f "$jar" ]; then
  echo "e2e-neovim: $jar is missing; build first (mvn -B -ntp package)" >&2
  exit 2
fi
if ! command -v nvim >/dev/null 2>&1; then
  echo "== installing neovim (apt-get)"
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends neovim >/dev/null
fi
nvim --version | head -1

work=$(mktemp -d)
pgid=""
cleanup() {
  if [ -n "$pgid" ] && kill -0 -- "-$pgid" 2>/dev/null; then
    kill -TERM -- "-$pgid" 2>/dev/null || true
    sleep 2
    kill -KILL -- "-$pgid" 2>/dev/null || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/project" "$work/config" "$work/data" "$work/state" "$work/cache"
cp "$root/samples/field-notes.md" "$work/project/field-notes.md"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" \
  XDG_CACHE_HOME="$work/cache"
export VOUCH_JAR="$jar" VOUCH_DRAFT="$work/project/field-notes.md" VOUCH_RESULT="$work/result.txt"
export VOUCH_WAIT_MS=$(( (deadline - 30) * 1000 ))

# Its own session and process group, so that the server nvim starts can be killed with it.
setsid nvim --headless --clean -c "luafile $root/scripts/e2e/neovim.lua" </dev/null >"$work/nvim.out" 2>"$work/nvim.err" &
pgid=$!
start=$(date +%s)
status=""
while kill -0 "$pgid" 2>/dev/null; do
  if [ $(( $(date +%s) - start )) -ge "$deadline" ]; then
    status="timeout"
    break
  fi
  sleep 0.2
done
if [ -z "$status" ]; then
  set +e
  wait "$pgid"
  code=$?
  set -e
else
  code=124
fi

cat "$work/nvim.err" >&2 || true
result=$(cat "$work/result.txt" 2>/dev/null || echo "no result written")
if [ "$status" = "timeout" ]; then
  echo "e2e-neovim: FAIL: no result within ${deadline} s" >&2
  tail -n 40 "$work/cache/nvim/lsp.log" "$work/state/nvim/lsp.log" 2>/dev/null >&2 || true
  exit 1
fi
if [ "$code" -ne 0 ] || [ "$result" != "OK" ]; then
  echo "e2e-neovim: $result (nvim exit code $code)" >&2
  tail -n 40 "$work/cache/nvim/lsp.log" "$work/state/nvim/lsp.log" 2>/dev/null >&2 || true
  exit 1
fi
# The ledger the server wrote reads back in CI terms: `vouch ledger` lists the draft.
if ! ledger_out=$(java -jar "$jar" ledger "$work/project/field-notes.md" 2>&1) \
    || ! grep -q "field-notes.md" <<<"$ledger_out"; then
  echo "e2e-neovim: FAIL: vouch ledger did not read the editor's ledger:" >&2
  echo "$ledger_out" >&2
  exit 1
fi
echo "e2e-neovim: OK ($(( $(date +%s) - start )) s); vouch ledger: $(tail -n 1 <<<"$ledger_out")"
