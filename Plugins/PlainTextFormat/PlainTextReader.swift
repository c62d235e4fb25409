import Telltale

/// Plain-text transcripts where each turn starts with a speaker prefix: `User:` / `Assistant:`
/// (also `Human:`, `AI:`, `System:`, `Tool:`). Lines without a prefix continue the current turn;
/// text before the first prefix becomes a system turn, so nothing is lost.
public struct PlainTextReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "plain-text",
        summary: "plain-text transcripts with `User:` / `Assistant:` line prefixes",
        filePatterns: ["*.txt", "*.md"],
        whereFound: "copied chats, papers' appendices, hand-written examples",
        recognizedBy: "both a `User:`/`Human:` and an `Assistant:`/`AI:` line start (weakest claim: any other reader wins)")

    public let framing = Framing.document

    static let prefixes: [(String, Role)] = [
        ("user:", .user), ("human:", .user), ("assistant:", .assistant), ("ai:", .assistant),
        ("system:", .system), ("tool:", .tool),
    ]

    public func confidence(for head: FileHead) -> Double {
        var user = false, assistant = false
        for line in head.lines(limit: 400) {
            switch Self.speaker(of: line)?.role {
            case .user?: user = true
            case .assistant?: assistant = true
            default: break
            }
        }
        return user && assistant ? 0.4 : 0
    }

    static func speaker(of line: Substring) -> (role: Role, rest: Substring)? {
        let lowered = line.prefix(12).lowercased()
        for (prefix, role) in prefixes where lowered.hasPrefix(prefix) {
            return (role, line.dropFirst(prefix.count).drop { $0 == " " })
        }
        return nil
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var turns: [Turn] = []
        var role = Role.system
        var lines: [Substring] = []
        func flush() {
            let text = lines.joined(separator: "\n").trimmingWhitespace()
            if !text.isEmpty || role != .system {
                turns.append(Turn(role: role, kind: role == .tool ? .toolResult : .message, text: text))
            }
            lines = []
        }
        for line in record.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if let speaker = Self.speaker(of: line) {
                flush()
                role = speaker.role
                lines = [speaker.rest]
            } else {
                lines.append(line)
            }
        }
        flush()
        guard turns.contains(where: { $0.role != .system }) else { throw RecordError.unrecognized("no speaker prefixes") }
        output.conversations.append(Conversation(
            id: record.file, source: record.location, metadata: ["format": format.name], turns: turns))
    }
}

extension String {
    func trimmingWhitespace() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
