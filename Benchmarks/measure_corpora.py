#!/usr/bin/env python3
"""Measures the shape of real transcript corpora, once, for the synthetic corpus generator.

Prints per-format distributions (turns per conversation, message lengths by role, cue-phrase
density, code fences) as JSON. The generator encodes these numbers; it never copies text.

    swift run -c release telltale-bench cues > cues.tsv
    python3 Benchmarks/measure_corpora.py ../shared/corpora cues.tsv

cues.tsv holds one `owner/cue<TAB>phrase` per line (owner: `context` or a detector id). Hits
per KB are reported per role, and each cue's share of all hits overall, so the generator
follows phrase-list edits.
"""
import glob
import json
import os
import sys

import ahocorasick


def quantiles(values, points=(0.1, 0.25, 0.5, 0.75, 0.9, 0.99)):
    values = sorted(values)
    if not values:
        return {}
    return {str(p): values[min(int(p * len(values)), len(values) - 1)] for p in points}


def content_text(content):
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        parts = []
        for part in content:
            if isinstance(part, str):
                parts.append(part)
            elif isinstance(part, dict) and isinstance(part.get("text"), str):
                parts.append(part["text"])
        return "\n".join(parts)
    return ""


class Profile:
    def __init__(self, automaton):
        self.automaton = automaton
        self.turns = []
        self.lengths = {}
        self.hits = {}
        self.fences = {}
        self.owner_hits = {}

    def conversation(self, messages):
        self.turns.append(len(messages))
        for role, text in messages:
            self.lengths.setdefault(role, []).append(len(text.encode()))
            lowered = text.lower()
            owners = self.owner_hits.setdefault(role, {})
            count = 0
            for _, (phrase, owner_list) in self.automaton.iter(lowered):
                count += 1
                for owner in owner_list:
                    owners[owner] = owners.get(owner, 0) + 1
            self.hits.setdefault(role, []).append(count)
            self.fences.setdefault(role, []).append(1 if "```" in text else 0)

    def summary(self):
        roles = {}
        for role, lengths in self.lengths.items():
            total_kb = max(sum(lengths) / 1024, 1e-9)
            roles[role] = {
                "messages": len(lengths),
                "bytes": quantiles(lengths),
                "hits_per_kb": round(sum(self.hits[role]) / total_kb, 3),
                "share_with_hits": round(sum(1 for h in self.hits[role] if h) / len(lengths), 3),
                "share_with_fence": round(sum(self.fences[role]) / len(lengths), 3),
            }
        return {"conversations": len(self.turns), "turns": quantiles(self.turns), "roles": roles}

    def cue_hits(self):
        totals = {}
        for owners in self.owner_hits.values():
            for owner, hits in owners.items():
                totals[owner] = totals.get(owner, 0) + hits
        return totals


def sharegpt(path, profile):
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            roles = {"human": "user", "gpt": "assistant"}
            profile.conversation([(roles.get(m.get("from"), "other"), m.get("value") or "")
                                  for m in record.get("conversations", [])])


def swe_agent(paths, profile):
    for path in paths:
        with open(path, encoding="utf-8") as handle:
            record = json.load(handle)
        profile.conversation([(m.get("role", "other"), content_text(m.get("content")))
                              for m in record.get("messages", [])])


def claude_code(paths, profile, events):
    for path in paths:
        sessions = {}
        with open(path, encoding="utf-8", errors="replace") as handle:
            for line in handle:
                events["lines"] += 1
                events["line_bytes"].append(len(line.encode()))
                try:
                    event = json.loads(line)
                except ValueError:
                    events["invalid"] += 1
                    continue
                kind = event.get("type", "")
                message = event.get("message") or {}
                content = message.get("content") if isinstance(message, dict) else None
                if kind not in ("user", "assistant") or content is None:
                    events["other"] += 1
                    continue
                turns = sessions.setdefault(event.get("sessionId"), [])
                if isinstance(content, str):
                    events["text"] += 1
                    turns.append((kind, content))
                    continue
                for block in content:
                    if not isinstance(block, dict):
                        continue
                    block_type = block.get("type", "")
                    events[block_type] = events.get(block_type, 0) + 1
                    if block_type == "text":
                        turns.append((kind, block.get("text", "")))
                    elif block_type == "thinking":
                        turns.append(("thinking", block.get("thinking", "")))
                    elif block_type == "tool_use":
                        turns.append(("tool_use", json.dumps(block.get("input"))))
                    elif block_type == "tool_result":
                        turns.append(("tool_result", content_text(block.get("content"))))
        for turns in sessions.values():
            profile.conversation(turns)


def main():
    root, cue_file = sys.argv[1], sys.argv[2]
    owners = {}
    with open(cue_file, encoding="utf-8") as handle:
        for line in handle:
            owner, _, phrase = line.rstrip("\n").partition("\t")
            phrase = phrase.strip().lower()
            if phrase:
                owners.setdefault(phrase, set()).add(owner)
    automaton = ahocorasick.Automaton()
    for phrase, owner_set in owners.items():
        automaton.add_word(phrase, (phrase, sorted(owner_set)))
    automaton.make_automaton()

    result = {}
    profiles = []
    profile = Profile(automaton)
    profiles.append(profile)
    sharegpt(os.path.join(root, "sharegpt.jsonl"), profile)
    result["sharegpt"] = profile.summary()
    profile = Profile(automaton)
    profiles.append(profile)
    swe_agent(sorted(glob.glob(os.path.join(root, "swe-agent", "*.json"))), profile)
    result["openai-agent"] = profile.summary()
    profile = Profile(automaton)
    profiles.append(profile)
    events = {"lines": 0, "invalid": 0, "other": 0, "text": 0, "line_bytes": []}
    paths = sorted(glob.glob(os.path.join(root, "claude-code", "*.jsonl")))
    claude_code(paths, profile, events)
    result["claude-code"] = profile.summary()
    events["line_bytes"] = quantiles(events["line_bytes"])
    events["file_bytes"] = quantiles([os.path.getsize(p) for p in paths])
    result["claude-code"]["events"] = events
    cue_totals = {}
    for profile in profiles:
        for cue, hits in profile.cue_hits().items():
            cue_totals[cue] = cue_totals.get(cue, 0) + hits
    all_hits = sum(cue_totals.values())
    result["cue_share"] = {cue: round(hits / all_hits, 5) for cue, hits in sorted(cue_totals.items())}
    json.dump(result, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
