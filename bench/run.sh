#!/usr/bin/env bash
# Benchmark: wall time and peak memory (GNU time) of
#   1. a cold `render` of the example (a fresh JVM, the jar already built) to every available format,
#      against pandoc writing the same files (PDF through wkhtmltopdf);
#   2. one process rendering the whole curve corpus to every available format, with --jobs 1 and --jobs 2.
# Usage: bench/run.sh [formats]   (default: every format this build can write, of pdf,docx,pptx)
# Needs GNU time (Debian: time); pandoc and wkhtmltopdf for the comparison (skipped when missing).
set -euo pipefail
. "$(dirname -- "$0")/lib.sh"
corpus=$CORPUS/curve-double-week
bench_out weekly-report-bench

# The formats to measure: as asked, or those of pdf, docx and pptx that this build writes today.
if [ $# -gt 0 ]; then
  formats=$1
else
  formats=""
  for f in pdf docx pptx; do
    if "$WR" render "$EXAMPLE" -o "$OUT/probe" -f "$f" -q --force 2>/dev/null; then
      formats=${formats:+$formats,}$f
    fi
  done
fi

measure() {   # label, command...
  local label=$1; shift
  timed "$@" || { cat "$OUT/.err" >&2; exit 1; }
  printf '%-52s %8.2f s %8.0f MiB\n' "$label" "$SECS" "$MIB"
}

files=$(list_notes "$corpus" | wc -l)
echo "weekly-report benchmark ($(nproc) cores, formats: $formats, $("$WR" --version | head -n 1))"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do
  measure "cold render $EXAMPLE (run $i)" "$WR" render "$EXAMPLE" -o "$OUT/one" -f "$formats" --force -q
done
if command -v pandoc >/dev/null; then
  pandoc_targets=()
  for f in ${formats//,/ }; do
    case $f in
      pdf)  command -v wkhtmltopdf >/dev/null && pandoc_targets+=("-t html5 --pdf-engine=wkhtmltopdf -o $OUT/pandoc/x.pdf") ;;
      docx) pandoc_targets+=("-o $OUT/pandoc/x.docx") ;;
      pptx) pandoc_targets+=("-o $OUT/pandoc/x.pptx") ;;
    esac
  done
  mkdir -p "$OUT/pandoc"
  for i in 1 2 3; do
    # One pandoc process per format, as pandoc writes one output per run; timed together.
    script=""
    for t in "${pandoc_targets[@]}"; do script="$script pandoc $EXAMPLE --metadata title=bench $t --quiet;"; done
    measure "pandoc, same formats (run $i)" sh -c "$script"
  done
fi
for jobs in 1 2; do
  measure "whole corpus, --jobs $jobs ($files notes)" "$WR" render "$corpus" -o "$OUT/corpus-$jobs" -f "$formats" -j "$jobs" -q
done
du -k "$OUT/one"/* | awk '{printf "%-52s %8d KiB\n", "size weekly-report " substr($2, index($2, "one/") + 4), $1}'
[ -d "$OUT/pandoc" ] && du -k "$OUT/pandoc"/* 2>/dev/null | awk '{printf "%-52s %8d KiB\n", "size pandoc " substr($2, index($2, "pandoc/") + 7), $1}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
