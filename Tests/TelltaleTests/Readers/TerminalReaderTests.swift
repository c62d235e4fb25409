import Telltale
import TerminalFormat
import Testing

@Suite struct TerminalReaderTests {
    let reader = TerminalReader()

    /// Expected counts come from `python3 Tests/Baselines/corpus-counts.py`, which counts line markers
    /// (NBSP read as a space) and agrees with grep over `console/day-*.md`:
    /// - sessions: `grep -c '^│ ✻ Welcome to Claude Code'` → 23 welcome boxes, plus the session
    ///   in day-008 whose box scrolled away (its `> ` input at line 1570 follows a `Total cost:`
    ///   line): 24, where a banner-only count gives 23;
    /// - user turns: `grep -c '^> '` → 594; reasoning: `grep -c '^✻ Thinking'` → 400;
    /// - bullets: `grep -c '^⏺'` → 3468 = 1474 assistant texts + 1994 tool calls, the calls
    ///   being `grep -cE '^⏺ [A-Za-z]+\('` → 1805 plus 189 one-line bullets such as
    ///   `⏺ Update Todos` whose next non-blank line is `⎿` output;
    /// - tool results: 2130 runs of `⎿` blocks, a run broken by any line at the first column
    ///   other than a clock time.
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func readsTheCorpus() {
        let read = Corpus.read("console")
        let days = read.files.filter { !$0.path.hasSuffix("day-001.md") }
        #expect(days.count == 9 && days.allSatisfy { $0.format == "terminal" && $0.reconciles && $0.rejected == 0 })
        #expect(read.conversations.count == 24)
        #expect(read.userTurns == 594)
        #expect(read.assistantTurns == 1474)
        #expect(read.toolCalls == 1994)
        #expect(read.toolResults == 2130)
        #expect(read.turns.filter { $0.kind == .reasoning }.count == 400)
        let scrolledAway = read.conversations.filter { $0.metadata["banner"] == "missing" }
        #expect(scrolledAway.map(\.source.line) == [1570])
        #expect(!read.turns.contains { $0.text.contains("\u{A0}") }, "non-breaking spaces around ⎿ read as spaces")
    }

    /// day-001 is a diary page with no session in it: no reader claims it, and forced to this
    /// format it holds zero conversations and is not an error.
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func reportsAFileWithNoSession() throws {
        let path = Corpus.path("console/day-001.md")
        let sniffed = try #require(ScanRead([path]).files.first)
        #expect(sniffed.format == nil && sniffed.problem?.contains("no reader recognizes") == true)
        let forced = ScanRead([path], format: "terminal")
        let file = try #require(forced.files.first)
        #expect(forced.conversations.isEmpty && forced.rejections.isEmpty)
        #expect(file.format == "terminal" && file.problem == nil && file.skipped > 0 && file.reconciles)
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func joinsWrappedLinesOfTheCorpus() throws {
        let day = Corpus.read("console/day-002.md")
        #expect(day.turns.contains { $0.role == .user && $0.text.contains("talk about last chapter that I read") })
        #expect(day.turns.contains { $0.role == .user && $0.text.contains("we should probably also support listing the TOC") })
    }

    static let claudeCode = """
        $ claude
        ╭───────────────────────────────────────────╮
        │ ✻ Welcome to Claude Code!                 │
        │                                           │
        │   cwd: /home/dev/ledger                   │
        ╰───────────────────────────────────────────╯

        > the monthly report crashes when a month has no entries, can you look? it
          started after yesterday's refactor

        ⏺ I'll reproduce it first.

        ⏺ Bash(python -m pytest tests/test_report.py -q)
        \u{A0}\u{A0}⎿ \u{A0}F.
             FAILED tests/test_report.py::test_empty_month - ZeroDivisionError
             1 failed, 1 passed in 0.04s

        ✻ Thinking…

          The average divides by the entry count, which is zero for an empty month.

        ⏺ Update(ledger/report.py)
          ⎿  Updated ledger/report.py with 1 addition and 1 removal

        ⏺ Read(ledger/missing.py)
          ⎿  Error: File does not exist.

        ⏺ The average divided by the number of entries, which is zero for an empty
          month; it now returns 0 when a month has no entries, and the test passes.

        · Pondering… (3s · esc to interrupt)

        ╭───────────────────────────────────────────╮
        │ >                                         │
        ╰───────────────────────────────────────────╯
          ⏵⏵ auto-accept edits on (shift+tab to cycle)

        Total cost:            $0.12
        Total duration (API):  41.2s

        Notes for tomorrow: check the yearly report too.
        """

    @Test func readsAClaudeCodeSession() throws {
        let output = try read(Self.claudeCode, with: reader)
        #expect(output.conversations.count == 1 && output.rejections.isEmpty)
        let session = try #require(output.conversations.first)
        #expect(session.metadata["cwd"] == "/home/dev/ledger" && session.source.line == 2)
        let shape = session.turns.map { "\($0.role.rawValue)/\($0.kind.rawValue)" }
        #expect(shape == ["user/message", "assistant/message", "tool/tool_call", "tool/tool_result", "assistant/reasoning",
                          "tool/tool_call", "tool/tool_result", "tool/tool_call", "tool/tool_result", "assistant/message"])
        let turns = session.turns
        #expect(turns[0].text == "the monthly report crashes when a month has no entries, can you look? it started after yesterday's refactor")
        #expect(turns[2].toolName == "Bash" && turns[2].text == "python -m pytest tests/test_report.py -q")
        #expect(turns[3].text.hasPrefix("F.\nFAILED") && turns[3].isError && turns[3].toolName == "Bash")
        #expect(turns[4].text == "The average divides by the entry count, which is zero for an empty month.")
        #expect(!turns[6].isError && turns[8].isError, "`Error: …` under a call marks it failed")
        #expect(turns[9].text.hasSuffix("for an empty month; it now returns 0 when a month has no entries, and the test passes."))
        #expect(!turns.contains { $0.text.contains("Notes for tomorrow") || $0.text.contains("Pondering") },
                "prose outside the session and chrome are not turns")
        #expect(output.skipped > 0)
    }

    @Test func readsASessionWhoseBannerScrolledAway() throws {
        let text = "...lost scrollback above...\n\n> and the yearly one?\n\n⏺ Same fix applies there.\n\nTotal cost: $0.01\n"
        let session = try #require(try read(text, with: reader).conversations.first)
        #expect(session.metadata["banner"] == "missing" && session.source.line == 3)
        #expect(session.turns.map(\.role) == [.user, .assistant])
    }

    static let geminiCLI = """
        Tips for getting started:
        1. Ask questions, edit files, or run commands.
        2. Be specific for the best results.
        3. /help for more information.

        > why does parse_date reject 29 February?

        ✦ I'll read the parser and run its tests.

        ╭──────────────────────────────────────────────────╮
        │ ✔  ReadFile src/dates.py                         │
        ╰──────────────────────────────────────────────────╯
        ╭──────────────────────────────────────────────────╮
        │ ✔  Shell python -m pytest tests/test_dates.py    │
        │                                                  │
        │    FAILED tests/test_dates.py::test_leap_day     │
        │    1 failed, 3 passed in 0.05s                   │
        ╰──────────────────────────────────────────────────╯
        ╭──────────────────────────────────────────────────╮
        │ x  WriteFile src/dates.py                        │
        │                                                  │
        │    Could not write: the file is read-only.       │
        ╰──────────────────────────────────────────────────╯

        ✦ The parser checks the day against a table that gives February 28 days in
          every year. I could not write the fix (the file is read-only); change
          line 14 to use calendar.monthrange.

        ╭──────────────────────────────────────────────────╮
        │ Agent powering down. Goodbye!                    │
        │                                                  │
        │ Interaction Summary                              │
        │ Tool Calls:                 3 ( ✔ 2 ✖ 1 )        │
        ╰──────────────────────────────────────────────────╯
        """

    @Test func readsAGeminiCLISession() throws {
        let output = try read(Self.geminiCLI, with: reader)
        #expect(output.conversations.count == 1)
        let session = try #require(output.conversations.first)
        #expect(session.metadata["dialect"] == "gemini-cli")
        let shape = session.turns.map { "\($0.role.rawValue)/\($0.kind.rawValue)" }
        #expect(shape == ["user/message", "assistant/message", "tool/tool_call", "tool/tool_call", "tool/tool_result",
                          "tool/tool_call", "tool/tool_result", "assistant/message"])
        let turns = session.turns
        #expect(turns[2].toolName == "ReadFile" && turns[2].text == "src/dates.py")
        #expect(turns[4].text == "FAILED tests/test_dates.py::test_leap_day\n1 failed, 3 passed in 0.05s" && turns[4].isError)
        #expect(turns[6].toolName == "WriteFile" && turns[6].isError, "`x` marks a failed call")
        #expect(turns[7].text == "The parser checks the day against a table that gives February 28 days in every year. "
            + "I could not write the fix (the file is read-only); change line 14 to use calendar.monthrange.")
    }

    @Test func recognizesCapturesByTheirMarkers() {
        #expect(confidence(of: reader, for: Self.claudeCode) > 0.5)
        #expect(confidence(of: reader, for: Self.geminiCLI) > 0.5)
        #expect(confidence(of: reader, for: "# Day 1\n\n- set up the project\n> a quoted line\n") == 0)
    }
}
