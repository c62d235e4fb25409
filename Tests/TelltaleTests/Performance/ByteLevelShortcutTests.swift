import Foundation

@testable import Telltale
import Testing

/// Searches done on bytes instead of characters must give the character-level answers.
@Suite struct ByteLevelShortcutTests {
    @Test(arguments: [
        "User: hi\r\nAssistant: hello\n\n\nUser: more",
        "a\u{2028}b\u{2029}c\u{85}d\u{0B}e\u{0C}f\rg",
        "\n\n\n",
        "no breaks at all",
        "café\u{301}\nnaïve ✅\r\n\r\nend\n",
    ])
    func fileHeadLinesSplitLikeCharacters(text: String) {
        let expected = text.split(whereSeparator: \.isNewline).map(String.init)
        #expect(FileHead(path: "x", bytes: Array(text.utf8), isComplete: true).lines(limit: 400).map(String.init) == expected)
        #expect(FileHead(path: "x", bytes: Array(text.utf8), isComplete: true).lines(limit: 2).map(String.init) == Array(expected.prefix(2)))
    }

    @Test(arguments: [
        "Sorry,\tI  was\n\nwrong   here.",
        "  Sorry — I was wrong\u{00A0}here, naïvely.  ",
        "Sorry\r\nagain",
    ])
    func excerptsFoldWhitespaceLikeCharacters(text: String) {
        let structure = TextStructure(text)
        let excerpt = Excerpt.around(0..<5, in: structure)
        let folded = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(!excerpt.contains("  ") && !excerpt.contains("\t") && !excerpt.contains("\n"))
        #expect(Excerpt.fold(ArraySlice(text.utf8)) == folded)
    }

    @Test(arguments: [
        "Done. Sorry, I was wrong! Sorry? e.g. sorry - 1. Sorry\n2. sorry (sorry) \"Sorry.\" Sorry",
        "🎉 Sorry again. ✅ Sorry\r\n> **Sorry** — and “Sorry.” sorry! — sorry",
        "etc. sorry\n\n# Sorry\n`x`. Sorry [1] sorry _sorry_ 42 sorry",
    ])
    func sentenceStartsFoundWithoutSplittingAgreeWithSentenceRanges(text: String) {
        let structure = TextStructure(text)
        let leadIn = Set("-*+#>_(\"'0123456789.)[]".utf8)
        for offset in 0...structure.bytes.count {
            let start = structure.sentence(at: offset).lowerBound
            let expected = (start..<max(start, offset)).allSatisfy {
                leadIn.contains(structure.bytes[$0]) || isSpace(structure.bytes[$0])
            }
            #expect(structure.isSentenceInitial(offset) == expected, "offset \(offset)")
        }
    }

    func finding(_ pattern: PatternID) -> Finding {
        Finding(conversation: "c", turn: 0, pattern: pattern, detector: pattern.rawValue, rule: "r", score: 1,
                start: 0, end: 1, excerpt: "", message: "", evidence: [])
    }

    @Test func suppressionMarkersAreFoundOnBytesAndReadAsCharacters() {
        #expect(Suppression.silences(finding(.spiraling), in: "Sorry! <!-- telltale-ignore: spiraling -->"))
        #expect(!Suppression.silences(finding(.hiding), in: "Sorry! <!-- telltale-ignore: spiraling -->"))
        #expect(Suppression.silences(finding(.hiding), in: "x telltale-ignore"))
        #expect(!Suppression.silences(finding(.hiding), in: "telltale-ignor e, telltale ignore"))
        // A combining mark makes the last letter another character: no marker.
        #expect(!Suppression.silences(finding(.hiding), in: "telltale-ignore\u{301}"))
    }

    @Test func unescapesRunsAndEveryEscapeKind() throws {
        let parts = ["plain run ", "\\n", "\\t", "\\\"q\\\"", "\\\\", "\\/", "\\u00e9", "\\ud83d\\ude00", "\\b\\f\\r", " tail"]
        let json = "\"" + String(repeating: parts.joined(), count: 20) + "\""
        let expected = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        let decoded = try Array(json.utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.string()
        }
        #expect(decoded == expected)
        let lone = try Array("\"a\\ud800b\"".utf8).withUnsafeBufferPointer { buffer in
            var scanner = JSONScanner(buffer)
            return try scanner.string()
        }
        #expect(lone == "a\u{FFFD}b")
    }
}

@Suite struct JSONQuotingTests {
    @Test func escapesOnBytesWhatJSONNeeds() {
        #expect(JSONText.quoted("plain") == "\"plain\"")
        #expect(JSONText.quoted("a \"q\" \\ b\nc\rd\te") == #""a \"q\" \\ b\nc\rd\te""#)
        #expect(JSONText.quoted("\u{1B}[0m\u{01}\u{7F}") == #""\u001b[0m\u0001"# + "\u{7F}\"")
        #expect(JSONText.quoted("line\u{2028}para\u{2029}end") == #""line\u2028para\u2029end""#)
        #expect(JSONText.quoted("naïve — ’quotes’ ✅ 😀") == "\"naïve — ’quotes’ ✅ 😀\"")
    }
}
