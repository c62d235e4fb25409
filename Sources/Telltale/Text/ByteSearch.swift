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

/// Finding and counting one byte value without a loop over single bytes: a reader splits a
/// record into lines, a detector rules a turn out by its question marks or line breaks before
/// paying for the turn's structure.
public enum ByteSearch {
    /// The offset of the first `byte` at or after `start`, or nil.
    public static func firstIndex(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        guard let base = bytes.baseAddress, start < bytes.count,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return nil }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// How many of the text's UTF-8 bytes equal `byte`.
    public static func occurrences(of byte: UInt8, in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { occurrences(of: byte, in: $0) }
            ?? text.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }

    /// How many of the bytes equal `byte`, sixteen at a time: a lane counts its matches, and
    /// lane counts kept to 255 rounds cannot overflow.
    public static func occurrences(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let target = SIMD16<UInt8>(repeating: byte), one = SIMD16<UInt8>(repeating: 1), zero = SIMD16<UInt8>()
        let wholeChunks = bytes.count - bytes.count % 16
        var total = 0, index = 0
        while index < wholeChunks {
            var lanes = zero
            let end = min(index + 16 * 255, wholeChunks)
            while index < end {
                let chunk = UnsafeRawPointer(base + index).loadUnaligned(as: SIMD16<UInt8>.self)
                lanes &+= zero.replacing(with: one, where: chunk .== target)
                index += 16
            }
            for lane in lanes.indices { total += Int(lanes[lane]) }
        }
        while index < bytes.count {
            total += base[index] == byte ? 1 : 0
            index += 1
        }
        return total
    }
}
