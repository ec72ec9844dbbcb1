#!/usr/bin/env bash
# Vouch's benchmarks in one command (issue 8; docs/benchmarks.md, "Benchmark command (issue 8)").
# Not a test: nothing is asserted, figures are printed with the load average they were measured under.
#
#   bash scripts/bench.sh            # everything (about 10 minutes on 2 cores)
#   BENCH_ONLY="cli curve" bash scripts/bench.sh   # some parts: build inputs cli parallel curve grammar lsp
#
# Builds the jar and the test classes, then makes its inputs at run time in a temporary folder (from
# ../shared/corpus when it is there, else from the project's own samples; never committed):
# a 17,000-word draft, a folder of 100 drafts of about 1,000 words, and drafts of 1,000 to 100,000 words
# for the cost curve. Every paragraph is unique (GrammarBench prefixes repeated text "Take N:"), so no
# check is served from a cache by accident. Then:
#   cli       bin/vouch check on the 17k draft and the folder, with and without grammar: wall and CPU
#             time, words per second, peak RSS (/usr/bin/time when installed, else /proc VmHWM)
#   parallel  the folder with --jobs 1 against the default (one thread per processor); the reports must
#             be byte-for-byte the same
#   curve     bin/vouch check at 1k, 3k, 10k, 30k, 100k words, with and without grammar, then the same
#             sizes in one warm JVM (GrammarBench curve), each with a least-squares fit: fixed cost,
#             seconds per 1,000 words, and the quadratic term (the superlinear part)
#   grammar   GrammarBench run on the 17k draft in one JVM (cold, warm, cached, one-paragraph edits; CPU)
#   lsp       LspBenchmark: a real `vouch lsp` process over stdio: start → first diagnostics, edit → fresh
#             fast and grammar diagnostics (median, p95), RSS
# Environment: BENCH_MVN_FLAGS (default -o), BENCH_LSP_EDITS (200), BENCH_LSP_STARTS (6),
# BENCH_SESSION_MINUTES (0: no long session), BENCH_CURVE ("1000 3000 10000 30000 100000"),
# BENCH_REPEAT (1: each CLI run once; N: the best of N), BENCH_KEEP=1 (keep the work folder).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
only=${BENCH_ONLY:-"build inputs cli parallel curve grammar lsp"}
mvn_flags=${BENCH_MVN_FLAGS:--o}
curve=${BENCH_CURVE:-"1000 3000 10000 30000 100000"}
want() { case " $only " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }

work=${BENCH_WORK:-$(mktemp -d /tmp/vouch-bench.XXXXXX)}
mkdir -p "$work"
if [ "${BENCH_KEEP:-0}" != 1 ] && [ -z "${BENCH_WORK:-}" ]; then
  trap 'rm -rf "$work"' EXIT
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
cp_="$root/server/target/vouch.jar:$root/server/target/test-classes"
corpus="$root/../shared/corpus"
[ -d "$corpus" ] || corpus="$root/server/src/test/resources/samples"

echo "== machine: $(nproc) processors, $(awk '/MemTotal/{printf "%.1f GiB", $2/1048576}' /proc/meminfo), \
$(java -version 2>&1 | head -1), $(date -u '+%Y-%m-%d %H:%M UTC'), load average $(load)"
echo "   text from: $corpus; work folder: $work"

if want build; then
  echo "== build"
  mvn -q -B $mvn_flags package -DskipTests
  mvn -q -B $mvn_flags test-compile
fi

gb() { java -cp "$cp_" dev.vouch.rules.grammar.GrammarBench "$@"; }
if want inputs; then
  echo "== inputs"
  gb make "$corpus" 17000 "$work/draft-17k.md"
  rm -rf "$work/folder-100"
  gb folder "$corpus" 100 1000 "$work/folder-100"
  for w in $curve; do
    gb make "$corpus" "$w" "$work/curve-$w.md"
  done
fi

# words FILE-OR-FOLDER: the words vouch counts (from its JSON report, no grammar)
words() {
  "$root/bin/vouch" check --no-grammar --format json --fail-on never "$1" 2>/dev/null \
    | grep -E '^    "words" : [0-9]+' | grep -oE '[0-9]+' | awk '{s+=$1} END {print s+0}'
}

# measure LABEL WORDS CMD... : runs CMD BENCH_REPEAT times (default 1), prints the least wall and CPU
# (user+sys) time, words per second, the largest peak RSS, and the load average before → after.
# Sets M_WALL and M_CPU for the caller.
measure() {
  local label=$1 w=$2 i wall user sys rsskb cpu best_wall="" best_cpu="" peak=0 before
  shift 2
  local tf="$work/time.txt"
  before=$(load)
  for ((i = 0; i < ${BENCH_REPEAT:-1}; i++)); do
    if [ -x /usr/bin/time ]; then
      /usr/bin/time -f '%e %U %S %M' -o "$tf" "$@" >"$work/out.txt" 2>"$work/err.txt"
      read -r wall user sys rsskb <"$tf"
    else # no GNU time: bash's time for the CPU, /proc's high-water mark for the RSS
      local TIMEFORMAT='%R %U %S'
      { time (
          "$@" >"$work/out.txt" 2>"$work/err.txt" &
          p=$!
          hwm=0
          while kill -0 "$p" 2>/dev/null; do
            h=$(awk '/VmHWM/{print $2}' "/proc/$p/status" 2>/dev/null || true)
            if [ -n "$h" ] && [ "$h" -gt "$hwm" ]; then hwm=$h; fi
            sleep 0.05
          done
          wait "$p" || true
          echo "$hwm" >"$tf.rss"
        ); } 2>"$tf"
      read -r wall user sys <"$tf"
      rsskb=$(cat "$tf.rss")
    fi
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN {printf "%.2f", u + s}')
    if [ -z "$best_wall" ] || awk -v a="$wall" -v b="$best_wall" 'BEGIN {exit !(a < b)}'; then best_wall=$wall; fi
    if [ -z "$best_cpu" ] || awk -v a="$cpu" -v b="$best_cpu" 'BEGIN {exit !(a < b)}'; then best_cpu=$cpu; fi
    if [ "$rsskb" -gt "$peak" ]; then peak=$rsskb; fi
  done
  M_WALL=$best_wall M_CPU=$best_cpu
  awk -v l="$label" -v w="$w" -v e="$M_WALL" -v c="$M_CPU" -v r="$peak" -v la="$before → $(load)" 'BEGIN {
    printf "  %-40s %7d words %7.2f s wall %7.2f s CPU %7.0f words/s wall %7.0f words/s CPU  peak RSS %4.0f MB  load %s\n",
      l, w, e, c, w / e, w / c, r / 1024, la }'
}

vouch_check=("$root/bin/vouch" check --format json --fail-on never)

# fit FILE COLUMN NAME DIVISOR: least squares of column (seconds after dividing by DIVISOR) against words
# (column 1): t = a + b·W, and t = a + b·W + c·W², whose c·W² at the largest W is the superlinear part;
# also the marginal cost per 1,000 words of the first three points and of the last two.
fit() {
  awk -F'\t' -v c="$2" -v name="$3" -v div="$4" '
    { x[NR] = $1 / 1000; y[NR] = $c / div; n = NR }
    END {
      for (i = 1; i <= n; i++) { sx += x[i]; sy += y[i]; sxx += x[i]^2; sxy += x[i]*y[i];
        sx3 += x[i]^3; sx4 += x[i]^4; sx2y += x[i]^2*y[i] }
      b = (n*sxy - sx*sy) / (n*sxx - sx^2); a = (sy - b*sx) / n
      for (i = 1; i <= n; i++) { ss += (y[i] - a - b*x[i])^2; st += (y[i] - sy/n)^2 }
      m11 = n; m12 = sx; m13 = sxx; m22 = sxx; m23 = sx3; m33 = sx4   # normal equations, by Cramer
      d = m11*(m22*m33 - m23*m23) - m12*(m12*m33 - m23*m13) + m13*(m12*m23 - m22*m13)
      dc = m11*(m22*sx2y - sxy*m23) - m12*(m12*sx2y - sxy*m13) + sy*(m12*m23 - m22*m13)
      qc = dc / d
      printf "  %-18s linear: %.3f s + %.4f s per 1,000 words (R² %.4f); quadratic term %+.2e s per (1,000 words)², %+.2f s of %.2f s at %d words; marginal %.4f s per 1,000 words from %d to %d words, %.4f from %d to %d\n",
        name, a, b, 1 - ss/st, qc, qc * x[n]^2, y[n], x[n]*1000,
        (y[3]-y[1])/(x[3]-x[1]), x[1]*1000, x[3]*1000, (y[n]-y[n-1])/(x[n]-x[n-1]), x[n-1]*1000, x[n]*1000
    }' "$1"
}

if want cli; then
  echo "== CLI: bin/vouch check --format json --fail-on never (JVM start to report)"
  w17=$(words "$work/draft-17k.md")
  w100=$(words "$work/folder-100")
  measure "17k draft, --no-grammar" "$w17" "${vouch_check[@]}" --no-grammar "$work/draft-17k.md"
  measure "17k draft, grammar" "$w17" "${vouch_check[@]}" "$work/draft-17k.md"
  measure "100 drafts, --no-grammar" "$w100" "${vouch_check[@]}" --no-grammar "$work/folder-100"
  measure "100 drafts, grammar" "$w100" "${vouch_check[@]}" "$work/folder-100"
fi

if want parallel; then
  echo "== CLI: the 100-draft folder, one file at a time (--jobs 1) against files in parallel (default: $(nproc))"
  w100=$(words "$work/folder-100")
  for g in --no-grammar ""; do
    name=${g:-grammar}
    measure "100 drafts, $name, --jobs 1" "$w100" "${vouch_check[@]}" $g --jobs 1 "$work/folder-100"
    cp "$work/out.txt" "$work/jobs1.json"
    measure "100 drafts, $name, default jobs" "$w100" "${vouch_check[@]}" $g "$work/folder-100"
    if cmp -s "$work/jobs1.json" "$work/out.txt"; then
      echo "  reports identical ($(wc -c <"$work/out.txt") bytes of JSON)"
    else
      echo "  REPORTS DIFFER between --jobs 1 and the default"
    fi
  done
fi

if want curve; then
  echo "== cost curve: bin/vouch check, one draft of W words (JVM start to report)"
  : >"$work/curve.tsv"
  for w in $curve; do
    n=$(words "$work/curve-$w.md")
    measure "$w words, --no-grammar" "$n" "${vouch_check[@]}" --no-grammar "$work/curve-$w.md"
    ng_wall=$M_WALL ng_cpu=$M_CPU
    measure "$w words, grammar" "$n" "${vouch_check[@]}" "$work/curve-$w.md"
    printf '%s\t%s\t%s\t%s\t%s\n' "$n" "$ng_wall" "$ng_cpu" "$M_WALL" "$M_CPU" >>"$work/curve.tsv"
  done
  for col in 2:"--no-grammar, wall" 3:"--no-grammar, CPU" 4:"grammar, wall" 5:"grammar, CPU"; do
    fit "$work/curve.tsv" "${col%%:*}" "${col#*:}" 1
  done
  echo "== cost curve in one warm JVM (GrammarBench curve: no JVM start, LanguageTool loaded; a fresh linter"
  echo "   per check, on text no cache has seen; the checking thread's CPU), load average $(load)"
  java -Xmx512m -XX:+UseSerialGC -cp "$cp_" dev.vouch.rules.grammar.GrammarBench curve "$corpus" $curve \
    | tee "$work/curve-jvm.tsv" | sed 's/^/  /'
  tail -n +2 "$work/curve-jvm.tsv" >"$work/curve-jvm-data.tsv"
  for col in 2:"FAST, CPU" 3:"FAST, wall" 4:"all stages, CPU" 5:"all stages, wall"; do
    fit "$work/curve-jvm-data.tsv" "${col%%:*}" "${col#*:}" 1000
  done
  echo "  load average after: $(load)"
fi

if want grammar; then
  echo "== GrammarBench run (one JVM, -Xmx512m -XX:+UseSerialGC), load average $(load)"
  java -Xmx512m -XX:+UseSerialGC -cp "$cp_" dev.vouch.rules.grammar.GrammarBench run "$work/draft-17k.md" 25 \
    | sed 's/^/  /'
  echo "  load average after: $(load)"
fi

if want lsp; then
  echo "== LspBenchmark (vouch lsp as bin/vouch runs it: -Xmx512m -XX:+UseSerialGC), load average $(load)"
  java -cp "$cp_" dev.vouch.lsp.bench.LspBenchmark --draft "$work/draft-17k.md" \
    --starts "${BENCH_LSP_STARTS:-6}" --edits "${BENCH_LSP_EDITS:-200}" \
    --session-minutes "${BENCH_SESSION_MINUTES:-0}" --java-opts "-Xmx512m -XX:+UseSerialGC" | sed 's/^/  /'
  echo "  load average after: $(load)"
fi
echo "== done $(date -u '+%H:%M UTC'), load average $(load)"
