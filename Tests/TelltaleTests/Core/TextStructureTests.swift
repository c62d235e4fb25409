import Telltale
import Testing

@Suite struct TextStructureTests {
    func hidden(_ text: String) -> [String] {
        let structure = TextStructure(text)
        return structure.regions.map { "\($0.kind.rawValue): " + structure.text($0.range) }
    }

    @Test func findsCodeQuotesAndInlineRegions() {
        let text = """
            I fixed it.

            ```swift
            let sorry = 1
            ```

            > I apologize for the delay.

            Use `sorry()` here; the email says "we apologize" twice.
            """
        let regions = hidden(text)
        #expect(regions.contains("fenced-code: ```swift\nlet sorry = 1\n```"))
        #expect(regions.contains("block-quote: > I apologize for the delay."))
        #expect(regions.contains("inline-code: `sorry()`"))
        #expect(regions.contains("quotation: \"we apologize\""))
    }

    @Test func aDraftedLetterIsNotTheSpeakersVoice() {
        let text = "Here is the draft:\n\nDear Ms. Lee,\n\nWe sincerely apologize.\n\nBest regards,\nSam\n\nWant changes?"
        let structure = TextStructure(text)
        let apology = Array(text.utf8).firstRange(of: Array("We sincerely".utf8))!
        #expect(!structure.isVoice(apology))
        let closing = Array(text.utf8).firstRange(of: Array("Want changes".utf8))!
        #expect(structure.isVoice(closing))
    }

    @Test func indentedCodeNeedsABlankLineAndNoList() {
        #expect(hidden("Run this:\n\n    rm -rf build\n").first == "indented-code:     rm -rf build")
        #expect(hidden("1. First step\n\n    still part of the list item\n").isEmpty)
    }

    @Test func tracebacksAndLogLinesArePastedOutput() {
        let text = "It fails:\nTraceback (most recent call last):\n  File \"a.py\", line 1\nValueError: sorry\nDone."
        #expect(hidden(text).first?.hasPrefix("log: Traceback") == true)
        #expect(!hidden(text).joined().contains("Done."))
    }

    @Test func splitsSentencesAndKnowsWhereTheyStart() {
        let structure = TextStructure("Sure. e.g. this works! - Alternatively, that.\nNext line")
        #expect(structure.sentences.map(structure.text) == ["Sure.", "e.g. this works!", "- Alternatively, that.", "Next line"])
        let offset = Array("Sure. e.g. this works! - ".utf8).count
        #expect(structure.isSentenceInitial(offset))
        #expect(!structure.isSentenceInitial(offset + 3))
    }

    @Test func countsOnlyVoiceWords() {
        #expect(TextStructure("Two words\n```\nnot these ones\n```").voiceWordCount == 2)
    }
}

extension Array where Element == UInt8 {
    func firstRange(of needle: [UInt8]) -> Range<Int>? {
        guard needle.count <= count else { return nil }
        for start in 0...(count - needle.count) where Array(self[start..<(start + needle.count)]) == needle {
            return start..<(start + needle.count)
        }
        return nil
    }
}
