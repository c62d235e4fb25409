/// One kind of cue a detector looks for: a named list of phrases and how to read them.
///
/// Every phrase of every compiled-in cue goes into one shared automaton, so adding a cue costs
/// nothing per byte scanned.
public struct Cue: Sendable {
    /// Where a hit may stand for it to count.
    public enum Scope: String, Sendable {
        /// Only the speaker's own prose: not in code, quotes, quotations, letters or logs.
        case voice
        /// Anywhere in the text.
        case anywhere
    }

    /// The rule id reported in findings, e.g. `intensified-apology`.
    public var name: String
    public var phrases: [String]
    /// Default contribution to a score when this cue is present.
    public var weight: Double
    public var scope: Scope
    /// Only counts at the start of a sentence (after list markers or emphasis).
    public var sentenceInitial: Bool
    /// Dropped when a negator ("no", "not", "never", "n't", "without", "instead", "avoid") stands within three
    /// words before it in the same sentence: "no need to apologize" is not an apology.
    public var negatable: Bool
    /// Phrases that cancel a hit they overlap: `not sure i agree` is no hedge.
    public var exceptions: [String]

    public init(_ name: String, weight: Double = 0.5, scope: Scope = .voice, sentenceInitial: Bool = false,
                negatable: Bool = false, exceptions: [String] = [], phrases: [String]) {
        self.name = name
        self.phrases = phrases
        self.weight = weight
        self.scope = scope
        self.sentenceInitial = sentenceInitial
        self.negatable = negatable
        self.exceptions = exceptions
    }
}

/// The cues of one detector, addressed by position.
///
/// Detectors usually name positions with an `Int` enum: `Vocabulary(ApologyCue.self) { … }`.
public struct Vocabulary: Sendable {
    public var cues: [Cue]

    public init(_ cues: [Cue]) { self.cues = cues }

    /// Builds a vocabulary with one cue per case of `keys`, in case order.
    public init<Key: CaseIterable & RawRepresentable>(_ keys: Key.Type, _ cue: (Key) -> Cue) where Key.RawValue == Int {
        var cues: [Cue] = []
        for (position, key) in keys.allCases.enumerated() {
            precondition(key.rawValue == position, "cue keys must be numbered 0, 1, 2, … in order")
            cues.append(cue(key))
        }
        self.cues = cues
    }

    public static let empty = Vocabulary([])

    /// Every phrase, for `telltale detectors --phrases`.
    public var phrases: [String] { cues.flatMap(\.phrases) }
}

/// A cue found in a turn: which cue, which phrase, and where (UTF-8 byte offsets).
public struct CueHit: Sendable, Hashable {
    public var cue: Int
    public var rule: String
    public var phrase: String
    public var start: Int
    public var end: Int
    public var weight: Double

    public var range: Range<Int> { start..<end }

    @inlinable
    public func isCue<Key: RawRepresentable>(_ key: Key) -> Bool where Key.RawValue == Int { cue == key.rawValue }
}

extension Array where Element == CueHit {
    @inlinable
    public func of<Key: RawRepresentable>(_ key: Key) -> [CueHit] where Key.RawValue == Int {
        filter { $0.cue == key.rawValue }
    }

    @inlinable
    public func contains<Key: RawRepresentable>(_ key: Key) -> Bool where Key.RawValue == Int {
        contains { $0.cue == key.rawValue }
    }

    /// The hit with the largest weight, earliest on ties.
    public var strongest: CueHit? {
        self.max { $0.weight < $1.weight || ($0.weight == $1.weight && $0.start > $1.start) }
    }

    /// Drops hits that overlap a heavier (or, at equal weight, longer) hit: "i'm so sorry"
    /// is one intensified apology, not also a plain "sorry".
    public func removingOverlaps() -> [CueHit] {
        guard count > 1 else { return self }
        let ranked = sorted { ($0.weight, $0.end - $0.start, -$0.start) > ($1.weight, $1.end - $1.start, -$1.start) }
        // Kept hits never overlap, so one bit per byte offset says whether a hit is free; a
        // scan of kept hits per candidate would be quadratic in a turn of many megabytes.
        var covered = CoveredOffsets(lazy.map(\.start).min()!..<lazy.map(\.end).max()!)
        var kept: [CueHit] = []
        for hit in ranked where covered.claim(hit.range) { kept.append(hit) }
        return kept.sorted { ($0.start, $0.cue) < ($1.start, $1.cue) }
    }
}

/// Byte offsets taken by kept hits, one bit each, over the span the hits cover (not the whole turn).
private struct CoveredOffsets {
    private let base: Int
    private var words: [UInt64]

    init(_ span: Range<Int>) {
        base = span.lowerBound
        words = Array(repeating: 0, count: span.count / 64 + 1)
    }

    /// Marks `range` as taken unless any of it already is; returns whether it was free.
    mutating func claim(_ range: Range<Int>) -> Bool {
        let bits = (range.lowerBound - base)..<(range.upperBound - base)
        for bit in bits where words[bit >> 6] & (1 << UInt64(bit & 63)) != 0 { return false }
        for bit in bits { words[bit >> 6] |= 1 << UInt64(bit & 63) }
        return true
    }
}
