@testable import Telltale
import Testing

@Suite struct PhraseMatcherTests {
    func matches(_ phrases: [String], in text: String) -> [String] {
        let matcher = PhraseMatcher(phrases: phrases)
        let bytes = Array(text.utf8)
        return matcher.matches(in: text).map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) }
    }

    @Test func foldsCaseQuotesAndWhitespaceButKeepsOriginalOffsets() {
        #expect(matches(["i'm so sorry"], in: "Oh — I’M   SO\nsorry!") == ["I’M   SO\nsorry"])
        #expect(matches(["you're right"], in: "You‘re right") == ["You‘re right"])
        #expect(matches(["\"done\""], in: "he said “done” twice") == ["“done”"])
    }

    @Test func respectsWordBoundaries() {
        #expect(matches(["sorry"], in: "sorryness, unsorry, sorry.") == ["sorry"])
        #expect(matches(["for now"], in: "for nowhere; for now") == ["for now"])
        #expect(matches(["apologi*"], in: "apologies and apologize") == ["apologi", "apologi"])
    }

    @Test func findsOverlappingPhrasesOfAllLengths() {
        let found = matches(["sorry", "so sorry", "i'm so sorry", "m so"], in: "I'm so sorry")
        #expect(Set(found) == ["sorry", "so sorry", "I'm so sorry"])
    }

    @Test func spansStayExactAfterMultiByteText() {
        let text = "🙂 naïve — wait, actually"
        let matcher = PhraseMatcher(phrases: ["wait,", "actually"])
        let found = matcher.matches(in: text)
        let bytes = Array(text.utf8)
        #expect(found.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["wait,", "actually"])
        #expect(found[0].start == Array("🙂 naïve — ".utf8).count)
    }

    @Test func emptyAndPunctuationOnlyInputsAreSafe() {
        #expect(matches(["sorry"], in: "").isEmpty)
        #expect(matches([""], in: "anything").isEmpty)
        #expect(matches(["sorry"], in: "\u{0}\u{1}\u{FFFD}").isEmpty)
    }
}

@Suite struct LexiconTests {
    @Test func sharesOnePhraseBetweenCuesAndAppliesExceptions() {
        let first = Vocabulary([Cue("a", phrases: ["sorry"])])
        let second = Vocabulary([Cue("b", exceptions: ["sorry to hear"], phrases: ["sorry"])])
        let lexicon = Lexicon([first, second])
        #expect(lexicon.phrases.filter { $0 == "sorry" }.count == 1)
        let analysis = ConversationAnalysis(Conversation(id: "x", turns: [.assistant("I'm sorry to hear that.")]), lexicon: lexicon)
        #expect(analysis.hits(in: 0, owner: 0).map(\.rule) == ["a"])
        #expect(analysis.hits(in: 0, owner: 1).isEmpty)
    }

    @Test func negationAndSentencePositionFilterHits() {
        let vocabulary = Vocabulary([
            Cue("apology", negatable: true, phrases: ["apologize"]),
            Cue("opener", sentenceInitial: true, phrases: ["alternatively"]),
        ])
        let lexicon = Lexicon([vocabulary])
        let text = "No need to apologize. You could, alternatively, wait. **Alternatively**, use X. Oh no, I apologize."
        let hits = ConversationAnalysis(Conversation(id: "x", turns: [.assistant(text)]), lexicon: lexicon).hits(in: 0, owner: 0)
        #expect(hits.map(\.phrase) == ["Alternatively", "apologize"])
    }
}
