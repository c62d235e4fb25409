import Telltale

/// Recognizing and taking apart the markup SpecStory writes inside assistant sections.
extension AssistantSection {
    /// `Tool use: **read_file**` names the tool work below it.
    static func toolUseName(_ text: Substring) -> String? {
        guard text.hasPrefix("Tool use: **") else { return nil }
        let name = text.dropFirst("Tool use: **".count).prefix { $0 != "*" }
        return name.isEmpty ? nil : String(name)
    }

    /// The tag of a line that opens a block: `<details>`, `<think>`, or any tag with `-` or `_`
    /// in its name (`<tool-use …>`, `<function_calls>`). Plain HTML tags stay prose.
    static func blockTag(_ text: Substring) -> Substring? {
        guard text.first == "<" else { return nil }
        let name = text.dropFirst().prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        guard let after = text.dropFirst(1 + name.count).first, after == ">" || after == " " else { return nil }
        return name == "details" || name == "think" || name.contains("-") || name.contains("_") ? name : nil
    }

    /// The info string's first word of a line that opens a fenced block (`""` for a bare fence).
    static func fenceLanguage(_ text: Substring) -> Substring? {
        let text = text.drop { $0 == " " }
        guard let first = text.first, first == "`" || first == "~" else { return nil }
        let run = text.prefix { $0 == first }.count
        guard run >= 3 else { return nil }
        return text.dropFirst(run).trimming(" ").prefix { $0 != " " }
    }

    /// A fenced block's content without its fence lines.
    static func inside(_ fence: [Substring]) -> String {
        var body = fence.dropFirst()
        if let last = body.last, fenceLanguage(last) != nil { body = body.dropLast() }
        return body.joined(separator: "\n")
    }

    /// The text of a block's `<summary>`, on one line.
    static func summary(in block: [Substring]) -> String? {
        let text = block.joined(separator: " ")
        guard let open = text.firstRange(of: "<summary>"),
              let close = text[open.upperBound...].firstRange(of: "</summary>") else { return nil }
        return unescaped(String(text[open.upperBound..<close.lowerBound].trimming(" ")))
    }

    /// The value of `name="…"` in an opening tag.
    static func attribute(_ name: String, in line: Substring) -> String? {
        guard let start = line.firstRange(of: name + "=\"") else { return nil }
        return String(line[start.upperBound...].prefix { $0 != "\"" })
    }

    /// A short tool name from a summary or a tool line: its first two words before any quote,
    /// colon, bullet or count (`Searched codebase "…" • 5 results` → `Searched codebase`).
    static func leadingWords(_ text: String) -> String {
        let head = text.prefix { !"\":•`(*".contains($0) }
        let words = head.split(separator: " ").prefix(2).joined(separator: " ")
        return words.isEmpty ? "tool" : words
    }

    /// A block's lines without the block tags themselves, entities decoded.
    static func strippingTags(_ block: [Substring]) -> String {
        var text = ""
        var rest = Substring(block.joined(separator: "\n"))
        while let open = rest.firstIndex(of: "<") {
            text += rest[..<open]
            let tag = rest[rest.index(after: open)...].drop { $0 == "/" }.prefix { $0.isLetter || $0 == "-" || $0 == "_" }
            if isMarkupTag(tag), let close = rest[open...].firstIndex(of: ">") {
                rest = rest[rest.index(after: close)...]
            } else {
                text.append("<")
                rest = rest[rest.index(after: open)...]
            }
        }
        return unescaped(text + rest)
    }

    private static func isMarkupTag(_ tag: Substring) -> Bool {
        tag == "details" || tag == "summary" || tag == "think" || tag.contains("-") || tag.contains("_")
    }

    static func unescaped(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var result = text
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            result = result.replacing(entity, with: character)
        }
        return result
    }
}

extension StringProtocol {
    func occurrences(of needle: String) -> Int {
        var count = 0
        var rest = self[...]
        while let range = rest.firstRange(of: needle) {
            count += 1
            rest = rest[range.upperBound...]
        }
        return count
    }
}

extension String {
    func replacingFirst(_ target: String, with replacement: String) -> String {
        guard let range = firstRange(of: target) else { return self }
        var result = self
        result.replaceSubrange(range, with: replacement)
        return result
    }
}
