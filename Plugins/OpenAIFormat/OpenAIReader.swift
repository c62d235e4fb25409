import Telltale

/// OpenAI chat JSON Lines: one conversation per line, `{"id"?, "messages": [{"role", "content"}]}`.
///
/// Content may be a string or an array of parts; assistant `tool_calls` stay on their message
/// (so turn indices equal message indices, as gold labels require); `role: tool` messages are
/// tool results, with the non-standard `is_error: true` honored where present. Other keys
/// (`labels`, `source`, …) are ignored, which makes gold files readable as transcripts.
public struct OpenAIReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "openai",
        summary: "OpenAI chat JSON Lines: {\"messages\": [{\"role\", \"content\"}]} per line; gold files too",
        filePatterns: ["*.jsonl"],
        whereFound: "exports of chat APIs, fine-tuning and eval datasets, this project's gold files",
        recognizedBy: "a `messages` key in the JSON object on the first line")

    public let framing = Framing.lines

    public func confidence(for head: FileHead) -> Double {
        head.firstLineObjectKeys.contains("messages") ? 0.8 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var id: String?
        var model: String?
        var turns: [Turn]?
        var scanner = JSONScanner(record.bytes)
        try scanner.object { key, value in
            switch key {
            case "id", "conversation_id": if id == nil { id = try value.scalarText() }
            case "model": model = try value.optionalString()
            case "messages": turns = try Self.messages(&value)
            default: break
            }
        }
        try scanner.finish()
        guard let turns else { throw RecordError.unrecognized("no \"messages\" array") }
        output.invalidUTF8 += scanner.invalidUTF8Strings
        var metadata = ["format": format.name]
        if let model { metadata["model"] = model }
        output.conversations.append(Conversation(
            id: id ?? record.location.description, source: record.location, metadata: metadata, turns: turns))
    }

    static func messages(_ scanner: inout JSONScanner) throws -> [Turn] {
        var turns: [Turn] = []
        try scanner.array { element in
            var role = "user", text = "", isError = false, name: String?
            var calls: [ToolCall] = []
            try element.object { key, value in
                switch key {
                case "role": role = try value.optionalString() ?? "user"
                case "content": text = try value.contentText()
                case "is_error": isError = try value.kind() == .bool ? try value.bool() : false
                case "name": name = try value.optionalString()
                case "tool_calls": calls = try toolCalls(&value)
                default: break
                }
            }
            turns.append(turn(role: role, text: text, isError: isError, name: name, calls: calls))
        }
        return turns
    }

    private static func turn(role: String, text: String, isError: Bool, name: String?, calls: [ToolCall]) -> Turn {
        switch role {
        case "assistant", "model": Turn(role: .assistant, text: text, toolCalls: calls)
        case "system", "developer": Turn(role: .system, text: text)
        case "tool", "function", "ipython": Turn(role: .tool, kind: .toolResult, text: text, isError: isError, toolName: name)
        default: Turn(role: .user, text: text)
        }
    }

    private static func toolCalls(_ scanner: inout JSONScanner) throws -> [ToolCall] {
        guard try scanner.kind() == .array else { return [] }
        var calls: [ToolCall] = []
        try scanner.array { call in
            var name = "", arguments = ""
            try call.object { key, value in
                guard key == "function", try value.kind() == .object else { return }
                try value.object { key, value in
                    switch key {
                    case "name": name = try value.optionalString() ?? ""
                    case "arguments": arguments = try value.kind() == .string ? try value.string() : ""
                    default: break
                    }
                }
            }
            calls.append(ToolCall(name: name, arguments: arguments))
        }
        return calls
    }
}
