/// Writes JSON text by hand: stable key order and number formatting, no Foundation encoder on
/// the hot path.
public struct JSONText {
    public private(set) var text = ""

    public init() {}

    /// A JSON string literal for `value`.
    public static func quoted(_ value: String) -> String {
        var out = "\""
        out.reserveCapacity(value.utf8.count + 2)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out + "\""
    }

    /// A number with at most `digits` decimals and no trailing zeros: `0.5`, `1`, `0.333`.
    public static func number(_ value: Double, digits: Int = 4) -> String {
        guard value.isFinite else { return "null" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (value * scale).rounded() / scale
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int64(rounded)) }
        return "\(rounded)"
    }

    /// An object from already-encoded member values, in the given order.
    public static func object(_ members: [(String, String)]) -> String {
        "{" + members.map { quoted($0.0) + ":" + $0.1 }.joined(separator: ",") + "}"
    }

    public static func array(_ elements: [String]) -> String {
        "[" + elements.joined(separator: ",") + "]"
    }
}

extension Finding {
    /// The finding as one line of JSON with the documented keys in the documented order.
    public var jsonLine: String {
        JSONText.object([
            ("conversation", JSONText.quoted(conversation)),
            ("turn", String(turn)),
            ("pattern", JSONText.quoted(pattern.rawValue)),
            ("detector", JSONText.quoted(detector)),
            ("rule", JSONText.quoted(rule)),
            ("score", JSONText.number(score, digits: 3)),
            ("start", String(start)),
            ("end", String(end)),
            ("excerpt", JSONText.quoted(excerpt)),
            ("message", JSONText.quoted(message)),
            ("evidence", JSONText.array(evidence.map {
                JSONText.object([("reason", JSONText.quoted($0.reason)), ("weight", JSONText.number($0.weight, digits: 3))])
            })),
        ])
    }
}
