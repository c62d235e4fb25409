#!/usr/bin/env python3
"""The straightforward way to scan transcripts for cue phrases, as a baseline for telltale:
json.loads every record, take the message strings, lowercase them, and count every phrase
match with one pyahocorasick automaton.

    python3 Benchmarks/python_baseline.py phrases.txt PATH...

Reads OpenAI and ShareGPT JSON Lines, Claude Code session logs, and whole-file JSON with a
`messages` list; prints the number of matches.
"""
import json
import os
import sys

import ahocorasick


def content_text(content):
    if isinstance(content, str):
        return [content]
    texts = []
    if isinstance(content, list):
        for part in content:
            if isinstance(part, str):
                texts.append(part)
            elif isinstance(part, dict):
                for key in ("text", "thinking"):
                    if isinstance(part.get(key), str):
                        texts.append(part[key])
                if "content" in part:
                    texts.extend(content_text(part["content"]))
    return texts


def record_texts(record):
    if not isinstance(record, dict):
        return []
    texts = []
    for message in record.get("messages") or []:
        texts.extend(content_text(message.get("content")))
    for message in record.get("conversations") or []:
        texts.extend(content_text(message.get("value")))
    message = record.get("message")
    if isinstance(message, dict):
        texts.extend(content_text(message.get("content")))
    return texts


def files(paths):
    for path in paths:
        if os.path.isdir(path):
            for root, dirs, names in os.walk(path):
                dirs.sort()
                for name in sorted(names):
                    if not name.startswith("."):
                        yield os.path.join(root, name)
        else:
            yield path


def main():
    automaton = ahocorasick.Automaton()
    with open(sys.argv[1], encoding="utf-8") as handle:
        for phrase in handle:
            phrase = phrase.strip().lower()
            if phrase:
                automaton.add_word(phrase, len(phrase))
    automaton.make_automaton()
    matches = 0
    for path in files(sys.argv[2:]):
        with open(path, encoding="utf-8", errors="replace") as handle:
            if path.endswith(".json"):
                try:
                    records = [json.load(handle)]
                except ValueError:
                    continue
            else:
                records = []
                for line in handle:
                    try:
                        records.append(json.loads(line))
                    except ValueError:
                        continue
                    if len(records) >= 256:
                        matches += count(automaton, records)
                        records = []
            matches += count(automaton, records)
    print(matches)


def count(automaton, records):
    total = 0
    for record in records:
        for text in record_texts(record):
            for _ in automaton.iter(text.lower()):
                total += 1
    return total


if __name__ == "__main__":
    main()
