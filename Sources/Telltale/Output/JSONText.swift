/// Writes JSON text by hand: stable key order and number formatting, no Foundation encoder on
/// the hot path.
public struct JSONText {
    public private(set) var text = ""

    public init() {}

    /// A JSON string literal for `value`.
    public static func quoted(_ value: String) -> String {
        var out = JSONBytes()
        out.string(value)
        return out.text
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
    /// The finding as one line of JSON with the documented keys in the documented order,
    /// written straight into bytes: it is the scan's output.
    public var jsonLine: String {
        var out = JSONBytes()
        out.bytes.reserveCapacity(256 + excerpt.utf8.count + message.utf8.count)
        out.append("{\"conversation\":")
        out.string(conversation)
        out.append(",\"turn\":\(turn),\"pattern\":")
        out.string(pattern.rawValue)
        out.append(",\"detector\":")
        out.string(detector)
        out.append(",\"rule\":")
        out.string(rule)
        out.append(",\"score\":\(JSONText.number(score, digits: 3)),\"start\":\(start),\"end\":\(end),\"excerpt\":")
        out.string(excerpt)
        out.append(",\"message\":")
        out.string(message)
        out.append(",\"evidence\":[")
        for (index, item) in evidence.enumerated() {
            out.append(index == 0 ? "{\"reason\":" : ",{\"reason\":")
            out.string(item.reason)
            out.append(",\"weight\":\(JSONText.number(item.weight, digits: 3))}")
        }
        out.append("]}")
        return out.text
    }
}

/// JSON written into UTF-8 bytes. Escapes are decided on bytes: every byte that needs one is
/// ASCII, except U+2028 and U+2029 (`E2 80 A8/A9`).
struct JSONBytes {
    var bytes: [UInt8] = []

    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ literal: String) {
        bytes += literal.utf8
    }

    /// `value` as a JSON string literal; runs that need no escape are copied whole.
    mutating func string(_ value: String) {
        var value = value
        bytes.append(UInt8(ascii: "\""))
        value.withUTF8 { utf8 in
            var run = 0, index = 0
            while index < utf8.count {
                let byte = utf8[index]
                let escape: [UInt8]?
                switch byte {
                case UInt8(ascii: "\""): escape = [0x5C, 0x22]
                case UInt8(ascii: "\\"): escape = [0x5C, 0x5C]
                case 0x0A: escape = [0x5C, UInt8(ascii: "n")]
                case 0x0D: escape = [0x5C, UInt8(ascii: "r")]
                case 0x09: escape = [0x5C, UInt8(ascii: "t")]
                case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                    escape = Array((utf8[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                case ..<0x20:
                    escape = Array("\\u00".utf8) + [Self.hexDigit(byte >> 4), Self.hexDigit(byte & 0x0F)]
                default:
                    escape = nil
                }
                guard let escape else {
                    index += 1
                    continue
                }
                bytes += UnsafeBufferPointer(rebasing: utf8[run..<index])
                bytes += escape
                index += byte == 0xE2 ? 3 : 1
                run = index
            }
            bytes += UnsafeBufferPointer(rebasing: utf8[run..<utf8.count])
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "a") + value - 10
    }
}
