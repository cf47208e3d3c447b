#!/usr/bin/env bash
# Benchmark: how time and memory grow with the size of a note. Generates notes of about 10 kB, 100 kB,
# 1 MB and 10 MB (headings, nested lists with progress phrases, PR links, inline code, code blocks,
# tables, long lines, Chinese and English) and renders each to every format in a fresh process, one
# format at a time, under GNU time. Prints seconds and peak resident memory per size and format.
# Usage: bench/sizes.sh [sizes in kB, default "10 100 1000 10000"] [formats, default pdf,docx,pptx,html]
# A render that takes longer than LIMIT seconds (default 600) is stopped and shown as "> LIMIT s".
set -eu
. "$(dirname -- "$0")/lib.sh"
bench_out weekly-report-sizes
sizes=${1:-10 100 1000 10000}
formats=${2:-pdf,docx,pptx,html}
limit=${LIMIT:-600}

# note KB FILE: a generated note of about KB kilobytes.
note() {
  python3 - "$1" "$2" <<'PY'
import sys
target, path = int(sys.argv[1]) * 1000, sys.argv[2]
status = ["已合入", "review中", "调试中", "持续定位中", "done", "in review", "blocked", ""]
out = ["# Generated weekly notes", "", "## 时间", "", "2024-03-07 19:00-20:00", ""]
size, n = 0, 0
while size < target:
    n += 1
    part = [f"## {n}. Section {n} 第{n}部分", ""]
    for i in range(6):
        part.append(f"- item {n}.{i} [#{1000 + n * 7 + i}](https://github.com/example/project/pull/{1000 + n * 7 + i}) "
                    f"修复 `code_{i}` 的问题 {status[(n + i) % len(status)]}")
        part.append(f"  - detail {n}.{i}: 性能优化与测试 https://example.org/doc/{n}/{i} {status[i % len(status)]}")
        part.append(f"    - deeper {n}.{i} **bold** and *emphasis* ~~old~~")
    part += ["", "| 模块 | owner | 状态 |", "|---|---|---|"]
    part += [f"| module {n}.{r} | person{r} | {status[r % len(status)]} |" for r in range(4)]
    part += ["", "```java", *[f"int value{n}_{k} = compute({k}); // line {k}" for k in range(8)], "```", ""]
    if n % 5 == 0:
        part += [("A long line of notes without a break, " * 60 + "中文长句没有换行，" * 40).strip(), ""]
    if n % 25 == 0:
        part += [f"### Subsection {n}", "", f"> quoted remark {n} with a [link](https://example.org/q/{n})", ""]
    text = "\n".join(part) + "\n"
    out.append(text)
    size += len(text.encode())
open(path, "w", encoding="utf-8").write("\n".join(out))
PY
}

echo "weekly-report size benchmark ($(nproc) cores, $("$WR" --version | head -n 1), load average $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-10s %-6s %10s %10s %s\n' size format seconds "peak MiB" output
for kb in $sizes; do
  md="$OUT/note-${kb}kB.md"
  note "$kb" "$md"
  bytes=$(wc -c < "$md")
  for f in ${formats//,/ }; do
    if timed timeout "$limit" "$WR" render "$md" -o "$OUT" -f "$f" --force -q; then
      out_size=$(du -h "$OUT/note-${kb}kB.$f" | cut -f1)
      printf '%-10s %-6s %10.2f %10s %s\n' "$((bytes / 1000)) kB" "$f" "$SECS" "$MIB" "$out_size"
    else
      printf '%-10s %-6s %10s %10s %s\n' "$((bytes / 1000)) kB" "$f" "> $limit" "$MIB" "$(head -c 200 "$OUT/.err" | tr '\n' ' ')"
    fi
  done
done
