#!/bin/sh
# DOCX benchmark: the example note cold (a fresh JVM) and warm (inside one JVM), the whole corpus in one
# process, and pandoc on the same files for comparison (time and size).
#   bench/docx.sh [EXAMPLE.md] [CORPUS_DIR]
# Defaults: examples/*.md if the repository has one, else the corpus note 2023-05-18; ../shared/corpus.
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
CORPUS=${2:-$ROOT/../shared/corpus}
EXAMPLE=${1:-$(ls "$ROOT"/examples/*.md 2>/dev/null | head -n 1 || true)}
[ -n "$EXAMPLE" ] || EXAMPLE="$CORPUS/curve-double-week/2023/2023-05-18.md"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/bench-docx.XXXXXX")
trap 'rm -rf "$OUT"' EXIT
WARM_RUNS=${WARM_RUNS:-50}

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }
size() { wc -c <"$1" | tr -d ' '; }

# Build once, outside the measurements.
"$ROOT/weekly-report" --version >/dev/null

echo "example: $EXAMPLE"
t0=$(now); "$ROOT/weekly-report" render "$EXAMPLE" -o "$OUT/cold" -f docx >/dev/null; t1=$(now)
cold=$(elapsed "$t0" "$t1")
docx="$OUT/cold/$(basename "${EXAMPLE%.*}").docx"
echo "  weekly-report cold (JVM start + one render): ${cold}s, $(size "$docx") bytes"

# Warm: the same note listed 1 and 1+N times in one process; the difference is N renders on a warm JVM.
set -- "$EXAMPLE"; i=0; while [ $i -lt $WARM_RUNS ]; do set -- "$@" "$EXAMPLE"; i=$((i + 1)); done
t0=$(now); "$ROOT/weekly-report" render "$@" -o "$OUT/warm" -f docx >/dev/null; t1=$(now)
many=$(elapsed "$t0" "$t1")
echo "  weekly-report warm: $(echo "scale=3; ($many - $cold) * 1000 / $WARM_RUNS" | bc) ms per render ($WARM_RUNS renders in one JVM)"

if command -v pandoc >/dev/null 2>&1; then
  t0=$(now); (cd "$(dirname "$EXAMPLE")" && pandoc "$(basename "$EXAMPLE")" -o "$OUT/pandoc-example.docx"); t1=$(now)
  echo "  pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2): $(elapsed "$t0" "$t1")s, $(size "$OUT/pandoc-example.docx") bytes"
fi

notes=$(find "$CORPUS" -name '*.md' | wc -l | tr -d ' ')
echo "corpus: $notes notes under $CORPUS"
t0=$(now); "$ROOT/weekly-report" render "$CORPUS" -o "$OUT/corpus" -f docx >/dev/null; t1=$(now)
total=$(find "$OUT/corpus" -name '*.docx' -exec cat {} + | wc -c | tr -d ' ')
echo "  weekly-report, one process: $(elapsed "$t0" "$t1")s, $total bytes in all"

if command -v pandoc >/dev/null 2>&1; then
  mkdir -p "$OUT/pandoc"
  t0=$(now)
  find "$CORPUS" -name '*.md' | while IFS= read -r f; do
    (cd "$(dirname "$f")" && pandoc "$(basename "$f")" -o "$OUT/pandoc/$(basename "${f%.md}")-$(basename "$(dirname "$f")").docx")
  done
  t1=$(now)
  total=$(find "$OUT/pandoc" -name '*.docx' -exec cat {} + | wc -c | tr -d ' ')
  echo "  pandoc, one process per note: $(elapsed "$t0" "$t1")s, $total bytes in all"
fi
