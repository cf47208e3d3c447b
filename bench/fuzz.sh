#!/usr/bin/env bash
# Fuzzes the parser, or the whole pipeline (parse, then PDF, DOCX, PPTX and HTML in one process), with
# Jazzer for as long as asked. Seeds: both corpora, the parser's fixtures, the examples and the saved
# inputs. A finding is saved as a new input under src/test/resources/.../*FuzzTestInputs/, where every
# `mvn verify` replays it from then on; commit it with its fix.
#
#   bench/fuzz.sh parser 30m        # or: pipeline 2h; durations as 30s, 10m, 2h (default 10m)
#   FUZZ_MAX_LEN=65536 bench/fuzz.sh parser 1h    # longer inputs than the default 4 KiB
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:-parser}
duration=${2:-10m}
case $target in
  parser)   module=report-parser; class=io.weeklyreport.parser.ParserFuzzTest; method=anyNoteParses ;;
  pipeline) module=report-cli;    class=io.weeklyreport.cli.PipelineFuzzTest; method=anyNoteRenders ;;
  *) echo "usage: bench/fuzz.sh parser|pipeline [DURATION]" >&2; exit 2 ;;
esac

# Jazzer keeps what it learns here between runs (git ignores it); the seeds go in first.
work="$module/.cifuzz-corpus/$class/$method"
mkdir -p "$work"
corpus=${WEEKLYREPORT_CORPUS:-../shared/corpus}
find "$corpus" examples report-parser/src/test/resources/fixtures -type f \( -name '*.md' -o -name '*.txt' \) -print0 2>/dev/null |
  while IFS= read -r -d '' note; do
    cp "$note" "$work/seed-$(sha1sum < "$note" | cut -c1-16)"
  done

# Coverage is measured in our code, flexmark and SnakeYAML (where the known crashes live); the
# regular-expression sanitizers are off, since every pattern here is a constant, and they cost most of
# the time. The test's @Timeout becomes libFuzzer's per-input timeout (a hang is a finding); JUnit's own timeout,
# which would end the whole fuzzing session, is switched off.
echo "fuzzing $class#$method for $duration (seeds: $(ls "$work" | wc -l) in $work)"
status=0
JAZZER_FUZZ=1 mvn -B -q -pl "$module" -am test -Dtest="${class##*.}#$method" -Dsurefire.failIfNoSpecifiedTests=false \
  -Djazzer.max_duration="$duration" -Djunit.jupiter.execution.timeout.mode=disabled \
  -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_len="${FUZZ_MAX_LEN:-4096}" \
  -Djazzer.instrumentation_includes='io.weeklyreport.**:com.vladsch.flexmark.**:org.yaml.snakeyaml.**' \
  -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks:com.code_intelligence.jazzer.sanitizers.RegexInjection \
  || status=$?

log="$module/target/surefire-reports/$class-output.txt"
# libFuzzer's last status line ("#1234567 DONE ... exec/s") and its summary ("Done N runs in S second(s)").
grep -aE "^#[0-9]+.*(DONE|pulse)|^Done [0-9]+ runs|== Java Exception|crash-|Timeout|timeout" "$log" | tail -n 8 || true
exit $status
