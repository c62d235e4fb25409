import Foundation
import Telltale

/// The human-readable side of `telltale eval`: the metrics table, the sweep, the errors, and
/// notes about findings that were not scored.
struct EvalReport {
    let evaluation: Evaluation
    let sweep: ThresholdSweep?
    let gold: GoldSet
    /// What was scored, in words.
    let source: String
    /// Patterns some detector looked for; nil when scoring a findings file.
    let detected: Set<PatternID>?

    var table: String {
        let labels = gold.positives.values.reduce(0, +)
        var lines = ["Gold: \(evaluation.conversations) conversations, \(evaluation.turns) assistant turns, \(labels) labels",
                     "Scored: \(source)", ""]
        lines.append("pattern".padding(to: 20) + "labels".leftPadded(7) + "found".leftPadded(7) + "tp".leftPadded(6)
            + "fp".leftPadded(6) + "fn".leftPadded(6) + "precision".leftPadded(11) + "recall".leftPadded(9) + "f1".leftPadded(8))
        var vacuous = false
        for pattern in evaluation.patterns {
            let metrics = evaluation[pattern]
            vacuous = vacuous || metrics.predicted == 0 || metrics.positives == 0
            let note = detected.map { $0.contains(pattern) ? "" : "  (no detector ran)" } ?? ""
            lines.append(pattern.rawValue.padding(to: 20) + String(metrics.positives).leftPadded(7)
                + String(metrics.predicted).leftPadded(7) + String(metrics.truePositives).leftPadded(6)
                + String(metrics.falsePositives).leftPadded(6) + String(metrics.falseNegatives).leftPadded(6)
                + Self.rate(metrics.precision, vacuous: metrics.predicted == 0).leftPadded(11)
                + Self.rate(metrics.recall, vacuous: metrics.positives == 0).leftPadded(9)
                + Self.rate(metrics.f1, vacuous: false).leftPadded(8) + note)
        }
        lines.append("macro-F1 (five built-in patterns): " + Self.rate(evaluation.macroF1, vacuous: false))
        if vacuous { lines.append("* 0/0: precision is 1 with no findings, recall is 1 with no gold positives") }
        if !evaluation.confusion.isEmpty {
            lines += ["", "Confusion (found → labeled only as):"]
            for cell in evaluation.confusion {
                lines.append("  " + (cell.found.rawValue + " → " + cell.labeled.rawValue).padding(to: 40) + Self.count(cell.turns, "turn"))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var sweepTable: String? {
        guard let sweep else { return nil }
        var lines = ["", "Threshold sweep (precision / recall / F1):"]
        lines.append("threshold".padding(to: 11) + sweep.patterns.map { $0.rawValue.leftPadded(21) }.joined())
        for (row, threshold) in sweep.thresholds.enumerated() {
            lines.append(String(format: "%.2f", threshold).padding(to: 11) + sweep.patterns.map { pattern in
                guard let metrics = sweep.curves[pattern]?[row].metrics else { return "".leftPadded(21) }
                return [Self.rate(metrics.precision, vacuous: metrics.predicted == 0),
                        Self.rate(metrics.recall, vacuous: metrics.positives == 0),
                        Self.rate(metrics.f1, vacuous: false)].joined(separator: " ").leftPadded(21)
            }.joined())
        }
        lines.append("best F1".padding(to: 11) + sweep.patterns.map { pattern in
            guard let best = sweep.best(for: pattern) else { return "".leftPadded(21) }
            return (Self.rate(best.metrics.f1, vacuous: false) + " at " + String(format: "%.2f", best.threshold)).leftPadded(21)
        }.joined())
        return lines.joined(separator: "\n") + "\n"
    }

    var errors: String {
        var lines: [String] = []
        for (title, list) in [("False positives", evaluation.falsePositives), ("False negatives", evaluation.falseNegatives)] {
            lines += ["", "\(title) (\(list.count)):"]
            for mismatch in list {
                let score = mismatch.score.map { JSONText.number($0, digits: 2) } ?? "-"
                lines.append("  " + mismatch.conversation.clipped(24).padding(to: 25) + ("turn " + String(mismatch.turn)).padding(to: 9)
                    + mismatch.pattern.rawValue.padding(to: 19) + score.padding(to: 6) + mismatch.excerpt.clipped(100))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var notes: [String] {
        let ignored = evaluation.ignored
        var notes: [String] = []
        if ignored.unknownConversation > 0 {
            notes.append("ignored " + Self.count(ignored.unknownConversation, "finding") + " for "
                + Self.count(ignored.unknownConversationIDs, "conversation") + " not in the gold")
        }
        if ignored.notAssistantTurn > 0 {
            notes.append("ignored " + Self.count(ignored.notAssistantTurn, "finding") + " on turns that are not assistant messages")
        }
        if ignored.otherPattern > 0 {
            notes.append("ignored " + Self.count(ignored.otherPattern, "finding") + " of patterns outside the evaluation")
        }
        return notes
    }

    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }

    /// A rate to three decimals, starred when it comes from a 0/0 case.
    static func rate(_ value: Double, vacuous: Bool) -> String {
        String(format: "%.3f", value) + (vacuous ? "*" : "")
    }
}
