@testable import Telltale
import Testing

/// Counting a byte sixteen at a time must count what a byte-by-byte loop counts.
@Suite struct ByteSearchTests {
    @Test func countsLikeALoopAtEveryLengthAndAlignment() {
        var state: UInt64 = 7
        func next() -> UInt8 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return UInt8(truncatingIfNeeded: state >> 40)
        }
        // Longer than a lane counts before it is flushed (255 rounds of 16 bytes); a run of the byte
        // longer than that fills every lane.
        var bytes = (0..<5_000).map { _ in next() % 4 == 0 ? UInt8(ascii: "?") : next() }
        bytes += [UInt8](repeating: UInt8(ascii: "?"), count: 4_200) + [0x00, 0x80, 0xFF, 0x3F, 0xBF]
        var disagreements: [String] = []
        for target in [UInt8(ascii: "?"), 0x0A, 0x00, 0xFF, 0xBF] {
            for (start, end) in [(0, bytes.count), (1, 10), (3, 2_047), (5, 4_100), (0, 0), (7, 7_100), (4_990, 9_205), (3, 9_000)] {
                let slice = Array(bytes[start..<end])
                let expected = slice.filter { $0 == target }.count
                let found = slice.withUnsafeBufferPointer { ByteSearch.occurrences(of: target, in: $0) }
                if found != expected { disagreements.append("\(target) in \(start)..<\(end): \(found) != \(expected)") }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements)")
        #expect(ByteSearch.occurrences(of: UInt8(ascii: "?"), in: "Why? Really?? ✅ ok") == 3)
    }
}

extension ByteSearchTests {
    @Test func firstIndexFindsTheFirstByteFromAnOffset() {
        let bytes = Array("one\ntwo\n\nthree".utf8)
        bytes.withUnsafeBufferPointer { bytes in
            #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes) == 3)
            #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: 3) == 3)
            #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: 4) == 7)
            #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: 9) == nil)
            #expect(ByteSearch.firstIndex(of: 0x0A, in: bytes, from: bytes.count) == nil)
            #expect(ByteSearch.firstIndex(of: UInt8(ascii: "e"), in: bytes, from: 12) == 12)
        }
        #expect([UInt8]().withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0x0A, in: $0) } == nil)
    }
}

extension ByteSearchTests {
    /// The sixteen-byte steps of a small byte set's search find what a byte loop finds.
    @Test func byteSetSearchesFindTheFirstMemberFromEveryOffset() {
        let text = Array("A plain run of words long enough to pass a whole vector, then `code` and \"quotes\"; é’s curly. Done! Why?\n".utf8)
        var disagreements: [String] = []
        for (name, set, isMember) in [("openers", ByteSet.openers, { (byte: UInt8) in "`\"'".utf8.contains(byte) || byte == 0xE2 }),
                                      ("breaks", ByteSet.sentenceBreaks, { (byte: UInt8) in "\n.!?".utf8.contains(byte) })] {
            for start in 0...text.count {
                for end in [start, min(start + 15, text.count), min(start + 16, text.count), min(start + 40, text.count), text.count] {
                    let expected = (start..<end).first { isMember(text[$0]) } ?? end
                    let found = set.firstIndex(in: text, from: start, to: end)
                    if found != expected { disagreements.append("\(name) \(start)..<\(end): \(found) != \(expected)") }
                }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }
}
