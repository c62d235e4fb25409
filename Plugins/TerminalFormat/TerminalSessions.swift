import Telltale

/// Groups a screen's blocks into sessions and counts what belongs to none.
///
/// A session opens at a banner and closes at its end marker or the next banner. Outside a
/// session, a block only an assistant's terminal prints (`⏺`, `✦`, `✻ Thinking…`, `⎿`, a tool
/// box) opens a session whose banner scrolled away, taking the `> ` input just above it;
/// other text outside sessions is prose, not turns, and is counted as skipped.
struct TerminalSessions {
    let file: String
    let format: String
    private(set) var conversations: [Conversation] = []
    /// Blocks that carry no conversation: banners, chrome, prose outside sessions.
    private(set) var skipped = 0
    private var open: (line: Int, metadata: [String: String], blocks: [ScreenBlock])?
    /// `> ` blocks outside a session, kept in case an assistant block follows them.
    private var pendingInput: [ScreenBlock] = []

    init(file: String, format: String) {
        self.file = file
        self.format = format
    }

    mutating func take(_ block: ScreenBlock) {
        switch block.kind {
        case .banner(let dialect):
            close()
            skipped += 1 + pendingInput.count
            pendingInput = []
            open = (block.line, Self.bannerFacts(block).merging(["dialect": dialect.rawValue]) { first, _ in first }, [])
        case .sessionEnd:
            close()
            skipped += 1
        case .chrome:
            skipped += 1
        case .user where open == nil:
            pendingInput.append(block)
        case .prose, .box, .user:
            if open != nil { open!.blocks.append(block) } else { skipped += 1 + pendingInput.count; pendingInput = [] }
        case .bullet, .geminiText, .thinking, .output, .toolBox:
            if open == nil {
                let dialect: ScreenBlock.Dialect = block.kind == .geminiText || block.kind.isToolBox ? .geminiCLI : .claudeCode
                open = (pendingInput.first?.line ?? block.line, ["banner": "missing", "dialect": dialect.rawValue], pendingInput)
                pendingInput = []
            }
            open!.blocks.append(block)
        }
    }

    mutating func finish() {
        close()
        skipped += pendingInput.count
        pendingInput = []
    }

    private mutating func close() {
        guard let session = open else { return }
        open = nil
        let location = SourceLocation(file: file, line: session.line)
        var metadata = session.metadata
        metadata["format"] = format
        conversations.append(Conversation(
            id: location.description, source: location, metadata: metadata, turns: TerminalTurns.of(session.blocks)))
    }

    /// `cwd:` and `Model:` lines of a welcome box.
    private static func bannerFacts(_ block: ScreenBlock) -> [String: String] {
        var facts: [String: String] = [:]
        for line in block.lines {
            let text = line.text.drop { $0 == " " || $0 == "•" }
            for (label, key) in [("cwd: ", "cwd"), ("Model: ", "model")] where text.hasPrefix(label) {
                facts[key] = String(text.dropFirst(label.count).trimming(" "))
            }
        }
        return facts
    }
}

extension ScreenBlock.Kind {
    var isToolBox: Bool {
        if case .toolBox = self { true } else { false }
    }
}

/// The turns of one session's blocks.
enum TerminalTurns {
    /// What Claude Code prints under a call that did not run; its session logs mark these
    /// results as errors too.
    static let refusals = ["No (tell Claude what to do differently)", "User rejected", "Interrupted by user"]

    static func of(_ blocks: [ScreenBlock]) -> [Turn] {
        let widest = blocks.filter { $0.kind != .box && !$0.kind.isToolBox }.flatMap(\.lines).map(\.width).max() ?? 0
        let unwrapper = Unwrapper(width: widest)
        var turns: [Turn] = []
        var output: [String] = []
        var caller: String?
        func flushOutput() {
            guard !output.isEmpty else { return }
            let text = output.joined(separator: "\n")
            let refused = refusals.contains { text.hasPrefix($0) }
            turns.append(.toolResult(text, isError: refused || ToolOutputFailure.isShown(in: text), name: caller))
            output = []
        }
        for (index, block) in blocks.enumerated() {
            if block.kind == .output {
                output.append(unwrapper.text(of: block.lines))
                continue
            }
            flushOutput()
            caller = nil
            switch block.kind {
            case .user:
                turns.append(.user(unwrapper.text(of: block.lines)))
            case .bullet:
                if let call = toolCall(block, before: blocks.dropFirst(index + 1).first, unwrapper) {
                    turns.append(.toolCall(call.name, call.arguments))
                    caller = call.name
                } else {
                    turns.append(.assistant(unwrapper.text(of: block.lines)))
                }
            case .geminiText:
                turns.append(.assistant(unwrapper.text(of: block.lines)))
            case .thinking:
                turns.append(Turn(role: .assistant, kind: .reasoning, text: unwrapper.text(of: Array(block.lines.dropFirst()))))
            case .toolBox(let status, let name, let arguments):
                turns.append(.toolCall(name, arguments))
                let text = block.lines.drop { $0.isBlank }.dropFirst().map { String($0.text) }
                    .joined(separator: "\n").trimmingBlankLines().dedented()
                if !text.isEmpty || status != "✔" {
                    let failed = ["x", "✗", "✕", "✖"].contains(status)
                    turns.append(.toolResult(text, isError: failed || ToolOutputFailure.isShown(in: text), name: name))
                }
            case .prose, .box:
                turns.append(.system(unwrapper.text(of: block.lines)))
            case .output, .banner, .sessionEnd, .chrome:
                break
            }
        }
        flushOutput()
        return turns
    }

    /// `⏺ Name(arguments)` is a call; so is a one-line bullet answered by tool output
    /// (`⏺ Update Todos`). Other bullets are the assistant's text.
    private static func toolCall(_ block: ScreenBlock, before next: ScreenBlock?, _ unwrapper: Unwrapper)
        -> (name: String, arguments: String)? {
        let text = unwrapper.text(of: block.lines)
        var call = Substring(text)
        if call.hasSuffix("…") { call = call.dropLast() }
        if let open = call.firstIndex(of: "("), call.hasSuffix(")") {
            let name = call[..<open]
            if let first = name.first, first.isLetter, !name.contains(" "), !name.contains("\n") {
                return (String(name), String(call[call.index(after: open)...].dropLast()))
            }
        }
        if next?.kind == .output, block.lines.filter({ !$0.isBlank }).count == 1 { return (String(call), "") }
        return nil
    }
}

extension String {
    /// Without the indentation all non-blank lines share.
    func dedented() -> String {
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        let common = lines.filter { !$0.allSatisfy { $0 == " " } }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
        return lines.map { $0.dropFirst(min(common, $0.count)) }.joined(separator: "\n")
    }
}
