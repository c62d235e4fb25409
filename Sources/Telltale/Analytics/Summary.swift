/// A corpus summary: only sums, counts and top-k lists, so the summaries of any split of a
/// corpus (shards, partitions, days) merge into exactly the summary of the whole.
///
/// Rates and shares are never stored; readers derive them from the counts.
public struct Summary: Sendable, Equatable {
    public var layout: SummaryLayout
    /// Everything counted per conversation, over the whole corpus.
    public var totals = Tally()
    public var recordsRejected = 0
    public var interrupted = false
    public var formats: [String: ScanSummary.FormatTotals] = [:]
    /// Input files by path; pieces of one file scanned apart merge into one report.
    public var files: [String: FileReport] = [:]
    public var positions: [TurnPosition: PositionCount] = [:]
    /// Assistant turns flagged with both patterns; the diagonal is turns flagged with one.
    public var cooccurrence: [PatternID: [PatternID: Int]] = [:]
    /// For each breakdown key, a tally per value: `breakdowns["model"]["gpt-4"]`.
    public var breakdowns: [String: [String: Tally]] = [:]
    /// The highest-scoring findings per pattern.
    public var examples: [PatternID: TopK<ExampleFinding>] = [:]

    public init(layout: SummaryLayout) {
        self.layout = layout
    }

    /// The value a conversation has for a breakdown key: its metadata, else `file` is the file
    /// it came from; "unknown" when it has none.
    public static func value(of key: String, in conversation: Conversation) -> String {
        if let value = conversation.metadata[key], !value.isEmpty { return value }
        if key == "file", !conversation.source.file.isEmpty { return conversation.source.file }
        return "unknown"
    }
}

/// What every summary of one run shares: summaries merge only when their layouts agree.
public struct SummaryLayout: Sendable, Hashable {
    /// The patterns of the detector set, in its order.
    public var patterns: [PatternID]
    /// Metadata keys broken down (`--by`), in the order given.
    public var breakdownKeys: [String]
    /// Examples kept per pattern.
    public var topK: Int

    public init(patterns: [PatternID], breakdownKeys: [String] = [], topK: Int = 5) {
        var seen: Set<PatternID> = []
        self.patterns = patterns.filter { seen.insert($0).inserted }
        var seenKeys: Set<String> = []
        self.breakdownKeys = breakdownKeys.filter { seenKeys.insert($0).inserted }
        self.topK = max(topK, 0)
    }
}

/// Counts kept for the whole corpus and for every breakdown value.
public struct Tally: Sendable, Hashable {
    public var conversations = 0
    public var assistantTurns = 0
    public var patterns: [PatternID: PatternCount] = [:]
    /// Assistant turns that answer a failure, by the failure's kind and the answer's outcome.
    public var recovery: [FailureSignal.Kind: [RecoveryOutcome: Int]] = [:]
    /// Failures by who caught them: the user and the system through failure signals, the
    /// assistant through unprompted self-corrections.
    public var detection: [DetectedBy: Int] = [:]
    /// Patterns the user named, and whether they came back.
    public var corrections: [PatternID: CorrectionCount] = [:]

    public init() {}

    /// Answers to failures by outcome, over every kind of failure.
    public var outcomes: [RecoveryOutcome: Int] {
        recovery.values.reduce(into: [:]) { total, counts in total.merge(counts, uniquingKeysWith: +) }
    }

    /// Flagged assistant turns per 100 assistant turns.
    public func rate(_ pattern: PatternID) -> Double {
        assistantTurns == 0 ? 0 : Double(patterns[pattern]?.turns ?? 0) * 100 / Double(assistantTurns)
    }
}

public struct PatternCount: Sendable, Hashable {
    public var findings = 0
    /// Distinct assistant turns with at least one finding of the pattern.
    public var turns = 0

    public init(findings: Int = 0, turns: Int = 0) {
        self.findings = findings
        self.turns = turns
    }
}

/// "Did the correction take": a user named the pattern; did it recur in later assistant turns?
public struct CorrectionCount: Sendable, Hashable {
    public var named = 0
    /// Namings followed by at least one assistant turn, where recurrence could be seen.
    public var observed = 0
    public var recurred = 0
    /// Sum over recurrences of the assistant turns it took (1: the very next reply).
    public var turnsUntilRecurrence = 0

    public init() {}
}

public struct PositionCount: Sendable, Hashable {
    public var assistantTurns = 0
    /// Flagged turns per pattern.
    public var patterns: [PatternID: Int] = [:]

    public init() {}
}
