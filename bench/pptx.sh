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
. "$(dirname -- "$0")/lib.sh"
do_fidelity=yes
[ "${1:-}" = "--no-fidelity" ] && do_fidelity=no

slides() { unzip -l "$1" 2>/dev/null | grep -cE 'ppt/slides/slide[0-9]+\.xml$' || true; }

[ -f "$EXAMPLE" ] || { echo "no example at $EXAMPLE (set EXAMPLE=...)" >&2; exit 1; }
[ -d "$CORPUS" ] || { echo "no corpus at $CORPUS (set CORPUS=...)" >&2; exit 1; }
bench_out bench-pptx keep
mkdir -p "$OUT/ours" "$OUT/pandoc" "$OUT/example"

echo "== example: $(basename "$EXAMPLE")"
timed "$WR" render "$EXAMPLE" -o "$OUT/example" -f pptx; cold=$SECS
echo "cold (new JVM, one deck):            ${cold} s, $(slides "$OUT/example/$(basename "$EXAMPLE" .md).pptx") slides"
# in one JVM after a warm-up: the launcher would render a note listed 20 times once, and skip it when up to date
echo "warm (same JVM, per further deck):   $(render_benchmark pptx 20 "$EXAMPLE")"
timed pandoc "$EXAMPLE" -o "$OUT/example/pandoc.pptx"
echo "pandoc, one deck:                    $SECS s, $(slides "$OUT/example/pandoc.pptx") slides"

# the dated notes; the list goes through a file because a name has a space in it
list_notes "$CORPUS" '[0-9][0-9][0-9][0-9]-*.md' > "$OUT/notes.txt"
echo "== corpus: $(wc -l < "$OUT/notes.txt") notes under $CORPUS"
# one process for the whole corpus; decks side by side in one folder, pandoc's too
t=$(now)
tr '\n' '\0' < "$OUT/notes.txt" | xargs -0 "$WR" render -o "$OUT/ours" -f pptx >/dev/null 2>&1
echo "weekly-report, one process:          $(since "$t") s"
t=$(now)
pandoc_each - "$OUT/notes.txt" "$OUT/pandoc" pptx
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
  fidelity_each - "$OUT/notes.txt" "$OUT/ours" pptx > "$OUT/fidelity-ours.tsv"
  fidelity_each - "$OUT/notes.txt" "$OUT/pandoc" pptx > "$OUT/fidelity-pandoc.tsv"
  python3 - "$OUT/fidelity-ours.tsv" "$OUT/fidelity-pandoc.tsv" <<'PY'
import json, os, sys
def rows(path):
    return [(l.split("\t", 1)[0], json.loads(l.split("\t", 1)[1]).get("pptx") or {}) for l in open(path) if l.strip()]
def cell(r):
    return "%.4f/%d" % (r["rendered_coverage"], r["overflow_words"]) if "rendered_coverage" in r else "-"
print("%-16s %14s %14s %10s %10s" % ("note", "ours", "pandoc", "slides", "pandoc"))
for (rel, o), (_, p) in zip(rows(sys.argv[1]), rows(sys.argv[2])):
    print("%-16s %14s %14s %10s %10s" % (os.path.basename(rel)[:-3], cell(o), cell(p), o.get("slides", 0), p.get("slides", 0)))
PY
  fidelity_summary weekly-report pptx rendered_coverage < "$OUT/fidelity-ours.tsv"
  fidelity_summary pandoc pptx rendered_coverage < "$OUT/fidelity-pandoc.tsv"
fi
echo "outputs in $OUT"
