import Telltale
import TelltaleBuiltins
import Testing

@Suite struct GoldReaderTests {
    let reader = GoldReader(readers: Builtins.readers)

    @Test func readsOpenAIMessagesWithIdsLabelsAndTurnIndices() throws {
        let gold = try reader.read([Fixture.path("gold-openai.jsonl")])
        #expect(gold.conversations.map(\.id) == ["g1", "g2", "g3", "g4"])
        let g2 = try #require(gold["g2"])
        #expect(g2.conversation.turns.map(\.role) == [.system, .user, .assistant, .user, .assistant])
        #expect(g2.labels == [GoldLabel(turn: 2, pattern: .overthinking)])
        #expect(g2.conversation.turns[2].text.hasPrefix("Option 1"))
        #expect(gold["g3"]?.labels == [GoldLabel(turn: 1, pattern: .bundling), GoldLabel(turn: 3, pattern: .hiding)])
        #expect(gold["g3"]?.conversation.source.line == 3)
        #expect(gold.assistantTurns == 8)
    }

    @Test func readsShareGPTConversations() throws {
        let gold = try reader.read([Fixture.path("gold-sharegpt.jsonl")])
        let s1 = try #require(gold["s1"])
        #expect(s1.conversation.turns.map(\.role) == [.user, .assistant, .user, .assistant])
        #expect(s1.labels == [GoldLabel(turn: 3, pattern: .spiraling)])
        #expect(gold["s2"]?.labels.isEmpty == true)
        #expect(gold.assistantTurns == 3)
    }

    @Test func readsHHShapeWithAnId() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("gold.jsonl",
            #"{"id": "h1", "chosen": "\n\nHuman: Is it safe?\n\nAssistant: Yes.", "labels": [{"turn": 1, "pattern": "hiding"}]}"#)
        let gold = try reader.read([path])
        #expect(gold["h1"]?.conversation.turns.map(\.text) == ["Is it safe?", "Yes."])
        #expect(gold.positives == [.hiding: 1])
    }

    @Test func readsSeveralFilesAsOneSet() throws {
        let gold = try reader.read([Fixture.path("gold-openai.jsonl"), Fixture.path("gold-sharegpt.jsonl")])
        #expect(gold.conversations.count == 6)
        #expect(gold.assistantTurns == 11)
        #expect(gold.positives == [.spiraling: 2, .overthinking: 1, .bundling: 1, .hiding: 1, .deadlinePressure: 1])
    }

    @Test func keepsOnlyLinesMatchingEveryFilter() throws {
        let scratch = ScratchDirectory()
        let line = { (id: String, sample: String, kind: String) in
            #"{"id": "\#(id)", "sample": "\#(sample)", "kind": "\#(kind)", "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "y"}], "labels": []}"#
        }
        let path = scratch.write("gold.jsonl", [line("a", "random", "chat"), line("b", "targeted", "chat"),
                                                line("c", "random", "agent")].joined(separator: "\n"))
        var filtered = reader
        filtered.filters = ["sample": "random"]
        #expect(try filtered.read([path]).conversations.map(\.id) == ["a", "c"])
        filtered.filters = ["sample": "random", "kind": "agent"]
        #expect(try filtered.read([path]).conversations.map(\.id) == ["c"])
        #expect(CLIRun(["eval", "--gold", path, "--where", "nonsense"]).status == 2)
        #expect(CLIRun(["eval", "--gold", path, "--where", "kind=chat", "--json"]).out.contains(#""turns":2"#))
    }

    static let good = #"{"id": "ok", "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello."}], "labels": []}"#

    static let badLines: [(line: String, reason: String)] = [
        (#"{"id": "x", "messages": [{"role": "user", "content": "Hi"}"#, "invalid JSON"),
        (#"["not", "an", "object"]"#, "not a JSON object"),
        (#"{"id": "x", "messages": [{"role": "user", "content": "Hi"}]}"#, "no \"labels\" array"),
        (#"{"messages": [{"role": "assistant", "content": "Hi"}], "labels": []}"#, "no \"id\""),
        (#"{"id": "x", "messages": [{"role": "user", "content": "Hi"}], "labels": [{"turn": 0, "pattern": "hiding"}]}"#,
         "label turn 0 is a user message"),
        (#"{"id": "x", "messages": [{"role": "assistant", "content": "Hi"}], "labels": [{"turn": 4, "pattern": "hiding"}]}"#,
         "label turn 4 is past the last message"),
        (#"{"id": "x", "messages": [{"role": "assistant", "content": "Hi"}], "labels": [{"turn": 0, "pattern": "hidding"}]}"#,
         "unknown pattern 'hidding'"),
        (#"{"id": "x", "messages": [{"role": "assistant", "content": "Hi"}], "labels": [{"turn": 0.5, "pattern": "hiding"}]}"#,
         "\"turn\" must be a whole number"),
        (#"{"id": "x", "messages": [{"role": "assistant", "content": "Hi"}], "labels": [{"pattern": "hiding"}]}"#,
         "a label has no \"turn\""),
        (#"{"id": "x", "turns": [], "labels": []}"#, "no compiled-in reader recognizes this line"),
        (#"{"id": "ok", "messages": [], "labels": []}"#, "duplicate conversation id 'ok' (first at "),
    ]

    @Test(arguments: badLines.indices)
    func aBadLineIsAnErrorAtItsFileAndLine(_ index: Int) {
        let bad = Self.badLines[index]
        let scratch = ScratchDirectory()
        let path = scratch.write("gold.jsonl", [Self.good, "", bad.line].joined(separator: "\n"))
        do {
            _ = try reader.read([path])
            Issue.record("read a gold file whose third line is bad: \(bad.line)")
        } catch {
            #expect(error.location == SourceLocation(file: path, line: 3))
            #expect(error.reason.contains(bad.reason), "\(error.reason)")
            #expect(error.description.hasPrefix("\(path):3: "))
        }
    }

    @Test func aMissingFileIsAnError() {
        #expect(throws: EvaluationInputError.self) { try reader.read(["/nonexistent/gold.jsonl"]) }
    }
}
