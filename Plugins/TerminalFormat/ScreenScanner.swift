/// A piece of a captured terminal screen: a marker line with the indented lines that continue
/// it, a box, or a line of the program's chrome.
struct ScreenBlock {
    /// The program that drew the screen.
    enum Dialect: String {
        case claudeCode = "claude-code", geminiCLI = "gemini-cli"
    }

    enum Kind: Equatable {
        /// The welcome box of Claude Code, or Gemini CLI's tips up to a blank line: a session starts.
        case banner(Dialect)
        /// Claude Code's `Total cost:` line or Gemini CLI's goodbye box: the session is over.
        case sessionEnd
        /// `> ` user input.
        case user
        /// `⏺` (Claude Code): assistant text or a tool call.
        case bullet
        /// `✦` (Gemini CLI): assistant text.
        case geminiText
        /// `✻ Thinking…`: the assistant's shown reasoning.
        case thinking
        /// `⎿`: output of the tool call (or slash command) above.
        case output
        /// A boxed Gemini CLI tool call: status glyph, tool name, arguments, then its output.
        case toolBox(status: Character, name: String, arguments: String)
        /// A box of any other kind (dialogs, notices), kept as a system turn.
        case box
        /// A line of text no marker claims: a note inside a session, prose outside one.
        case prose
        /// Spinners, prompt boxes, status bars, rules and clock times: no conversation.
        case chrome
    }

    var kind: Kind
    /// Line number of the block's first line.
    var line: Int
    var lines: [ScreenLine]
    /// Columns the block's continuation lines are indented by.
    var indent: Int

    var acceptsContinuation: Bool {
        switch kind {
        case .user, .bullet, .geminiText, .thinking, .output, .prose, .banner(.geminiCLI): true
        default: false
        }
    }
}

/// Cuts a captured screen into blocks. Markers open blocks at the first column (`⎿` after an
/// indent); indented lines and blank lines continue the open block.
struct ScreenScanner {
    static let toolStatus: Set<Character> = ["✔", "✓", "x", "✗", "✕", "✖", "?", "-", "o", "⊷"]

    private(set) var blocks: [ScreenBlock] = []
    private var open: Int?
    private var box: (line: Int, lines: [ScreenLine])?

    mutating func take(_ raw: String, at number: Int) {
        let line = ScreenLine.printed(raw)
        let width = line.unicodeScalars.count
        if var pending = box {
            if line.hasPrefix("│") {
                pending.lines.append(ScreenLine(Self.insideBox(line), width: width))
                box = pending
                return
            }
            box = nil
            closeBox(pending)
            if line.hasPrefix("╰") { return }
        }
        if line.isEmpty {
            if let open { blocks[open].lines.append(ScreenLine("", width: 0)) }
            if let open, case .banner = blocks[open].kind { self.open = nil }
            return
        }
        if line.hasPrefix("╭") {
            open = nil
            box = (number, [])
            return
        }
        let indent = line.prefix { $0 == " " || $0 == "\t" }.count
        if indent > 0 {
            continueBlock(line, indent: indent, width: width, at: number)
        } else {
            startBlock(line, width: width, at: number)
        }
    }

    mutating func finish() -> [ScreenBlock] {
        if let pending = box { closeBox(pending) }
        box = nil
        return blocks
    }

    private mutating func continueBlock(_ line: Substring, indent: Int, width: Int, at number: Int) {
        let content = line.dropFirst(indent)
        if content.hasPrefix("⎿") {
            append(.output, number, ScreenLine(content.dropFirst().dropSpaces(upTo: 2), width: width), indent: indent + 3)
        } else if let open, blocks[open].acceptsContinuation {
            blocks[open].lines.append(ScreenLine(line.dropSpaces(upTo: blocks[open].indent), width: width))
        } else {
            append(Self.isStatusBar(content) ? .chrome : .prose, number, ScreenLine(content, width: width), indent: indent)
        }
    }

    private mutating func startBlock(_ line: Substring, width: Int, at number: Int) {
        let marker = line.first!
        let rest = ScreenLine(line.dropFirst().dropSpaces(upTo: 1), width: width)
        switch marker {
        case "⏺": append(.bullet, number, rest, indent: 2)
        case "✦": append(.geminiText, number, rest, indent: 2)
        case "⎿": append(.output, number, ScreenLine(line.dropFirst().dropSpaces(upTo: 2), width: width), indent: 3)
        case ">" where line.count == 1 || line.dropFirst().first == " ": append(.user, number, rest, indent: 2)
        case "✻" where !line.contains("esc to interrupt"): append(.thinking, number, rest, indent: 2)
        default:
            let whole = ScreenLine(line, width: width)
            if line.hasPrefix("Total cost:") {
                append(.sessionEnd, number, whole, indent: 0)
            } else if line.hasPrefix("Tips for getting started") {
                append(.banner(.geminiCLI), number, whole, indent: 0)
            } else if Self.isChrome(line) {
                append(.chrome, number, whole, indent: 0)
            } else if let open, blocks[open].kind == .prose || blocks[open].kind == .banner(.geminiCLI) {
                blocks[open].lines.append(whole)
            } else {
                append(.prose, number, whole, indent: 0)
            }
        }
    }

    private mutating func append(_ kind: ScreenBlock.Kind, _ number: Int, _ line: ScreenLine, indent: Int) {
        blocks.append(ScreenBlock(kind: kind, line: number, lines: [line], indent: indent))
        open = blocks[blocks.count - 1].acceptsContinuation ? blocks.count - 1 : nil
    }

    private mutating func closeBox(_ box: (line: Int, lines: [ScreenLine])) {
        blocks.append(ScreenBlock(kind: Self.kind(ofBox: box.lines), line: box.line, lines: box.lines, indent: 0))
        open = nil
    }

    static func kind(ofBox lines: [ScreenLine]) -> ScreenBlock.Kind {
        if lines.contains(where: { $0.text.contains("Welcome to Claude Code") }) { return .banner(.claudeCode) }
        if lines.contains(where: { $0.text.contains("Agent powering down") || $0.text.contains("Interaction Summary") }) {
            return .sessionEnd
        }
        guard let first = lines.first(where: { !$0.isBlank })?.text.drop(while: { $0 == " " }) else { return .chrome }
        if first.hasPrefix(">") { return .chrome }
        if let status = first.first, toolStatus.contains(status), first.dropFirst().first == " " {
            let call = first.dropFirst().drop { $0 == " " }
            let name = call.prefix { $0 != " " }
            if name.first?.isUppercase == true {
                return .toolBox(status: status, name: String(name), arguments: String(call.dropFirst(name.count).trimming(" ")))
            }
        }
        return .box
    }

    /// A box line without its borders.
    static func insideBox(_ line: Substring) -> Substring {
        var inside = line.dropFirst()
        while let last = inside.last, last == " " || last == "│" { inside = inside.dropLast() }
        return inside.dropSpaces(upTo: 1)
    }

    /// Spinners, rules (bare or labelled), clock times, tips and status lines printed between turns.
    static func isChrome(_ line: Substring) -> Bool {
        if line.contains("esc to interrupt") || line.contains("context left)") || line.hasPrefix("Tip:") { return true }
        if line.hasPrefix("───") || line.hasPrefix("━━━") { return true }
        let clock = line.split(separator: ":")
        return (2...3).contains(clock.count) && clock.allSatisfy { $0.count <= 2 && $0.allSatisfy(\.isNumber) }
    }

    /// The status bar under the prompt box and the tips beside it.
    static func isStatusBar(_ content: Substring) -> Bool {
        ["⏵⏵", "? for shortcuts", "※", "◯", "⧉", "Context left"].contains { content.hasPrefix($0) }
            || content.contains("esc to interrupt") || content.contains("shift+tab to cycle")
    }
}

extension Substring {
    /// Without up to `count` leading spaces.
    func dropSpaces(upTo count: Int) -> Substring {
        var result = self
        var dropped = 0
        while dropped < count, result.first == " " {
            result = result.dropFirst()
            dropped += 1
        }
        return result
    }
}
