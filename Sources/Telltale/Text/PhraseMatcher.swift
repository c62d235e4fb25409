/// Finds every phrase of a fixed list in UTF-8 text in one pass: an Aho–Corasick automaton
/// compiled to a dense table over byte classes.
///
/// Matching is case-insensitive for ASCII, treats any run of whitespace as one space, and lets a
/// straight apostrophe or quote in a phrase match its curly forms. Offsets are always those of
/// the original bytes. A phrase matches on word boundaries; a trailing `*` (`apologi*`) lifts
/// the boundary at its end.
public struct PhraseMatcher: Sendable {
    public struct Match: Sendable, Hashable {
        /// Index of the phrase in the list the matcher was built from.
        public var phrase: Int
        public var start: Int
        public var end: Int
    }

    /// The phrases as given, after normalization (lowercase, single spaces, straight quotes).
    public let phrases: [String]
    let classOf: [UInt8]
    let classCount: Int
    /// Transitions by state and byte class.
    let table: TransitionTable
    /// log2 of the table's row width.
    let shift: Int
    /// Per state, by number: range into `outputs`.
    let outputRanges: [Range<Int32>]
    let outputs: [Int32]
    let variants: [Variant]
    /// The longest phrase variant in automaton steps (a whitespace run is one step).
    let longestVariant: Int

    struct Variant: Sendable {
        var phrase: Int
        var bytes: [UInt8]
        var openEnded: Bool
    }

    public init(phrases rawPhrases: [String]) {
        let normalized = rawPhrases.map(PhraseMatcher.normalize)
        phrases = normalized.map { String(decoding: $0.bytes, as: UTF8.self) + ($0.openEnded ? "*" : "") }
        var variants: [Variant] = []
        for (index, phrase) in normalized.enumerated() where !phrase.bytes.isEmpty {
            for bytes in PhraseMatcher.quoteVariants(of: phrase.bytes) {
                variants.append(Variant(phrase: index, bytes: bytes, openEnded: phrase.openEnded))
            }
        }
        self.variants = variants
        longestVariant = variants.map(\.bytes.count).max() ?? 0

        // Byte classes: 0 for bytes no phrase uses, 1 for whitespace, then one per used byte.
        var classOf = [UInt8](repeating: 0, count: 256)
        var next = 2
        for variant in variants {
            for byte in variant.bytes where byte != 0x20 && classOf[Int(byte)] == 0 {
                classOf[Int(byte)] = UInt8(next)
                next += 1
            }
        }
        for byte in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            classOf[Int(byte)] = classOf[Int(byte | 0x20)]
        }
        for byte in [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C] { classOf[byte] = 1 }
        precondition(next <= 256, "phrase alphabet exceeds 254 distinct bytes")
        self.classOf = classOf
        classCount = next

        let automaton = Automaton(variants: variants, classOf: classOf, classCount: next)
        table = automaton.table
        shift = automaton.shift
        outputRanges = automaton.outputRanges
        outputs = automaton.outputs
    }

    public func matches(in text: String) -> [Match] {
        var text = text
        return text.withUTF8 { buffer in
            var found: [Match] = []
            forEachMatch(in: buffer) { found.append($0) }
            return found
        }
    }

    /// Walks the matched variant backwards to find the start (whitespace runs have any length)
    /// and checks word boundaries on both sides.
    func confirm(_ variant: Variant, endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> Match? {
        var position = end
        for byte in variant.bytes.reversed() {
            if byte == 0x20 {
                while position > 0, isSpace(text[position - 1]) { position -= 1 }
            } else {
                position -= 1
            }
        }
        let first = variant.bytes[0], last = variant.bytes[variant.bytes.count - 1]
        if isWordByte(first), continuesWord(before: position, in: text) { return nil }
        if !variant.openEnded, isWordByte(last), continuesWord(after: end, in: text) { return nil }
        return Match(phrase: variant.phrase, start: position, end: end)
    }

    /// A word goes on across the boundary, also through an apostrophe ("I'm" is one word).
    private func continuesWord(before position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position > 0 else { return false }
        if isWordByte(text[position - 1]) { return true }
        let apostrophe = apostropheWidth(endingAt: position, in: text)
        return apostrophe > 0 && position - apostrophe > 0 && isWordByte(text[position - apostrophe - 1])
    }

    private func continuesWord(after end: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard end < text.count else { return false }
        if isWordByte(text[end]) { return true }
        let apostrophe = text[end] == UInt8(ascii: "'") ? 1
            : (end + 2 < text.count && text[end] == 0xE2 && text[end + 1] == 0x80 && text[end + 2] == 0x99 ? 3 : 0)
        return apostrophe > 0 && end + apostrophe < text.count && isWordByte(text[end + apostrophe])
    }

    private func apostropheWidth(endingAt position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        if text[position - 1] == UInt8(ascii: "'") { return 1 }
        if position >= 3, text[position - 3] == 0xE2, text[position - 2] == 0x80, text[position - 1] == 0x99 { return 3 }
        return 0
    }
}

@inline(__always) func isSpace(_ byte: UInt8) -> Bool {
    byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
}

@inline(__always) func isWordByte(_ byte: UInt8) -> Bool {
    let lower = byte | 0x20
    return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F
}

extension PhraseMatcher {
    struct Normalized {
        var bytes: [UInt8]
        var openEnded: Bool
    }

    /// Lowercase ASCII, straight quotes, single spaces, trimmed; a trailing `*` marks open end.
    static func normalize(_ phrase: String) -> Normalized {
        var text = phrase.replacingCurlyQuotes().lowercased()
        var openEnded = false
        if text.hasSuffix("*") {
            openEnded = true
            text.removeLast()
        }
        let words = text.split(whereSeparator: { $0.isWhitespace })
        return Normalized(bytes: Array(words.joined(separator: " ").utf8), openEnded: openEnded)
    }

    /// Every spelling of the phrase with its straight quotes replaced by curly ones
    /// (apostrophes by ’ or ‘, double quotes by “ or ”); at most three quote positions vary.
    static func quoteVariants(of bytes: [UInt8]) -> [[UInt8]] {
        var results: [[UInt8]] = [[]]
        var varied = 0
        for byte in bytes {
            let alternatives: [[UInt8]]
            switch byte {
            case UInt8(ascii: "'") where varied < 3:
                alternatives = [[byte], [0xE2, 0x80, 0x99], [0xE2, 0x80, 0x98]]
                varied += 1
            case UInt8(ascii: "\"") where varied < 3:
                alternatives = [[byte], [0xE2, 0x80, 0x9C], [0xE2, 0x80, 0x9D]]
                varied += 1
            default:
                // Most bytes have one spelling: every variant so far grows in place.
                for index in results.indices { results[index].append(byte) }
                continue
            }
            results = results.flatMap { prefix in alternatives.map { prefix + $0 } }
        }
        return results
    }
}

extension String {
    /// Folds typographic apostrophes and quotes to their ASCII forms.
    public func replacingCurlyQuotes() -> String {
        guard utf8.contains(0xE2) else { return self }
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}": result.append("'")
            case "\u{201C}", "\u{201D}": result.append("\"")
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}
