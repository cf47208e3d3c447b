#!/bin/sh
# Since-last benchmark: what the "since last meeting" block costs the render of one note. For every dated note of
# both corpora, the notes read besides it and the warm time of finding its meeting before (SinceLastBenchmark),
# against reading and comparing its whole series, and whether both give the same groups and counts; then one note
# rendered cold to HTML with and without the block.
#   bench/since-last.sh [ROUNDS]        (default 5; COLD=0 skips the cold renders, COLD=N runs them N times)
set -eu
ROUNDS=${1:-5}
. "$(dirname -- "$0")/lib.sh"
bench_out bench-since-last
java_main SinceLastBenchmark "$ROUNDS" "$CORPUS/curve-double-week" "$CORPUS/nodejs-tsc"
JUNE="$CORPUS/curve-double-week/2023/2023-06-01.md"
for run in $(seq 1 "${COLD:-3}"); do
  timed "$WR" render "$JUNE" -o "$OUT/on/" -f html --force
  on=$SECS
  timed "$WR" render "$JUNE" -o "$OUT/off/" -f html --force --no-since-last
  echo "cold render of 2023-06-01.md to HTML, run $run: ${on}s with the block, ${SECS}s without"
done
