#!/usr/bin/env bash
# Runs telltale on Spark (local mode, 2 workers) over the shared corpora and checks that the
# merged summary equals a single-process scan: the JSON Lines files cut into partitions by line,
# the other formats (Claude Code sessions, SWE-agent trajectories, aider and console logs) one
# file per task. Needs Java 17 and PySpark (pip install pyspark).
#
#   Examples/spark/run.sh [OUT.json]
set -euo pipefail
cd "$(dirname "$0")/../.."
corpora=""
for dir in .. ../.. ../../..; do
    if [ -d "$dir/shared/corpora" ]; then corpora="$(cd "$dir/shared/corpora" && pwd)"; break; fi
done
[ -n "$corpora" ] || { echo "run.sh: no ../shared/corpora beside the repository" >&2; exit 1; }
python3 -c "import pyspark" 2>/dev/null || { echo "run.sh: PySpark is missing (pip install pyspark)" >&2; exit 1; }

swift build -c release --product telltale >/dev/null
time python3 Examples/spark/telltale_spark.py --telltale .build/release/telltale --master 'local[2]' \
    --lines "$corpora/sharegpt.jsonl" "$corpora/hh-rlhf.jsonl" \
    --whole "$corpora/claude-code" "$corpora/swe-agent" "$corpora/aider" "$corpora/console" \
    --scan-arg=--by --scan-arg=file \
    --output "${1:-/tmp/telltale-spark-summary.json}" --check
