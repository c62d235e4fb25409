/// Finds inline regions outside the speaker's voice on a prose line: `code spans` and quotations.
/// A region never crosses its line, so lines are scanned independently.
struct InlineScanner {
    let bytes: [UInt8]

    /// Quotations longer than this are more likely a stray quote mark than quoted speech.
    private static let longestQuotation = 400

    func scan(_ line: Line, into regions: inout [TextStructure.Region]) {
        var index = line.contentStart
        let end = line.range.upperBound
        while index < end {
            // Only a backtick or a quote mark can open a region.
            index = ByteSet.openers.firstIndex(in: bytes, from: index, to: end)
            guard index < end else { return }
            let byte = bytes[index]
            if byte == UInt8(ascii: "`") {
                var run = 0
                while index + run < end, bytes[index + run] == byte { run += 1 }
                if let close = find(run: run, of: byte, from: index + run, before: end) {
                    regions.append(.init(kind: .inlineCode, range: index..<(close + run)))
                    index = close + run
                } else {
                    index += run
                }
                continue
            }
            if let closer = quotationCloser(at: index, lineEnd: end) {
                let width = quoteWidth(at: closer)
                regions.append(.init(kind: .quotation, range: index..<(closer + width)))
                index = closer + width
                continue
            }
            index += 1
        }
    }

    private func find(run: Int, of byte: UInt8, from start: Int, before end: Int) -> Int? {
        var index = start
        while index < end {
            if bytes[index] == byte {
                var length = 0
                while index + length < end, bytes[index + length] == byte { length += 1 }
                if length == run { return index }
                index += length
            } else {
                index += 1
            }
        }
        return nil
    }

    private enum Quote { case double, single }

    /// If a quotation opens at `index`, the offset of its closing mark.
    private func quotationCloser(at index: Int, lineEnd: Int) -> Int? {
        guard let kind = openingQuote(at: index) else { return nil }
        var position = index + quoteWidth(at: index)
        let limit = min(lineEnd, index + Self.longestQuotation)
        while position < limit {
            if isClosingQuote(at: position, kind: kind) { return position > index + quoteWidth(at: index) ? position : nil }
            position += 1
        }
        return nil
    }

    private func openingQuote(at index: Int) -> Quote? {
        let previous: UInt8 = index > 0 ? bytes[index - 1] : 0x20
        let opensAfter = isSpace(previous) || previous == UInt8(ascii: "(") || previous == UInt8(ascii: ":")
            || previous == UInt8(ascii: "[") || index == 0
        switch bytes[index] {
        case UInt8(ascii: "\""):
            return opensAfter ? .double : nil
        case UInt8(ascii: "'"):
            return opensAfter && index + 1 < bytes.count && isWordByte(bytes[index + 1]) ? .single : nil
        case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            if bytes[index + 2] == 0x9C { return .double }
            if bytes[index + 2] == 0x98 { return opensAfter ? .single : nil }
            return nil
        default:
            return nil
        }
    }

    private func isClosingQuote(at index: Int, kind: Quote) -> Bool {
        let width = quoteWidth(at: index)
        let next: UInt8 = index + width < bytes.count ? bytes[index + width] : 0x20
        switch (kind, bytes[index]) {
        case (.double, UInt8(ascii: "\"")):
            return true
        case (.single, UInt8(ascii: "'")):
            return index > 0 && !isSpace(bytes[index - 1]) && !isWordByte(next)
        case (_, 0xE2) where index + 2 < bytes.count && bytes[index + 1] == 0x80:
            if kind == .double { return bytes[index + 2] == 0x9D }
            return bytes[index + 2] == 0x99 && !isWordByte(next)
        default:
            return false
        }
    }

    private func quoteWidth(at index: Int) -> Int { bytes[index] == 0xE2 ? 3 : 1 }
}

/// Splits paragraphs into sentences: after `.`, `!` or `?` and whitespace, and at every line
/// break (markdown lines — list items, headings — are units of their own).
enum SentenceSplitter {
    private static let abbreviations: Set<String> = ["e.g", "i.e", "etc", "vs", "mr", "mrs", "dr", "approx", "cf"]
    /// Marks that may follow a sentence's final punctuation and still belong to it.
    private static let closers: [UInt8] = Array(".!?\"')]".utf8)

    /// Appends the sentences of one paragraph.
    static func split(_ bytes: [UInt8], paragraph: Range<Int>, into sentences: inout [Range<Int>]) {
        var start = paragraph.lowerBound
        var index = paragraph.lowerBound
        while index < paragraph.upperBound {
            index = ByteSet.sentenceBreaks.firstIndex(in: bytes, from: index, to: paragraph.upperBound)
            guard index < paragraph.upperBound else { break }
            let byte = bytes[index]
            if byte == 0x0A {
                append(start..<index, to: &sentences, bytes)
                start = index + 1
            } else if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") {
                var end = index + 1
                while end < paragraph.upperBound, closers.contains(bytes[end]) || bytes[end] == 0xE2 {
                    end += bytes[end] == 0xE2 ? 3 : 1
                }
                end = min(end, paragraph.upperBound)
                if end == paragraph.upperBound || isSpace(bytes[end]), !isAbbreviation(before: index, bytes),
                   !isListNumber(before: index, from: start, bytes) {
                    append(start..<end, to: &sentences, bytes)
                    start = end
                    index = end
                    continue
                }
            }
            index += 1
        }
        append(start..<paragraph.upperBound, to: &sentences, bytes)
    }

    private static func append(_ range: Range<Int>, to sentences: inout [Range<Int>], _ bytes: [UInt8]) {
        // A sentence starts at its first word, past spaces and emoji (4-byte sequences).
        var lower = range.lowerBound
        while lower < range.upperBound {
            if isSpace(bytes[lower]) { lower += 1 } else if bytes[lower] >= 0xF0 { lower += 4 } else { break }
        }
        lower = min(lower, range.upperBound)
        if lower < range.upperBound { sentences.append(lower..<range.upperBound) }
    }

    /// "1." opening a numbered list item is not the end of a sentence.
    private static func isListNumber(before period: Int, from start: Int, _ bytes: [UInt8]) -> Bool {
        var index = start
        while index < period, isSpace(bytes[index]) { index += 1 }
        let digits = period - index
        return digits >= 1 && digits <= 3 && bytes[index..<period].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    private static func isAbbreviation(before period: Int, _ bytes: [UInt8]) -> Bool {
        guard bytes[period] == UInt8(ascii: ".") else { return false }
        var start = period
        while start > 0, isWordByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: ".") {
            start -= 1
            if period - start > longestAbbreviation { return false }
        }
        // The word is ASCII (word bytes and periods), so comparing lowercased bytes is exact.
        return abbreviationBytes.contains { candidate in
            candidate.count == period - start
                && candidate.indices.allSatisfy { bytes[start + $0] | (isUppercase(bytes[start + $0]) ? 0x20 : 0) == candidate[$0] }
        }
    }

    private static let abbreviationBytes = abbreviations.map { Array($0.utf8) }
    private static let longestAbbreviation = abbreviationBytes.map(\.count).max() ?? 0

    private static func isUppercase(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

/// A set of bytes, as a 256-entry table; a set of at most four also as vectors, so a search
/// passes over sixteen bytes at a time while none of them is a member.
struct ByteSet {
    private let members: [Bool]
    private let probes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)?

    init(_ bytes: [UInt8]) {
        var members = [Bool](repeating: false, count: 256)
        for byte in bytes { members[Int(byte)] = true }
        self.members = members
        if let first = bytes.first, bytes.count <= 4 {
            let four = bytes + Array(repeating: first, count: 4 - bytes.count)
            probes = (SIMD16(repeating: four[0]), SIMD16(repeating: four[1]), SIMD16(repeating: four[2]), SIMD16(repeating: four[3]))
        } else {
            probes = nil
        }
    }

    /// Bytes that can open an inline region: a backtick, quote marks, the lead byte of curly quotes.
    static let openers = ByteSet(Array("`\"'".utf8) + [0xE2])
    /// Bytes where a sentence can end: a line break or final punctuation.
    static let sentenceBreaks = ByteSet(Array("\n.!?".utf8))

    @inline(__always)
    func contains(_ byte: UInt8) -> Bool { members[Int(byte)] }

    /// The offset of the first member in `bytes[from..<to]`, or `to`.
    @inline(__always)
    func firstIndex(in bytes: [UInt8], from start: Int, to end: Int) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var index = start
            if let (a, b, c, d) = probes, let base = bytes.baseAddress {
                while index + 16 <= end {
                    let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                    if any((chunk .== a) .| (chunk .== b) .| (chunk .== c) .| (chunk .== d)) { break }
                    index += 16
                }
            }
            return members.withUnsafeBufferPointer { members in
                while index < end, !members[Int(bytes[index])] { index += 1 }
                return index
            }
        }
    }
}
