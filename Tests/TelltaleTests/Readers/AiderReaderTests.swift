import AiderFormat
import Telltale
import Testing

@Suite struct AiderReaderTests {
    let reader = AiderReader()

    /// Expected counts come from `python3 Tests/Baselines/corpus-counts.py` (the aider rules written
    /// again in Python) and agree with grep where grep can count:
    /// - conversations: `cat aider/*.md | grep -c '^# aider chat started at'` → 63;
    /// - user turns: runs of `#### ` lines, `awk '/^####/ && !u {n++} {u = /^####/} END {print n}'`
    ///   over the files → 252.
    /// A plain run-based count gives 751 messages with 172 assistant runs and 327 tool runs. The
    /// reader finds 742 with 167 and 323 because a `> ` line without aider's two trailing spaces
    /// opens a multi-line message (a failed SEARCH/REPLACE report, a commit message, a repo
    /// map): its unquoted lines are tool output, not 5 assistant runs, and the quoted lines after
    /// them continue the same tool turn rather than opening 4 more.
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func readsTheCorpus() {
        let read = Corpus.read("aider")
        #expect(read.files.count == 8 && read.files.allSatisfy { $0.format == "aider" && $0.reconciles })
        #expect(read.rejections.isEmpty)
        #expect(read.conversations.count == 63)
        #expect(read.turns.count == 742)
        #expect(read.userTurns == 252)
        #expect(read.assistantTurns == 167)
        #expect(read.toolResults == 323)
    }

    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func flagsFailuresInTheCorpus() {
        let results = Corpus.read("aider").turns.filter { $0.kind == .toolResult }
        let apiErrors = results.filter { $0.text.contains("litellm.") && $0.text.contains("Error:") }
        let failedEdits = results.filter { $0.text.contains("SEARCH/REPLACE block failed to match") }
        #expect(!apiErrors.isEmpty && apiErrors.allSatisfy(\.isError))
        #expect(!failedEdits.isEmpty && failedEdits.allSatisfy(\.isError))
        let routine = results.filter { turn in
            let text = turn.text.lowercased()
            return text.contains("applied edit to") && !text.contains("error") && !text.contains("fail")
        }
        #expect(!routine.isEmpty && routine.allSatisfy { !$0.isError })
    }

    /// One history was saved with CRLF line ends; its counts (63 user, 62 assistant, 76 tool
    /// turns, from the script above) match those of the same rules on LF text.
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func readsCRLFHistories() {
        let read = Corpus.read("aider/BjornNordblom+pocketflow-text2sql-gui__aider.chat.history.md")
        #expect(read.conversations.count == 1)
        #expect([read.userTurns, read.assistantTurns, read.toolResults] == [63, 62, 76])
        #expect(!read.turns.contains { $0.text.contains("\r") })
    }

    static let history = """

        # aider chat started at 2025-06-01 10:00:00

        > Aider v0.86.1  
        > Model: gpt-4o with diff edit format  

        #### The total is off by one.  
        ####   
        #### See calc.py  

        The loop skips the last item. Here is the fix:

        calc.py
        ```python
        <<<<<<< SEARCH
        for i in range(len(items) - 1):
        =======
        for i in range(len(items)):
        >>>>>>> REPLACE
        ```

        > Tokens: 2.1k sent, 80 received.  
        > The LLM did not conform to the edit format.  
        > # 1 SEARCH/REPLACE block failed to match!

        ## SearchReplaceNoExactMatch: This SEARCH block failed to exactly match lines in calc.py
        The SEARCH section must exactly match an existing block of lines  
        > Only 3 reflections allowed, stopping.  

        #### <blank>  

        #### /run pytest  
        > Add command output to the chat? (Y)es/(N)o [Yes]: y  

        # aider chat started at 2025-06-01 11:00:00

        """

    @Test func readsTurnsAsAiderWritesThem() throws {
        let output = try read(Self.history, with: reader)
        #expect(output.conversations.count == 2)
        let first = try #require(output.conversations.first)
        #expect(first.metadata["started"] == "2025-06-01 10:00:00")
        #expect(first.turns.map(\.role) == [.tool, .user, .assistant, .tool, .user, .user, .tool])
        #expect(first.turns[1].text == "The total is off by one.\n\nSee calc.py")
        #expect(first.turns[2].text.hasPrefix("The loop skips") && first.turns[2].text.hasSuffix(">>>>>>> REPLACE\n```"))
        let failure = first.turns[3]
        #expect(failure.isError && failure.text.contains("## SearchReplaceNoExactMatch"),
                "a `> ` line without two trailing spaces continues into the unquoted lines below it")
        #expect(failure.text.hasSuffix("Only 3 reflections allowed, stopping."))
        #expect(!first.turns[0].isError && !first.turns[6].isError)
        #expect(first.turns[4].text == "<blank>" && first.turns[5].text == "/run pytest")
        #expect(output.conversations[1].turns.isEmpty, "a session with no turns is still a conversation")
    }

    @Test func readsTextBeforeTheFirstHeaderAsItsOwnConversation() throws {
        let text = "Let me know if you need anything else.\n\n#### thanks  \n\n# aider chat started at 2025-06-02 09:00:00\n\n#### hi  \n"
        let output = try read(text, with: reader)
        #expect(output.conversations.count == 2)
        let preamble = try #require(output.conversations.first)
        #expect(preamble.metadata["header"] == "missing")
        #expect(preamble.turns.map(\.role) == [.assistant, .user])
        #expect(preamble.source.line == 1 && output.conversations[1].source.line == 5)
    }

    @Test func recognizesHistoriesByTheirHeader() {
        #expect(confidence(of: reader, for: Self.history) > 0.9)
        #expect(confidence(of: reader, for: "# Notes\n\n#### A heading\n\n> a quote\n") == 0)
    }
}
