/// A score in 0…1 built from evidence, with every step recorded.
///
/// Supporting evidence combines like independent signals, `1 − Π(1 − wᵢ)`: each cue raises the
/// score, none alone reaches 1, and a second strong cue matters more than a tenth weak one.
/// Counter-evidence scales the result down by its weight. The log is what a finding shows as
/// `evidence`, so a reader can replay the arithmetic.
public struct Score: Sendable, Hashable {
    public private(set) var evidence: [Evidence] = []
    private var disbelief = 1.0
    private var damping = 1.0

    public init() {}

    public init(_ weight: Double, _ reason: String) {
        add(weight, reason)
    }

    /// Adds supporting evidence of the given weight (0…1).
    public mutating func add(_ weight: Double, _ reason: String) {
        let weight = min(max(weight, 0), 1)
        disbelief *= 1 - weight
        evidence.append(Evidence(reason, weight: weight))
    }

    /// Adds counter-evidence: the score is multiplied by `1 − fraction`.
    public mutating func reduce(by fraction: Double, _ reason: String) {
        let fraction = min(max(fraction, 0), 1)
        damping *= 1 - fraction
        evidence.append(Evidence(reason, weight: -fraction))
    }

    public var value: Double { (1 - disbelief) * damping }

    public var isEmpty: Bool { evidence.isEmpty }
}
