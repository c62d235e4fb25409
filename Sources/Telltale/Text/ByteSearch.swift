#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// True when `needle`'s bytes occur in the string's UTF-8.
    ///
    /// For an ASCII needle this is a fast necessary condition for `firstRange(of:)`, which
    /// compares characters: no other spelling of ASCII letters, digits and `<>-:` is canonically
    /// equivalent, so when the bytes are absent the character search cannot succeed. Callers
    /// confirm a byte hit with the character search (a combining mark after the needle makes
    /// its last character another one).
    func containsUTF8(_ needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        var text = self
        return text.withUTF8 { $0.contains(needle) }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// True when `needle` (not empty) occurs in the bytes: `memchr` for its first byte, then
    /// `memcmp` for the rest.
    func contains(_ needle: [UInt8]) -> Bool {
        firstOffset(of: needle) != nil
    }

    /// Where `needle` (not empty) first occurs in the bytes.
    func firstOffset(of needle: [UInt8]) -> Int? {
        guard let base = baseAddress, count >= needle.count else { return nil }
        var start = 0
        let lastStart = count - needle.count
        while start <= lastStart, let found = memchr(base + start, Int32(needle[0]), lastStart - start + 1) {
            let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            if memcmp(base + offset, needle, needle.count) == 0 { return offset }
            start = offset + 1
        }
        return nil
    }
}
