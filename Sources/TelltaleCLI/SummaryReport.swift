import Telltale

/// The end-of-scan summary as text for people; `Summary.json` is the same for tools.
struct SummaryReport {
    let summary: Summary
    /// The first rejected records, listed under the files they came from.
    var rejections: [Rejection] = []
    /// What stopped the run early (`SIGINT`, `--on-error fail`), when it was stopped.
    var stop: String?
    static let rejectionsListed = 20

    var text: String {
        var lines: [String] = []
        let totals = summary.totals
        let unclaimed = summary.files.values.filter { $0.format == nil }.count
        lines.append("telltale: \(totals.conversations) conversations, \(totals.assistantTurns) assistant turns, "
            + "\(summary.recordsRejected) records rejected, \(summary.files.count) files"
            + (unclaimed > 0 ? " (\(unclaimed) not read)" : "") + (summary.interrupted ? " — interrupted" + (stop.map { " (\($0))" } ?? "") : ""))
        for (format, count) in summary.formats.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(format.padding(to: 14))\(count.conversations) conversations, \(count.assistantTurns) assistant turns")
        }
        lines.append("  " + "pattern".padding(to: 20) + "findings".leftPadded(9) + "turns".leftPadded(8) + "per 100 turns".leftPadded(15))
        for pattern in summary.layout.patterns {
            let count = totals.patterns[pattern] ?? PatternCount()
            lines.append("  " + pattern.rawValue.padding(to: 20) + String(count.findings).leftPadded(9)
                + String(count.turns).leftPadded(8) + JSONText.number(totals.rate(pattern), digits: 2).leftPadded(15))
        }
        lines += recoveryLines(totals)
        lines += inputProblemLines()
        return lines.joined(separator: "\n") + "\n"
    }

    /// Every file with a rejected record, replaced invalid UTF-8 or a problem, with its counts
    /// (records = conversations + rejected + skipped), and the first rejections by location.
    private func inputProblemLines() -> [String] {
        let files = summary.files.values
            .filter { $0.rejected > 0 || $0.invalidUTF8 > 0 || ($0.problem != nil && $0.problem != "empty file") }
            .sorted { Array($0.path.utf8).lexicographicallyPrecedes(Array($1.path.utf8)) }
        guard !files.isEmpty else { return [] }
        var lines = ["  bad input"]
        for file in files {
            var line = "    \(file.path): "
            if let problem = file.problem { line += problem + (file.records > 0 ? "; " : "") }
            if file.problem == nil || file.records > 0 {
                line += "\(file.records) records = \(file.conversations) conversations + \(file.rejected) rejected + \(file.skipped) skipped"
            }
            if file.invalidUTF8 > 0 { line += "; \(file.invalidUTF8) with invalid UTF-8 (replaced with U+FFFD)" }
            lines.append(line)
            lines += rejections.filter { $0.location.file == file.path }.map { "      line \($0.location.line): \($0.reason)" }
        }
        if summary.recordsRejected > rejections.count {
            lines.append("    … \(summary.recordsRejected - rejections.count) more rejections, each on standard error above")
        }
        return lines
    }

    /// The corpus's answers to the three questions: how failure is handled, who caught it, and
    /// whether a correction took.
    private func recoveryLines(_ totals: Tally) -> [String] {
        let outcomes = totals.outcomes
        let failures = outcomes.values.reduce(0, +)
        let caught = totals.detection.values.reduce(0, +)
        var lines = [
            "  after a failure".padding(to: 22) + "\(failures) turns: "
                + RecoveryOutcome.allCases.map { "\($0.rawValue) \(Percent.of(outcomes[$0] ?? 0, failures))" }.joined(separator: ", "),
            "  caught by".padding(to: 22) + "\(caught) failures: "
                + DetectedBy.allCases.map { "\($0.rawValue) \(Percent.of(totals.detection[$0] ?? 0, caught))" }.joined(separator: ", "),
        ]
        let corrections = totals.corrections.values.reduce(into: CorrectionCount()) { $0.merge($1) }
        if corrections.named > 0 {
            lines.append("  named by the user".padding(to: 22) + "\(corrections.named) times; came back in "
                + "\(corrections.recurred) of \(corrections.observed) seen (\(Percent.of(corrections.recurred, corrections.observed)))"
                + (corrections.recurred > 0 ? ", after \(Percent.ratio(corrections.turnsUntilRecurrence, corrections.recurred)) assistant turns on average" : ""))
        }
        return lines
    }
}

/// Shares and averages as people read them.
enum Percent {
    /// `12.5%`; `–` when there is nothing to divide.
    static func of(_ part: Int, _ whole: Int) -> String {
        whole == 0 ? "–" : JSONText.number(Double(part) * 100 / Double(whole), digits: 1) + "%"
    }

    static func ratio(_ sum: Int, _ count: Int) -> String {
        count == 0 ? "–" : JSONText.number(Double(sum) / Double(count), digits: 1)
    }
}

extension String {
    func leftPadded(_ width: Int) -> String {
        count >= width ? " " + self : String(repeating: " ", count: width - count) + self
    }
}

/// Findings as an aligned table, for a person at a terminal.
final class TableWriter {
    private let output: OutputFile
    private var rows = 0

    init(output: OutputFile) {
        self.output = output
    }

    func write(_ finding: Finding) {
        if rows == 0 {
            output.write("CONVERSATION".padding(to: 26) + "TURN".padding(to: 6) + "PATTERN".padding(to: 19)
                + "SCORE".padding(to: 7) + "EXCERPT\n")
        }
        rows += 1
        output.write(finding.conversation.clipped(25).padding(to: 26) + String(finding.turn).padding(to: 6)
            + finding.pattern.rawValue.padding(to: 19) + JSONText.number(finding.score, digits: 2).padding(to: 7)
            + finding.excerpt.clipped(90) + "\n")
    }

    func finish() {
        if rows == 0 { output.write("No findings.\n") }
    }
}

extension String {
    /// At most `width` characters, with an ellipsis when cut; keeps the end of long ids.
    func clipped(_ width: Int) -> String {
        count <= width ? self : String(prefix(width - 1)) + "…"
    }
}
