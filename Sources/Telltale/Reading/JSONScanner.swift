/// A pull parser over UTF-8 JSON bytes that decodes only what a reader asks for.
///
/// Foundation's JSON decoders build every value of every record; transcript readers need a few
/// strings per message and skip the rest (per-message analytics, file snapshots, tool inputs).
/// Skipping never recurses, so nesting depth cannot exhaust the stack.
public struct JSONScanner {
    public enum Kind: Sendable { case object, array, string, number, bool, null }

    let bytes: UnsafeBufferPointer<UInt8>
    public private(set) var position = 0
    /// Strings whose bytes were not valid UTF-8 and were decoded with replacement characters.
    public private(set) var invalidUTF8Strings = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    // MARK: Structure

    public mutating func kind() throws -> Kind {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "{"): return .object
        case UInt8(ascii: "["): return .array
        case UInt8(ascii: "\""): return .string
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number
        default: throw error("unexpected character '\(Character(Unicode.Scalar(bytes[position])))'")
        }
    }

    /// Visits each member of an object. `body` may read the value or leave it: an unread value
    /// is skipped.
    public mutating func object(_ body: (JSONKey, inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "{"))
        skipWhitespace()
        if peek == UInt8(ascii: "}") { position += 1; return }
        while true {
            skipWhitespace()
            let key = try keyBytes()
            skipWhitespace()
            try expect(UInt8(ascii: ":"))
            skipWhitespace()
            let before = position
            try body(key, &self)
            if position == before { try skipValue() }
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated object") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "}") { position += 1; return }
            throw error("expected ',' or '}' in object")
        }
    }

    /// Visits each element of an array; an unread element is skipped.
    public mutating func array(_ body: (inout JSONScanner) throws -> Void) throws {
        try expect(UInt8(ascii: "["))
        skipWhitespace()
        if peek == UInt8(ascii: "]") { position += 1; return }
        while true {
            skipWhitespace()
            let before = position
            try body(&self)
            if position == before { try skipValue() }
            skipWhitespace()
            guard position < bytes.count else { throw error("unterminated array") }
            if bytes[position] == UInt8(ascii: ",") { position += 1; continue }
            if bytes[position] == UInt8(ascii: "]") { position += 1; return }
            throw error("expected ',' or ']' in array")
        }
    }

    /// Confirms nothing but whitespace follows the value just read.
    public mutating func finish() throws {
        skipWhitespace()
        if position < bytes.count { throw error("unexpected data after the JSON value") }
    }

    // MARK: Scalars

    public mutating func string() throws -> String {
        skipWhitespace()
        try expect(UInt8(ascii: "\""))
        let start = position
        let (end, escaped) = try findStringEnd(from: start)
        position = end + 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return escaped ? try unescape(raw, at: start) : decode(raw)
    }

    /// A string, or nil for `null` or any other kind (which is skipped).
    public mutating func optionalString() throws -> String? {
        try kind() == .string ? try string() : { try skipValue(); return nil }()
    }

    public mutating func bool() throws -> Bool {
        skipWhitespace()
        if match("true") { return true }
        if match("false") { return false }
        throw error("expected true or false")
    }

    public mutating func number() throws -> Double {
        skipWhitespace()
        let start = position
        while position < bytes.count, Self.numberBytes.contains(bytes[position]) { position += 1 }
        guard position > start, let value = Double(String(decoding: bytes[start..<position], as: UTF8.self)) else {
            throw error("expected a number")
        }
        return value
    }

    private static let numberBytes: Set<UInt8> = Set("+-0123456789.eE".utf8)

    /// Skips one value of any kind without building it.
    public mutating func skipValue() throws {
        skipWhitespace()
        guard position < bytes.count else { throw error("unexpected end of input") }
        switch bytes[position] {
        case UInt8(ascii: "\""):
            position += 1
            position = try findStringEnd(from: position).end + 1
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            try skipContainer()
        case UInt8(ascii: "t"): guard match("true") else { throw error("invalid literal") }
        case UInt8(ascii: "f"): guard match("false") else { throw error("invalid literal") }
        case UInt8(ascii: "n"): guard match("null") else { throw error("invalid literal") }
        default: _ = try number()
        }
    }

    // MARK: Internals

    private var peek: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while position < bytes.count, bytes[position] <= 0x20,
              bytes[position] == 0x20 || bytes[position] == 0x0A || bytes[position] == 0x0D || bytes[position] == 0x09 {
            position += 1
        }
    }

    private mutating func expect(_ byte: UInt8) throws {
        guard position < bytes.count, bytes[position] == byte else {
            throw error("expected '\(Character(Unicode.Scalar(byte)))'")
        }
        position += 1
    }

    private mutating func match(_ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position + count <= bytes.count else { return false }
        for offset in 0..<count where bytes[position + offset] != literal.utf8Start[offset] { return false }
        position += count
        return true
    }

    private mutating func keyBytes() throws -> JSONKey {
        try expect(UInt8(ascii: "\""))
        let start = position
        let (end, escaped) = try findStringEnd(from: start)
        position = end + 1
        let raw = UnsafeBufferPointer(rebasing: bytes[start..<end])
        return escaped ? JSONKey(decoded: try unescape(raw, at: start)) : JSONKey(raw: raw)
    }

    /// Offset of the closing quote of a string whose content starts at `start`, and whether
    /// the string holds escapes.
    private func findStringEnd(from start: Int) throws -> (end: Int, escaped: Bool) {
        var cursor = start
        var escaped = false
        while let quote = ByteSearch.firstIndex(of: UInt8(ascii: "\""), in: bytes, from: cursor) {
            var backslashes = 0
            while quote - backslashes - 1 >= start, bytes[quote - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
            if backslashes > 0 { escaped = true }
            if backslashes % 2 == 0 {
                if !escaped, ByteSearch.firstIndex(of: UInt8(ascii: "\\"), in: UnsafeBufferPointer(rebasing: bytes[start..<quote])) != nil {
                    escaped = true
                }
                return (quote, escaped)
            }
            cursor = quote + 1
        }
        throw error("unterminated string")
    }

    private mutating func skipContainer() throws {
        var closers: [UInt8] = []
        repeat {
            guard position < bytes.count else { throw error("unterminated \(closers.last == UInt8(ascii: "}") ? "object" : "array")") }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "{"): closers.append(UInt8(ascii: "}")); position += 1
            case UInt8(ascii: "["): closers.append(UInt8(ascii: "]")); position += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                guard closers.last == byte else { throw error("mismatched '\(Character(Unicode.Scalar(byte)))'") }
                closers.removeLast()
                position += 1
            case UInt8(ascii: "\""):
                position = try findStringEnd(from: position + 1).end + 1
            default:
                position += 1
            }
        } while !closers.isEmpty
    }

    private mutating func decode(_ raw: UnsafeBufferPointer<UInt8>) -> String {
        if let valid = UTF8Validation.string(raw) { return valid }
        invalidUTF8Strings += 1
        return String(decoding: raw, as: UTF8.self)
    }

    private mutating func unescape(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) throws -> String {
        // Runs without escapes are copied whole; an escape never makes the text longer.
        var failure: JSONError?
        let decoded = [UInt8](unsafeUninitializedCapacity: raw.count) { out, count in
            guard let source = raw.baseAddress, let target = out.baseAddress else { return }
            var index = 0
            var written = 0
            while index < raw.count {
                let run = (ByteSearch.firstIndex(of: UInt8(ascii: "\\"), in: raw, from: index) ?? raw.count) - index
                (target + written).update(from: source + index, count: run)
                written += run
                index += run
                guard index < raw.count else { break }
                guard index + 1 < raw.count else { failure = error("dangling escape", at: offset + index); break }
                let code = raw[index + 1]
                index += 2
                switch code {
                case UInt8(ascii: "n"): target[written] = 0x0A; written += 1
                case UInt8(ascii: "t"): target[written] = 0x09; written += 1
                case UInt8(ascii: "r"): target[written] = 0x0D; written += 1
                case UInt8(ascii: "b"): target[written] = 0x08; written += 1
                case UInt8(ascii: "f"): target[written] = 0x0C; written += 1
                case UInt8(ascii: "u"):
                    do {
                        var scalar = try hex4(raw, index, offset)
                        index += 4
                        if (0xD800...0xDBFF).contains(scalar), index + 5 < raw.count,
                           raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u"),
                           let low = try? hex4(raw, index + 2, offset), (0xDC00...0xDFFF).contains(low) {
                            scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                            index += 6
                        }
                        let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                        for unit in UTF8.encode(character)! {
                            target[written] = unit
                            written += 1
                        }
                    } catch let caught as JSONError {
                        failure = caught
                        index = raw.count
                    } catch {}
                default: target[written] = code; written += 1
                }
            }
            count = written
        }
        if let failure { throw failure }
        return decoded.withUnsafeBufferPointer { decode($0) }
    }

    private func hex4(_ raw: UnsafeBufferPointer<UInt8>, _ index: Int, _ offset: Int) throws -> UInt32 {
        guard index + 4 <= raw.count else { throw error("short \\u escape", at: offset + index) }
        var value: UInt32 = 0
        for byte in raw[index..<(index + 4)] {
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - UInt8(ascii: "0"))
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - UInt8(ascii: "a") + 10)
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = UInt32(byte - UInt8(ascii: "A") + 10)
            default: throw error("bad \\u escape", at: offset + index)
            }
            value = value << 4 | digit
        }
        return value
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(message: message, offset: offset ?? position)
    }
}

public struct JSONError: Error, Sendable, CustomStringConvertible {
    public var message: String
    /// Byte offset in the record where parsing stopped.
    public var offset: Int
    public var description: String { "\(message) at byte \(offset + 1)" }
}

/// An object key, compared against literals without allocating.
public struct JSONKey {
    private let raw: UnsafeBufferPointer<UInt8>?
    private let decoded: String?

    init(raw: UnsafeBufferPointer<UInt8>) { self.raw = raw; decoded = nil }
    init(decoded: String) { raw = nil; self.decoded = decoded }

    public static func == (key: JSONKey, literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        if let raw = key.raw {
            guard raw.count == count else { return false }
            for index in 0..<count where raw[index] != literal.utf8Start[index] { return false }
            return true
        }
        return key.decoded == literal.description
    }

    public var string: String { decoded ?? String(decoding: raw!, as: UTF8.self) }
}

extension JSONKey {
    /// Lets a `switch key` match string literals: `case "messages":`.
    public static func ~= (literal: StaticString, key: JSONKey) -> Bool { key == literal }
}
