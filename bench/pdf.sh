#!/usr/bin/env bash
# PDF benchmark: the example cold (fresh JVM) and warm (in one JVM), the whole corpus in one process,
# file sizes and fidelity, against pandoc + wkhtmltopdf on the same files.
# Needs: GNU time, pandoc, wkhtmltopdf, poppler-utils (Debian packages).
set -euo pipefail
. "$(dirname -- "$0")/lib.sh"
corpus=$CORPUS/curve-double-week
bench_out weekly-report-pdf-bench
list_notes "$corpus" > "$OUT/notes.txt"

secs() { timed "$@" || true; printf '%.2f s, %d MiB peak' "$SECS" "$MIB"; }

echo "== weekly-report"
for i in 1 2 3; do echo "cold example → PDF: $(secs "$WR" render "$EXAMPLE" -o "$OUT/wr" -f pdf --force)"; done
render_benchmark pdf 20 "$EXAMPLE"
render_benchmark pdf 3 "$corpus"
echo "corpus → PDF, one process: $(secs "$WR" render "$corpus" -o "$OUT/wr-corpus" -f pdf)"
echo "example size: $(du -k "$OUT/wr/$(basename "$EXAMPLE" .md).pdf" | cut -f1) KiB; corpus total: $(du -sk "$OUT/wr-corpus" | cut -f1) KiB"

echo "== pandoc + wkhtmltopdf"
for i in 1 2 3; do echo "example → PDF: $(secs pandoc "$EXAMPLE" -o "$OUT/pd.pdf" --pdf-engine=wkhtmltopdf -t html5)"; done
start=$(now)
pandoc_each "$corpus" "$OUT/notes.txt" "$OUT/pd-corpus" pdf -t html5 --pdf-engine=wkhtmltopdf
echo "corpus → PDF, one process per file: $(since "$start") s"
echo "example size: $(du -k "$OUT/pd.pdf" | cut -f1) KiB; corpus total: $(du -sk "$OUT/pd-corpus" | cut -f1) KiB"

echo "== fidelity (share of the note's words visible, words off the page, unembedded fonts), per tool"
for tool in wr-corpus pd-corpus; do
  fidelity_each "$corpus" "$OUT/notes.txt" "$OUT/$tool" pdf | fidelity_summary "$tool" pdf coverage
done
