@testable import TelltaleBaseline
import Testing

@Suite struct TokenizerTests {
    @Test func lowercasesWordsAndKeepsInnerApostrophes() {
        let tokens = Tokenizer.tokens(in: "I'm SO sorry, that's 2 bugs!")
        #expect(tokens.map(\.text) == ["i'm", "so", "sorry", "that's", "<num>", "bugs", "!"])
    }

    @Test func rangesAreUTF8ByteOffsetsIntoTheOriginal() {
        let text = "Café — don’t panic? users' files"
        let tokens = Tokenizer.tokens(in: text)
        #expect(tokens.map(\.text) == ["café", "don't", "panic", "?", "users", "files"])
        let bytes = Array(text.utf8)
        for token in tokens where token.text != "don't" {
            #expect(String(decoding: bytes[token.range], as: UTF8.self).lowercased() == token.text)
        }
        let dont = tokens[1]
        #expect(String(decoding: bytes[dont.range], as: UTF8.self) == "don’t")
    }

    @Test func emptyAndPunctuationOnlyTextHaveNoWords() {
        #expect(Tokenizer.tokens(in: "").isEmpty)
        #expect(Tokenizer.tokens(in: "--- ... ''' ").isEmpty)
    }

    @Test func ngramsAreUnigramsThenAdjacentBigramsSpanningBoth() {
        let ngrams = Tokenizer.ngrams(of: Tokenizer.tokens(in: "so very sorry"))
        #expect(ngrams.map(\.text) == ["so", "very", "sorry", "so very", "very sorry"])
        #expect(ngrams[4].range == 3..<13)
    }
}
