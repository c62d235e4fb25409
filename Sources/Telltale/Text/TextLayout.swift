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
        var low = 0, high = paragraphs.count
        while low < high {
            let mid = (low + high) / 2
            if paragraphs[mid].upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        for index in low..<paragraphs.count {
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
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].range.lowerBound <= offset { low = mid + 1 } else { high = mid }
        }
        return max(low - 1, 0)
    }

    private func first(_ regions: [Region], endingAfter offset: Int) -> Int {
        var low = 0, high = regions.count
        while low < high {
            let mid = (low + high) / 2
            if regions[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    private func firstLine(endingAfter offset: Int) -> Int {
        var low = 0, high = lines.count
        while low < high {
            let mid = (low + high) / 2
            if lines[mid].range.upperBound <= offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Bytes that belong to words: letters, digits, `_`, and every byte of non-ASCII characters.
    private static let wordBytes = (0...255).map { isWordByte(UInt8($0)) || $0 >= 0x80 }

    /// Counts word starts in the gaps between regions; a region ends any word it cuts.
    private static func countWords(_ bytes: [UInt8], outside regions: [Region]) -> Int {
        let wordBytes = Self.wordBytes
        return bytes.withUnsafeBufferPointer { bytes in
            var count = 0, inWord = false
            var position = 0
            func countGap(upTo end: Int) {
                while position < end {
                    let word = wordBytes[Int(bytes[position])]
                    if word && !inWord { count += 1 }
                    inWord = word
                    position += 1
                }
            }
            for region in regions {
                countGap(upTo: min(max(region.range.lowerBound, position), bytes.count))
                let end = min(max(region.range.upperBound, position), bytes.count)
                if end > position { inWord = false }
                position = end
            }
            countGap(upTo: bytes.count)
            return count
        }
    }
}
