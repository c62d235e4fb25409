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
        guard let first = needle.first else { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= needle.count else { return false }
            var start = 0
            let lastStart = bytes.count - needle.count
            while start <= lastStart, let found = memchr(base + start, Int32(first), lastStart - start + 1) {
                let offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + offset, needle, needle.count) == 0 { return true }
                start = offset + 1
            }
            return false
        }
    }
}
