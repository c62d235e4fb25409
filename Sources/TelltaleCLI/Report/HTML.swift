import Telltale

/// Small helpers for writing HTML by hand: every piece of text from a transcript or a summary
/// goes through `escape` before it reaches the page.
enum HTML {
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default:
                // Control characters other than tab and newline are not allowed in HTML text.
                if character.value < 0x20, character != "\t", character != "\n" { out += "\u{FFFD}" } else {
                    out.unicodeScalars.append(character)
                }
            }
        }
        return out
    }

    /// An element with escaped text content.
    static func text(_ tag: String, _ content: String, class name: String? = nil) -> String {
        element(tag, escape(content), class: name)
    }

    /// An element around markup that is already HTML.
    static func element(_ tag: String, _ markup: String, class name: String? = nil) -> String {
        "<\(tag)\(name.map { " class=\"\($0)\"" } ?? "")>\(markup)</\(tag)>"
    }

    static func table(head: [String], rows: [[String]], numericFrom: Int = 1) -> String {
        func cells(_ row: [String], _ tag: String) -> String {
            row.enumerated().map { index, cell in
                "<\(tag)\(index >= numericFrom ? " class=\"num\"" : "")>\(cell)</\(tag)>"
            }.joined()
        }
        return "<table><thead><tr>\(cells(head.map(escape), "th"))</tr></thead><tbody>"
            + rows.map { "<tr>\(cells($0, "td"))</tr>" }.joined() + "</tbody></table>"
    }

    /// A number with at most `digits` decimals.
    static func number(_ value: Double, digits: Int = 2) -> String {
        JSONText.number(value, digits: digits)
    }
}
