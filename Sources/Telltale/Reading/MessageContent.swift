extension JSONScanner {
    /// Message content in any of the shapes chat formats use: a string; an array of parts
    /// (`{"type": "text", "text": …}`, with images as `[image]`); an object with `text`; or null.
    public mutating func contentText() throws -> String {
        switch try kind() {
        case .string:
            return try string()
        case .array:
            var parts: [String] = []
            try array { element in
                if try element.kind() == .string {
                    parts.append(try element.string())
                } else if let part = try element.contentPart() {
                    parts.append(part)
                }
            }
            return parts.joined(separator: "\n")
        case .object:
            return try contentPart() ?? ""
        default:
            try skipValue()
            return ""
        }
    }

    /// One content part: its text, `[image]` for images, nil for parts without text.
    private mutating func contentPart() throws -> String? {
        var text: String?
        var type: String?
        try object { key, value in
            switch key {
            case "text", "content": text = try value.kind() == .string ? try value.string() : nil
            case "type": type = try value.optionalString()
            default: break
            }
        }
        if let text { return text }
        if let type, type.contains("image") { return "[image]" }
        return nil
    }
}

extension JSONScanner {
    /// A string or a number as text (ids come as either); nil for anything else.
    public mutating func scalarText() throws -> String? {
        switch try kind() {
        case .string: return try string()
        case .number:
            let value = try number()
            return value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        default:
            try skipValue()
            return nil
        }
    }
}

extension JSONScanner {
    /// The next value's JSON text exactly as written (tool inputs are kept verbatim).
    public mutating func rawValue() throws -> String {
        skipWhitespace()
        let start = position
        try skipValue()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
    }
}
