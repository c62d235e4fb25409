/// Findings scored against a gold set, turn by turn.
///
/// A finding for pattern P on turn T of conversation C matches the gold label (C, T, P);
/// several findings on the same (C, T, P) count once. The universe is every assistant message
/// of the gold: findings elsewhere — unknown conversations, other turns, patterns outside the
/// evaluation — are not scored, only counted in `ignored`.
public struct Evaluation: Sendable {
    /// The evaluated patterns in reporting order: the five built-in ones, then any extra.
    public let patterns: [PatternID]
    public let conversations: Int
    /// Assistant messages in the gold: the turns every pattern is judged on.
    public let turns: Int
    public let metrics: [PatternID: PatternMetrics]
    /// Findings of one pattern on turns the gold labels with another pattern only.
    public let confusion: [PatternConfusion]
    public let falsePositives: [Mismatch]
    public let falseNegatives: [Mismatch]
    public let ignored: IgnoredFindings

    /// Scores the `findings` that score at least `minimumScore` (all when nil), for the five
    /// built-in patterns and `extraPatterns` (custom detectors' patterns).
    public init(gold: GoldSet, findings: [Finding], extraPatterns: [PatternID] = [], minimumScore: Double? = nil) {
        let patterns = PatternID.reportingOrder(PatternID.builtIn + extraPatterns)
        let predictions = Predictions(findings, in: gold, patterns: patterns)
        let predicted = predictions.admitted(minimumScore)
        self.patterns = patterns
        conversations = gold.conversations.count
        turns = gold.assistantTurns
        metrics = predictions.tally(predicted, against: gold, patterns: patterns)
        ignored = predictions.ignored

        var confusion: [PatternPair: Int] = [:]
        var falsePositives: [Mismatch] = []
        for (key, finding) in predicted where !gold.labeledTurns.contains(key) {
            let labels = gold.conversations[key.conversation].labels
            for label in labels where label.turn == key.turn {
                confusion[PatternPair(found: key.pattern, labeled: label.pattern), default: 0] += 1
            }
            let excerpt = finding.excerpt.isEmpty ? gold.opening(of: key) : finding.excerpt
            falsePositives.append(Mismatch(.falsePositive, key, in: gold, score: finding.score, excerpt: excerpt))
        }
        let falseNegatives = gold.labeledTurns.filter { predicted[$0] == nil && patterns.contains($0.pattern) }.map {
            Mismatch(.falseNegative, $0, in: gold, score: nil, excerpt: gold.opening(of: $0))
        }
        let rank = { (pattern: PatternID) in patterns.firstIndex(of: pattern) ?? patterns.count }
        self.confusion = confusion.map { PatternConfusion(found: $0.found, labeled: $0.labeled, turns: $1) }
            .sorted { (rank($0.found), rank($0.labeled)) < (rank($1.found), rank($1.labeled)) }
        self.falsePositives = falsePositives.sorted { $0.precedes($1, rank: rank) }
        self.falseNegatives = falseNegatives.sorted { $0.precedes($1, rank: rank) }
    }

    /// Counts for one pattern (all zero for a pattern not evaluated).
    public subscript(pattern: PatternID) -> PatternMetrics { metrics[pattern] ?? PatternMetrics() }

    /// Mean F1 over the five built-in patterns, whichever detectors ran.
    public var macroF1: Double { PatternID.builtIn.map { self[$0] }.macroF1 }
}

/// How often findings of `found` landed on turns labeled `labeled` (and not `found`).
public struct PatternConfusion: Sendable, Hashable {
    public var found: PatternID
    public var labeled: PatternID
    public var turns: Int
}

/// A false positive or false negative, for reading the errors one by one.
public struct Mismatch: Sendable, Hashable {
    public enum Kind: String, Sendable { case falsePositive = "false-positive", falseNegative = "false-negative" }

    public var kind: Kind
    public var conversation: String
    public var turn: Int
    public var pattern: PatternID
    /// The best score among the findings on the turn; nil for a false negative.
    public var score: Double?
    /// The finding's excerpt, or the opening of the turn.
    public var excerpt: String

    fileprivate let position: Int

    fileprivate init(_ kind: Kind, _ key: TurnLabel, in gold: GoldSet, score: Double?, excerpt: String) {
        self.kind = kind
        conversation = gold.conversations[key.conversation].id
        turn = key.turn
        pattern = key.pattern
        self.score = score
        self.excerpt = excerpt
        position = key.conversation
    }

    fileprivate func precedes(_ other: Mismatch, rank: (PatternID) -> Int) -> Bool {
        (position, turn, rank(pattern)) < (other.position, other.turn, rank(other.pattern))
    }
}

/// Findings left out of scoring, so a mismatch between a findings file and the gold shows.
public struct IgnoredFindings: Sendable, Hashable {
    /// Findings whose conversation id is not in the gold.
    public var unknownConversation = 0
    /// Distinct conversation ids among those.
    public var unknownConversationIDs = 0
    /// Findings on a turn that is not an assistant message of the gold conversation.
    public var notAssistantTurn = 0
    /// Findings of a pattern outside the evaluation.
    public var otherPattern = 0

    public var total: Int { unknownConversation + notAssistantTurn + otherPattern }
}

/// One cell of the scoring universe: a gold conversation (by position), a turn, a pattern.
struct TurnLabel: Hashable {
    var conversation: Int
    var turn: Int
    var pattern: PatternID
}

private struct PatternPair: Hashable {
    var found: PatternID
    var labeled: PatternID
}

/// Findings placed in the universe: the highest-scoring finding per cell.
struct Predictions {
    private(set) var best: [TurnLabel: Finding] = [:]
    private(set) var ignored = IgnoredFindings()

    init(_ findings: [Finding], in gold: GoldSet, patterns: [PatternID]) {
        let evaluated = Set(patterns)
        var unknownIDs: Set<String> = []
        for finding in findings {
            guard evaluated.contains(finding.pattern) else { ignored.otherPattern += 1; continue }
            guard let position = gold.position(of: finding.conversation) else {
                ignored.unknownConversation += 1
                unknownIDs.insert(finding.conversation)
                continue
            }
            let turns = gold.conversations[position].conversation.turns
            guard turns.indices.contains(finding.turn), turns[finding.turn].isAssistantMessage else {
                ignored.notAssistantTurn += 1
                continue
            }
            let key = TurnLabel(conversation: position, turn: finding.turn, pattern: finding.pattern)
            if let current = best[key], current.score >= finding.score { continue }
            best[key] = finding
        }
        ignored.unknownConversationIDs = unknownIDs.count
    }

    /// The cells reported at `minimumScore`: a cell counts when its best finding reaches it.
    func admitted(_ minimumScore: Double?) -> [TurnLabel: Finding] {
        guard let minimumScore else { return best }
        return best.filter { $0.value.score >= minimumScore }
    }

    func tally(_ predicted: [TurnLabel: Finding], against gold: GoldSet, patterns: [PatternID]) -> [PatternID: PatternMetrics] {
        var metrics = Dictionary(uniqueKeysWithValues: patterns.map { ($0, PatternMetrics()) })
        for key in predicted.keys {
            if gold.labeledTurns.contains(key) {
                metrics[key.pattern]?.truePositives += 1
            } else {
                metrics[key.pattern]?.falsePositives += 1
            }
        }
        for key in gold.labeledTurns where predicted[key] == nil {
            metrics[key.pattern]?.falseNegatives += 1
        }
        return metrics
    }
}

extension GoldSet {
    /// The first sentence of a turn, for errors that have no finding to quote.
    func opening(of key: TurnLabel) -> String {
        let text = conversations[key.conversation].conversation.turns[key.turn].text
        return Excerpt.around(0..<0, in: TextStructure(text), limit: 160)
    }
}
