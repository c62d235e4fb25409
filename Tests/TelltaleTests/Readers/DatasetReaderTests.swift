import Foundation
import Telltale
import Testing

/// The six dataset readers on the real corpora. Expected counts come from
/// `python3 Tests/Baselines/corpus-counts.py`, which reads the same files with Python's `json` module.
@Suite(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) struct DatasetReaderTests {
    /// 506 lines; 3929 entries in their `conversations` arrays, 2049 of them `"from": "gpt"`.
    @Test func readsShareGPT() {
        let read = Corpus.read("sharegpt.jsonl")
        #expect(read.files.first?.format == "sharegpt" && read.rejections.isEmpty)
        #expect(read.conversations.count == 506)
        #expect(read.turns.count == 3929)
        #expect(read.assistantTurns == 2049)
    }

    /// 2312 lines; in their `chosen` transcripts 11520 `\n\nHuman:` / `\n\nAssistant:` markers,
    /// 5764 of them `\n\nAssistant:`.
    @Test func readsAnthropicHH() {
        let read = Corpus.read("hh-rlhf.jsonl")
        #expect(read.files.first?.format == "anthropic-hh" && read.rejections.isEmpty)
        #expect(read.conversations.count == 2312)
        #expect(read.turns.count == 11520)
        #expect(read.assistantTurns == 5764)
    }

    /// 250 trajectories, 20704 messages, 10102 `assistant`; every `user` message after the first
    /// is command output (10102), 693 of them with a non-zero `<returncode>`.
    @Test func readsSWEAgentTrajectories() {
        let read = Corpus.read("swe-agent")
        #expect(read.files.count == 250 && read.files.allSatisfy { $0.format == "swe-agent" })
        #expect(read.conversations.count == 250)
        #expect(read.turns.count == 20704)
        #expect(read.assistantTurns == 10102)
        #expect(read.toolResults == 10102)
        #expect(read.failedToolResults == 693)
    }

    /// 31 sessions (distinct `sessionId`s per file, summed over the 32 files; one file holds
    /// only a summary). Python's `json` rejects 113 lines; 8 of them, all `tool_result` events,
    /// are broken only inside `toolUseResult`, a copy of the result the reader skips without
    /// decoding, so the reader reads their `message` and rejects 105 lines. Hence 1241 + 8 tool
    /// results; none of the 8 is flagged `is_error`. Assistant turns: 298 text runs, text blocks
    /// of one API message (same `message.id`) spread over consecutive events being one turn.
    @Test func readsClaudeCodeLogs() {
        let read = Corpus.read("claude-code")
        #expect(read.files.count == 32 && read.files.allSatisfy { $0.format == "claude-code" && $0.reconciles })
        #expect(read.conversations.count == 31)
        #expect(read.rejections.count == 105)
        #expect(read.rejections.allSatisfy { $0.location.line > 0 && $0.reason.hasPrefix("invalid JSON event") })
        #expect(read.assistantTurns == 298)
        #expect(read.toolCalls == 1279)
        #expect(read.toolResults == 1249)
        #expect(read.failedToolResults == 179)
    }

    /// No OpenAI-format file ships with the corpora, but mini-swe-agent trajectories keep their
    /// messages in exactly that shape: each trajectory's `messages` array is written as one
    /// `{"id", "messages"}` line, and the reader must find the trajectories' counts (250
    /// conversations, 20704 messages, 10102 assistant) with every message one turn.
    @Test func readsOpenAIChatLines() throws {
        let scratch = ScratchDirectory()
        var lines = ""
        for name in try FileManager.default.contentsOfDirectory(atPath: Corpus.path("swe-agent")).sorted() {
            let data = try Data(contentsOf: URL(fileURLWithPath: Corpus.path("swe-agent/" + name)))
            let trajectory = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
            let line = try JSONSerialization.data(withJSONObject: ["id": name, "messages": trajectory["messages"] ?? []])
            lines += String(decoding: line, as: UTF8.self) + "\n"
        }
        let read = ScanRead([scratch.write("chats.jsonl", lines)])
        #expect(read.files.first?.format == "openai" && read.rejections.isEmpty)
        #expect(read.conversations.count == 250)
        #expect(read.turns.count == 20704)
        #expect(read.assistantTurns == 10102)
        #expect(read.turns.filter { $0.role == .system }.count == 250)
    }

    /// The HH transcripts are plain text with `Human:` / `Assistant:` prefixes, so each
    /// `chosen` string saved as a file is a plain-text transcript: 2312 conversations. The
    /// plain-text reader splits at every line that starts with a prefix, which finds one turn
    /// more than the HH markers (11521, 5765 assistant): line 1561's last reply has an
    /// `Assistant:` line after a single line break, which the HH format reads as reply text.
    @Test func readsPlainTextTranscripts() throws {
        let scratch = ScratchDirectory()
        let lines = try String(contentsOfFile: Corpus.path("hh-rlhf.jsonl"), encoding: .utf8).split(separator: "\n")
        for (index, line) in lines.enumerated() {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let chosen = try #require(record["chosen"] as? String)
            scratch.write("chat-\(index).txt", chosen)
        }
        let read = ScanRead([scratch.path])
        #expect(read.files.count == 2312 && read.files.allSatisfy { $0.format == "plain-text" })
        #expect(read.conversations.count == 2312)
        #expect(read.turns.count == 11521)
        #expect(read.assistantTurns == 5765)
    }
}
