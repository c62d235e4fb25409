/// Short, single-line excerpts of text around a span, for findings and reports.
public enum Excerpt {
    /// The sentence around `range`, whitespace folded, cut to about `limit` bytes around the span.
    public static func around(_ range: Range<Int>, in structure: TextStructure, limit: Int = 240) -> String {
        let bytes = structure.bytes
        guard !bytes.isEmpty else { return "" }
        let sentence = structure.sentence(at: min(range.lowerBound, bytes.count - 1))
        var lower = min(sentence.lowerBound, range.lowerBound)
        var upper = max(sentence.upperBound, min(range.upperBound, bytes.count))
        if upper - lower > limit {
            let spare = max(0, limit - range.count) / 2
            lower = max(lower, range.lowerBound - spare)
            upper = min(upper, max(range.upperBound, lower + limit))
        }
        while lower > 0, lower < bytes.count, bytes[lower] & 0xC0 == 0x80 { lower -= 1 }
        while upper < bytes.count, bytes[upper] & 0xC0 == 0x80 { upper += 1 }
        let folded = fold(bytes[lower..<upper])
        return (lower > sentence.lowerBound ? "…" : "") + folded + (upper < sentence.upperBound ? "…" : "")
    }

    /// Whitespace runs as single spaces, trimmed: `split(whereSeparator: \.isWhitespace)` joined
    /// by spaces. ASCII text is folded on its bytes (each byte is a character there, and CR LF
    /// folds the same either way); other text goes through characters.
    static func fold(_ bytes: ArraySlice<UInt8>) -> String {
        guard bytes.allSatisfy({ $0 < 0x80 }) else {
            return String(decoding: bytes, as: UTF8.self).split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        var folded: [UInt8] = []
        folded.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isSpace(byte) {
                pendingSpace = !folded.isEmpty
            } else {
                if pendingSpace { folded.append(0x20) }
                pendingSpace = false
                folded.append(byte)
            }
        }
        return String(decoding: folded, as: UTF8.self)
    }
}
