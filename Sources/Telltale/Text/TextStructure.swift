/// The shape of one turn's text: which byte ranges are the speaker's own voice, and where its
/// sentences and paragraphs fall.
///
/// Cues count only in the speaker's voice by default: an apology inside a code block, a quoted
/// email or a pasted log is not the assistant apologizing.
public struct TextStructure {
    public enum RegionKind: String, Sendable, CaseIterable {
        case fencedCode = "fenced-code", indentedCode = "indented-code", inlineCode = "inline-code"
        case blockQuote = "block-quote", quotation, letter, log
    }

    public struct Region: Sendable, Hashable {
        public var kind: RegionKind
        public var range: Range<Int>
    }

    /// The text as UTF-8; all offsets are into these bytes.
    public let bytes: [UInt8]
    /// Regions outside the speaker's voice, sorted by start, not overlapping.
    public var regions: [Region] { layout.allRegions }
    /// Sentence ranges in order; every byte of prose belongs to exactly one.
    public var sentences: [Range<Int>] { layout.allSentences }
    public var paragraphs: [Range<Int>] { layout.paragraphs }
    /// Number of words (runs of letters, digits or non-ASCII bytes) in the speaker's voice.
    public var voiceWordCount: Int { layout.voiceWordCount }

    /// Computed on demand; a structure serves one thread, like the analysis that owns it.
    private let layout: TextLayout

    public init(_ text: String) {
        self.init(bytes: Array(text.utf8))
    }

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        layout = TextLayout(bytes: bytes)
    }

    /// The region that contains `offset`, if it is not in the speaker's voice.
    public func region(at offset: Int) -> Region? {
        layout.firstRegion(overlapping: offset, offset + 1)
    }

    /// True when no part of the range lies outside the speaker's own prose.
    public func isVoice(_ range: Range<Int>) -> Bool {
        layout.firstRegion(overlapping: range.lowerBound, max(range.upperBound, range.lowerBound + 1)) == nil
    }

    /// Index of the sentence holding `offset` (the last one when past the end).
    public func sentenceIndex(at offset: Int) -> Int {
        let sentences = layout.allSentences
        return min(sentences.count(leading: { $0.upperBound <= offset }), max(sentences.count - 1, 0))
    }

    public func sentence(at offset: Int) -> Range<Int> {
        layout.sentence(endingAfter: offset) ?? 0..<bytes.count
    }

    /// True when only list markers, emphasis or heading marks stand between the sentence start
    /// and `offset`.
    public func isSentenceInitial(_ offset: Int) -> Bool {
        if followsWordInSentence(offset) { return false }
        let sentence = sentence(at: offset)
        var index = min(offset, bytes.count)
        while index > sentence.lowerBound {
            index -= 1
            if !Self.leadIn.contains(bytes[index]) { return false }
        }
        return true
    }

    /// A cheap answer for most offsets, without splitting sentences: going back over lead-in
    /// bytes reaches an ASCII byte that cannot end a sentence before any byte that can (a line
    /// break, `.`, `!`, `?`) — so no sentence starts in between. Offsets on whitespace, where one
    /// sentence may end and the next begin, take the full path.
    private func followsWordInSentence(_ offset: Int) -> Bool {
        guard offset < bytes.count, !isSpace(bytes[offset]) else { return false }
        var index = offset
        while index > 0 {
            index -= 1
            let byte = bytes[index]
            if byte == 0x0A || byte == UInt8(ascii: ".") { return false }
            if Self.leadIn.contains(byte) { continue }
            return byte < 0x80 && byte != UInt8(ascii: "!") && byte != UInt8(ascii: "?")
        }
        return false
    }

    private static let leadIn = ByteSet(Array("-*+#>_(\"'0123456789.)[] \t\n\r\u{0B}\u{0C}".utf8))

    /// The lowercased words just before `offset` within its sentence, nearest first, with curly
    /// apostrophes folded. A word followed by clause punctuation carries it ("no," in "Oh no, I
    /// am sorry"), so an interjection is not mistaken for a negation.
    public func wordsBefore(_ offset: Int, limit: Int) -> [String] {
        let floor = sentence(at: max(offset - 1, 0)).lowerBound
        func isWordPart(_ index: Int) -> Bool {
            isWordByte(bytes[index]) || bytes[index] == UInt8(ascii: "'") || bytes[index] >= 0x80
        }
        var words: [String] = []
        var end = min(offset, bytes.count)
        while words.count < limit {
            var punctuated = false
            while end > floor, !isWordPart(end - 1) {
                if ",.!?;:".utf8.contains(bytes[end - 1]) { punctuated = true }
                end -= 1
            }
            var start = end
            while start > floor, isWordPart(start - 1) { start -= 1 }
            if start == end { break }
            let word = String(decoding: bytes[start..<end], as: UTF8.self).replacingCurlyQuotes().lowercased()
            words.append(punctuated ? word + "," : word)
            end = start
        }
        return words
    }

    /// How many words lie between two offsets (0 when they touch or are in the same word),
    /// for proximity: "revisit … later" within six words.
    public func wordsBetween(_ first: Int, _ second: Int) -> Int {
        let lower = max(0, min(first, second)), upper = min(bytes.count, max(first, second))
        var count = 0, inWord = false
        for index in lower..<upper {
            let word = isWordByte(bytes[index]) || bytes[index] >= 0x80
            if word && !inWord { count += 1 }
            inWord = word
        }
        return count
    }

    public func text(_ range: Range<Int>) -> String {
        let clamped = max(0, range.lowerBound)..<min(bytes.count, range.upperBound)
        return String(decoding: bytes[clamped], as: UTF8.self)
    }
}
