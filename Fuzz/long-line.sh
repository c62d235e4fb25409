#!/usr/bin/env bash
# A single line of 200 MB (too slow for the debug test suite, which reads lines of a few MB):
# builds the release tool, writes the line to a temporary file, scans it and checks the outcome.
#
#   Fuzz/long-line.sh [MEGABYTES]      default 200
#
# Two files: one line that is a whole conversation (read whole: 1 conversation, exit 0) and one
# that is cut off inside a string (rejected with its line: 1 rejected, exit 0). Prints the time
# and peak memory of each scan. Exits non-zero when an outcome is not the defined one.
set -euo pipefail
cd "$(dirname "$0")/.."
megabytes=${1:-200}

swift build -c release --product telltale >&2
tool="$(swift build -c release --show-bin-path)/telltale"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

python3 - "$work" "$megabytes" <<'PY'
import sys
work, megabytes = sys.argv[1], int(sys.argv[2])
sentence = "The build still fails after the change, so I checked the log again. "
body = sentence * (megabytes * 1_000_000 // len(sentence))
head = '{"messages": [{"role": "user", "content": "Why does it fail?"}, {"role": "assistant", "content": "I am so sorry. '
with open(f"{work}/whole.jsonl", "w") as f:
    f.write(head + body + '"}]}\n')
with open(f"{work}/cut.jsonl", "w") as f:
    f.write(head + body + "\n")
PY

status=0
for name in whole cut; do
    ls -l "$work/$name.jsonl" >&2
    start=$(date +%s.%N)
    /usr/bin/time -f "peak memory %M KB" "$tool" scan "$work/$name.jsonl" --summary-only --threads 2 \
        > "$work/$name.summary" 2> "$work/$name.err" || { echo "$name: exit status $?" >&2; status=1; }
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    counts=$(python3 -c 'import json,sys; s=json.load(open(sys.argv[1])); f=s["files"][0]; print(f["records"], f["conversations"], f["rejected"])' "$work/$name.summary")
    echo "$name: $seconds s; records conversations rejected: $counts; $(grep 'peak memory' "$work/$name.err")"
    case $name in
        whole) [[ $counts == "1 1 0" ]] || { echo "whole: expected 1 1 0" >&2; status=1; } ;;
        cut) [[ $counts == "1 0 1" ]] && grep -q "cut.jsonl:1: " "$work/$name.err" || { echo "cut: expected 1 0 1 and a rejection at line 1" >&2; status=1; } ;;
    esac
done
exit $status
