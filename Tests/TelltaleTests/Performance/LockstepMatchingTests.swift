@testable import Telltale
import Testing

/// The matcher walks long texts in four stretches and several texts at once; what it reports
/// must be what a walk of each short piece alone reports.
@Suite struct LockstepMatchingTests {
    let matcher = PhraseMatcher(phrases: ["i'm so sorry", "sorry", "for now", "let me fix", "apologi*", "no, ",
                                          "it works", "so sorry again"])

    /// Short pieces that start and end on words no phrase uses, so no match crosses two pieces.
    func pieces(_ count: Int) -> [String] {
        let shapes = [
            "qz I’m   so\tsorry, let me fix it for now qz",
            "qz Apologies!  No, it works.\n\n\t so SORRY again qz",
            "qz sorryish for nowhere — naïve café, I'm so sorry qz",
            "qz " + String(repeating: "plain words ", count: 9) + "qz",
        ]
        return (0..<count).map { shapes[$0 % shapes.count] + " \($0) " }
    }

    func matches(_ text: String) -> [PhraseMatcher.Match] { matcher.matches(in: text) }

    @Test func aLongTextMatchesLikeItsPiecesOneByOne() {
        let pieces = pieces(80)
        let long = pieces.joined()
        #expect(long.utf8.count > 4 * PhraseMatcher.lockstepMinimum)
        var expected: [PhraseMatcher.Match] = []
        var offset = 0
        for piece in pieces {
            #expect(piece.utf8.count < PhraseMatcher.lockstepMinimum)
            expected += matches(piece).map { PhraseMatcher.Match(phrase: $0.phrase, start: $0.start + offset, end: $0.end + offset) }
            offset += piece.utf8.count
        }
        #expect(!expected.isEmpty)
        #expect(matches(long) == expected)
    }

    @Test func aPhraseAcrossAStretchCutIsFoundOnce() {
        // Whitespace runs put the cut points inside phrases for some lengths.
        for padding in 0..<40 {
            let text = String(repeating: "x", count: 300 + padding) + " i'm    so     sorry " + String(repeating: "y ", count: 900)
            let found = matches(text).filter { $0.phrase == 0 }
            #expect(found.count == 1, "padding \(padding)")
        }
    }

    @Test func manyTextsAtOnceMatchLikeEachAlone() {
        var texts = pieces(23)
        texts.insert(pieces(40).joined(), at: 5)
        texts.insert("", at: 2)
        let expected: [[PhraseMatcher.Match]] = texts.map(matches)
        var joined: [UInt8] = []
        var ranges: [Range<Int>] = []
        for text in texts {
            ranges.append(joined.count..<(joined.count + text.utf8.count))
            joined += text.utf8
        }
        var found = [[PhraseMatcher.Match]](repeating: [], count: texts.count)
        var order: [Int] = []
        joined.withUnsafeBufferPointer { buffer in
            matcher.forEachMatch(inEach: ranges.map { UnsafeBufferPointer(rebasing: buffer[$0]) }) { text, match in
                found[text].append(match)
                if order.last != text { order.append(text) }
            }
        }
        #expect(found == expected)
        #expect(order == order.sorted())
    }
}
