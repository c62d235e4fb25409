/// A positive label: the gold says the assistant turn shows the pattern.
public struct GoldLabel: Sendable, Hashable {
    /// 0-based index into the conversation's turns (one turn per source message).
    public var turn: Int
    public var pattern: PatternID

    public init(turn: Int, pattern: PatternID) {
        self.turn = turn
        self.pattern = pattern
    }
}

/// One labeled conversation: the transcript as the readers see it, and its positive labels.
/// Every assistant turn and pattern not labeled is a negative.
public struct GoldConversation: Sendable, Hashable {
    public var conversation: Conversation
    public var labels: Set<GoldLabel>

    public init(conversation: Conversation, labels: Set<GoldLabel>) {
        self.conversation = conversation
        self.labels = labels
    }

    public var id: String { conversation.id }

    /// Checks that every label sits on an assistant message and, when `patterns` is given,
    /// names one of them.
    public func validate(patterns: Set<PatternID>? = nil) throws(EvaluationInputError) {
        let turns = conversation.turns
        for label in labels.sorted(by: { ($0.turn, $0.pattern) < ($1.turn, $1.pattern) }) {
            guard turns.indices.contains(label.turn) else {
                throw fail("label turn \(label.turn) is past the last message (the conversation has \(turns.count))")
            }
            let turn = turns[label.turn]
            guard turn.isAssistantMessage else {
                let what = turn.kind == .message ? "a \(turn.role.rawValue) message" : "a \(turn.kind.rawValue) turn"
                throw fail("label turn \(label.turn) is \(what); labels go on assistant messages")
            }
            if let patterns, !patterns.contains(label.pattern) {
                throw fail("unknown pattern '\(label.pattern)' (known: "
                    + PatternID.reportingOrder(patterns).map(\.rawValue).joined(separator: ", ") + ")")
            }
        }
    }

    private func fail(_ reason: String) -> EvaluationInputError {
        EvaluationInputError(conversation.source, reason)
    }
}

/// A labeled set: conversations with unique ids, each with its positive labels.
///
/// It is the universe of scoring: every assistant message of every gold conversation, times
/// every pattern.
public struct GoldSet: Sendable {
    public let conversations: [GoldConversation]
    private let positions: [String: Int]
    /// Every label as a cell of the scoring universe.
    let labeledTurns: Set<TurnLabel>

    /// Validates every conversation (see `GoldConversation.validate`) and the uniqueness of ids,
    /// which is how findings find their conversation.
    public init(_ conversations: [GoldConversation], patterns: Set<PatternID>? = nil) throws(EvaluationInputError) {
        var positions: [String: Int] = [:]
        for (index, gold) in conversations.enumerated() {
            if let first = positions[gold.id] {
                throw EvaluationInputError(gold.conversation.source, "duplicate conversation id '\(gold.id)' "
                    + "(first at \(conversations[first].conversation.source))")
            }
            try gold.validate(patterns: patterns)
            positions[gold.id] = index
        }
        self.conversations = conversations
        self.positions = positions
        labeledTurns = Set(conversations.enumerated().flatMap { position, gold in
            gold.labels.map { TurnLabel(conversation: position, turn: $0.turn, pattern: $0.pattern) }
        })
    }

    public subscript(id: String) -> GoldConversation? {
        positions[id].map { conversations[$0] }
    }

    /// Position of a conversation in the set, for ordering results as the gold files do.
    func position(of id: String) -> Int? { positions[id] }

    /// The scoring universe's size: assistant messages over all conversations.
    public var assistantTurns: Int {
        conversations.reduce(0) { $0 + $1.conversation.assistantTurnIndices.count }
    }

    /// Labels per pattern, over the whole set.
    public var positives: [PatternID: Int] {
        conversations.reduce(into: [:]) { counts, gold in
            for label in gold.labels { counts[label.pattern, default: 0] += 1 }
        }
    }

    /// What a detector set reports on every gold conversation, in gold order. Run the set at
    /// `minimumScore` 0 to keep every score for a sweep or a later cutoff.
    public func findings(of detectors: DetectorSet) -> [Finding] {
        conversations.flatMap { detectors.findings(in: $0.conversation) }
    }
}

/// A gold or findings line that cannot be used, with where it is.
public struct EvaluationInputError: Error, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var reason: String

    public init(_ location: SourceLocation, _ reason: String) {
        self.location = location
        self.reason = reason
    }

    public var description: String { location.file.isEmpty ? reason : "\(location): \(reason)" }
}

extension PatternID {
    /// The five built-in patterns in the spec's order, then any others alphabetically.
    public static func reportingOrder<Patterns: Sequence>(_ patterns: Patterns) -> [PatternID] where Patterns.Element == PatternID {
        let all = Set(patterns)
        return builtIn.filter(all.contains) + all.subtracting(builtIn).sorted()
    }
}
