#!/usr/bin/env python3
"""Builds the gold set: materializes the labeled references from ../shared/corpora and splits
every conversation into dev or held-out as its record says.

    python3 Benchmarks/Gold/build.py [--out DIR]    # default: .build/gold

Writes DIR/dev.jsonl, DIR/heldout.jsonl and DIR/all.jsonl, and prints the counts. The
references hold labels and positions only; the transcript text comes from the corpora at build
time, so none of it is copied into the repository.
"""
import argparse
import collections
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "tools"))
from corpus_formats import DEFAULT_CORPORA, RefError  # noqa: E402
from corpus_view import materialize_record  # noqa: E402

SOURCES = ["refs/chat.jsonl", "refs/agent.jsonl", "refs/terminal.jsonl", "refs/chat2.jsonl", "refs/code2.jsonl", "written.jsonl"]
PATTERNS = ["spiraling", "hiding", "overthinking", "bundling", "deadline-pressure"]


def records(corpora):
    cache = {}
    for name in SOURCES:
        path = os.path.join(HERE, name)
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                record = json.loads(line)
                if record.get("split") not in ("dev", "heldout"):
                    raise RefError(f"{name}:{number}: record has no dev/heldout split")
                try:
                    yield record, (line.rstrip("\n") if "messages" in record
                                   else materialize_record(record, corpora, cache))
                except RefError as error:
                    raise RefError(f"{name}:{number}: {error}") from error


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", default=os.path.join(HERE, "../../.build/gold"))
    parser.add_argument("--corpora", default=DEFAULT_CORPORA)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    files = {split: open(os.path.join(args.out, f"{split}.jsonl"), "w", encoding="utf-8")
             for split in ("dev", "heldout", "all")}
    turns, positives = collections.Counter(), collections.Counter()
    try:
        for record, line in records(args.corpora):
            split = record["split"]
            for name in (split, "all"):
                files[name].write(line + "\n")
            messages = json.loads(line)["messages"]
            turns[split] += sum(1 for m in messages if m.get("role") == "assistant")
            for label in record.get("labels", []):
                positives[(split, label["pattern"])] += 1
    except (RefError, OSError, ValueError) as error:
        print(f"build: {error}", file=sys.stderr)
        return 1
    finally:
        for handle in files.values():
            handle.close()
    print(f"{'':20}{'dev':>8}{'heldout':>9}")
    print(f"{'assistant turns':20}{turns['dev']:>8}{turns['heldout']:>9}")
    for pattern in PATTERNS:
        print(f"{pattern:20}{positives[('dev', pattern)]:>8}{positives[('heldout', pattern)]:>9}")
    print(f"written to {os.path.normpath(args.out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
