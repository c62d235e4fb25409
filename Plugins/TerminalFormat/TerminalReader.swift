import Telltale

/// Terminal captures of Claude Code and Gemini CLI: what a person copies out of the terminal
/// or saves from its scrollback, often pasted into a dev diary between notes.
///
/// - Claude Code: `⏺` opens assistant text or a tool call (`⏺ Bash(git status)`), `⎿` the
///   call's output, `> ` the user's input, `✻ Thinking…` shown reasoning. A welcome box
///   (`│ ✻ Welcome to Claude Code…`) starts a session and a `Total cost:` line ends it.
/// - Gemini CLI: `✦` opens assistant text, `> ` the user's input, and each tool call is a box
///   (`│ ✔  ReadFile src/app.py`) holding its output; `x` as the status glyph marks a failed
///   call. `Tips for getting started` starts a session and the goodbye box ends it.
///
/// Continuation lines are indented under their marker; the indentation is stripped and lines
/// the terminal wrapped are joined again (see `Unwrapper`), so sentences read whole. A file may
/// hold several sessions and prose around them: prose outside a session is not a turn, and is
/// counted as skipped together with banners and chrome (spinners, prompt boxes, status bars).
/// Text inside a session that no marker claims becomes a system turn, so nothing is lost.
/// Output is an error when Claude Code prints `Error: …` or a refusal under the call (its logs
/// flag the same results), when a Gemini box has a failure glyph, or when it shows a failure by
/// the `ToolOutputFailure` rule.
public struct TerminalReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "terminal",
        summary: "Claude Code and Gemini CLI terminal captures: `⏺`/`✦` assistant, `⎿` or boxed tool output, `> ` user",
        filePatterns: ["*.md", "*.txt", "*.log"],
        whereFound: "text copied or saved from the terminal, dev diaries, `script` and tmux captures",
        recognizedBy: "a line starting with `⏺`, `✦` or `⎿`, or a Claude Code welcome box")

    public let framing = Framing.document

    public func confidence(for head: FileHead) -> Double {
        let welcome = head.contains("✻ Welcome to Claude Code")
        for line in head.lines() {
            let content = line.drop { $0 == " " || $0 == "\u{A0}" }
            if line.hasPrefix("⏺") || line.hasPrefix("✦") || content.hasPrefix("⎿") || (welcome && line.contains("✻ Welcome to Claude Code")) {
                return 0.9
            }
        }
        return 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var scanner = ScreenScanner()
        for (offset, line) in record.lines(invalidUTF8: &output.invalidUTF8).enumerated() {
            scanner.take(line, at: record.line + offset)
        }
        var sessions = TerminalSessions(file: record.file, format: format.name)
        for block in scanner.finish() { sessions.take(block) }
        sessions.finish()
        output.conversations += sessions.conversations
        output.skipped += sessions.skipped
    }
}
