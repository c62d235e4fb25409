import Telltale

/// Question-and-answer text files: `Q:` lines are the user's, `A:` lines the assistant's, lines
/// without a prefix continue the turn above, and a line of `---` starts the next conversation.
///
/// ```
/// Q: What is 7 × 8?
/// A: 56.
/// ---
/// Q: Is 91 prime?
/// A: No, 91 = 7 × 13.
/// ```
///
/// Text before a conversation's first prefix becomes a system turn, so nothing is dropped.
public struct QAReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "qa-text",
        summary: "question-and-answer text: `Q:` / `A:` lines, conversations separated by `---`",
        filePatterns: ["*.qa", "*.qa.txt"],
        whereFound: "hand-written evaluation sets and FAQ exports")

    public let framing = Framing.document

    /// Sure when the file opens with a question; no other built-in format starts with `Q:`.
    public func confidence(for head: FileHead) -> Double {
        head.firstLine.hasPrefix("Q:") ? 0.6 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var block = Block(start: record.line)
        var lineNumber = record.line
        func finish() {
            if let conversation = block.conversation(number: output.conversations.count + 1, record: record) {
                output.conversations.append(conversation)
            } else if block.hasText {
                output.reject(SourceLocation(file: record.file, line: block.start), "no Q: or A: line in this conversation")
            }
        }
        for line in record.text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            if line.count >= 3, line.allSatisfy({ $0 == "-" }) {
                finish()
                block = Block(start: lineNumber + 1)
            } else {
                block.add(line)
            }
            lineNumber += 1
        }
        finish()
    }

    /// The lines of one conversation, gathered into turns.
    struct Block {
        var start: Int
        var turns: [Turn] = []
        var lines: [Substring] = []
        var role = Role.system

        var hasText: Bool { !turns.isEmpty || lines.contains { !$0.allSatisfy(\.isWhitespace) } }

        mutating func add(_ line: Substring) {
            if line.hasPrefix("Q:") || line.hasPrefix("A:") {
                flush()
                role = line.hasPrefix("Q:") ? .user : .assistant
                lines = [line.dropFirst(2).drop { $0 == " " }]
            } else {
                lines.append(line)
            }
        }

        mutating func flush() {
            let text = lines.joined(separator: "\n").trimmingBlankLines()
            if !text.isEmpty || role != .system { turns.append(Turn(role: role, text: text)) }
            lines = []
        }

        mutating func conversation(number: Int, record: Record) -> Conversation? {
            flush()
            guard turns.contains(where: { $0.role != .system }) else { return nil }
            return Conversation(id: "\(record.file)#\(number)", source: SourceLocation(file: record.file, line: start),
                                metadata: ["format": "qa-text"], turns: turns)
        }
    }
}

extension String {
    func trimmingBlankLines() -> String {
        var slice = Substring(self)
        while slice.first?.isWhitespace == true { slice.removeFirst() }
        while slice.last?.isWhitespace == true { slice.removeLast() }
        return String(slice)
    }
}
