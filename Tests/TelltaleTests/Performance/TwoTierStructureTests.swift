import Telltale
import Testing

/// Sentences and regions are found per line on demand; every local answer must agree with the
/// whole-text lists.
@Suite struct TwoTierStructureTests {
    static let samples = [
        """
        I fixed it. Then I ran it again! Did it pass?

        ```swift
        let sorry = "no"
        ```
        Use `sorry()` here; the email says "we apologize" twice.
        1. First step.
        2. Second step, e.g. a check.\r
        > quoted "text" here
        Dear Sam,

        Thanks for waiting. It works now.

        Best regards,
        Ann
        """,
        "  \n\n  lonely words without end",
        "One.  Two.\n\n\n   Three ✅ done.   \t\n",
        "",
        "Traceback (most recent call last):\n  File \"x.py\", line 1\nValueError: bad\nSo it failed.",
    ]

    /// The first sentence ending after `offset` in the whole list, else the last one.
    func expectedSentence(_ structure: TextStructure, at offset: Int) -> Range<Int> {
        let sentences = structure.sentences
        guard let last = sentences.last else { return 0..<structure.bytes.count }
        return sentences.first { $0.upperBound > offset } ?? last
    }

    @Test(arguments: samples) func sentenceLookupsAgreeWithTheWholeList(text: String) {
        let count = text.utf8.count
        for offset in 0...count {
            // A fresh structure each time, so no earlier query has filled a cache.
            let fresh = TextStructure(text)
            #expect(fresh.sentence(at: offset) == expectedSentence(TextStructure(text), at: offset), "offset \(offset)")
        }
    }

    @Test(arguments: samples) func voiceLookupsAgreeWithTheWholeList(text: String) {
        let whole = TextStructure(text).regions
        let count = text.utf8.count
        for lower in 0...count {
            for upper in [lower, min(lower + 1, count), min(lower + 7, count)] {
                let reach = max(upper, lower + 1)
                let expected = !whole.contains { $0.range.lowerBound < reach && $0.range.upperBound > lower }
                #expect(TextStructure(text).isVoice(lower..<upper) == expected, "range \(lower)..<\(upper)")
            }
            let containing = whole.first { $0.range.contains(lower) }
            #expect(TextStructure(text).region(at: lower) == containing, "offset \(lower)")
        }
    }

    @Test(arguments: samples + [String(repeating: "word_1 naïve `x` \"q\" tail-end. ", count: 40)])
    func wordCountMatchesAByteByByteCount(text: String) {
        let structure = TextStructure(text)
        let bytes = Array(text.utf8)
        var count = 0, inWord = false
        for index in bytes.indices {
            let hidden = structure.regions.contains { $0.range.contains(index) }
            let byte = bytes[index], lower = byte | 0x20
            let word = !hidden && ((lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x5F || byte >= 0x80)
            if word && !inWord { count += 1 }
            inWord = word
        }
        #expect(structure.voiceWordCount == count)
    }

    @Test func countsWordsOutsideHiddenRegions() {
        #expect(TextStructure("Two words `and code` then \"a quote\" end").voiceWordCount == 4)
        #expect(TextStructure("naïve café ✅").voiceWordCount == 3)
        #expect(TextStructure("```\nall code\n```").voiceWordCount == 0)
    }
}
