"""Tests for corpus_view.py with small inline fixtures, one per format.

Fixtures are written in each format's shape; the console and aider ones imitate excerpts of
the shared corpora (palimondo/BookMinder claude-dev-log-diary, aider chat histories)."""
import contextlib
import io
import json
import os
import tempfile
import unittest

import corpus_formats
import corpus_view as cv

NBSP = "\u00a0"

SHAREGPT = [
    {"id": "a1", "conversations": [
        {"from": "system", "value": "Be brief."},
        {"from": "human", "value": "Hi", "sentiment": "pos", "language": "en"},
        {"from": "gpt", "value": "Hello!", "lexical_features": {"x": 1}}]},
    {"id": "a2", "conversations": [{"from": "gpt", "value": "Continuing..."}]},
]

HH = [
    {"chosen": "\n\nHuman: what is 2+2?\n\nAssistant: 4\n\nHuman: sure?\n\nAssistant:  Yes, 4.",
     "rejected": "\n\nHuman: what is 2+2?\n\nAssistant: 5"},
    {"chosen": "\n\nHuman: address again?\n\nAssistant: ", "rejected": "x"},
]

CLAUDE_CODE = "\n".join([
    json.dumps({"type": "summary", "summary": "A session", "leafUuid": "u0"}),
    json.dumps({"type": "user", "sessionId": "s1", "message": {"role": "user", "content": "fix the bug"}}),
    '{"type":"user","sessionId":"s1","message":{"content":"truncated',  # invalid JSON
    json.dumps({"type": "user", "sessionId": "s1", "isMeta": True,
                "message": {"role": "user", "content": "<local-command-caveat>"}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m1", "role": "assistant",
                "content": [{"type": "thinking", "thinking": "secret"}]}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m1", "role": "assistant",
                "content": [{"type": "text", "text": "Looking."}]}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m1", "role": "assistant",
                "content": [{"type": "text", "text": "Running tests."}]}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m1", "role": "assistant",
                "content": [{"type": "tool_use", "id": "t1", "name": "Bash",
                             "input": {"command": "pytest", "timeout": 5}}]}}),
    json.dumps({"type": "progress", "sessionId": "s1", "data": {}}),
    json.dumps({"type": "user", "sessionId": "s1", "message": {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "t1", "is_error": True,
         "content": [{"type": "text", "text": "1 failed"}]}]}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m2", "role": "assistant",
                "content": [{"type": "tool_use", "id": "t2", "name": "Read", "input": {"file_path": "a.py"}}]}}),
    json.dumps({"type": "user", "sessionId": "s1", "message": {"role": "user", "content": [
        {"type": "tool_result", "tool_use_id": "t2", "is_error": False, "content": "x" * 3100}]}}),
    json.dumps({"type": "user", "sessionId": "s2", "message": {"role": "user", "content": [
        {"type": "text", "text": "[Request interrupted by user]"}]}}),
    json.dumps({"type": "assistant", "sessionId": "s1", "message": {"id": "m3", "role": "assistant",
                "content": [{"type": "text", "text": "All tests pass now."}]}}),
]) + "\n"

SWE_AGENT = {"instance_id": "x__x-1", "info": {"exit_status": "Submitted"}, "messages": [
    {"role": "system", "content": "You are a helpful assistant."},
    {"role": "user", "content": "Task: " + "t" * 3500},
    {"role": "assistant", "content": "THOUGHT: look\n\n```bash\nls\n```", "extra": {"response": {}}},
    {"role": "user", "content": "<returncode>0</returncode>\n<output>" + "o" * 4000 + "</output>"},
]}

AIDER = """notes before any session are ignored
#### not a real turn

# aider chat started at 2025-05-23 18:13:18

> Aider v0.83.1  
> Model: gpt-4 with whole edit format  

# aider chat started at 2025-05-23 18:13:33

#### fix the failing test  
####   
#### in specs/  

I will fix it.

specs/test_x.py
```python
<<<<<<< SEARCH
x = 1
=======
x = 2
>>>>>>> REPLACE
```

> Applied edit to specs/test_x.py  
> Traceback (most recent call last):  
>   File "x.py", line 1  
> ValueError: bad  

#### thanks  
"""

CONSOLE_DIARY = "# Dev log - Day 1\n\n> a quote in prose\n\n⏺ not a session\n"

CONSOLE = f"""Diary notes before the session.
> quoted prose, not a turn

claude
╭───────────────────────────────────────────────╮
│ ✻ Welcome to Claude Code research preview!    │
│                                               │
│   cwd: /Users/someone/BookMinder              │
╰───────────────────────────────────────────────╯

 ✔  Loaded project memory • /memory

> Let's review TODO together
  and the README

⏺ Read(file_path: "TODO.md")…
  ⎿ {NBSP}# BookMinder Project TODO
     ## Requirements Status
     … +27 lines (ctrl+r to see all)

✻ Thinking…

  hidden reasoning

⏺ Here is the plan:

  1. Write specs
  2. Implement

⏺ Bash(git commit -m "Add file

      Body line")
  ⎿ {NBSP}[main 0403a43] Add file

  ⎿ {NBSP}1 file changed

> /cost
  ⎿  Total cost: $0.10

· Hatching… (0s · esc to interrupt)

╭──────────────────────────────╮
│ >                            │
╰──────────────────────────────╯

Total cost:            $8.67
Total duration (API):  33m 2.4s

More diary prose.
⏺ pasted text after the session is not a turn

claude
╭───────────────────────────────────────────────╮
│ ✻ Welcome to Claude Code!                     │
╰───────────────────────────────────────────────╯

> hi

⏺ Update Todos
  ⎿  ☐ Write specs
"""


class Fixture(unittest.TestCase):
    def setUp(self):
        self.tmp = tempfile.TemporaryDirectory()
        self.root = self.tmp.name
        self.write("sharegpt.jsonl", "".join(json.dumps(r) + "\n" for r in SHAREGPT))
        self.write("hh-rlhf.jsonl", "".join(json.dumps(r) + "\n" for r in HH))
        self.write("claude-code/s.jsonl", CLAUDE_CODE)
        self.write("swe-agent/x__x-1.traj.json", json.dumps(SWE_AGENT))
        self.write("aider/o+r__aider.chat.history.md", AIDER)
        self.write("console/day-001.md", CONSOLE_DIARY)
        self.write("console/day-002.md", CONSOLE)

    def tearDown(self):
        self.tmp.cleanup()

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        return path

    def convs(self, rel):
        return corpus_formats.load(self.root, rel)

    def run_cli(self, *argv):
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cv.main(["--corpora", self.root, *argv])
        return code, out.getvalue(), err.getvalue()


class FormatTests(Fixture):
    def test_shorten(self):
        self.assertEqual(corpus_formats.shorten("a" * 3000), "a" * 3000)
        text = "a" * 1500 + "b" * 1000 + "c" * 1500
        self.assertEqual(corpus_formats.shorten(text), "a" * 1500 + "\n[… 1000 characters omitted …]\n" + "c" * 1500)

    def test_sharegpt(self):
        convs = self.convs("sharegpt.jsonl")
        self.assertEqual(list(convs), ["1", "2"])
        self.assertEqual(convs["1"], [{"role": "system", "content": "Be brief."},
                                      {"role": "user", "content": "Hi"},
                                      {"role": "assistant", "content": "Hello!"}])

    def test_hh_rlhf_uses_chosen(self):
        convs = self.convs("hh-rlhf.jsonl")
        self.assertEqual(convs["1"], [{"role": "user", "content": "what is 2+2?"},
                                      {"role": "assistant", "content": "4"},
                                      {"role": "user", "content": "sure?"},
                                      {"role": "assistant", "content": " Yes, 4."}])
        self.assertEqual(convs["2"][-1], {"role": "assistant", "content": ""})

    def test_claude_code(self):
        convs = self.convs("claude-code/s.jsonl")
        self.assertEqual(list(convs), ["s1", "s2"])
        s1 = convs["s1"]
        self.assertEqual([m["role"] for m in s1], ["user", "assistant", "tool", "assistant", "tool", "assistant"])
        self.assertEqual(s1[0], {"role": "user", "content": "fix the bug"})
        self.assertEqual(s1[1]["content"], "Looking.\n\nRunning tests.")
        self.assertEqual(s1[1]["tool_calls"], [{"id": "t1", "type": "function", "function": {
            "name": "Bash", "arguments": '{"command": "pytest", "timeout": 5}'}}])
        self.assertEqual(s1[2], {"role": "tool", "tool_call_id": "t1", "content": "1 failed", "is_error": True})
        self.assertEqual(s1[3]["content"], "")
        self.assertNotIn("is_error", s1[4])
        self.assertIn("[… 100 characters omitted …]", s1[4]["content"])
        self.assertEqual(convs["s2"], [{"role": "user", "content": "[Request interrupted by user]"}])
        self.assertNotIn("secret", json.dumps(convs))

    def test_swe_agent(self):
        msgs = self.convs("swe-agent/x__x-1.traj.json")["0"]
        self.assertEqual([m["role"] for m in msgs], ["system", "user", "assistant", "user"])
        self.assertEqual(len(msgs[1]["content"]), 3506)  # the task is user text: never shortened
        self.assertNotIn("extra", msgs[2])
        self.assertTrue(msgs[3]["content"].startswith("<returncode>0</returncode>"))
        self.assertIn("characters omitted", msgs[3]["content"])

    def test_aider_sessions(self):
        convs = self.convs("aider/o+r__aider.chat.history.md")
        self.assertEqual(list(convs), ["1", "2"])
        self.assertEqual(convs["1"], [{"role": "tool", "content":
                                       "Aider v0.83.1\nModel: gpt-4 with whole edit format"}])
        s2 = convs["2"]
        self.assertEqual([m["role"] for m in s2], ["user", "assistant", "tool", "user"])
        self.assertEqual(s2[0]["content"], "fix the failing test\n\nin specs/")
        self.assertTrue(s2[1]["content"].startswith("I will fix it.\n\nspecs/test_x.py"))
        self.assertTrue(s2[1]["content"].endswith(">>>>>>> REPLACE\n```"))
        self.assertTrue(s2[2]["is_error"])
        self.assertNotIn("is_error", convs["1"][0])

    def test_console(self):
        convs = self.convs("console/day-002.md")
        self.assertEqual(list(convs), ["1", "2"])
        s1 = convs["1"]
        self.assertEqual([m["role"] for m in s1],
                         ["user", "assistant", "tool", "assistant", "assistant", "tool", "user", "tool"])
        self.assertEqual(s1[0]["content"], "Let's review TODO together\nand the README")
        self.assertEqual(s1[1]["tool_calls"][0]["function"],
                         {"name": "Read", "arguments": 'file_path: "TODO.md"'})
        self.assertEqual(s1[2]["tool_call_id"], s1[1]["tool_calls"][0]["id"])
        self.assertEqual(s1[2]["content"],
                         "# BookMinder Project TODO\n## Requirements Status\n… +27 lines (ctrl+r to see all)")
        self.assertEqual(s1[3]["content"], "Here is the plan:\n\n1. Write specs\n2. Implement")
        self.assertEqual(s1[4]["tool_calls"][0]["function"]["arguments"],
                         'git commit -m "Add file\n\nBody line"')
        self.assertEqual(s1[5]["content"], "[main 0403a43] Add file\n\n1 file changed")
        self.assertEqual(s1[7], {"role": "tool", "content": "Total cost: $0.10"})
        self.assertEqual(convs["2"][1]["tool_calls"][0]["function"], {"name": "Update Todos", "arguments": ""})
        self.assertNotIn("hidden reasoning", json.dumps(convs))
        self.assertNotIn("not a turn", json.dumps(convs))

    def test_console_diary_yields_nothing(self):
        self.assertEqual(self.convs("console/day-001.md"), {})


class CliTests(Fixture):
    def test_list_and_show(self):
        code, out, _ = self.run_cli("list", "claude-code/s.jsonl")
        self.assertEqual((code, out), (0, "s1\t6\t3\ns2\t1\t0\n"))
        code, out, _ = self.run_cli("show", "console/day-002.md", "1", "--from", "1", "--to", "3")
        self.assertEqual(code, 0)
        self.assertIn("[1] assistant", out)
        self.assertIn("[2] tool", out)
        self.assertNotIn("[3]", out)

    def test_show_unknown_key(self):
        code, _, err = self.run_cli("show", "sharegpt.jsonl", "9")
        self.assertEqual(code, 1)
        self.assertIn("no conversation", err)

    def test_stats_deterministic(self):
        first, second = self.run_cli("stats"), self.run_cli("stats")
        self.assertEqual(first, second)
        self.assertIn("console/day-001.md", first[1])
        self.assertRegex(first[1], r"TOTAL\s+11\s+37\s+14$")


class MaterializeTests(Fixture):
    def refs(self, *records):
        lines = [r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) for r in records]
        return self.write("refs.jsonl", "\n".join(lines) + "\n")

    def test_window_and_passthrough(self):
        hand = '{"id": "hand-1", "messages": [{"role": "user", "content": "x"}],  "labels": []}'
        ref = {"id": "cc-1", "source": {"file": "claude-code/s.jsonl", "key": "s1", "from": 1, "to": 4},
               "labels": [{"turn": 2, "pattern": "p", "why": "w", "starts": "  "},
                          {"turn": 0, "pattern": "p", "starts": "Looking.   Running"}],
               "note": "kept"}
        path = self.refs(hand, ref)
        code, out, err = self.run_cli("materialize", path)
        self.assertEqual(code, 0, err)
        lines = out.splitlines()
        self.assertEqual(lines[0], hand)  # byte-for-byte
        record = json.loads(lines[1])
        self.assertEqual(record["note"], "kept")
        self.assertEqual(record["source"], ref["source"])
        self.assertEqual([m["role"] for m in record["messages"]], ["assistant", "tool", "assistant"])
        self.assertEqual(list(record), ["id", "source", "labels", "note", "messages"])

    def test_whole_conversation_and_int_key(self):
        path = self.refs({"id": "s", "source": {"file": "sharegpt.jsonl", "key": 1},
                          "labels": [{"turn": 2, "pattern": "p"}]})
        code, out, _ = self.run_cli("materialize", path)
        self.assertEqual(code, 0)
        self.assertEqual(len(json.loads(out)["messages"]), 3)

    def assert_fails(self, record, message):
        path = self.refs({"id": "ok", "source": {"file": "hh-rlhf.jsonl", "key": "1"}}, record)
        code, out, err = self.run_cli("materialize", path)
        self.assertEqual(code, 1)
        self.assertEqual(out, "")
        self.assertIn(f"{path}:2:", err)
        self.assertIn(message, err)

    def test_failures(self):
        src = {"file": "hh-rlhf.jsonl", "key": "1", "from": 0, "to": 4}
        self.assert_fails({"source": {"file": "hh-rlhf.jsonl", "key": "7"}}, "no conversation")
        self.assert_fails({"source": {"file": "nope/x.md", "key": "1"}}, "unknown corpus format")
        self.assert_fails({"source": {"file": "aider/missing.md", "key": "1"}}, "no such corpus file")
        self.assert_fails({"source": dict(src, to=9)}, "not inside")
        self.assert_fails({"source": src, "labels": [{"turn": 4}]}, "outside the window")
        self.assert_fails({"source": src, "labels": [{"turn": 0}]}, "user message, not assistant")
        self.assert_fails({"source": src, "labels": [{"turn": 1, "starts": "5"}]}, "does not start with")
        self.assert_fails({"id": "no-source"}, "neither")
        self.assert_fails("{not json", "Expecting")


if __name__ == "__main__":
    unittest.main()
