/// One line of a captured screen, as the terminal printed it.
struct ScreenLine {
    /// The line's text after its block's marker and indentation.
    var text: Substring
    /// Columns the whole printed line takes, trailing spaces excluded.
    var width: Int

    var isBlank: Bool { text.allSatisfy { $0 == " " } }

    init(_ text: Substring, width: Int) {
        self.text = text
        self.width = width
    }
}

/// Joins lines the terminal wrapped back into the lines that were written.
///
/// A terminal wraps a line when its next word does not fit, so a line continues the one above
/// it when that word would not have fitted in `width` (the widest line of the session, an
/// estimate of the terminal's width) and the line does not begin a list item, heading, fence,
/// table row, box or a deeper indentation. Wrapped lines are joined with a space; a line that is one
/// long unbroken token (a path, a URL) was cut mid-word and is joined without one.
struct Unwrapper {
    let width: Int

    func text(of lines: [ScreenLine]) -> String {
        var text = ""
        var previous: ScreenLine?
        for line in lines {
            if let previous, !previous.isBlank, !line.isBlank, continues(previous, with: line) {
                let joiner = previous.text.trimming(" ").contains(" ") ? " " : ""
                text += joiner + line.text.trimming(" ")
            } else {
                if previous != nil { text += "\n" }
                if !line.isBlank { text += line.text }
            }
            previous = line
        }
        return text.trimmingBlankLines()
    }

    private func continues(_ previous: ScreenLine, with line: ScreenLine) -> Bool {
        let next = line.text.drop { $0 == " " }
        guard !Self.beginsStructure(next), line.text.prefix(while: { $0 == " " }).count <= 1 else { return false }
        let word = next.prefix { $0 != " " }
        return previous.width + 1 + word.unicodeScalars.count > width
    }

    static func beginsStructure(_ text: Substring) -> Bool {
        if text.hasPrefix("```") || text.hasPrefix("#") || text.hasPrefix("|") { return true }
        if let first = text.first, "╭╰│".contains(first) { return true }
        if let first = text.first, "-*•+☐☒⎿".contains(first), text.dropFirst().first == " " { return true }
        let digits = text.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = text.dropFirst(digits.count).first, after == "." || after == ")" { return true }
        return false
    }
}

extension ScreenLine {
    /// A printed line with trailing spaces cut and non-breaking spaces (which terminals print
    /// around `⎿`) read as spaces.
    static func printed(_ raw: String) -> Substring {
        var line = Substring(raw.contains("\u{A0}") ? raw.replacingNBSP() : raw)
        while let last = line.last, last == " " || last == "\t" { line = line.dropLast() }
        return line
    }
}

extension String {
    fileprivate func replacingNBSP() -> String {
        String(String.UnicodeScalarView(unicodeScalars.map { $0 == "\u{A0}" ? " " : $0 }))
    }
}

