#!/usr/bin/env bash
# Benchmark: wall time and peak memory of
#   1. a cold `render` of the example (a fresh JVM, the jar already built), to PDF;
#   2. one process rendering the whole curve corpus to PDF.
# Usage: bench/run.sh [formats]   (default: pdf)   Needs GNU time (Debian: apt-get install time).
set -euo pipefail
cd "$(dirname "$0")/.."
formats=${1:-pdf}
corpus=../shared/corpus/curve-double-week
out=$(mktemp -d "${TMPDIR:-/tmp}/weekly-report-bench.XXXXXX")
trap 'rm -rf "$out"' EXIT

./weekly-report --version >/dev/null   # builds the jar if needed, outside the timings

measure() {   # label, command...
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$out/time" "$@" >/dev/null 2>"$out/err" || { cat "$out/err" >&2; exit 1; }
  read -r secs kb < "$out/time"
  printf '%-44s %8.2f s %8.0f MiB\n' "$label" "$secs" "$((kb / 1024))"
}

files=$(find "$corpus" -name '*.md' | wc -l)
echo "weekly-report benchmark ($(nproc) cores, formats: $formats)"
for i in 1 2 3; do
  measure "cold render examples/2026-11-19.md (run $i)" ./weekly-report render examples/2026-11-19.md -o "$out/one" -f "$formats"
done
measure "whole corpus, one process ($files files)" ./weekly-report render "$corpus" -o "$out/corpus" -f "$formats"
du -k "$out/one"/* | awk '{printf "%-44s %8d KiB\n", "size " substr($2, index($2, "one/") + 4), $1}'
