/// A word of a turn: lowercased text and its UTF-8 byte range in the original.
public struct Token: Sendable, Hashable {
    public var text: String
    public var range: Range<Int>

    public init(_ text: String, _ range: Range<Int>) {
        self.text = text
        self.range = range
    }
}

/// Splits text into lowercased words for the bag-of-words baseline.
///
/// A word is a run of letters and digits, with inner apostrophes kept ("don't", "i'm"; a
/// typographic ’ reads as '). All-digit words become `<num>`: which number matters less than
/// that there is one. `?` and `!` are tokens of their own, since questions and exclamations
/// carry pattern signal (permission loops, contrition). Everything else separates words.
public enum Tokenizer {
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var offset = 0
        /// Offset of an apostrophe after a word: inner if a letter follows, else the word's end.
        var pendingApostrophe: Int?

        func closeWord() {
            guard !word.isEmpty else { return }
            let text = String(word).lowercased()
            let isNumber = text.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
            tokens.append(Token(isNumber ? "<num>" : text, wordStart..<(pendingApostrophe ?? offset)))
            word = String.UnicodeScalarView()
        }

        for scalar in text.unicodeScalars {
            let width = UTF8.width(scalar)
            if isWordScalar(scalar) {
                if word.isEmpty { wordStart = offset }
                if pendingApostrophe != nil { word.append("'") }
                pendingApostrophe = nil
                word.append(scalar)
            } else if (scalar == "'" || scalar == "\u{2019}"), !word.isEmpty, pendingApostrophe == nil {
                pendingApostrophe = offset
            } else {
                closeWord()
                pendingApostrophe = nil
                if scalar == "?" || scalar == "!" { tokens.append(Token(String(scalar), offset..<(offset + width))) }
            }
            offset += width
        }
        closeWord()
        return tokens
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A) || (value >= 0x30 && value <= 0x39)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Unigrams and the bigrams of adjacent tokens ("so sorry"), each with its byte range.
    public static func ngrams(of tokens: [Token]) -> [Token] {
        var ngrams = tokens
        for index in tokens.indices.dropFirst() {
            let first = tokens[index - 1], second = tokens[index]
            ngrams.append(Token(first.text + " " + second.text, first.range.lowerBound..<second.range.upperBound))
        }
        return ngrams
    }
}
