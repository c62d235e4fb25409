import Telltale

/// Anthropic HH-RLHF JSON Lines: `{"chosen": "\n\nHuman: …\n\nAssistant: …", "rejected": …}`.
///
/// The `chosen` transcript is the conversation; `rejected` shares its history and differs only
/// in the last reply, so reading both would count every earlier turn twice.
public struct AnthropicHHReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "anthropic-hh",
        summary: "Anthropic HH-RLHF JSON Lines: {\"chosen\": \"\\n\\nHuman: …\\n\\nAssistant: …\"}",
        filePatterns: ["*.jsonl"],
        whereFound: "the hh-rlhf dataset and preference sets in its shape",
        recognizedBy: "a `chosen` key in the JSON object on the first line")

    public let framing = Framing.lines

    public func confidence(for head: FileHead) -> Double {
        head.firstLineObjectKeys.contains("chosen") ? 0.8 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var chosen: String?
        var scanner = JSONScanner(record.bytes)
        try scanner.object { key, value in
            if key == "chosen" { chosen = try value.optionalString() }
        }
        try scanner.finish()
        guard let chosen else { throw RecordError.unrecognized("no \"chosen\" transcript") }
        output.invalidUTF8 += scanner.invalidUTF8Strings
        output.conversations.append(Conversation(
            id: record.location.description, source: record.location, metadata: ["format": format.name],
            turns: Self.turns(in: chosen)))
    }

    /// Splits at `\n\nHuman:` and `\n\nAssistant:` markers; one space after a marker is dropped.
    static func turns(in transcript: String) -> [Turn] {
        var turns: [Turn] = []
        var role: Role?
        var rest = Substring(transcript)
        func append(_ text: Substring) {
            guard let role else { return }
            turns.append(Turn(role: role, text: String(text.first == " " ? text.dropFirst() : text)))
        }
        while true {
            let human = rest.firstRange(of: "\n\nHuman:").map { ($0, Role.user) }
            let assistant = rest.firstRange(of: "\n\nAssistant:").map { ($0, Role.assistant) }
            guard let (range, next) = [human, assistant].compactMap({ $0 }).min(by: { $0.0.lowerBound < $1.0.lowerBound }) else {
                append(rest)
                return turns
            }
            append(rest[..<range.lowerBound])
            role = next
            rest = rest[range.upperBound...]
        }
    }
}
