#!/usr/bin/env bash
# Renders the HTML report of a corpus to PNG with headless Chromium, to check it as a person
# sees it. Needs Debian's chromium (apt-get install -y chromium).
#
#   Examples/report/render.sh [OUT.png] [CORPUS…]
#
# Defaults: /tmp/telltale-report.png, and every corpus in ../shared/corpora.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="${1:-/tmp/telltale-report.png}"
shift || true
# The corpora sit beside the repository (../shared/corpora), or beside the folder holding it.
corpora=""
for dir in .. ../.. ../../..; do
    if [ -d "$dir/shared/corpora" ]; then corpora="$(cd "$dir/shared/corpora" && pwd)"; break; fi
done
if [ "$#" -eq 0 ]; then
    [ -n "$corpora" ] || { echo "render.sh: no ../shared/corpora; name the corpus files to scan" >&2; exit 1; }
    set -- "$corpora"
fi
command -v chromium >/dev/null || { echo "render.sh: chromium is not installed (apt-get install -y chromium)" >&2; exit 1; }

swift build -c release --product telltale >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
.build/release/telltale scan "$@" --summary-only --quiet 2>/dev/null > "$work/summary.json"
.build/release/telltale report "$work/summary.json" --output "$work/report.html"
# A window taller than the page captures all of it (the command line has no full-page mode).
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,7200 \
    --screenshot="$out" "file://$work/report.html" 2>/dev/null
echo "wrote $out"
