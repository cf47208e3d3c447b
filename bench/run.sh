#!/usr/bin/env bash
# Benchmark: wall time and peak memory (GNU time) of
#   1. a cold `render` of the example (a fresh JVM, the jar already built) to every available format,
#      against pandoc writing the same files (PDF through wkhtmltopdf);
#   2. one process rendering the whole curve corpus to every available format, with --jobs 1, 2 and the
#      number of cores, against pandoc run file by file (one process per note and format);
#   3. the same render and the corpus served by a warm render daemon (the launcher's default), its first run
#      (which starts the daemon) apart, and the daemon's resident memory;
#   and ends with one line: `cold 3 formats: ours X s, pandoc Y s, ratio R; corpus: ...; served by the warm daemon: ...`
#   (medians of 3 cold runs, of 5 served ones).
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
# The same render served by a warm daemon (the launcher's default for render): the first run starts one (in a
# socket folder of this benchmark's own, removed at the end, which ends the daemon), five more are served by it,
# and the corpus after them. Every other measurement here runs in a process of its own (lib.sh sets
# WEEKLY_REPORT_DAEMON=off).
daemons=$OUT/daemons
mkdir -p "$daemons" && chmod 700 "$daemons"
served_env=(env WEEKLY_REPORT_DAEMON=on XDG_RUNTIME_DIR="$daemons" WEEKLY_REPORT_DAEMON_IDLE=120)
measure "first render with the daemon (starts it)" "${served_env[@]}" "$WR" render "$EXAMPLE" -o "$OUT/served" -f "$formats" --force -q
ours_first=$SECS
ours_served=()
for i in 1 2 3 4 5; do
  measure "render served by the warm daemon (run $i)" "${served_env[@]}" "$WR" render "$EXAMPLE" -o "$OUT/served" -f "$formats" --force -q
  ours_served+=("$SECS")
done
cores=$(nproc)
measure "whole corpus served by the daemon, --jobs $cores" "${served_env[@]}" "$WR" render "$corpus" -o "$OUT/corpus-served" -f "$formats" -j "$cores" -q
ours_corpus_served=$SECS
daemon_pid=$(sed -n 's/^weekly-report daemon \([0-9]*\) listening.*/\1/p' "$daemons"/weekly-report/*.log | head -n 1)
daemon_mib=$(( $(ps -o rss= -p "$daemon_pid" 2>/dev/null || echo 0) / 1024 ))
printf '%-52s %8d MiB\n' "the daemon's resident memory, after the corpus" "$daemon_mib"
sleep 3
daemon_idle_mib=$(( $(ps -o rss= -p "$daemon_pid" 2>/dev/null || echo 0) / 1024 ))
printf '%-52s %8d MiB\n' "the daemon's resident memory, idle 3 s later" "$daemon_idle_mib"
rm -rf "$daemons"   # its socket gone, the daemon ends within a second
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
  served=$(median "${ours_served[@]}")
  printf 'cold 3 formats: ours %.2f s, pandoc %.2f s, ratio %.2f; corpus: ours %.2f s (--jobs %s), pandoc %.2f s file by file, ratio %.2f; served by the warm daemon: 3 formats %.2f s, ratio %.2f (the first, starting it, %.2f s), corpus %.2f s, ratio %.2f; daemon %d MiB\n' \
    "$ours" "$theirs" "$(awk -v a="$ours" -v b="$theirs" 'BEGIN {print a / b}')" "$ours_corpus" "$cores" "$pandoc_corpus" "$(awk -v a="$ours_corpus" -v b="$pandoc_corpus" 'BEGIN {print a / b}')" \
    "$served" "$(awk -v a="$served" -v b="$theirs" 'BEGIN {print a / b}')" "$ours_first" "$ours_corpus_served" "$(awk -v a="$ours_corpus_served" -v b="$pandoc_corpus" 'BEGIN {print a / b}')" "$daemon_mib"
else
  printf 'cold 3 formats: ours %.2f s, pandoc not installed; corpus: ours %.2f s (--jobs %s); served by the warm daemon: 3 formats %.2f s\n' "$ours" "$ours_corpus" "$cores" "$(median "${ours_served[@]}")"
fi
