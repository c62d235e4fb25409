/// Merging summaries: every count adds, every top-k list merges, so merging the summaries of
/// the parts of a corpus, in any order and grouping, gives the summary of the whole.
extension Summary {
    /// Adds `other` into this summary. Throws when the two were made with different detectors,
    /// breakdown keys or example counts, whose merge would mean nothing.
    public mutating func merge(_ other: Summary) throws(SummaryMismatch) {
        guard layout == other.layout else { throw SummaryMismatch(layout, other.layout) }
        totals.merge(other.totals)
        recordsRejected += other.recordsRejected
        interrupted = interrupted || other.interrupted
        formats.merge(other.formats) { $0.merged($1) }
        files.merge(other.files) { $0.merged($1) }
        positions.merge(other.positions) { $0.merged($1) }
        cooccurrence.merge(other.cooccurrence) { $0.merging($1, uniquingKeysWith: +) }
        breakdowns.merge(other.breakdowns) { mine, theirs in mine.merging(theirs) { $0.merged($1) } }
        examples.merge(other.examples) { mine, theirs in
            var merged = mine
            merged.merge(theirs)
            return merged
        }
    }
}

/// Two summaries that cannot be merged, and why.
public struct SummaryMismatch: Error, Sendable, CustomStringConvertible {
    public var description: String

    init(_ a: SummaryLayout, _ b: SummaryLayout) {
        if a.patterns != b.patterns {
            description = "they cover different patterns ("
                + a.patterns.map(\.rawValue).joined(separator: ",") + " vs " + b.patterns.map(\.rawValue).joined(separator: ",") + ")"
        } else if a.breakdownKeys != b.breakdownKeys {
            description = "they break down by different keys (--by "
                + a.breakdownKeys.joined(separator: ",") + " vs " + b.breakdownKeys.joined(separator: ",") + ")"
        } else {
            description = "they keep different numbers of examples (--top \(a.topK) vs \(b.topK))"
        }
    }
}

/// Counts that add: merging is associative and commutative.
public protocol Additive {
    mutating func merge(_ other: Self)
}

extension Additive {
    public func merged(_ other: Self) -> Self {
        var copy = self
        copy.merge(other)
        return copy
    }
}

extension Tally: Additive {
    public mutating func merge(_ other: Tally) {
        conversations += other.conversations
        assistantTurns += other.assistantTurns
        patterns.merge(other.patterns) { $0.merged($1) }
        recovery.merge(other.recovery) { $0.merging($1, uniquingKeysWith: +) }
        detection.merge(other.detection, uniquingKeysWith: +)
        corrections.merge(other.corrections) { $0.merged($1) }
    }
}

extension PatternCount: Additive {
    public mutating func merge(_ other: PatternCount) {
        findings += other.findings
        turns += other.turns
    }
}

extension CorrectionCount: Additive {
    public mutating func merge(_ other: CorrectionCount) {
        named += other.named
        observed += other.observed
        recurred += other.recurred
        turnsUntilRecurrence += other.turnsUntilRecurrence
    }
}

extension ScanSummary.FormatTotals: Additive {
    public mutating func merge(_ other: ScanSummary.FormatTotals) {
        conversations += other.conversations
        assistantTurns += other.assistantTurns
    }
}

extension PositionCount: Additive {
    public mutating func merge(_ other: PositionCount) {
        assistantTurns += other.assistantTurns
        patterns.merge(other.patterns, uniquingKeysWith: +)
    }
}

extension FileReport: Additive {
    /// Counts add; the format and problem, the same in every piece of a file, are kept (the
    /// smaller one if pieces disagree, so the result still does not depend on merge order).
    public mutating func merge(_ other: FileReport) {
        format = Self.smaller(format, other.format)
        problem = Self.smaller(problem, other.problem)
        records += other.records
        conversations += other.conversations
        rejected += other.rejected
        skipped += other.skipped
        invalidUTF8 += other.invalidUTF8
    }

    private static func smaller(_ a: String?, _ b: String?) -> String? {
        guard let a else { return b }
        guard let b else { return a }
        return min(a, b)
    }
}
