/// A whole JSON document as values that remember where they start, so a rule file's errors can
/// point at line and column.
///
/// Transcripts are pulled through `JSONScanner` without building values; a rule file is small
/// and read once, and its validation wants every value with its place.
struct JSONNode {
    enum Value {
        case object([Member]), array([JSONNode]), string(String), number(Double), bool(Bool), null
    }

    struct Member {
        var key: String
        var node: JSONNode
    }

    var value: Value
    /// Byte offset of the value's first byte in the document.
    var offset: Int

    /// Parses one JSON document; nesting deeper than `maxDepth` is an error, not a deep stack.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) throws -> JSONNode {
        var scanner = JSONScanner(bytes)
        let root = try read(&scanner, depth: 0, maxDepth: maxDepth)
        try scanner.finish()
        return root
    }

    private static func read(_ scanner: inout JSONScanner, depth: Int, maxDepth: Int) throws -> JSONNode {
        let kind = try scanner.kind()
        let offset = scanner.position
        if kind == .object || kind == .array, depth >= maxDepth {
            throw scanner.error("nesting deeper than \(maxDepth) levels")
        }
        switch kind {
        case .object:
            var members: [Member] = []
            try scanner.object { key, value in
                members.append(Member(key: key.string, node: try read(&value, depth: depth + 1, maxDepth: maxDepth)))
            }
            return JSONNode(value: .object(members), offset: offset)
        case .array:
            var elements: [JSONNode] = []
            try scanner.array { element in
                elements.append(try read(&element, depth: depth + 1, maxDepth: maxDepth))
            }
            return JSONNode(value: .array(elements), offset: offset)
        case .string: return JSONNode(value: .string(try scanner.string()), offset: offset)
        case .number: return JSONNode(value: .number(try scanner.number()), offset: offset)
        case .bool: return JSONNode(value: .bool(try scanner.bool()), offset: offset)
        case .null:
            try scanner.skipValue()
            return JSONNode(value: .null, offset: offset)
        }
    }

    /// How the value reads in an error message: "a string", "an array of 3".
    var kindName: String {
        switch value {
        case .object: "an object"
        case .array(let elements): "an array of \(elements.count)"
        case .string(let text): "the string \(JSONText.quoted(text.count > 40 ? String(text.prefix(40)) + "…" : text))"
        case .number(let number): "the number \(JSONText.number(number))"
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        }
    }
}

/// Line and column (both 1-based, columns in characters) of byte offsets in a document.
struct TextPosition: CustomStringConvertible {
    var line: Int
    var column: Int

    init(offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        var line = 1, column = 1
        for byte in bytes.prefix(max(0, offset)) {
            if byte == 0x0A {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        self.line = line
        self.column = column
    }

    var description: String { "\(line):\(column)" }
}
