/// The id of a failure-handling pattern, as used in findings, gold labels and CLI flags.
///
/// The five from the pattern spec are predefined; a custom detector may report its own.
public struct PatternID: RawRepresentable, Hashable, Comparable, Sendable, ExpressibleByStringLiteral,
    CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public static let spiraling: PatternID = "spiraling"
    public static let hiding: PatternID = "hiding"
    public static let overthinking: PatternID = "overthinking"
    public static let bundling: PatternID = "bundling"
    public static let deadlinePressure: PatternID = "deadline-pressure"

    /// The five patterns of the spec, in its order.
    public static let builtIn: [PatternID] = [.spiraling, .hiding, .overthinking, .bundling, .deadlinePressure]

    public var description: String { rawValue }
    public static func < (a: PatternID, b: PatternID) -> Bool { a.rawValue < b.rawValue }
}

/// One contribution to a finding's score: Presidio's "decision process", so a reader sees why.
public struct Evidence: Sendable, Hashable {
    public var reason: String
    /// How much this step moved the score (positive raises, negative lowers).
    public var weight: Double

    public init(_ reason: String, weight: Double) {
        self.reason = reason
        self.weight = weight
    }
}

/// A pattern found on one assistant turn.
public struct Finding: Sendable, Hashable {
    public var conversation: String
    public var turn: Int
    public var pattern: PatternID
    public var detector: String
    /// Which cue or rule of the detector fired, e.g. `intensified-apology`.
    public var rule: String
    public var score: Double
    /// UTF-8 byte offsets into the turn's text, end exclusive.
    public var start: Int
    public var end: Int
    public var excerpt: String
    public var message: String
    public var evidence: [Evidence]

    public init(conversation: String, turn: Int, pattern: PatternID, detector: String, rule: String,
                score: Double, start: Int, end: Int, excerpt: String, message: String,
                evidence: [Evidence]) {
        self.conversation = conversation
        self.turn = turn
        self.pattern = pattern
        self.detector = detector
        self.rule = rule
        self.score = score
        self.start = start
        self.end = end
        self.excerpt = excerpt
        self.message = message
        self.evidence = evidence
    }
}
