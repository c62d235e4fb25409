/// Strings from UTF-8 bytes, checked by a validator that skips ASCII sixteen bytes at a time.
///
/// Message texts are nearly all ASCII, and the standard library's check walks them byte by
/// byte (about 8% of a scan's instructions went to it). This one accepts exactly the
/// well-formed sequences of Unicode's table 3-7, as `String(validating:)` does; a test holds
/// the two to the same answers.
enum UTF8Validation {
    /// The string the bytes spell, or nil when they are not well-formed UTF-8.
    static func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        guard let isASCII = check(bytes) else { return nil }
        return unsafe String(copying: UTF8Span(unchecked: Span(_unsafeElements: bytes), isKnownASCII: isASCII))
    }

    /// Whether the bytes are all ASCII; nil when they are not well-formed UTF-8.
    static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool? {
        guard let base = bytes.baseAddress else { return true }
        let count = bytes.count
        var index = 0
        var isASCII = true
        while index < count {
            while index + 16 <= count {
                let raw = UnsafeRawPointer(base + index)
                let words = raw.loadUnaligned(as: UInt64.self) | raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
                guard words & 0x8080_8080_8080_8080 == 0 else { break }
                index += 16
            }
            while index < count, base[index] < 0x80 { index += 1 }
            guard index < count else { break }
            isASCII = false
            guard let length = sequenceLength(base + index, available: count - index) else { return nil }
            index += length
        }
        return isASCII
    }

    /// The length of the well-formed multi-byte sequence at `lead`, or nil.
    private static func sequenceLength(_ lead: UnsafePointer<UInt8>, available: Int) -> Int? {
        @inline(__always) func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
        let first = lead[0]
        switch first {
        case 0xC2...0xDF:
            guard available >= 2, isContinuation(lead[1]) else { return nil }
            return 2
        case 0xE0...0xEF:
            // No overlong forms (E0 needs A0…BF next) and no surrogates (ED needs 80…9F).
            let low: UInt8 = first == 0xE0 ? 0xA0 : 0x80, high: UInt8 = first == 0xED ? 0x9F : 0xBF
            guard available >= 3, (low...high).contains(lead[1]), isContinuation(lead[2]) else { return nil }
            return 3
        case 0xF0...0xF4:
            // No overlong forms (F0 needs 90…BF next) and nothing past U+10FFFF (F4 needs 80…8F).
            let low: UInt8 = first == 0xF0 ? 0x90 : 0x80, high: UInt8 = first == 0xF4 ? 0x8F : 0xBF
            guard available >= 4, (low...high).contains(lead[1]), isContinuation(lead[2]), isContinuation(lead[3]) else {
                return nil
            }
            return 4
        default:
            return nil
        }
    }
}
