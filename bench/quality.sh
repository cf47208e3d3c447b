#!/usr/bin/env bash
# Quality over real notes: renders every note of both shared corpora and of our own fixtures to PDF, DOCX
# and PPTX in one command each, then measures every note with ../shared/tools/layout.py (images clipped or
# over the footer, nearly empty pages, sparse slides, thin continuations, remote-image slides) and
# fidelity.py (share of the note's words a reader sees, in the PDF and as LibreOffice draws the DOCX and
# PPTX; words off the page), and prints one summary line per set and format plus the worst notes.
# Usage: bench/quality.sh [set...]   sets: curve nodejs fixtures (default: all three)
# Needs: pandoc, poppler-utils, libreoffice, python3-fitz. Takes 15-30 minutes on 2 cores (LibreOffice).
set -euo pipefail
. "$(dirname -- "$0")/lib.sh"
bench_out weekly-report-quality keep
LAYOUT=${LAYOUT:-$ROOT/../shared/tools/layout.py}
sets=${*:-curve nodejs fixtures}
jobs=$(nproc)

for set in $sets; do
  case $set in
    curve) src=$CORPUS/curve-double-week; extra=(--resource-root "$CORPUS/curve-double-week") ;;
    nodejs) src=$CORPUS/nodejs-tsc; extra=() ;;
    fixtures) src="$ROOT/examples $ROOT/report-parser/src/test/resources/fixtures $ROOT/report-cli/src/test/resources/fixtures"; extra=() ;;
    *) echo "unknown set '$set': use curve, nodejs or fixtures" >&2; exit 2 ;;
  esac
  mkdir -p "$OUT/$set"
  # one output folder per set; the notes' names are unique within a set
  # shellcheck disable=SC2086 # the fixtures are several folders
  find $src -name '*.md' -not -name 'README*' | sort > "$OUT/$set/notes.txt"
  while read -r note; do
    "$WR" render "$note" -o "$OUT/$set" -f pdf,docx,pptx --force -q --timeout none "${extra[@]}" \
      2>>"$OUT/$set/render.err" || echo "render failed: $note" >&2
  done < "$OUT/$set/notes.txt"
  export OUT set LAYOUT FIDELITY
  xargs -a "$OUT/$set/notes.txt" -P "$jobs" -I{} sh -c '
    note="$1"; base=$(basename "$note" .md); d="$OUT/$set"
    [ -f "$d/$base.pdf" ] || exit 0
    /usr/bin/python3 "$LAYOUT" --pdf "$d/$base.pdf" --pptx "$d/$base.pptx" --json > "$d/$base.layout.json" 2>/dev/null || true
    HOME="$d/.lo-$base" /usr/bin/python3 "$FIDELITY" "$note" --pdf "$d/$base.pdf" --docx "$d/$base.docx" --pptx "$d/$base.pptx" --json \
      > "$d/$base.fidelity.json" 2>/dev/null || true
    rm -rf "$d/.lo-$base"' _ {}
done

/usr/bin/python3 - "$OUT" $sets <<'PY'
import json, os, statistics, sys
out, sets = sys.argv[1], sys.argv[2:]
def load(p):
    try:
        return json.load(open(p))
    except Exception:
        return None
for s in sets:
    d = os.path.join(out, s)
    notes = [os.path.basename(l.strip())[:-3] for l in open(os.path.join(d, "notes.txt"))]
    fid = {n: load(os.path.join(d, n + ".fidelity.json")) for n in notes}
    lay = {n: load(os.path.join(d, n + ".layout.json")) for n in notes}
    print(f"== {s}: {len(notes)} notes, {sum(1 for v in fid.values() if v)} measured")
    for fmt, key in (("pdf", "coverage"), ("docx", "rendered_coverage"), ("pptx", "rendered_coverage")):
        vals = [(v[fmt][key], n) for n, v in fid.items() if v and fmt in v]
        if not vals:
            continue
        over = sum(v[fmt].get("overflow_words", 0) for v in fid.values() if v and fmt in v)
        cov = [c for c, _ in vals]
        worst = ", ".join(f"{n} {c:.3f}" for c, n in sorted(vals)[:3])
        print(f"{fmt:5} visible median {statistics.median(cov):.4f}, lowest {min(cov):.4f}, "
              f"{sum(1 for c in cov if c >= 0.999)}/{len(cov)} at 1.000, {over} words off the page; worst: {worst}")
    pdf = [v["pdf"] for v in lay.values() if v and "pdf" in v]
    ppt = [v["pptx"] for v in lay.values() if v and "pptx" in v]
    if pdf:
        print("pdf   pages %d, images clipped %d, over the footer %d, nearly empty pages %d" % (
            sum(p["pages"] for p in pdf), sum(p["images_clipped"] for p in pdf),
            sum(p["images_over_footer"] for p in pdf), sum(p["nearly_empty_pages"] for p in pdf)))
    if ppt:
        slides = sum(p["slides"] for p in ppt)
        content = sum(max(0, p["slides"] - 2) for p in ppt)
        sparse = sum(p["sparse_slides"] for p in ppt)
        print("pptx  slides %d, sparse %d (%.1f %% of %d content slides), thin continuations %d, "
              "remote-image slides %d, empty dividers %d" % (slides, sparse, 100.0 * sparse / max(1, content), content,
              sum(p["thin_continuations"] for p in ppt), sum(p["remote_placeholder_slides"] for p in ppt),
              sum(p["empty_dividers"] for p in ppt)))
        bad = sorted(((p["sparse_slides"], n) for n, v in lay.items() if v and "pptx" in v for p in [v["pptx"]]), reverse=True)[:3]
        print("      most sparse: " + ", ".join(f"{n} {k}" for k, n in bad))
print(f"(outputs and per-note JSON in {out})")
PY
