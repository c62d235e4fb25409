import Telltale

/// Claude Code session logs (`~/.claude/projects/<project>/<session>.jsonl`): one event per line,
/// grouped into conversations by `sessionId` in order of first appearance.
///
/// User text, assistant text, hidden reasoning (`thinking`), tool calls and tool results all
/// become turns; consecutive text events of one assistant message join into one turn. Events
/// that carry no conversation (summaries, progress, snapshots) are counted as skipped; lines
/// that are not valid JSON are rejected with their line number, and the rest of the file is read.
public struct ClaudeCodeReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "claude-code",
        summary: "Claude Code session logs: one JSON event per line, grouped by sessionId",
        filePatterns: ["*.jsonl"],
        whereFound: "~/.claude/projects/<project>/*.jsonl",
        recognizedBy: "`sessionId` and `type` keys in the JSON event on the first line, or a `leafUuid` summary")

    public let framing = Framing.document

    public func confidence(for head: FileHead) -> Double {
        let keys = head.firstLineObjectKeys
        if keys.contains("sessionId"), keys.contains("type") { return 0.95 }
        if keys.contains("leafUuid") || (keys.contains("type") && head.contains("\"sessionId\":")) { return 0.9 }
        return 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var sessions = SessionTable()
        var lineNumber = record.line
        var start = 0
        let bytes = record.bytes
        while start < bytes.count {
            let end = ByteSearch.firstIndex(of: 0x0A, in: bytes, from: start) ?? bytes.count
            let line = UnsafeBufferPointer(rebasing: bytes[start..<end])
            if !line.allSatisfy({ $0 == 0x20 || $0 == 0x0D || $0 == 0x09 }) {
                let location = SourceLocation(file: record.file, line: lineNumber)
                do {
                    var scanner = JSONScanner(line)
                    let event = try Event.parse(&scanner)
                    try scanner.finish()
                    output.invalidUTF8 += scanner.invalidUTF8Strings
                    if !sessions.add(event, at: location) { output.skipped += 1 }
                } catch {
                    output.reject(location, "invalid JSON event: \(error)")
                }
            }
            start = end + 1
            lineNumber += 1
        }
        output.conversations += sessions.conversations(format: format.name)
    }
}

/// The parts of one log event that matter for the conversation.
struct Event {
    var type = ""
    var sessionID: String?
    var isMeta = false
    var messageID: String?
    var model: String?
    var blocks: [Block] = []
    var metadata: [String: String] = [:]

    enum Block {
        case text(String)
        case thinking(String)
        case toolUse(name: String, input: String)
        case toolResult(text: String, isError: Bool)
    }

    static func parse(_ scanner: inout JSONScanner) throws -> Event {
        var event = Event()
        try scanner.object { key, value in
            switch key {
            case "type": event.type = try value.optionalString() ?? ""
            case "sessionId": event.sessionID = try value.optionalString()
            case "isMeta": event.isMeta = try value.kind() == .bool ? try value.bool() : false
            case "cwd", "gitBranch", "version":
                if let text = try value.optionalString() { event.metadata[key.string] = text }
            case "message": if try value.kind() == .object { try event.parseMessage(&value) }
            default: break
            }
        }
        return event
    }

    private mutating func parseMessage(_ scanner: inout JSONScanner) throws {
        try scanner.object { key, value in
            switch key {
            case "id": messageID = try value.optionalString()
            case "model": model = try value.optionalString()
            case "content":
                if try value.kind() == .string {
                    blocks.append(.text(try value.string()))
                } else if try value.kind() == .array {
                    try value.array { block in
                        if try block.kind() == .object, let parsed = try Event.block(&block) { blocks.append(parsed) }
                    }
                }
            default: break
            }
        }
    }

    private static func block(_ scanner: inout JSONScanner) throws -> Block? {
        var type = "", text: String?, name = "", input = "", isError = false
        try scanner.object { key, value in
            switch key {
            case "type": type = try value.optionalString() ?? ""
            case "text", "thinking": text = try value.optionalString()
            case "content": text = try value.contentText()
            case "name": name = try value.optionalString() ?? ""
            case "input": input = try value.rawValue()
            case "is_error": isError = try value.kind() == .bool ? try value.bool() : false
            default: break
            }
        }
        switch type {
        case "text": return text.map(Block.text)
        case "thinking": return text.map(Block.thinking)
        case "tool_use": return .toolUse(name: name, input: input)
        case "tool_result": return .toolResult(text: text ?? "", isError: isError)
        case "image": return .text("[image]")
        default: return nil
        }
    }
}

/// Sessions being assembled, in order of first appearance.
struct SessionTable {
    private var order: [String] = []
    private var sessions: [String: Session] = [:]

    struct Session {
        var location: SourceLocation
        var turns: [Turn] = []
        var lastMessageID: String?
        var metadata: [String: String] = [:]
    }

    /// Adds an event's turns; false when the event carries none (it is then skipped).
    mutating func add(_ event: Event, at location: SourceLocation) -> Bool {
        guard event.type == "user" || event.type == "assistant", let id = event.sessionID, !event.blocks.isEmpty else {
            return false
        }
        if sessions[id] == nil {
            order.append(id)
            sessions[id] = Session(location: location)
        }
        sessions[id]!.append(event)
        return true
    }

    func conversations(format: String) -> [Conversation] {
        order.compactMap { id in
            guard let session = sessions[id] else { return nil }
            var metadata = session.metadata
            metadata["format"] = format
            metadata["error-flags"] = "explicit"
            return Conversation(id: id, source: session.location, metadata: metadata, turns: session.turns)
        }
    }
}

extension SessionTable.Session {
    mutating func append(_ event: Event) {
        for (key, value) in event.metadata where metadata[key] == nil { metadata[key] = value }
        let synthetic = event.model == "<synthetic>"
        if let model = event.model, !synthetic, metadata["model"] == nil { metadata["model"] = model }
        var userText: [String] = []
        for block in event.blocks {
            switch block {
            case .text(let text) where event.type == "user":
                userText.append(text)
            case .text(let text) where synthetic:
                turns.append(Turn(role: .system, text: text))
            case .text(let text):
                if let last = turns.last, last.isAssistantMessage, event.messageID != nil, event.messageID == lastMessageID {
                    turns[turns.count - 1].text += "\n\n" + text
                } else {
                    turns.append(.assistant(text))
                }
            case .thinking(let text):
                turns.append(Turn(role: .assistant, kind: .reasoning, text: text))
            case .toolUse(let name, let input):
                turns.append(.toolCall(name, input))
            case .toolResult(let text, let isError):
                turns.append(.toolResult(text, isError: isError))
            }
        }
        if !userText.isEmpty {
            turns.append(Turn(role: event.isMeta ? .system : .user, text: userText.joined(separator: "\n")))
        }
        if event.type == "assistant" { lastMessageID = event.messageID }
    }
}
