#!/bin/sh
# bench/pptx.sh: how fast weekly-report makes PPTX decks, and how much of each note a person can see on them,
# compared with pandoc on the same files.
#
#   bench/pptx.sh                 # example cold/warm, the corpus in one process, pandoc, fidelity of both
#   bench/pptx.sh --no-fidelity   # times and slide counts only (fidelity renders every deck with LibreOffice)
#
# Environment: EXAMPLE (default examples/2026-11-19.md), CORPUS (default ../shared/corpus), OUT (default a temp dir).
# Needs: the launcher's build tools, pandoc, python3; for fidelity also libreoffice and poppler-utils.
set -eu

ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
EXAMPLE=${EXAMPLE:-$ROOT/examples/2026-11-19.md}
CORPUS=${CORPUS:-$ROOT/../shared/corpus}
OUT=${OUT:-$(mktemp -d "${TMPDIR:-/tmp}/bench-pptx.XXXXXX")}
FIDELITY=${FIDELITY:-$ROOT/../shared/tools/fidelity.py}
WR="$ROOT/weekly-report"
do_fidelity=yes
[ "${1:-}" = "--no-fidelity" ] && do_fidelity=no

now() { date +%s.%N; }
since() { echo "$(now) - $1" | bc -l | xargs printf '%.2f'; }
slides() { unzip -l "$1" 2>/dev/null | grep -cE 'ppt/slides/slide[0-9]+\.xml$' || true; }

[ -f "$EXAMPLE" ] || { echo "no example at $EXAMPLE (set EXAMPLE=...)" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (set CORPUS=...)" >&2; exit 1; }
mkdir -p "$OUT/ours" "$OUT/pandoc" "$OUT/example"

# build once so that no measurement includes compiling
"$WR" --version >/dev/null 2>&1 || true

echo "== example: $(basename "$EXAMPLE")"
t=$(now); "$WR" render "$EXAMPLE" -o "$OUT/example" -f pptx >/dev/null 2>&1; cold=$(since "$t")
echo "cold (new JVM, one deck):            ${cold} s, $(slides "$OUT/example/$(basename "$EXAMPLE" .md).pptx") slides"
set -- ; i=0; while [ $i -lt 20 ]; do set -- "$@" "$EXAMPLE"; i=$((i + 1)); done
t=$(now); "$WR" render "$@" -o "$OUT/example" -f pptx >/dev/null 2>&1; twenty=$(since "$t")
warm=$(echo "($twenty - $cold) / 19 * 1000" | bc -l | xargs printf '%.0f')
echo "warm (same JVM, per further deck):   ${warm} ms   (20 decks in ${twenty} s)"
t=$(now); pandoc "$EXAMPLE" -o "$OUT/example/pandoc.pptx"; echo "pandoc, one deck:                    $(since "$t") s, $(slides "$OUT/example/pandoc.pptx") slides"

notes=$(find "$CORPUS" -name '[0-9][0-9][0-9][0-9]-*.md' | sort)
count=$(echo "$notes" | wc -l)
echo "== corpus: $count notes under $CORPUS"
# one process for the whole corpus; the list goes through a file because a name has a space in it
echo "$notes" > "$OUT/notes.txt"
t=$(now)
tr '\n' '\0' < "$OUT/notes.txt" | xargs -0 "$WR" render -o "$OUT/ours" -f pptx >/dev/null 2>&1
echo "weekly-report, one process:          $(since "$t") s"
t=$(now)
# from the note's folder, so that pandoc finds its images as we do; a failure leaves no deck (0 slides)
while IFS= read -r md; do
  (cd "$(dirname "$md")" && pandoc "$(basename "$md")" -o "$OUT/pandoc/$(basename "$md" .md).pptx" 2>/dev/null) || true
done < "$OUT/notes.txt"
echo "pandoc, one process per note:        $(since "$t") s"

ours_total=0; pandoc_total=0
while IFS= read -r md; do
  b=$(basename "$md" .md)
  ours_total=$((ours_total + $(slides "$OUT/ours/$b.pptx")))
  pandoc_total=$((pandoc_total + $(slides "$OUT/pandoc/$b.pptx")))
done < "$OUT/notes.txt"
echo "slides in all:                       weekly-report $ours_total, pandoc $pandoc_total"

if [ $do_fidelity = yes ]; then
  echo "== fidelity (LibreOffice draws each deck; share of the note's words visible, words off the slide)"
  printf '%-16s %14s %14s %10s %10s\n' note ours pandoc slides pandoc
  : > "$OUT/fidelity.tsv"
  while IFS= read -r md; do
    b=$(basename "$md" .md)
    o=$(python3 "$FIDELITY" "$md" --pptx "$OUT/ours/$b.pptx" --json 2>/dev/null)
    p=$(python3 "$FIDELITY" "$md" --pptx "$OUT/pandoc/$b.pptx" --json 2>/dev/null)
    line=$(python3 -c 'import json,sys; o=json.loads(sys.argv[1])["pptx"]; p=json.loads(sys.argv[2])["pptx"]
print("%s\t%.4f/%d\t%.4f/%d\t%d\t%d" % (sys.argv[3], o["rendered_coverage"], o["overflow_words"], p["rendered_coverage"], p["overflow_words"], o["slides"], p["slides"]))' "$o" "$p" "$b")
    echo "$line" >> "$OUT/fidelity.tsv"
    echo "$line" | awk -F'\t' '{printf "%-16s %14s %14s %10s %10s\n", $1, $2, $3, $4, $5}'
  done < "$OUT/notes.txt"
  python3 - "$OUT/fidelity.tsv" <<'PY'
import statistics, sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
ours = [float(r[1].split("/")[0]) for r in rows]; pan = [float(r[2].split("/")[0]) for r in rows]
off_o = sum(int(r[1].split("/")[1]) for r in rows); off_p = sum(int(r[2].split("/")[1]) for r in rows)
print(f"median visible: weekly-report {statistics.median(ours):.4f} (min {min(ours):.4f}), pandoc {statistics.median(pan):.4f} (min {min(pan):.4f})")
print(f"words off the slide, all decks: weekly-report {off_o}, pandoc {off_p}")
PY
fi
echo "outputs in $OUT"
