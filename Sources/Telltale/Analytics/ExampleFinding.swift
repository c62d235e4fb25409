/// A finding kept as an example for a report: where it is, how strongly it scored, and the cue
/// with some text on either side.
public struct ExampleFinding: Sendable, Hashable, Comparable {
    /// The score in thousandths: findings are compared at the precision the summary stores, so
    /// a ranking made before writing JSON and one made after reading it back agree.
    public var milliScore: Int
    public var conversation: String
    public var file: String
    public var line: Int
    public var turn: Int
    public var rule: String
    /// UTF-8 byte offsets of the cue in the turn's text.
    public var start: Int
    public var end: Int
    /// Whitespace-folded text before the cue, the cue, and text after it.
    public var before: String
    public var cue: String
    public var after: String

    public init(milliScore: Int, conversation: String, file: String, line: Int, turn: Int, rule: String,
                start: Int, end: Int, before: String, cue: String, after: String) {
        self.milliScore = milliScore
        self.conversation = conversation
        self.file = file
        self.line = line
        self.turn = turn
        self.rule = rule
        self.start = start
        self.end = end
        self.before = before
        self.cue = cue
        self.after = after
    }

    public init(_ finding: Finding, in conversation: Conversation) {
        let text = conversation.turns.indices.contains(finding.turn) ? conversation.turns[finding.turn].text : ""
        let context = CueContext(text, finding.start..<finding.end)
        self.init(milliScore: Int((finding.score * 1000).rounded()), conversation: finding.conversation,
                  file: conversation.source.file, line: conversation.source.line, turn: finding.turn,
                  rule: finding.rule, start: finding.start, end: finding.end,
                  before: context.before, cue: context.cue, after: context.after)
    }

    public var score: Double { Double(milliScore) / 1000 }

    /// Higher scores rank first; ties fall to every other field in turn, so the order is total.
    public static func < (a: ExampleFinding, b: ExampleFinding) -> Bool {
        if a.milliScore != b.milliScore { return a.milliScore > b.milliScore }
        let place = { (e: ExampleFinding) in (e.conversation, e.file, e.line, e.turn, e.start, e.end) }
        if place(a) != place(b) { return place(a) < place(b) }
        return (a.rule, a.before, a.cue, a.after) < (b.rule, b.before, b.cue, b.after)
    }
}

/// A cue and the text around it, cut at word boundaries and folded to one line.
struct CueContext {
    var before = "", cue = "", after = ""

    static let beforeLimit = 160, cueLimit = 240, afterLimit = 200

    init(_ text: String, _ range: Range<Int>) {
        let bytes = Array(text.utf8)
        let start = Self.aligned(min(max(range.lowerBound, 0), bytes.count), in: bytes)
        let end = Self.aligned(min(max(range.upperBound, start), bytes.count), in: bytes)
        let cueEnd = Self.aligned(min(end, start + Self.cueLimit), in: bytes)
        var from = Self.aligned(max(0, start - Self.beforeLimit), in: bytes)
        if from > 0 { from = Self.wordStart(after: from, before: start, in: bytes) }
        var to = Self.aligned(min(bytes.count, cueEnd + Self.afterLimit), in: bytes)
        if to < bytes.count { to = Self.wordEnd(before: to, after: cueEnd, in: bytes) }
        before = (from > 0 ? "…" : "") + Self.folded(bytes[from..<start], trimming: .leading)
        cue = Self.folded(bytes[start..<cueEnd], trimming: []) + (cueEnd < end ? "…" : "")
        after = Self.folded(bytes[cueEnd..<to], trimming: .trailing) + (to < bytes.count ? "…" : "")
    }

    private struct Trim: OptionSet {
        let rawValue: Int
        static let leading = Trim(rawValue: 1), trailing = Trim(rawValue: 2)
    }

    /// Moves an offset back to the start of a UTF-8 character.
    private static func aligned(_ offset: Int, in bytes: [UInt8]) -> Int {
        var offset = offset
        while offset > 0, offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset -= 1 }
        return offset
    }

    private static func wordStart(after offset: Int, before limit: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index < limit, !isSpace(bytes[index]) { index += 1 }
        return index < limit ? index : offset
    }

    private static func wordEnd(before offset: Int, after limit: Int, in bytes: [UInt8]) -> Int {
        var index = offset
        while index > limit, !isSpace(bytes[index - 1]) { index -= 1 }
        return index > limit ? index : offset
    }

    /// Runs of whitespace become one space, so an excerpt is one line however the turn was laid out.
    private static func folded(_ slice: ArraySlice<UInt8>, trimming: Trim) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var pendingSpace = false
        for byte in slice {
            if isSpace(byte) {
                pendingSpace = true
                continue
            }
            if pendingSpace, !(out.isEmpty && trimming.contains(.leading)) { out.append(0x20) }
            pendingSpace = false
            out.append(byte)
        }
        if pendingSpace, !trimming.contains(.trailing), !(out.isEmpty && trimming.contains(.leading)) { out.append(0x20) }
        return String(decoding: out, as: UTF8.self)
    }
}
