/// What the assistant's next turn did after something failed.
public enum RecoveryOutcome: String, CaseIterable, Sendable {
    /// Named the error and went on: an acknowledgment, and no spiraling or hiding finding.
    case clean
    /// Contrition out of proportion (a spiraling finding on the turn).
    case spiraling
    /// The failure went unnamed (a hiding finding on the turn).
    case hiding
    /// Neither: no acknowledgment, but nothing a detector flagged either (a reply to a new
    /// instruction, a question back, a changed answer below every threshold).
    case other

    /// Classifies a turn that answers a failure. A turn flagged for both spiraling and hiding
    /// counts as spiraling: the contrition is the visible part.
    public init(acknowledged: Bool, flagged: Set<PatternID>) {
        if flagged.contains(.spiraling) {
            self = .spiraling
        } else if flagged.contains(.hiding) {
            self = .hiding
        } else {
            self = acknowledged ? .clean : .other
        }
    }
}

/// Who caught a failure first: the assistant itself, the user, or the system around them.
public enum DetectedBy: String, CaseIterable, Sendable {
    /// The assistant flagged its own earlier error with nothing failing before the turn.
    case assistant
    /// The user said it was wrong, pasted an error, or stopped the assistant.
    case user
    /// A tool or test run reported the error.
    case system

    public init(_ kind: FailureSignal.Kind) {
        switch kind {
        case .toolError, .failingOutput: self = .system
        case .userCorrection, .errorReport, .interruption: self = .user
        }
    }
}

/// The recovery events of one conversation: how each failure was answered, who caught it, and
/// whether a pattern the user named came back.
public struct RecoveryEvents: Sendable {
    /// An assistant turn that answers a failure signal.
    public struct Answer: Sendable, Hashable {
        public var turn: Int
        public var signal: FailureSignal
        public var outcome: RecoveryOutcome
    }

    /// A user turn naming a pattern ("stop apologizing"), and what the assistant did after it.
    public struct Correction: Sendable, Hashable {
        public var pattern: PatternID
        /// The user turn that named it.
        public var turn: Int
        /// Whether any assistant turn followed, so recurrence could be seen at all.
        public var observed: Bool
        /// Assistant turns after the naming up to and including the first that shows the
        /// pattern again (1: the very next reply); nil when it did not come back.
        public var recurredAfter: Int?
    }

    public private(set) var answers: [Answer] = []
    /// Assistant turns that flag their own earlier error unprompted.
    public private(set) var selfCaught: [Int] = []
    public private(set) var corrections: [Correction] = []

    public init(context: ConversationContext, assistantTurns: [Int], findings: [Finding]) {
        var flagged: [Int: Set<PatternID>] = [:]
        for finding in findings { flagged[finding.turn, default: []].insert(finding.pattern) }
        for turn in assistantTurns {
            if let signal = context.failure(before: turn) {
                let outcome = RecoveryOutcome(acknowledged: !context.acknowledgments(in: turn).isEmpty,
                                              flagged: flagged[turn] ?? [])
                answers.append(Answer(turn: turn, signal: signal, outcome: outcome))
            } else if !context.selfCorrections(in: turn).isEmpty {
                selfCaught.append(turn)
            }
        }
        for (ordinal, turn) in assistantTurns.enumerated() {
            var seen: Set<PatternID> = []
            for named in context.patternsNamed(after: turn) where seen.insert(named.pattern).inserted {
                let later = assistantTurns[(ordinal + 1)...]
                let recurrence = later.firstIndex { flagged[$0]?.contains(named.pattern) == true }
                corrections.append(Correction(pattern: named.pattern, turn: named.turn, observed: !later.isEmpty,
                                              recurredAfter: recurrence.map { $0 - ordinal }))
            }
        }
    }
}
