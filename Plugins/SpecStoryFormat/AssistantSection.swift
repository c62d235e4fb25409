import Telltale

/// The turns of one assistant section of a SpecStory export.
///
/// Prose runs become assistant turns; `---` lines inside the section only break paragraphs.
/// Tool work between them becomes tool turns:
/// - a `<details>` block is a tool result named by the `Tool use: **name**` line above it, or
///   else by its `<summary>`, with the summary and body as its text — whatever it holds
///   (search results, directory listings, edits, kinds not known here); a `<details>` whose
///   summary is `Thought Process` is reasoning, as is a `<think>` block;
/// - a `<tool-use data-tool-name="…">` block, and any other block tag with a `-` or `_` in its
///   name (`<function_calls>`), is a tool result too;
/// - a fenced shell command followed by a fenced output block is a tool call and its result
///   (a shell fence alone stays prose: assistants show commands to people);
/// - `Read file: …`, `Edited file`, `Listed directory …` and similar lines are tool calls,
///   with a fenced block right below them (an edit's diff) as their result;
/// - a `Tool use: **name**` line with nothing below it is a tool call by itself.
/// A result is an error when it shows a failure by the `ToolOutputFailure` rule.
struct AssistantSection {
    static let toolLines = ["Read file:", "Edited file", "Edit file:", "Deleted file", "Listed directory",
                            "Listed current directory", "Searched codebase", "Searched files", "Searched web",
                            "Grep search", "Cancelled"]
    static let shellLanguages: Set<Substring> = ["bash", "sh", "shell", "zsh", "console", "powershell", "ps1", "cmd", "terminal"]
    static let outputLanguages: Set<Substring> = ["", "text", "txt", "output", "plaintext", "log"]

    private(set) var turns: [Turn] = []
    private let lines: [Substring]
    private var index = 0
    private var prose: [Substring] = []
    /// The name a `Tool use: **name**` line gave the tool work below it.
    private var toolName: String?

    init(_ lines: [Substring]) {
        self.lines = lines.droppingSeparators()
        read()
    }

    private mutating func read() {
        while index < lines.count {
            let line = lines[index]
            let text = line.drop { $0 == " " }
            if let name = Self.toolUseName(text) {
                flushPendingTool()
                toolName = name
                index += 1
            } else if let tag = Self.blockTag(text) {
                readTagBlock(tag)
            } else if let language = Self.fenceLanguage(text) {
                readFence(language)
            } else if Self.toolLines.contains(where: { text.hasPrefix($0) }) {
                readToolLine(String(text))
            } else {
                if !text.isEmpty { flushPendingTool() }
                prose.append(text.trimming(" ") == "---" ? "" : line)
                index += 1
            }
        }
        flushPendingTool()
        flushProse()
    }

    // MARK: Blocks

    private mutating func readTagBlock(_ tag: Substring) {
        let block = takeTagBlock(tag)
        let body = Self.strippingTags(block)
        let summary = Self.summary(in: block)
        if tag == "think" || summary?.hasPrefix("Thought Process") == true {
            flushProse()
            let thought = summary.map { body.replacingFirst($0, with: "") } ?? body
            turns.append(Turn(role: .assistant, kind: .reasoning, text: thought.trimmingBlankLines()))
            return
        }
        let name = toolName ?? Self.attribute("data-tool-name", in: block.first ?? "") ?? summary.map(Self.leadingWords) ?? String(tag)
        appendTool(result: body.trimmingBlankLines(), name: name)
    }

    /// Lines from an opening tag to its balanced closing tag. A block left unclosed (exports
    /// cut short) ends at the next `---` separator outside code, or at the section's end.
    private mutating func takeTagBlock(_ tag: Substring) -> [Substring] {
        var depth = 0
        var fence = Fence()
        var block: [Substring] = []
        while index < lines.count {
            let line = lines[index]
            if !block.isEmpty, !fence.isOpen, line.trimming(" ") == "---" { break }
            block.append(line)
            fence.track(line)
            index += 1
            depth += line.occurrences(of: "<\(tag)") - line.occurrences(of: "</\(tag)>")
            if depth <= 0 { break }
        }
        return block
    }

    private mutating func readFence(_ language: Substring) {
        let fence = takeFence()
        let next = nextNonBlank()
        let isShell = Self.shellLanguages.contains(language.lowercased()[...])
        if isShell, let next, let output = Self.fenceLanguage(next), Self.outputLanguages.contains(output.lowercased()[...]) {
            flushProse()
            turns.append(.toolCall(toolName ?? "shell", Self.inside(fence)))
            skipBlankLines()
            appendTool(result: Self.inside(takeFence()), name: toolName ?? "shell")
        } else if isShell, let name = toolName {
            flushProse()
            turns.append(.toolCall(name, Self.inside(fence)))
            toolName = nil
        } else {
            if toolName != nil { flushPendingTool() }
            prose += fence
        }
    }

    private mutating func readToolLine(_ line: String) {
        index += 1
        let name = toolName ?? Self.leadingWords(line)
        flushProse()
        toolName = nil
        turns.append(.toolCall(name, line))
        if let next = nextNonBlank(), Self.fenceLanguage(next) != nil {
            skipBlankLines()
            appendTool(result: Self.inside(takeFence()), name: name)
        }
    }

    private mutating func takeFence() -> [Substring] {
        var fence = Fence()
        var block: [Substring] = []
        while index < lines.count {
            block.append(lines[index])
            fence.track(lines[index])
            index += 1
            if !fence.isOpen { break }
        }
        return block
    }

    // MARK: Turns

    private mutating func appendTool(result: String, name: String) {
        flushProse()
        toolName = nil
        turns.append(.toolResult(result, isError: ToolOutputFailure.isShown(in: result), name: name))
    }

    private mutating func flushPendingTool() {
        guard let name = toolName else { return }
        flushProse()
        turns.append(.toolCall(name, ""))
        toolName = nil
    }

    private mutating func flushProse() {
        let text = prose.joined(separator: "\n").trimmingBlankLines()
        if !text.isEmpty { turns.append(.assistant(text)) }
        prose = []
    }

    private func nextNonBlank() -> Substring? {
        lines[index...].first { !$0.allSatisfy(\.isWhitespace) }
    }

    private mutating func skipBlankLines() {
        while index < lines.count, lines[index].allSatisfy(\.isWhitespace) { index += 1 }
    }
}
