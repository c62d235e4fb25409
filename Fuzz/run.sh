#!/usr/bin/env bash
# Builds the libFuzzer binary and fuzzes one target for a given time.
#
#   Fuzz/run.sh TARGET SECONDS [libFuzzer options…]
#   Fuzz/run.sh all SECONDS          every target in turn, SECONDS each
#
# TARGET: json, phrases, or a reader's format name (openai, sharegpt, anthropic-hh, plain-text,
# claude-code, swe-agent, aider, terminal, specstory).
# The corpus grows in Fuzz/.corpus/TARGET, seeded from Fuzz/seeds/TARGET and, when the shared
# corpora sit beside the repository, from short excerpts of them. Crashing, hanging or
# memory-hungry inputs land in Fuzz/artifacts/TARGET (not committed); keep each as a regression test under
# Tests/Fixtures/Fuzz/TARGET. Exits non-zero when the fuzzer found something.
set -euo pipefail
cd "$(dirname "$0")"

targets=(json phrases openai sharegpt anthropic-hh plain-text claude-code swe-agent aider terminal specstory)
if [[ $# -lt 2 ]]; then
    echo "usage: Fuzz/run.sh TARGET|all SECONDS [libFuzzer options…]; targets: ${targets[*]}" >&2
    exit 2
fi
target=$1 seconds=$2
shift 2
if [[ $target == all ]]; then
    status=0
    for each in "${targets[@]}"; do ./run.sh "$each" "$seconds" "$@" || status=1; done
    exit $status
fi
if [[ ! " ${targets[*]} " == *" $target "* ]]; then
    echo "Fuzz/run.sh: unknown target '$target'; targets: ${targets[*]}" >&2
    exit 2
fi

swift build -c release -Xswiftc -sanitize=fuzzer,address --product TelltaleFuzz >&2
binary="$(swift build -c release -Xswiftc -sanitize=fuzzer,address --show-bin-path)/TelltaleFuzz"

corpus=".corpus/$target" artifacts="artifacts/$target"
mkdir -p "$corpus" "$artifacts"
cp -n "seeds/$target"/* "$corpus"/ 2>/dev/null || true
for root in ../../shared/corpora /work/shared/corpora; do
    if [[ -d $root ]]; then python3 excerpts.py "$target" "$root" "$corpus"; break; fi
done

echo "== fuzzing $target for $seconds s (corpus $(ls "$corpus" | wc -l) inputs)" >&2
# The Swift runtime's own crash reporter would wait on the crashed process; libFuzzer reports.
SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}" TELLTALE_FUZZ_TARGET="$target" \
    "$binary" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
