# bench/lib.sh: what the benchmark scripts share. Sourced (POSIX sh, bash too) after `set -eu`:
#   . "$(dirname -- "$0")/lib.sh"
# Sets ROOT (the repository, also the working directory), WR (the launcher), CORPUS and EXAMPLE
# (overridable from the environment), FIDELITY (../shared/tools/fidelity.py) and makes the launcher's jar,
# so that no measurement includes compiling. Each script then calls bench_out for its work folder.

# A relative EXAMPLE, CORPUS or OUT given by the caller is relative to the caller's folder, not the repository.
case ${EXAMPLE:-} in ''|/*) ;; *) EXAMPLE=$(pwd)/$EXAMPLE ;; esac
case ${CORPUS:-} in ''|/*) ;; *) CORPUS=$(pwd)/$CORPUS ;; esac
case ${OUT:-} in ''|/*) ;; *) OUT=$(pwd)/$OUT ;; esac
ROOT=$(CDPATH= cd -- "$(dirname -- "$0")/.." && pwd)
cd "$ROOT"
WR="$ROOT/weekly-report"
CORPUS=${CORPUS:-$ROOT/../shared/corpus}
EXAMPLE=${EXAMPLE:-examples/2026-11-19.md}
FIDELITY=${FIDELITY:-$ROOT/../shared/tools/fidelity.py}

"$WR" --version >/dev/null

# Measurements run in a process of their own unless a script asks for the render daemon (bench/run.sh does, apart).
export WEEKLY_REPORT_DAEMON=${WEEKLY_REPORT_DAEMON:-off}

# bench_out NAME [keep]: OUT, a fresh temporary folder (or $OUT when set); removed on exit unless "keep".
bench_out() {
  if [ -n "${OUT:-}" ]; then
    mkdir -p "$OUT"
  else
    OUT=$(mktemp -d "${TMPDIR:-/tmp}/$1.XXXXXX")
    [ "${2:-}" = keep ] || trap 'rm -rf "$OUT"' EXIT
  fi
}

# timed COMMAND...: runs it with its output discarded (standard error kept in $OUT/.err) under GNU time;
# sets SECS (wall seconds) and MIB (peak resident MiB) and returns the command's status.
timed() {
  _status=0
  /usr/bin/time -f "%e %M" -o "$OUT/.time" "$@" >/dev/null 2>"$OUT/.err" || _status=$?
  # on failure GNU time writes "Command exited with non-zero status N" above the numbers
  read -r SECS _kb <<EOF
$(tail -n 1 "$OUT/.time")
EOF
  MIB=$((_kb / 1024))
  return $_status
}

now() { date +%s.%N; }

# since T0: seconds from T0 (a `now`) to now, two decimals.
since() { echo "$(now) - $1" | bc -l | xargs printf '%.2f'; }

# list_notes DIR [NAME_PATTERN] > FILE: the notes below DIR, sorted, one a line (a name may have a space).
list_notes() { find "$1" -name "${2:-*.md}" | sort; }

# Where the output for a note goes below an output folder: its path below BASE, the layout
# `weekly-report render BASE -o DIR` writes, or with BASE "-" its file name alone (`render NOTE... -o DIR`).
relative() {
  if [ "$1" = - ]; then basename "$2"; else printf '%s\n' "${2#"$1"/}"; fi
}

# pandoc_each BASE LIST DIR EXT [PANDOC_ARGS...]: pandoc on every note in the file LIST, from the note's
# own folder (so that it finds the images as weekly-report does), to DIR/<relative BASE note>.EXT.
# A note pandoc fails on leaves no output.
pandoc_each() {
  _base=$1 _list=$2 _dir=$3 _ext=$4
  shift 4
  while IFS= read -r _md; do
    _rel=$(relative "$_base" "$_md")
    mkdir -p "$_dir/$(dirname "$_rel")"
    (cd "$(dirname "$_md")" && pandoc "$(basename "$_md")" "$@" -o "$_dir/${_rel%.md}.$_ext" </dev/null 2>/dev/null) || true
  done < "$_list"
}

# fidelity_each BASE LIST DIR FORMAT: fidelity.py on every note in LIST against DIR/<relative BASE note>.FORMAT;
# one line per note: its relative path, a tab, fidelity.py's JSON report ({} when it could not check).
fidelity_each() {
  _base=$1 _list=$2 _dir=$3 _fmt=$4
  while IFS= read -r _md; do
    _rel=$(relative "$_base" "$_md")
    _json=$(python3 "$FIDELITY" "$_md" "--$_fmt" "$_dir/${_rel%.md}.$_fmt" --json </dev/null 2>/dev/null) || _json='{}'
    [ -n "$_json" ] || _json='{}'
    printf '%s\t%s\n' "$_rel" "$_json"
  done < "$_list"
}

# fidelity_summary LABEL FORMAT COVERAGE_KEY < fidelity_each lines: one line, the median and least coverage,
# the words outside the page or slide, and (PDF) the files with fonts not embedded.
fidelity_summary() {
  python3 -c '
import json, statistics, sys
label, fmt, key = sys.argv[1:4]
rows = [json.loads(l.split("\t", 1)[1]).get(fmt) for l in sys.stdin if l.strip()]
rows = [r for r in rows if r and r.get(key) is not None]
if not rows:
    sys.exit(print(f"{label}: no file checked"))
cov = [r[key] for r in rows]
where = "slide" if fmt == "pptx" else "page"
off = sum(r.get("overflow_words", 0) for r in rows)
line = f"{label}: {len(rows)} files, coverage median {statistics.median(cov):.4f} min {min(cov):.4f}, words off the {where} {off}"
if any("unembedded_fonts" in r for r in rows):
    line += ", files with unembedded fonts %d" % sum(1 for r in rows if r.get("unembedded_fonts"))
print(line)' "$@"
}

# render_benchmark FORMAT ROUNDS PATH...: warm renders in one JVM (report-cli's RenderBenchmark), with the
# newest JDK under /usr/lib/jvm as the launcher picks it and the modules' classes as built.
render_benchmark() { java_main RenderBenchmark "$@"; }

# java_main CLASS ARGS...: a main class of report-cli's test sources (io.weeklyreport.cli.CLASS), run as above.
java_main() {
  _class=$1
  shift
  if [ ! -f "$OUT/.cp" ]; then
    # In one reactor run: the modules of ours resolve to their classes there (none is installed in ~/.m2); the
    # last module written, report-cli, leaves its class path in the file.
    mvn -B -q -o -pl report-cli -am test-compile dependency:build-classpath -Dmdep.outputFile="$OUT/.cp" >/dev/null 2>"$OUT/.mvn" \
      || { cat "$OUT/.mvn" >&2; return 1; }
  fi
  _java=$(ls -d /usr/lib/jvm/*/bin/java | sort -rV | head -n 1)
  _cp="report-cli/target/test-classes:report-cli/target/classes:report-parser/target/classes:report-render/target/classes:report-series/target/classes:report-mail/target/classes:report-model/target/classes:$(cat "$OUT/.cp")"
  "$_java" -Djava.awt.headless=true -cp "$_cp" "io.weeklyreport.cli.$_class" "$@" 2>/dev/null
}
