#!/usr/bin/env python3
"""corpus_view: read real assistant transcripts as uniform OpenAI-chat conversations.

  list FILE                          key, messages, assistant messages per conversation
  show FILE KEY [--from A] [--to B]  print messages A..B-1 for a human labeler
  materialize REFS.jsonl [...]       add `messages` to reference records (stdout)
  stats                              counts for every corpus file, with totals
FILE is relative to --corpora (default: ../shared/corpora beside the repository). Standard library only;
see README.md for the shape rules.
"""
import argparse
import json
import os
import re
import sys

from corpus_formats import DEFAULT_CORPORA, RefError, conversation, corpus_files, count, load, read_jsonl

# ---------------------------------------------------------------- commands

def relative(corpora, path):
    return os.path.relpath(path, corpora).replace(os.sep, "/") if os.path.isabs(path) else path


def cmd_list(args):
    for key, messages in load(args.corpora, relative(args.corpora, args.file)).items():
        print(key, *count(messages), sep="\t")


CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def format_message(index, m):
    head = f"── [{index}] {m['role']}"
    head += f" (result of {m['tool_call_id']})" if m.get("tool_call_id") else ""
    head += " ERROR" if m.get("is_error") else ""
    lines = [head + " " + "─" * max(3, 60 - len(head))] + ([m["content"]] if m["content"] else [])
    for call in m.get("tool_calls", []):
        lines.append(f"  ⤷ tool call {call['function']['name']} [{call['id']}]: "
                     f"{call['function']['arguments']}")
    # show terminal control characters (ANSI colours in logs) instead of obeying them
    return CONTROL.sub(lambda c: f"\\x{ord(c.group()):02x}", "\n".join(lines))


def cmd_show(args):
    messages = conversation(args.corpora, relative(args.corpora, args.file), args.key)
    end = len(messages) if args.end is None else min(args.end, len(messages))
    for i in range(max(args.start, 0), end):
        print(format_message(i, messages[i]) + "\n")


def normalize(text):
    return " ".join(text.split())


def materialize_record(record, corpora, cache):
    source = record.get("source")
    if not isinstance(source, dict) or "file" not in source or "key" not in source:
        raise RefError("record has neither `messages` nor a `source` with `file` and `key`")
    messages = conversation(corpora, source["file"], source["key"], cache)
    start, end = source.get("from", 0), source.get("to", len(messages))
    if not (type(start) is int and type(end) is int and 0 <= start < end <= len(messages)):
        raise RefError(f"window from={start!r} to={end!r} is not inside 0..{len(messages)}")
    window = messages[start:end]
    labels = record.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(label, dict) for label in labels):
        raise RefError("`labels` must be a list of objects")
    for label in labels:
        turn = label.get("turn")
        if type(turn) is not int or not 0 <= turn < len(window):
            raise RefError(f"label turn {turn!r} is outside the window (0..{len(window) - 1})")
        if window[turn]["role"] != "assistant":
            raise RefError(f"label turn {turn} is a {window[turn]['role']} message, not assistant")
        starts, content = label.get("starts"), normalize(window[turn]["content"])
        if starts is not None and not content.startswith(normalize(str(starts))):
            raise RefError(f"label turn {turn} does not start with {starts!r} (found {content[:60]!r})")
    return json.dumps({**record, "messages": window}, ensure_ascii=False)


def cmd_materialize(args):
    cache, output, errors = {}, [], []
    for refs in args.refs:
        try:
            lines = list(read_jsonl(refs))
        except OSError as e:
            errors.append(f"{refs}: {e}")
            continue
        for n, line in lines:
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise RefError("line is not a JSON object")
                output.append(line.rstrip("\n") if "messages" in record  # hand-written: unchanged
                              else materialize_record(record, args.corpora, cache))
            except (RefError, ValueError) as e:
                errors.append(f"{refs}:{n}: {e}")
    if errors:
        print("\n".join(errors + [f"materialize: {len(errors)} error(s), nothing written"]),
              file=sys.stderr)
        return 1
    for line in output:
        print(line)
    return 0


def cmd_stats(args):
    rows = []
    for rel in corpus_files(args.corpora):
        convs = load(args.corpora, rel).values()
        rows.append((rel, len(convs), sum(count(m)[0] for m in convs), sum(count(m)[1] for m in convs)))
    groups = {}
    for rel, *counts in rows:
        group = rel.split("/")[0] + ("/" if "/" in rel else "")
        groups.setdefault(group, []).append(counts)
    width = max([len(r[0]) for r in rows] + [20])
    line = "{:<%d}  {:>7}  {:>9}  {:>9}" % width
    print(line.format("file", "convs", "messages", "assistant"))
    for row in rows:
        print(line.format(*row))
    print("\n" + line.format("format (files)", "convs", "messages", "assistant"))
    for group, counts in groups.items():
        print(line.format(f"{group} ({len(counts)})", *map(sum, zip(*counts))))
    print(line.format("TOTAL", *map(sum, zip(*[r[1:] for r in rows]))) if rows else "TOTAL 0 0 0")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpora", default=DEFAULT_CORPORA, help="corpora directory")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("list", help="conversations in FILE").add_argument("file")
    p = sub.add_parser("show", help="print messages of one conversation")
    p.add_argument("file")
    p.add_argument("key")
    p.add_argument("--from", dest="start", type=int, default=0)
    p.add_argument("--to", dest="end", type=int)
    sub.add_parser("materialize", help="add messages to reference records").add_argument(
        "refs", nargs="+")
    sub.add_parser("stats", help="counts for every corpus file")
    for command in sub.choices.values():  # --corpora also after the command
        command.add_argument("--corpora", default=argparse.SUPPRESS, help="corpora directory")
    args = parser.parse_args(argv)
    try:
        return {"list": cmd_list, "show": cmd_show, "materialize": cmd_materialize,
                "stats": cmd_stats}[args.command](args) or 0
    except RefError as e:
        print(f"corpus_view: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.stdout.reconfigure(encoding="utf-8")
    try:
        sys.exit(main())
    except BrokenPipeError:  # e.g. `corpus_view.py list … | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(1)
