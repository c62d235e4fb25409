import Telltale

/// ShareGPT JSON Lines: `{"id", "conversations": [{"from": "human"|"gpt"|…, "value"}]}` per line.
public struct ShareGPTReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "sharegpt",
        summary: "ShareGPT JSON Lines: {\"conversations\": [{\"from\", \"value\"}]} per line",
        filePatterns: ["*.jsonl", "*.json"],
        whereFound: "ShareGPT dumps and the many instruction-tuning sets built on them",
        recognizedBy: "a `conversations` key in the JSON object on the first line")

    public let framing = Framing.lines

    public func confidence(for head: FileHead) -> Double {
        head.firstLineObjectKeys.contains("conversations") ? 0.8 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var id: String?
        var turns: [Turn]?
        var scanner = JSONScanner(record.bytes)
        try scanner.object { key, value in
            switch key {
            case "id": id = try value.scalarText()
            case "conversations":
                var list: [Turn] = []
                try value.array { message in
                    var from = "human", text = ""
                    try message.object { key, value in
                        switch key {
                        case "from", "role": from = try value.optionalString() ?? "human"
                        case "value", "content": text = try value.contentText()
                        default: break
                        }
                    }
                    list.append(Turn(role: Self.role(from), kind: Self.role(from) == .tool ? .toolResult : .message, text: text))
                }
                turns = list
            default: break
            }
        }
        try scanner.finish()
        guard let turns else { throw RecordError.unrecognized("no \"conversations\" array") }
        output.invalidUTF8 += scanner.invalidUTF8Strings
        output.conversations.append(Conversation(
            id: id ?? record.location.description, source: record.location, metadata: ["format": format.name], turns: turns))
    }

    static func role(_ from: String) -> Role {
        switch from.lowercased() {
        case "gpt", "assistant", "chatgpt", "bing", "bard", "model", "claude": .assistant
        case "system": .system
        case "tool", "function", "observation", "function_response": .tool
        default: .user
        }
    }
}
