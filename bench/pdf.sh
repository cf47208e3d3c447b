#!/usr/bin/env bash
# PDF benchmark: the example cold (fresh JVM) and warm (in one JVM), the whole corpus in one process,
# file sizes and fidelity, against pandoc + wkhtmltopdf on the same files.
# Needs: GNU time, pandoc, wkhtmltopdf, poppler-utils (Debian packages).
set -euo pipefail
cd "$(dirname "$0")/.."
corpus=../shared/corpus/curve-double-week
example=examples/2026-11-19.md
out=$(mktemp -d "${TMPDIR:-/tmp}/weekly-report-pdf-bench.XXXXXX")
trap 'rm -rf "$out"' EXIT

./weekly-report --version >/dev/null
mvn -B -q -o -pl report-cli -am test-compile -DskipTests 2>/dev/null || mvn -B -q -pl report-cli -am test-compile
mvn -B -q -o -pl report-cli dependency:build-classpath -Dmdep.outputFile="$out/cp" >/dev/null
java=$(ls -d /usr/lib/jvm/*/bin/java | sort -rV | head -1)   # the newest JDK, as the launcher picks
cp="report-cli/target/test-classes:report-cli/target/classes:report-parser/target/classes:report-render/target/classes:report-model/target/classes:$(cat "$out/cp")"

secs() { /usr/bin/time -f "%e %M" -o "$out/t" "$@" >/dev/null 2>&1; awk '{printf "%.2f s, %d MiB peak", $1, $2/1024}' "$out/t"; }

echo "== weekly-report"
for i in 1 2 3; do echo "cold example → PDF: $(secs ./weekly-report render $example -o "$out/wr" -f pdf)"; done
"$java" -Djava.awt.headless=true -cp "$cp" io.weeklyreport.cli.RenderBenchmark pdf 20 "$example" 2>/dev/null
"$java" -Djava.awt.headless=true -cp "$cp" io.weeklyreport.cli.RenderBenchmark pdf 3 "$corpus" 2>/dev/null
echo "corpus → PDF, one process: $(secs ./weekly-report render $corpus -o "$out/wr-corpus" -f pdf)"
echo "example size: $(du -k "$out/wr/2026-11-19.pdf" | cut -f1) KiB; corpus total: $(du -sk "$out/wr-corpus" | cut -f1) KiB"

echo "== pandoc + wkhtmltopdf"
for i in 1 2 3; do echo "example → PDF: $(secs pandoc $example -o "$out/pd.pdf" --pdf-engine=wkhtmltopdf -t html5)"; done
start=$(date +%s.%N)
find "$corpus" -name '*.md' -print0 | while IFS= read -r -d '' f; do
  rel=${f#$corpus/}; mkdir -p "$out/pd-corpus/$(dirname "$rel")"
  (cd "$(dirname "$f")" && pandoc "$(basename "$f")" -t html5 --pdf-engine=wkhtmltopdf -o "$out/pd-corpus/${rel%.md}.pdf" 2>/dev/null) || true
done
echo "corpus → PDF, one process per file: $(echo "$(date +%s.%N) - $start" | bc) s"
echo "example size: $(du -k "$out/pd.pdf" | cut -f1) KiB; corpus total: $(du -sk "$out/pd-corpus" | cut -f1) KiB"

echo "== fidelity (share of the note's words visible, words off the page, unembedded fonts), per tool"
for tool in wr-corpus pd-corpus; do
  find "$corpus" -name '*.md' | sort | while read -r f; do
    rel=${f#$corpus/}
    python3 ../shared/tools/fidelity.py "$f" --pdf "$out/$tool/${rel%.md}.pdf" --json 2>/dev/null || true
  done | python3 -c "
import json, sys, statistics
rows = [json.loads(l)['pdf'] for l in sys.stdin if l.strip()]
cov = [r['coverage'] for r in rows]
print('$tool: %d files, coverage median %.4f min %.4f, words off page %d, files with unembedded fonts %d'
      % (len(rows), statistics.median(cov), min(cov), sum(r['overflow_words'] for r in rows), sum(1 for r in rows if r['unembedded_fonts'])))"
done
