/// Counting one byte value in a text, eight bytes at a time: a detector can rule a turn out by
/// its question marks or line breaks before paying for the turn's structure.
public enum ByteCount {
    /// How many of the text's UTF-8 bytes equal `byte`.
    public static func occurrences(of byte: UInt8, in text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { occurrences(of: byte, in: $0) }
            ?? text.utf8.reduce(0) { $0 + ($1 == byte ? 1 : 0) }
    }

    /// How many of the bytes equal `byte`. Each word's matching bytes become 1 in their byte
    /// lanes; lanes summed over at most 255 words cannot overflow.
    public static func occurrences(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let ones: UInt64 = 0x0101_0101_0101_0101, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        let pattern = ones &* UInt64(byte)
        let wholeWords = bytes.count - bytes.count % 8
        var total = 0, index = 0
        while index < wholeWords {
            var lanes: UInt64 = 0
            let end = min(index + 8 * 255, wholeWords)
            while index < end {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ pattern
                // The high bit of each zero byte of `word`, and no other bit, moved down to bit 0.
                lanes &+= ~(((word & low7) &+ low7) | word | low7) >> 7
                index += 8
            }
            // Pairs of byte lanes into 16-bit lanes (each at most 510), then their sum.
            let pairs = (lanes & 0x00FF_00FF_00FF_00FF) &+ ((lanes >> 8) & 0x00FF_00FF_00FF_00FF)
            total += Int((pairs &* 0x0001_0001_0001_0001) >> 48)
        }
        while index < bytes.count {
            total += base[index] == byte ? 1 : 0
            index += 1
        }
        return total
    }
}
