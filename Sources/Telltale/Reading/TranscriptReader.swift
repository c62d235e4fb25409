/// Reads one transcript format into conversations.
///
/// The engine sniffs each file's first bytes with every compiled-in reader and hands the file
/// to the most confident one, record by record as its framing says.
public protocol TranscriptReader: Sendable {
    var format: FormatDescription { get }
    /// How the engine cuts a file into records for `read`.
    var framing: Framing { get }
    /// How sure this reader is that it understands a file, from its first bytes: 0 means no.
    /// Content decides; the file name is a tie-breaker at most.
    func confidence(for head: FileHead) -> Double
    /// Parses one record (a line, or a whole file), appending conversations and problems.
    /// Throws `RecordError` (or any error, read as malformed) when the whole record is lost.
    func read(_ record: Record, into output: inout ReadOutput) throws
}

public struct FormatDescription: Sendable {
    /// The `--format` name, e.g. `openai`.
    public var name: String
    public var summary: String
    /// Typical file names, for documentation and `telltale formats`.
    public var filePatterns: [String]
    /// Where users find such files.
    public var whereFound: String
    /// The content that makes `confidence(for:)` claim a file, for `telltale formats`.
    public var recognizedBy: String

    public init(name: String, summary: String, filePatterns: [String], whereFound: String, recognizedBy: String = "") {
        self.name = name
        self.summary = summary
        self.filePatterns = filePatterns
        self.whereFound = whereFound
        self.recognizedBy = recognizedBy
    }
}

public enum Framing: Sendable {
    /// Each line is a record (JSON Lines with one conversation per line).
    case lines
    /// The whole file is one record (a JSON document, a markdown log, an event log grouped by
    /// session).
    case document
}

/// A unit of input handed to a reader.
public struct Record {
    public var bytes: UnsafeBufferPointer<UInt8>
    public var file: String
    /// 1-based line number of the record's first byte.
    public var line: Int

    public init(bytes: UnsafeBufferPointer<UInt8>, file: String, line: Int) {
        self.bytes = bytes
        self.file = file
        self.line = line
    }

    public var location: SourceLocation { SourceLocation(file: file, line: line) }

    public var text: String { String(decoding: bytes, as: UTF8.self) }
}

/// What reading a record produced.
public struct ReadOutput: Sendable {
    public var conversations: [Conversation] = []
    /// Parts of the record that could not be read; the rest of the record still counts.
    public var rejections: [Rejection] = []
    /// Units the format defines but that carry no conversation (Claude Code progress events).
    public var skipped = 0
    /// Strings that were not valid UTF-8 and were read with replacement characters.
    public var invalidUTF8 = 0

    public init() {}

    public mutating func reject(_ location: SourceLocation, _ reason: String) {
        rejections.append(Rejection(location: location, reason: reason))
    }
}

/// A record, or part of one, that could not be read.
public struct Rejection: Sendable, Hashable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(location: SourceLocation, reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}

/// Why a whole record was rejected.
public enum RecordError: Error, Sendable {
    /// The record is well-formed but not in this reader's shape (another reader may take it).
    case unrecognized(String)
    /// The record is broken: invalid JSON, a required field missing.
    case malformed(String)

    public var reason: String {
        switch self {
        case .unrecognized(let reason), .malformed(let reason): reason
        }
    }
}

/// The first bytes of a file, for sniffing.
public struct FileHead: Sendable {
    public var path: String
    /// The head's bytes; its text and lines are worked out once, when the bytes are set, since
    /// every reader sniffs the same head.
    public var bytes: [UInt8] { didSet { lineIndex = LineIndex(bytes) } }
    /// True when `bytes` is the whole file.
    public var isComplete: Bool
    private var lineIndex: LineIndex

    public init(path: String, bytes: [UInt8], isComplete: Bool) {
        self.path = path
        self.bytes = bytes
        self.isComplete = isComplete
        lineIndex = LineIndex(bytes)
    }

    public var text: String { lineIndex.text }

    /// The first line that is not blank.
    public var firstLine: String {
        let text = self.text
        return text.split(separator: "\n", omittingEmptySubsequences: true)
            .first { !$0.allSatisfy(\.isWhitespace) }.map(String.init) ?? ""
    }

    public func contains(_ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty else { return false }
        return bytes.withUnsafeBufferPointer { $0.contains(pattern) }
    }

    public var fileName: Substring { path.split(separator: "/").last ?? Substring(path) }

    /// The top-level keys of the first JSON object in the head, as far as the head reaches.
    public var firstObjectKeys: Set<String> {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            var keys: Set<String> = []
            _ = try? scanner.object { key, _ in keys.insert(key.string) }
            return keys
        }
    }
}

extension FileHead {
    /// The top-level keys of the JSON object on the first non-blank line (JSON Lines sniffing).
    /// Keys past the end of the head are missing; an unparseable line gives none.
    public var firstLineObjectKeys: Set<String> {
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return [] }
        let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
        return Array(bytes[start..<end]).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            var keys: Set<String> = []
            _ = try? scanner.object { key, _ in keys.insert(key.string) }
            return keys
        }
    }
}

extension Record {
    /// The record's lines without their breaks (`\n` or `\r\n`), for line-oriented text formats;
    /// line `i` is at line number `line + i`. Bytes that are not UTF-8 read as replacement
    /// characters, and `invalidUTF8` counts the lines that held any.
    public func lines(invalidUTF8: inout Int) -> [String] {
        let bytes = Array(self.bytes)
        var invalid = 0
        let lines = Line.split(bytes).map { line in
            let slice = bytes[line.range]
            if let text = slice.withUnsafeBufferPointer(UTF8Validation.string) { return text }
            invalid += 1
            return String(decoding: slice, as: UTF8.self)
        }
        invalidUTF8 += invalid
        return lines
    }
}

extension FileHead {
    /// The head's non-empty lines: `text.split(whereSeparator: \.isNewline)`, at most `limit`.
    public func lines(limit: Int = .max) -> [Substring] {
        let text = lineIndex.text, utf8 = text.utf8
        return lineIndex.ranges.prefix(limit).map { range in
            text[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
    }
}

/// A head's text and where its non-empty lines lie in the text's UTF-8, found on bytes (a
/// newline scalar is always a whole character), so sniffing a 64 KB head costs microseconds.
private struct LineIndex: Sendable {
    let text: String
    let ranges: [Range<Int>]

    init(_ bytes: [UInt8]) {
        var text = String(decoding: bytes, as: UTF8.self)
        var ranges: [Range<Int>] = []
        text.withUTF8 { bytes in
            var start = 0, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var separator = 0
                if byte >= 0x0A && byte <= 0x0D {
                    separator = 1
                } else if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0x85 {
                    separator = 2
                } else if byte == 0xE2, index + 2 < bytes.count, bytes[index + 1] == 0x80,
                          bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 {
                    separator = 3
                }
                guard separator > 0 else { index += 1; continue }
                if start < index { ranges.append(start..<index) }
                index += separator
                start = index
            }
            if start < index { ranges.append(start..<index) }
        }
        self.text = text
        self.ranges = ranges
    }
}
