@testable import Telltale
import Testing

/// The UTF-8 check that skips ASCII sixteen bytes at a time must accept and reject exactly what
/// the standard library does.
@Suite struct UTF8ValidationTests {
    private func agree(_ bytes: [UInt8]) -> Bool {
        let expected = String(validating: bytes, as: UTF8.self)
        let found = bytes.withUnsafeBufferPointer(UTF8Validation.string)
        let ascii = bytes.withUnsafeBufferPointer(UTF8Validation.check)
        return found == expected && found?.utf8.elementsEqual(bytes) != false
            && (ascii == nil) == (expected == nil) && (ascii != true || bytes.allSatisfy { $0 < 0x80 })
    }

    @Test func everySequenceOfUpToThreeBytesAfterAnASCIIRun() {
        // The ASCII prefix puts the sequence before, inside and past the sixteen-byte skip.
        var disagreements: [[UInt8]] = []
        func expectAgreement(_ bytes: [UInt8]) { if !agree(bytes) { disagreements.append(bytes) } }
        for prefix in [0, 1, 7, 8, 9, 15, 16, 17] {
            let lead = [UInt8](repeating: UInt8(ascii: "a"), count: prefix)
            for first in 0...255 {
                expectAgreement(lead + [UInt8(first)])
                for second in 0...255 {
                    let pair = lead + [UInt8(first), UInt8(second)]
                    expectAgreement(pair)
                    guard first >= 0xE0, prefix == 0 || prefix == 15 else { continue }
                    for third in [0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xE0, 0xF4, 0xFF] {
                        expectAgreement(pair + [UInt8(third)])
                    }
                }
            }
        }
        #expect(disagreements.isEmpty, "first disagreements: \(disagreements.prefix(5))")
    }

    @Test func fourByteBoundariesAndTruncations() {
        for first in [0xF0, 0xF1, 0xF3, 0xF4, 0xF5, 0xF7, 0xF8, 0xFF] {
            for second in stride(from: 0x70, through: 0xC8, by: 1) {
                for tail in [[0x80, 0x80], [0xBF, 0xBF], [0x80, 0x7F], [0xC0, 0x80], [0x80], []] {
                    #expect(agree([UInt8(first), UInt8(second)] + tail.map(UInt8.init)))
                    #expect(agree(Array("ok ".utf8) + [UInt8(first), UInt8(second)] + tail.map(UInt8.init) + Array(" fine".utf8)))
                }
            }
        }
    }

    @Test func randomTextsMixingASCIIAndMultiByteCharacters() {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> UInt64 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return state >> 33
        }
        let pieces: [[UInt8]] = ["plain words ", "é", "—", "🎉", "\u{10FFFF}", "\u{FFFD}", "\n", "x"].map { Array($0.utf8) }
        let damage: [UInt8] = [0x80, 0xBF, 0xC0, 0xC1, 0xED, 0xF5, 0xFF]
        for round in 0..<2_000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int(next() % 40) { bytes += pieces[Int(next() % UInt64(pieces.count))] }
            if round % 2 == 1, !bytes.isEmpty {
                bytes[Int(next() % UInt64(bytes.count))] = damage[Int(next() % UInt64(damage.count))]
            }
            #expect(agree(bytes))
        }
    }
}
