#!/usr/bin/env bash
# Benchmark: `weekly-report watch` re-rendering the example to PDF, DOCX and PPTX after each save, in one warm
# process (issue 16, point 3: under 0.3 s). The note is saved SAVES times (default 30), a line appended each time,
# one save after the other's render; each render's line (`watch -v`) gives
#   - the note's render time (reading the note, then each format), what `watch` prints as "in X";
#   - the batch's wall time (plan, fingerprints, render, atomic writes, state file) and the delay after the save;
#   - the work itself, which a busy machine does not stretch the way it stretches wall time: the process's CPU time
#     during the batch (all threads: rendering, garbage collector, JIT compiler) and the bytes allocated.
# The first WARMUP re-renders (default 10) warm the JIT and are reported apart; the medians are over the rest. A cold
# `render` of the same note to the same formats (a fresh JVM each time) is measured beside it, and pandoc too, and
# the render alone of each format, warm in one JVM, with its thread's CPU time (the floor of that work).
# Usage: bench/watch.sh        Needs GNU time; pandoc and wkhtmltopdf for the comparison (skipped when missing).
set -euo pipefail
. "$(dirname -- "$0")/lib.sh"
given_out=${OUT:-}
bench_out weekly-report-watch keep
saves=${SAVES:-30}
warmup=${WARMUP:-10}

cp "$EXAMPLE" "$OUT/note.md"
log="$OUT/watch.log"
"$WR" watch "$OUT/note.md" -o "$OUT/out/" -f pdf,docx,pptx -v --color never 2>"$log" &
pid=$!
stop_watch() { kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; }
trap 'stop_watch; [ -n "$given_out" ] || rm -rf "$OUT"' EXIT

# await PATTERN COUNT SECONDS: until the log has COUNT lines matching PATTERN
await() {
  local deadline=$((SECONDS + $3))
  until [ "$(grep -c -- "$1" "$log" || true)" -ge "$2" ]; do
    if [ $SECONDS -ge $deadline ] || ! kill -0 "$pid" 2>/dev/null; then
      echo "watch did not get there (want $2 x '$1'):" >&2; cat "$log" >&2; exit 1
    fi
    sleep 0.05
  done
}

rendered=" -> pdf, docx, pptx in "
await "watching 1 note" 1 180
for i in $(seq 1 "$saves"); do
  printf -- '- 第 %d 次保存补充的一项，已合入\n' "$i" >>"$OUT/note.md"
  await "$rendered" $((i + 1)) 60
  sleep 0.3
done
stop_watch

echo "weekly-report watch benchmark ($(nproc) cores, $("$WR" --version | head -n 1))"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
# One row per re-render: render, batch, after the save, CPU (seconds); lines of `watch -v`.
grep -- "$rendered" "$log" | tail -n +2 | awk -v warm="$warmup" '
  function secs(text,   n) { n = text + 0; return text ~ /ms$/ ? n / 1000 : n }
  function grab(line, label,   rest) { rest = substr(line, index(line, label) + length(label)); sub(/[(,;)].*$/, "", rest); sub(/ +$/, "", rest); return secs(rest) }
  function mib(line,   rest, n) { rest = line; sub(/ allocated.*$/, "", rest); sub(/^.*, /, "", rest); n = rest + 0
    return rest ~ /KiB$/ ? n / 1024 : rest ~ / B$/ ? n / 1048576 : n }
  {
    render = $0; sub(/^.* in /, "", render); sub(/ \(.*$/, "", render); render = secs(render)
    after = $0; sub(/^.*; /, "", after); sub(/ after the save.*$/, "", after); after = secs(after)
    batch = grab($0, "batch "); cpu = grab($0, "process CPU "); alloc = mib($0)
    n++; printf "re-render %2d: render %.3f s, batch %.3f s, %.3f s after the save; process CPU %.3f s, %.0f MiB allocated%s\n", \
      n, render, batch, after, cpu, alloc, (n <= warm ? " (warm-up)" : "")
    if (n > warm) { r[++k] = render; b[k] = batch; a[k] = after; c[k] = cpu; m[k] = alloc }
  }
  function median(v, count,   i, j, t) { for (i = 1; i <= count; i++) for (j = i + 1; j <= count; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    return count % 2 ? v[(count + 1) / 2] : (v[count / 2] + v[count / 2 + 1]) / 2 }
  END {
    if (k == 0) { print "no warm re-render measured"; exit 1 }
    printf "MEDIANS %.3f %.3f %.3f %.3f %.0f %d\n", median(r, k), median(b, k), median(a, k), median(c, k), median(m, k), k
  }' >"$OUT/rows"
grep -v '^MEDIANS' "$OUT/rows"
read -r _ render batch after cpu alloc count <<<"$(grep '^MEDIANS' "$OUT/rows")"

cold=()
for i in 1 2; do
  timed "$WR" render "$OUT/note.md" -o "$OUT/cold/" -f pdf,docx,pptx --force -q || { cat "$OUT/.err" >&2; exit 1; }
  cold+=("$SECS")
done
pandoc_line=""
if command -v pandoc >/dev/null && command -v wkhtmltopdf >/dev/null; then
  mkdir -p "$OUT/pandoc"
  timed sh -c "pandoc '$OUT/note.md' --metadata title=bench -t html5 --pdf-engine=wkhtmltopdf -o '$OUT/pandoc/x.pdf' --quiet; \
    pandoc '$OUT/note.md' -o '$OUT/pandoc/x.docx'; pandoc '$OUT/note.md' -o '$OUT/pandoc/x.pptx'" || true
  pandoc_line=", pandoc $SECS s"
fi
# The render alone, warm, in one JVM and one thread (report-cli's RenderBenchmark): the floor of the work above.
for f in pdf docx pptx; do
  echo "render alone, $(render_benchmark "$f" 30 "$OUT/note.md")"
done
echo "watch re-render 3 formats (median of $count saves after $warmup warm-up): render $render s, batch $batch s, $after s after the save; process CPU $cpu s, $alloc MiB allocated; cold render ${cold[0]} s / ${cold[1]} s$pandoc_line"
