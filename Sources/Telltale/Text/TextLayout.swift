/// The computed layout behind a `TextStructure`, built in two tiers.
///
/// Lines, block regions and paragraphs come from one pass over line starts, which is cheap.
/// Inline regions (per line) and sentences (per paragraph) depend only on their own line or
/// paragraph, so they are computed when a query touches them: a 10 KB tool output with two cue
/// hits has two lines scanned for quotes, not two hundred. Whole-text views are built on first
/// use and give the same answers as a full scan.
final class TextLayout {
    typealias Region = TextStructure.Region

    let bytes: [UInt8]
    let lines: [Line]
    /// Block regions (code, quotes, letters, logs), sorted, not overlapping.
    let blocks: [Region]
    let paragraphs: [Range<Int>]
    private var inlineByLine: [[Region]?]
    private var sentencesByParagraph: [[Range<Int>]?]
    private var sentencesByLine: [[Range<Int>]?]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        let lines = Line.split(bytes)
        self.lines = lines
        blocks = BlockScanner(bytes: bytes, lines: lines).scan()
        paragraphs = Line.paragraphs(lines, bytes)
        inlineByLine = Array(repeating: nil, count: lines.count)
        sentencesByParagraph = Array(repeating: nil, count: paragraphs.count)
        sentencesByLine = Array(repeating: nil, count: lines.count)
    }

    /// Every region outside the speaker's voice, sorted by start.
    private(set) lazy var allRegions: [Region] = {
        var regions = blocks
        for index in lines.indices { regions += inlineRegions(onLine: index) }
        regions.sort { $0.range.lowerBound < $1.range.lowerBound }
        return regions
    }()

    private(set) lazy var allSentences: [Range<Int>] = paragraphs.indices.flatMap { sentences(inParagraph: $0) }

    private(set) lazy var voiceWordCount: Int = Self.countWords(bytes, outside: allRegions)

    /// Inline regions of one line; none on blank lines and lines that overlap a block region.
    func inlineRegions(onLine index: Int) -> [Region] {
        if let cached = inlineByLine[index] { return cached }
        let line = lines[index]
        var regions: [Region] = []
        if !line.isBlank {
            let block = first(blocks, endingAfter: line.range.lowerBound)
            if !(block < blocks.count && blocks[block].range.overlaps(line.range)) {
                InlineScanner(bytes: bytes).scan(line, into: &regions)
            }
        }
        inlineByLine[index] = regions
        return regions
    }

    func sentences(inParagraph index: Int) -> [Range<Int>] {
        if let cached = sentencesByParagraph[index] { return cached }
        var sentences: [Range<Int>] = []
        SentenceSplitter.split(bytes, paragraph: paragraphs[index], into: &sentences)
        sentencesByParagraph[index] = sentences
        return sentences
    }

    /// The first region, by start, that overlaps `lower..<upper`.
    func firstRegion(overlapping lower: Int, _ upper: Int) -> Region? {
        var found: Region?
        let block = first(blocks, endingAfter: lower)
        if block < blocks.count, blocks[block].range.lowerBound < upper { found = blocks[block] }
        var index = firstLine(endingAfter: lower)
        while index < lines.count, lines[index].range.lowerBound < upper {
            if let region = inlineRegions(onLine: index).first(where: { $0.range.upperBound > lower && $0.range.lowerBound < upper }) {
                if found.map({ region.range.lowerBound < $0.range.lowerBound }) ?? true { found = region }
                break
            }
            index += 1
        }
        return found
    }

    /// The first sentence that ends after `offset`; the last sentence when none does; nil when
    /// the text has no sentence.
    func sentence(endingAfter offset: Int) -> Range<Int>? {
        let first = paragraphs.count(leading: { $0.upperBound <= offset })
        for index in first..<paragraphs.count {
            if let sentence = sentence(in: index, endingAfter: offset) { return sentence }
        }
        for index in paragraphs.indices.reversed() {
            if let last = sentences(inParagraph: index).last { return last }
        }
        return nil
    }

    /// Every line break inside a paragraph ends a sentence, so only the lines from the one
    /// holding `offset` on need splitting, not the whole paragraph (a pasted log is one).
    private func sentence(in paragraph: Int, endingAfter offset: Int) -> Range<Int>? {
        if let cached = sentencesByParagraph[paragraph] { return cached.first { $0.upperBound > offset } }
        let range = paragraphs[paragraph]
        var line = max(lastLine(startingAtOrBefore: offset), firstLine(endingAfter: range.lowerBound))
        while line < lines.count, lines[line].range.lowerBound < range.upperBound {
            if let sentence = sentences(onLine: line, in: range).first(where: { $0.upperBound > offset }) { return sentence }
            line += 1
        }
        return nil
    }

    /// The sentences of one line of a paragraph: the bytes up to its line break (a carriage
    /// return included), within the paragraph.
    private func sentences(onLine index: Int, in paragraph: Range<Int>) -> [Range<Int>] {
        if let cached = sentencesByLine[index] { return cached }
        let start = max(lines[index].range.lowerBound, paragraph.lowerBound)
        let breakAt = index + 1 < lines.count ? lines[index + 1].range.lowerBound - 1 : bytes.count
        var sentences: [Range<Int>] = []
        SentenceSplitter.split(bytes, paragraph: start..<min(breakAt, paragraph.upperBound), into: &sentences)
        sentencesByLine[index] = sentences
        return sentences
    }

    private func lastLine(startingAtOrBefore offset: Int) -> Int {
        max(lines.count(leading: { $0.range.lowerBound <= offset }) - 1, 0)
    }

    private func first(_ regions: [Region], endingAfter offset: Int) -> Int {
        regions.count(leading: { $0.range.upperBound <= offset })
    }

    private func firstLine(endingAfter offset: Int) -> Int {
        lines.count(leading: { $0.range.upperBound <= offset })
    }

    /// Counts word starts in the gaps between regions; a region ends any word it cuts. A word
    /// is a run of letters, digits, `_` and bytes of non-ASCII characters.
    private static func countWords(_ bytes: [UInt8], outside regions: [Region]) -> Int {
        bytes.withUnsafeBufferPointer { bytes in
            var count = 0
            var gapStart = 0, position = 0
            for region in regions {
                let lower = min(max(region.range.lowerBound, position), bytes.count)
                let upper = min(max(region.range.upperBound, lower), bytes.count)
                if upper > lower {
                    count += wordStarts(bytes, gapStart..<lower)
                    gapStart = upper
                }
                position = upper
            }
            return count + wordStarts(bytes, gapStart..<bytes.count)
        }
    }

    /// Word starts in a range read on its own (a word running into it from before counts as
    /// starting at its first byte): bytes that are word bytes after one that is not. Each byte
    /// is judged without branches or carried state, so the loop vectorizes.
    private static func wordStarts(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard !range.isEmpty else { return 0 }
        @inline(__always) func word(_ byte: UInt8) -> UInt8 {
            let folded = byte | 0x20
            return (folded &- 0x61 < 26 ? 1 : 0) | (byte &- 0x30 < 10 ? 1 : 0) | (byte == 0x5F ? 1 : 0) | (byte >> 7)
        }
        var count = Int(word(bytes[range.lowerBound]))
        var start = range.lowerBound + 1
        while start < range.upperBound {
            // Byte-wide sums over at most 255 bytes cannot overflow and keep all lanes busy.
            let end = min(start + 255, range.upperBound)
            var chunk: UInt8 = 0
            for index in start..<end {
                chunk &+= word(bytes[index]) & ~word(bytes[index - 1]) & 1
            }
            count += Int(chunk)
            start = end
        }
        return count
    }
}

extension Array {
    /// How many elements at the start satisfy `predicate`, by binary search: the elements that
    /// do must all come before those that do not.
    func count(leading predicate: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if predicate(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
