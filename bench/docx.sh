#!/bin/sh
# DOCX benchmark: the example note cold (a fresh JVM) and warm (inside one JVM), the whole corpus in one
# process, and pandoc on the same files for comparison (time and size).
#   bench/docx.sh [EXAMPLE.md] [CORPUS_DIR]
# Defaults: examples/2026-11-19.md; ../shared/corpus.
set -eu
[ $# -ge 1 ] && EXAMPLE=$1
[ $# -ge 2 ] && CORPUS=$2
. "$(dirname -- "$0")/lib.sh"
bench_out bench-docx
WARM_RUNS=${WARM_RUNS:-50}

size() { wc -c <"$1" | tr -d ' '; }

echo "example: $EXAMPLE"
timed "$WR" render "$EXAMPLE" -o "$OUT/cold" -f docx
cold=$SECS
docx="$OUT/cold/$(basename "${EXAMPLE%.*}").docx"
echo "  weekly-report cold (JVM start + one render): ${cold}s, $(size "$docx") bytes"

# Warm: N renders of the note inside one JVM, after a warm-up. (Listing the note N times on one command
# line measures nothing: the launcher renders a note once and skips an output that is up to date.)
echo "  weekly-report $(render_benchmark docx "$WARM_RUNS" "$EXAMPLE")"

if command -v pandoc >/dev/null 2>&1; then
  t0=$(now); (cd "$(dirname "$EXAMPLE")" && pandoc "$(basename "$EXAMPLE")" -o "$OUT/pandoc-example.docx")
  echo "  pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2): $(since "$t0")s, $(size "$OUT/pandoc-example.docx") bytes"
fi

list_notes "$CORPUS" > "$OUT/notes.txt"
echo "corpus: $(wc -l < "$OUT/notes.txt" | tr -d ' ') notes under $CORPUS"
timed "$WR" render "$CORPUS" -o "$OUT/corpus" -f docx
total=$(find "$OUT/corpus" -name '*.docx' -exec cat {} + | wc -c | tr -d ' ')
echo "  weekly-report, one process: ${SECS}s, $total bytes in all"

if command -v pandoc >/dev/null 2>&1; then
  t0=$(now)
  pandoc_each "$CORPUS" "$OUT/notes.txt" "$OUT/pandoc" docx
  total=$(find "$OUT/pandoc" -name '*.docx' -exec cat {} + | wc -c | tr -d ' ')
  echo "  pandoc, one process per note: $(since "$t0")s, $total bytes in all"
fi
