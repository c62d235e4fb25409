#!/usr/bin/env python3
"""Writes small excerpts of the shared corpora into a fuzzing corpus directory.

Usage: excerpts.py TARGET CORPORA OUT

The corpora stay outside the repository; a fuzz run starts from a few short pieces of them
(whole short lines, file heads, trajectories cut down to a few messages) besides the seeds in
Fuzz/seeds. Writes nothing for a target with no corpus of its format.
"""
import glob
import json
import os
import sys

LIMIT = 8192


def short_lines(path, count):
    """The first `count` lines of a JSON Lines file that are shorter than LIMIT bytes."""
    found = []
    with open(path, "rb") as handle:
        for line in handle:
            if len(line) < LIMIT:
                found.append(line)
                if len(found) == count:
                    break
    return found


def head(path):
    with open(path, "rb") as handle:
        return handle.read(LIMIT)


def trimmed_trajectory(path):
    """A trajectory keeping its metadata and its first four messages, each cut to 600 characters."""
    with open(path, encoding="utf-8") as handle:
        document = json.load(handle)
    messages = document.get("messages", [])[:4]
    for message in messages:
        if isinstance(message.get("content"), str):
            message["content"] = message["content"][:600]
    document["messages"] = messages
    return json.dumps(document).encode()


def excerpts(target, corpora):
    if target in ("sharegpt", "json"):
        yield from short_lines(f"{corpora}/sharegpt.jsonl", 8)
    if target in ("anthropic-hh", "json"):
        yield from short_lines(f"{corpora}/hh-rlhf.jsonl", 8)
    if target in ("claude-code", "json"):
        for path in sorted(glob.glob(f"{corpora}/claude-code/*.jsonl"))[:6]:
            yield b"".join(short_lines(path, 12))
    if target in ("swe-agent", "json"):
        for path in sorted(glob.glob(f"{corpora}/swe-agent/*.traj.json"))[:6]:
            yield trimmed_trajectory(path)
    if target in ("aider", "plain-text", "phrases"):
        for path in sorted(glob.glob(f"{corpora}/aider/*.md"))[:4]:
            yield head(path)
    if target in ("terminal", "plain-text", "phrases"):
        for path in sorted(glob.glob(f"{corpora}/console/*.md"))[:4]:
            yield head(path)


def main():
    target, corpora, out = sys.argv[1:4]
    if not os.path.isdir(corpora):
        return
    os.makedirs(out, exist_ok=True)
    for index, data in enumerate(excerpts(target, corpora)):
        with open(os.path.join(out, f"excerpt-{index:02}"), "wb") as handle:
            handle.write(data)


if __name__ == "__main__":
    main()
