#!/usr/bin/env bash
# Benchmark: wall time and peak memory (GNU time) of
#   1. a cold `render` of the example (a fresh JVM, the jar already built) to every available format,
#      against pandoc writing the same files (PDF through wkhtmltopdf);
#   2. one process rendering the whole curve corpus to every available format, with --jobs 1, 2 and the
#      number of cores, against pandoc run file by file (one process per note and format);
#   and ends with one line: `cold 3 formats: ours X s, pandoc Y s, ratio R; corpus: ...` (medians of 3 cold runs).
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
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }
ours_cold=(); pandoc_cold=()

files=$(list_notes "$corpus" | wc -l)
echo "weekly-report benchmark ($(nproc) cores, formats: $formats, $("$WR" --version | head -n 1))"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for i in 1 2 3; do
  measure "cold render $EXAMPLE (run $i)" "$WR" render "$EXAMPLE" -o "$OUT/one" -f "$formats" --force -q
  ours_cold+=("$SECS")
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
    pandoc_cold+=("$SECS")
  done
fi
cores=$(nproc)
for jobs in $(printf '%s\n' 1 2 "$cores" | sort -un); do
  measure "whole corpus, --jobs $jobs ($files notes)" "$WR" render "$corpus" -o "$OUT/corpus-$jobs" -f "$formats" -j "$jobs" -q
  [ "$jobs" != "$cores" ] || ours_corpus=$SECS
done
pandoc_corpus=
if [ ${#pandoc_cold[@]} -gt 0 ]; then
  # pandoc file by file, one process per note and format, as a user runs it over a folder
  list_notes "$corpus" > "$OUT/notes.txt"
  start=$(date +%s.%N)
  for f in ${formats//,/ }; do
    case $f in
      pdf)  command -v wkhtmltopdf >/dev/null && pandoc_each "$corpus" "$OUT/notes.txt" "$OUT/pandoc-corpus" pdf -t html5 --pdf-engine=wkhtmltopdf --metadata title=bench ;;
      docx|pptx) pandoc_each "$corpus" "$OUT/notes.txt" "$OUT/pandoc-corpus" "$f" --metadata title=bench ;;
    esac
  done
  pandoc_corpus=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN {print b - a}')
  printf '%-52s %8.2f s\n' "pandoc file by file, whole corpus ($files notes)" "$pandoc_corpus"
fi
du -k "$OUT/one"/* | awk '{printf "%-52s %8d KiB\n", "size weekly-report " substr($2, index($2, "one/") + 4), $1}'
[ -d "$OUT/pandoc" ] && du -k "$OUT/pandoc"/* 2>/dev/null | awk '{printf "%-52s %8d KiB\n", "size pandoc " substr($2, index($2, "pandoc/") + 7), $1}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# the one line to compare runs and machines by (issue: as fast as pandoc cold, a folder several times faster)
ours=$(median "${ours_cold[@]}")
if [ -n "$pandoc_corpus" ]; then
  theirs=$(median "${pandoc_cold[@]}")
  printf 'cold 3 formats: ours %.2f s, pandoc %.2f s, ratio %.2f; corpus: ours %.2f s (--jobs %s), pandoc %.2f s file by file, ratio %.2f\n' \
    "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN {print a / b}')" "$ours_corpus" "$cores" "$pandoc_corpus" "$(awk -v a="$ours_corpus" -v b="$pandoc_corpus" 'BEGIN {print a / b}')"
else
  printf 'cold 3 formats: ours %.2f s, pandoc not installed; corpus: ours %.2f s (--jobs %s)\n' "$ours" "$ours_corpus" "$cores"
fi
