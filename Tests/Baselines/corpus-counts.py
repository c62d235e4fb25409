#!/usr/bin/env python3
"""Counts of conversations and turns in ../shared/corpora, derived without Telltale.

The reader tests compare their counts with these. Each count follows the format's own
structure (JSON fields, line markers) as the reader documentation states it, written here
separately from the Swift readers so that a reader bug does not hide in both.
Usage: python3 Tests/Baselines/corpus-counts.py [CORPORA]
"""
import glob, json, os, re, sys

def beside_checkout():
    here = os.path.dirname(os.path.abspath(__file__))
    while here != os.path.dirname(here):
        here = os.path.dirname(here)
        if os.path.isdir(os.path.join(here, 'shared/corpora')): return os.path.join(here, 'shared/corpora')
    sys.exit('no shared/corpora beside the checkout; pass its path')

root = sys.argv[1] if len(sys.argv) > 1 else beside_checkout()
path = lambda *parts: os.path.join(root, *parts)

def sharegpt():
    convs = [json.loads(l)['conversations'] for l in open(path('sharegpt.jsonl')) if l.strip()]
    return dict(conversations=len(convs), turns=sum(map(len, convs)),
                assistant=sum(m['from'] == 'gpt' for c in convs for m in c))

def hh():
    chosen = [json.loads(l)['chosen'] for l in open(path('hh-rlhf.jsonl'))]
    return dict(conversations=len(chosen), turns=sum(c.count('\n\nHuman:') + c.count('\n\nAssistant:') for c in chosen),
                assistant=sum(c.count('\n\nAssistant:') for c in chosen))

def swe_agent():
    trajs = [json.load(open(f))['messages'] for f in glob.glob(path('swe-agent', '*.traj.json'))]
    results = [m['content'] for t in trajs for m in [m for m in t if m['role'] == 'user'][1:]]
    failed = sum(bool(re.search(r'<returncode>\s*-?[1-9]\d*\s*</returncode>', r)) for r in results)
    return dict(conversations=len(trajs), turns=sum(map(len, trajs)),
                assistant=sum(m['role'] == 'assistant' for t in trajs for m in t), tool_results=len(results), failed=failed)

def claude_code():
    out = dict(conversations=0, invalid_lines=0, assistant=0, tool_calls=0, tool_results=0, failed=0)
    for f in sorted(glob.glob(path('claude-code', '*.jsonl'))):
        sessions, last_kind, last_id = set(), {}, {}   # per session: its last turn's kind, its last message id
        for line in open(f, 'rb'):
            if not line.strip(): continue
            try: e = json.loads(line)
            except ValueError: out['invalid_lines'] += 1; continue
            message = e.get('message') if isinstance(e.get('message'), dict) else {}
            content, sid = message.get('content'), e.get('sessionId')
            if e.get('type') not in ('user', 'assistant') or not sid or not content: continue
            sessions.add(sid)
            blocks = [{'type': 'text'}] if isinstance(content, str) else [b for b in content if isinstance(b, dict)]
            for b in blocks:
                kind = b.get('type')
                if kind == 'text' and e['type'] == 'assistant' and message.get('model') != '<synthetic>':
                    # text blocks of one API message, split over events, are one turn
                    same = message.get('id') is not None and message.get('id') == last_id.get(sid)
                    out['assistant'] += not (last_kind.get(sid) == 'assistant' and same)
                    last_kind[sid] = 'assistant'
                elif kind in ('text', 'thinking', 'tool_use', 'tool_result', 'image'):
                    out['tool_calls'] += kind == 'tool_use'
                    if kind == 'tool_result': out['tool_results'] += 1; out['failed'] += bool(b.get('is_error'))
                    last_kind[sid] = kind
            if e['type'] == 'assistant': last_id[sid] = message.get('id')
        out['conversations'] += len(sessions)
    return out

def aider():
    out = dict(conversations=0, user=0, assistant=0, tool_results=0)
    for f in glob.glob(path('aider', '*.md')):
        speaker, open_message = None, False
        for line in open(f, encoding='utf-8', newline='').read().replace('\r\n', '\n').split('\n'):
            if line.startswith('# aider chat started at'):
                out['conversations'] += 1; speaker = None; open_message = False; continue
            user = line.startswith('#### ') or line == '####'
            if open_message and not user:
                open_message = not line.endswith('  '); continue
            open_message = False
            if not line.strip():
                if speaker != 'assistant': speaker = None
                continue
            kind = 'user' if user else 'tool_results' if line.startswith('> ') or line == '>' else 'assistant'
            open_message = kind == 'tool_results' and not line.endswith('  ')
            if kind != speaker: out[kind] += 1
            speaker = kind
    return out

def console():
    out = dict(conversations=0, user=0, assistant=0, tool_calls=0, tool_results=0, reasoning=0)
    for f in glob.glob(path('console', 'day-*.md')):
        lines = [l.replace('\u00a0', ' ').rstrip() for l in open(f, encoding='utf-8').read().split('\n')]
        in_session, in_output = False, False
        for i, line in enumerate(lines):
            if 'Welcome to Claude Code' in line and line.startswith('│'):
                out['conversations'] += 1; in_session = True
            elif line.startswith('Total cost:'):
                in_session = False
            elif line.startswith(('⏺', '✻ Thinking')) and not in_session:
                out['conversations'] += 1; in_session = True   # a session whose banner scrolled away
            if line.lstrip().startswith('⎿'):
                out['tool_results'] += not in_output; in_output = True
            elif line and not line.startswith(' ') and not re.fullmatch(r'\d\d?:\d\d', line):   # a clock is chrome
                in_output = False
            if line.startswith('> '): out['user'] += 1
            if line.startswith('✻ Thinking'): out['reasoning'] += 1
            if line.startswith('⏺'):
                # a call: `⏺ Name(…)`, or a one-line bullet whose next non-blank line is `⎿` output
                j = next((k for k in range(i + 1, len(lines)) if lines[k].strip()), len(lines))
                one_line_call = j < len(lines) and lines[j].lstrip().startswith('⎿')
                out['tool_calls' if re.match(r'⏺ [A-Za-z]\w*\(', line) or one_line_call else 'assistant'] += 1
    return out

for name, count in [('sharegpt', sharegpt), ('anthropic-hh', hh), ('swe-agent', swe_agent),
                    ('claude-code', claude_code), ('aider', aider), ('console', console)]:
    print(name, json.dumps(count()))
