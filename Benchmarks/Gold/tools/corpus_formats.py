"""corpus_formats: the six real transcript formats of ../shared/corpora as OpenAI-chat messages.

Each reader yields (key, messages); see README.md for the shape rules.
"""
import json
import os
import re
import textwrap

# The corpora sit beside the repository: <repo>/../shared/corpora.
DEFAULT_CORPORA = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../../../shared/corpora"))
LIMIT, KEEP = 3000, 1500


class RefError(Exception):
    """A corpus file, key, window or label that does not resolve."""


def shorten(text):
    """Keep the first and last KEEP characters of text longer than LIMIT."""
    if len(text) <= LIMIT:
        return text
    return f"{text[:KEEP]}\n[… {len(text) - 2 * KEEP} characters omitted …]\n{text[-KEEP:]}"


def tool_msg(content, call_id=None, is_error=False):
    msg = {"role": "tool"}
    if call_id is not None:
        msg["tool_call_id"] = call_id
    msg["content"] = shorten(content)
    if is_error:
        msg["is_error"] = True
    return msg


def tool_call(call_id, name, arguments):
    return {"id": call_id, "type": "function", "function": {"name": name, "arguments": arguments}}


def trim_blank(lines):
    """Drop blank lines at both ends."""
    start, end = 0, len(lines)
    while start < end and not lines[start].strip():
        start += 1
    while end > start and not lines[end - 1].strip():
        end -= 1
    return lines[start:end]


def read_jsonl(path):
    """Yield (line number, raw line), splitting on \\n only."""
    with open(path, encoding="utf-8", newline="\n") as f:
        yield from enumerate(f, 1)


def read_lines(path):
    """Lines of a text transcript (universal newlines: one aider file is CRLF)."""
    with open(path, encoding="utf-8") as f:
        return f.read().split("\n")


# ---------------------------------------------------------------- ShareGPT, hh-rlhf

SHAREGPT_ROLES = {"human": "user", "gpt": "assistant", "system": "system"}
HH_MARKER = re.compile(r"\n\n(Human|Assistant):")


def read_sharegpt(path):
    for n, line in read_jsonl(path):
        if line.strip():
            turns = json.loads(line)["conversations"]
            unknown = {t["from"] for t in turns} - set(SHAREGPT_ROLES)
            if unknown:
                raise ValueError(f"{path}:{n}: unknown ShareGPT role(s) {sorted(unknown)}")
            yield str(n), [{"role": SHAREGPT_ROLES[t["from"]], "content": t["value"]} for t in turns]


def parse_hh(text):
    parts = HH_MARKER.split(text)  # [before first marker, role, text, role, text, ...]
    return [{"role": "user" if role == "Human" else "assistant",
             "content": content[1:] if content.startswith(" ") else content}
            for role, content in zip(parts[1::2], parts[2::2])]


def read_hh(path):
    for n, line in read_jsonl(path):
        if line.strip():
            yield str(n), parse_hh(json.loads(line)["chosen"])


# ---------------------------------------------------------------- Claude Code session logs

def block_text(content):
    """Text of a tool_result: a string or a list of text (and image) blocks."""
    if isinstance(content, list):
        return "\n".join(b.get("text", "") if b.get("type") == "text" else "[image]"
                         for b in content if b.get("type") in ("text", "image"))
    return content or ""


def cc_user(content, out):
    """A user event: text → user message, each tool_result → tool message, in block order."""
    if isinstance(content, str):
        if content:
            out.append({"role": "user", "content": content})
        return
    texts = []
    for block in content or []:
        kind = block.get("type")
        if kind == "tool_result":
            if texts:
                out.append({"role": "user", "content": "\n\n".join(texts)})
                texts = []
            out.append(tool_msg(block_text(block.get("content")), block.get("tool_use_id"),
                                block.get("is_error") is True))
        elif kind == "text" and block.get("text", "").strip():
            texts.append(block["text"])
        elif kind == "image":
            texts.append("[image]")
    if texts:
        out.append({"role": "user", "content": "\n\n".join(texts)})


def cc_assistant(message, out, state):
    """Consecutive events with one message.id make one assistant message; thinking is dropped."""
    blocks = message.get("content")
    if isinstance(blocks, str):
        blocks = [{"type": "text", "text": blocks}]
    if message.get("id") is None or message.get("id") != state.get("id"):
        state.clear()
        state["id"] = message.get("id")
    for block in blocks or []:
        kind = block.get("type")
        if kind == "tool_use" or (kind == "text" and block.get("text", "").strip()):
            if "msg" not in state:
                state["msg"], state["texts"] = {"role": "assistant", "content": ""}, []
                out.append(state["msg"])
            if kind == "text":
                state["texts"].append(block["text"])
                state["msg"]["content"] = "\n\n".join(state["texts"])
            else:
                args = json.dumps(block.get("input", {}), ensure_ascii=False)
                state["msg"].setdefault("tool_calls", []).append(
                    tool_call(block.get("id"), block.get("name"), args))


def read_claude_code(path):
    sessions, states = {}, {}  # by sessionId, in order of first appearance
    for _, line in read_jsonl(path):
        try:
            event = json.loads(line)
        except ValueError:
            continue  # real logs hold corrupted lines
        if (not isinstance(event, dict) or event.get("type") not in ("user", "assistant")
                or not isinstance(event.get("message"), dict)):
            continue
        sid = str(event.get("sessionId"))
        out, state = sessions.setdefault(sid, []), states.setdefault(sid, {})
        if event["type"] == "assistant":
            cc_assistant(event["message"], out, state)
        else:
            state.clear()
            if not event.get("isMeta"):
                cc_user(event["message"].get("content"), out)
    yield from ((sid, msgs) for sid, msgs in sessions.items() if msgs)


# ---------------------------------------------------------------- mini-swe-agent

def read_swe_agent(path):
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    messages, seen_task = [], False
    for m in data["messages"]:
        content = m["content"]
        if m["role"] == "user":  # the first user message is the task, later ones environment output
            content = shorten(content) if seen_task else content
            seen_task = True
        messages.append({"role": m["role"], "content": content})
    yield "0", messages


# ---------------------------------------------------------------- aider chat history

AIDER_SESSION = "# aider chat started at"
AIDER_ERROR = re.compile(  # a tool block is an error if any of its lines starts like this
    r"^(Traceback \(most recent call last\)|[A-Za-z_][\w.]*(Error|Exception): "
    r"|(FAILED|ERROR) \S|=+ .*\b\d+ failed\b|npm ERR!)"
    r"|SEARCH/REPLACE block failed to match", re.M)


def aider_kind(line):
    if line.startswith("#### ") or line == "####":
        return "user"
    return "tool" if line.startswith("> ") or line == ">" else "assistant"


def aider_message(kind, lines):
    if kind == "assistant":
        lines = trim_blank(lines)
        return {"role": "assistant", "content": "\n".join(lines)} if lines else None
    # drop the "#### " / "> " prefix and aider's trailing markdown line-break spaces
    text = "\n".join(line[5 if kind == "user" else 2:].rstrip() for line in lines)
    if kind == "user":
        return {"role": "user", "content": text}
    return tool_msg(text, is_error=bool(AIDER_ERROR.search(text)))


def parse_aider_session(lines):
    """One message per run of consecutive lines of the same kind (blank lines are assistant
    lines, so they end a user or tool run; blank-only assistant runs yield nothing)."""
    runs = []
    for line in lines:
        kind = aider_kind(line)
        if runs and runs[-1][0] == kind:
            runs[-1][1].append(line)
        else:
            runs.append((kind, [line]))
    return [m for m in (aider_message(kind, run) for kind, run in runs) if m]


def read_aider(path):
    sessions = []
    for line in read_lines(path):
        if line.startswith(AIDER_SESSION):
            sessions.append([])
        elif sessions:  # text before the first session header is ignored
            sessions[-1].append(line)
    for n, lines in enumerate(sessions, 1):
        yield str(n), parse_aider_session(lines)


# ---------------------------------------------------------------- Claude Code terminal transcripts

CONSOLE_CALL = re.compile(r"([A-Z][A-Za-z]*)\((.*)\)…?", re.S)
CONSOLE_BARE_CALLS = {"Update Todos", "Read Todos"}
CONSOLE_OUTPUT = re.compile("^[ \u00a0]{2}⎿[ \u00a0]{0,2}")  # the terminal mixes in NBSPs
CONSOLE_INDENT = {"assistant": 2, "user": 2, "tool": 5}


def is_banner(lines, i):
    return (lines[i].startswith("╭") and i + 1 < len(lines)
            and lines[i + 1].startswith("│") and "Welcome to Claude Code" in lines[i + 1])


def dedent(line, width):
    return line[min(width, len(line) - len(line.lstrip(" \u00a0"))):]


def console_message(kind, lines, messages):
    text = "\n".join(trim_blank(lines))
    if kind == "user":
        messages.append({"role": "user", "content": text})
    elif kind == "tool":
        prev = messages[-1] if messages else {}
        messages.append(tool_msg(text, prev["tool_calls"][0]["id"] if prev.get("tool_calls") else None))
    elif CONSOLE_CALL.fullmatch(text) or text in CONSOLE_BARE_CALLS:
        call = CONSOLE_CALL.fullmatch(text)
        name, args = (call.group(1), call.group(2)) if call else (text, "")
        first, _, rest = args.partition("\n")
        args = first + ("\n" + textwrap.dedent(rest) if rest else "")
        call_id = f"call_{len(messages)}"
        messages.append({"role": "assistant", "content": "",
                         "tool_calls": [tool_call(call_id, name, args)]})
    elif text:
        messages.append({"role": "assistant", "content": text})


def parse_console(lines):
    """One message list per welcome banner. A session ends at the next banner, at the exit
    summary (`Total cost:` at column 0) or at end of file; other text is ignored."""
    sessions, messages, kind, block = [], None, None, []

    def close():
        nonlocal kind, block
        if kind:
            console_message(kind, block, messages)
        kind, block = None, []

    i = 0
    while i < len(lines):
        line = lines[i]
        if is_banner(lines, i):
            close()
            messages = []
            sessions.append(messages)
            while i + 1 < len(lines) and lines[i + 1].startswith(("│", "╰")):
                i += 1  # skip the rest of the box
        elif messages is None:
            pass  # prose outside any session
        elif line.startswith("Total cost:"):
            close()
            messages = None
        elif line.startswith(("⏺ ", "> ")) or line in ("⏺", ">"):
            close()
            kind, block = ("assistant" if line[0] == "⏺" else "user"), [line[2:]]
        elif CONSOLE_OUTPUT.match(line):
            if kind != "tool":
                close()
                kind = "tool"
            block.append(CONSOLE_OUTPUT.sub("", line))
        elif not line or line[0] in " \u00a0":
            if kind:
                block.append(dedent(line, CONSOLE_INDENT[kind]))
        else:
            close()  # spinner, "✻ Thinking…", dialog box, timestamp: not a message
        i += 1
    close()
    return sessions


def read_console(path):
    lines = [line.rstrip() for line in read_lines(path)]
    for n, messages in enumerate(parse_console(lines), 1):
        yield str(n), messages


# ---------------------------------------------------------------- corpus access

READERS = [("hh-rlhf", ".jsonl", read_hh), ("sharegpt", ".jsonl", read_sharegpt),
           ("claude-code/", ".jsonl", read_claude_code), ("swe-agent/", ".traj.json", read_swe_agent),
           ("aider/", ".md", read_aider), ("console/", ".md", read_console)]


def reader_for(relpath):
    for prefix, suffix, reader in READERS:
        nested = prefix.endswith("/")
        if relpath.startswith(prefix) and relpath.endswith(suffix) and nested == ("/" in relpath):
            return reader
    return None


def load(corpora, relpath, cache=None):
    """All conversations of one corpus file: {key: messages}, in file order."""
    if cache is not None and relpath in cache:
        return cache[relpath]
    reader, path = reader_for(relpath), os.path.join(corpora, relpath)
    if reader is None:
        raise RefError(f"unknown corpus format for {relpath!r}")
    if not os.path.isfile(path):
        raise RefError(f"no such corpus file: {path}")
    conversations = dict(reader(path))
    if cache is not None:
        cache[relpath] = conversations
    return conversations


def conversation(corpora, relpath, key, cache=None):
    conversations = load(corpora, relpath, cache)
    if str(key) not in conversations:
        raise RefError(f"no conversation {key!r} in {relpath}")
    return conversations[str(key)]


def corpus_files(corpora):
    found = []
    for root, _, files in os.walk(corpora):
        for name in files:
            rel = os.path.relpath(os.path.join(root, name), corpora).replace(os.sep, "/")
            if reader_for(rel):
                found.append(rel)
    return sorted(found)


def count(messages):
    return len(messages), sum(m["role"] == "assistant" for m in messages)


