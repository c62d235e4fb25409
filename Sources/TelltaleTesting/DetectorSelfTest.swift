import Telltale

/// Runs a detector's own examples and the derived checks every detector must pass; returns one
/// message per failure (empty means the detector passes). Test-framework neutral:
/// `#expect(DetectorSelfTest.failures(of: MyDetector()).isEmpty)` or `XCTAssertEqual(…, [])`.
///
/// For each triggering example the judged turn must be reported at or above the default
/// threshold, with an exact span; the same turn must *not* be reported when its text is moved
/// into a code block or a block quote (unless the finding rests on a cue of scope `.anywhere`),
/// or into a user turn (unless the detector judges user turns), or when it carries a
/// suppression marker; and a multi-byte prefix must shift the span by exactly its byte length.
/// Each non-triggering example must yield no finding of the detector at all.
///
/// Use it from any package that depends on Telltale through the `TelltaleTesting` product:
///
/// ```swift
/// @Test func capitulationPassesTheSelfTest() {
///     #expect(DetectorSelfTest.failures(of: CapitulationDetector()) == [])
/// }
/// ```
///
/// `telltale test-rules` runs the same checks on the detectors of a rule file.
public enum DetectorSelfTest {
    public static func failures(of detector: any Detector) -> [String] {
        let set = DetectorSet([detector])
        let description = detector.description
        var failures: [String] = []
        if description.triggeringExamples.isEmpty { failures.append("\(description.id): no triggering examples") }
        if description.nonTriggeringExamples.isEmpty { failures.append("\(description.id): no non-triggering examples") }
        for (index, example) in description.triggeringExamples.enumerated() {
            let label = "\(description.id) triggering #\(index + 1) (\(example.note))"
            failures += checkTriggering(example, label: label, set: set, detector: detector)
        }
        for (index, example) in description.nonTriggeringExamples.enumerated() {
            let label = "\(description.id) non-triggering #\(index + 1) (\(example.note))"
            let found = set.findings(in: example.conversation(id: label))
            if let first = found.first {
                failures.append("\(label): reported turn \(first.turn) with score \(first.score) (\(first.rule): \(first.excerpt))")
            }
        }
        return failures
    }

    static func checkTriggering(_ example: Example, label: String, set: DetectorSet, detector: any Detector) -> [String] {
        let description = detector.description
        let pattern = description.pattern
        let turn = example.judgedTurn
        guard example.turns.indices.contains(turn) else { return ["\(label): judged turn \(turn) does not exist"] }
        let original = example.turns[turn].text
        let found = findings(set, example.turns, at: turn, pattern: pattern)
        guard let finding = found.first else {
            let all = set.filter { _ in true }
            let scores = DetectorSet(all.detectors, minimumScore: 0).findings(in: Conversation(id: label, turns: example.turns))
                .filter { $0.turn == turn }.map { "\($0.rule) \($0.score)" }
            return ["\(label): turn \(turn) not reported (below threshold: \(scores.isEmpty ? "no cues" : scores.joined(separator: ", ")))"]
        }
        var failures: [String] = []
        let bytes = Array(original.utf8)
        if !(0 <= finding.start && finding.start <= finding.end && finding.end <= bytes.count) {
            failures.append("\(label): span \(finding.start)..<\(finding.end) outside the turn's \(bytes.count) bytes")
        }
        for variant in Variant.allCases where variant != .emojiPrefix {
            if variant == .userTurn, description.judgedRoles.contains(.user) { continue }
            if variant == .codeBlock || variant == .blockQuote, readsAnywhere(finding, detector) { continue }
            var turns = example.turns
            variant.apply(to: &turns, at: turn)
            let scope = variant == .userTurn ? nil : turn
            if let leaked = findings(set, turns, at: scope, pattern: pattern).first {
                failures.append("\(label): still reported \(variant.description) (score \(leaked.score), \(leaked.rule))")
            }
        }
        var prefixed = example.turns
        Variant.emojiPrefix.apply(to: &prefixed, at: turn)
        let shift = Variant.prefix.utf8.count
        if let moved = findings(set, prefixed, at: turn, pattern: pattern).first {
            if moved.start != finding.start + shift || moved.end != finding.end + shift {
                failures.append("\(label): after a \(shift)-byte prefix the span moved from \(finding.start)..<\(finding.end) "
                    + "to \(moved.start)..<\(moved.end), not by \(shift)")
            }
        } else {
            failures.append("\(label): not reported after adding a multi-byte prefix")
        }
        return failures
    }

    /// The finding rests on a cue the detector reads in code and quotes too, so moving the
    /// text there is expected to keep it.
    private static func readsAnywhere(_ finding: Finding, _ detector: any Detector) -> Bool {
        detector.vocabulary.cues.first { $0.name == finding.rule }?.scope == .anywhere
    }

    private static func findings(_ set: DetectorSet, _ turns: [Turn], at turn: Int?, pattern: PatternID) -> [Finding] {
        set.findings(in: Conversation(id: "self-test", turns: turns))
            .filter { $0.pattern == pattern && (turn == nil || $0.turn == turn) }
    }

    /// The ways a triggering turn is rewritten for the derived checks.
    enum Variant: CaseIterable, CustomStringConvertible {
        case codeBlock, blockQuote, userTurn, suppressed, emojiPrefix

        static let prefix = "🙂 "

        func apply(to turns: inout [Turn], at index: Int) {
            let text = turns[index].text
            switch self {
            case .codeBlock: turns[index].text = "```\n" + text + "\n```"
            case .blockQuote:
                turns[index].text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "> " + $0 }.joined(separator: "\n")
            case .userTurn: turns[index].role = .user
            case .suppressed: turns[index].text = text + "\n<!-- \(Suppression.marker) -->"
            case .emojiPrefix: turns[index].text = Self.prefix + text
            }
        }

        var description: String {
            switch self {
            case .codeBlock: "inside a code block"
            case .blockQuote: "inside a block quote"
            case .userTurn: "when the text is a user turn"
            case .suppressed: "with a suppression marker"
            case .emojiPrefix: "after a multi-byte prefix"
            }
        }
    }
}
