import Telltale

/// aider chat histories (`.aider.chat.history.md`, which aider appends to in the root of every
/// repository it works in). Each `# aider chat started at …` header opens a conversation; one
/// file holds many.
///
/// Lines are attributed the way aider writes them:
/// - `#### ` lines are the user. aider prefixes every line of a message, so consecutive ones
///   form one turn; the blank line aider writes after a message ends it.
/// - `> ` lines are aider's own output (its shell and lint runs, test results, "Applied edit
///   to …", model errors): one tool-result turn per run of them, ended by a blank line. aider
///   ends each such message with two trailing spaces, so a `> ` line without them opens a
///   multi-line message whose next lines, quoted or not, belong to it up to the line that ends
///   with them.
/// - Every other line is the assistant: one turn per run, blank lines trimmed at the ends.
///   `>>>>>>> REPLACE` closes an edit block the assistant wrote, so it is assistant text.
///
/// A tool turn is an error when it plainly shows a failure by the `ToolOutputFailure` rule: a
/// traceback, `litellm.APIError: …`, a SEARCH/REPLACE block that failed to match, failed tests.
///
/// Text before the first header is read by the same rules as a conversation of its own, marked
/// `header: missing`: a history whose top was trimmed starts mid-session, and its turns are as
/// real as any other.
public struct AiderReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "aider",
        summary: "aider chat histories: `#### ` user lines, `> ` tool output, the assistant's text between",
        filePatterns: [".aider.chat.history.md"],
        whereFound: "the root of each repository aider ran in",
        recognizedBy: "a line starting `# aider chat started at`")

    public let framing = Framing.document

    static let header = "# aider chat started at"

    public func confidence(for head: FileHead) -> Double {
        head.lines().contains { $0.hasPrefix(Self.header) } ? 0.95 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var history = AiderHistory(file: record.file, format: format.name)
        for (offset, line) in record.lines(invalidUTF8: &output.invalidUTF8).enumerated() {
            history.take(Substring(line), at: record.line + offset)
        }
        output.conversations += history.finish()
    }
}

/// The conversations of one history file, assembled line by line.
struct AiderHistory {
    enum Speaker { case user, tool, assistant }

    let file: String
    let format: String
    private var conversations: [Conversation] = []
    private var open: Conversation?
    private var speaker: Speaker?
    private var lines: [Substring] = []
    /// Inside a multi-line `> ` message, until a line ends with aider's two trailing spaces.
    private var inToolMessage = false

    init(file: String, format: String) {
        self.file = file
        self.format = format
    }

    mutating func take(_ line: Substring, at number: Int) {
        if line.hasPrefix(AiderReader.header) {
            closeConversation()
            let started = line.dropFirst(AiderReader.header.count).trimming(" ")
            startConversation(at: number, metadata: started.isEmpty ? [:] : ["started": String(started)])
            return
        }
        let isUserLine = line.hasPrefix("#### ") || line == "####"
        if inToolMessage, !isUserLine {
            lines.append(line)
            inToolMessage = !line.hasSuffix("  ")
            return
        }
        inToolMessage = false
        if line.allSatisfy(\.isWhitespace) {
            if speaker == .assistant { lines.append("") } else { closeTurn() }
            return
        }
        if open == nil { startConversation(at: number, metadata: ["header": "missing"]) }
        if isUserLine {
            continueTurn(.user, with: line.dropFirst(5))
        } else if line.hasPrefix("> ") || line == ">" {
            continueTurn(.tool, with: line.dropFirst(2))
            inToolMessage = !line.hasSuffix("  ")
        } else {
            continueTurn(.assistant, with: line)
        }
    }

    mutating func finish() -> [Conversation] {
        closeConversation()
        return conversations
    }

    private mutating func continueTurn(_ next: Speaker, with text: Substring) {
        if speaker != next { closeTurn() }
        speaker = next
        lines.append(text)
    }

    private mutating func closeTurn() {
        defer { speaker = nil; lines = []; inToolMessage = false }
        guard let speaker, open != nil else { return }
        switch speaker {
        case .user:
            open!.turns.append(.user(lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")))
        case .tool:
            let text = lines.map { $0.trimmingTrailingSpaces() }.joined(separator: "\n")
            open!.turns.append(.toolResult(text, isError: ToolOutputFailure.isShown(in: text)))
        case .assistant:
            let text = lines.joined(separator: "\n").trimmingBlankLines()
            if !text.isEmpty { open!.turns.append(.assistant(text)) }
        }
    }

    private mutating func startConversation(at line: Int, metadata: [String: String]) {
        let location = SourceLocation(file: file, line: line)
        var metadata = metadata
        metadata["format"] = format
        open = Conversation(id: location.description, source: location, metadata: metadata, turns: [])
    }

    private mutating func closeConversation() {
        closeTurn()
        if let open { conversations.append(open) }
        open = nil
    }
}

extension StringProtocol {
    func trimmingTrailingSpaces() -> SubSequence {
        var end = endIndex
        while end > startIndex, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
        return self[startIndex..<end]
    }
}
