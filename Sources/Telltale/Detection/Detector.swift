/// A detector finds one failure-handling pattern in assistant turns.
///
/// It declares the phrases it cares about in `vocabulary` (they join the shared automaton),
/// and judges a whole conversation at once, so it can weigh a turn against the turns around
/// it. It carries its own documentation and examples; the test suite runs them for every
/// compiled-in detector.
public protocol Detector: Sendable {
    var description: DetectorDescription { get }
    var vocabulary: Vocabulary { get }
    /// Findings for the conversation, at any score: the engine applies thresholds,
    /// suppression markers and ordering.
    func analyze(_ conversation: DetectorView) -> [Finding]
}

/// What a detector is, why it exists, and examples of what it does and does not report.
public struct DetectorDescription: Sendable {
    public var id: String
    public var name: String
    public var pattern: PatternID
    public var summary: String
    public var rationale: String
    /// Findings below this score are not reported unless `--min-score` says otherwise.
    public var defaultThreshold: Double
    /// The roles whose turns the detector judges: assistant messages for most. The self-test
    /// moves a triggering turn into a user turn only when user turns are not judged.
    public var judgedRoles: Set<Role>
    public var triggeringExamples: [Example]
    public var nonTriggeringExamples: [Example]

    public init(id: String, name: String, pattern: PatternID, summary: String, rationale: String,
                defaultThreshold: Double = 0.5, judgedRoles: Set<Role> = [.assistant],
                triggeringExamples: [Example], nonTriggeringExamples: [Example]) {
        self.id = id
        self.name = name
        self.pattern = pattern
        self.summary = summary
        self.rationale = rationale
        self.defaultThreshold = defaultThreshold
        self.judgedRoles = judgedRoles
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }
}

/// A small conversation that shows a detector's behavior; the judged turn is the last
/// assistant turn unless `turn` names another.
public struct Example: Sendable {
    public var turns: [Turn]
    public var turn: Int?
    public var note: String

    public init(_ note: String = "", turn: Int? = nil, _ turns: [Turn]) {
        self.turns = turns
        self.turn = turn
        self.note = note
    }

    /// The assistant turn the example is about.
    public var judgedTurn: Int {
        turn ?? turns.lastIndex(where: \.isAssistantMessage) ?? max(turns.count - 1, 0)
    }

    public func conversation(id: String) -> Conversation {
        Conversation(id: id, metadata: ["format": "example"], turns: turns)
    }
}
