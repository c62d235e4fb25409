/// Writes JSON text by hand: stable key order and number formatting, no Foundation encoder on
/// the hot path.
public struct JSONText {
    public private(set) var text = ""

    public init() {}

    /// A JSON string literal for `value`. Escapes are decided on UTF-8 bytes: every byte that
    /// needs one is ASCII, except U+2028 and U+2029 (`E2 80 A8/A9`).
    public static func quoted(_ value: String) -> String {
        var out: [UInt8] = [UInt8(ascii: "\"")]
        out.reserveCapacity(value.utf8.count + 8)
        let utf8 = Array(value.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            index += 1
            switch byte {
            case UInt8(ascii: "\""): out += [0x5C, 0x22]
            case UInt8(ascii: "\\"): out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, UInt8(ascii: "n")]
            case 0x0D: out += [0x5C, UInt8(ascii: "r")]
            case 0x09: out += [0x5C, UInt8(ascii: "t")]
            case 0xE2 where index + 1 < utf8.count && utf8[index] == 0x80 && (utf8[index + 1] == 0xA8 || utf8[index + 1] == 0xA9):
                out += Array((utf8[index + 1] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                index += 2
            case ..<0x20:
                out += Array("\\u00".utf8) + [hexDigit(byte >> 4), hexDigit(byte & 0x0F)]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
        return String(decoding: out, as: UTF8.self)
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
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
