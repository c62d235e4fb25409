import Telltale

/// The end-of-scan summary, as text for people and as JSON for tools.
struct SummaryReport {
    let summary: ScanSummary
    let patterns: [PatternID]

    var text: String {
        var lines: [String] = []
        let unclaimed = summary.unclaimedFiles.count
        lines.append("telltale: \(summary.conversations) conversations, \(summary.assistantTurns) assistant turns, "
            + "\(summary.recordsRejected) records rejected, \(summary.files.count) files"
            + (unclaimed > 0 ? " (\(unclaimed) not read)" : "") + (summary.interrupted ? " — interrupted" : ""))
        for (format, totals) in summary.byFormat.sorted(by: { $0.key < $1.key }) {
            lines.append("  \(format.padding(to: 14))\(totals.conversations) conversations, \(totals.assistantTurns) assistant turns")
        }
        lines.append("  " + "pattern".padding(to: 20) + "findings".leftPadded(9) + "turns".leftPadded(8) + "per 100 turns".leftPadded(15))
        for pattern in patterns {
            lines.append("  " + pattern.rawValue.padding(to: 20)
                + String(summary.findings[pattern, default: 0]).leftPadded(9)
                + String(summary.flaggedTurns[pattern, default: 0]).leftPadded(8)
                + JSONText.number(summary.rate(pattern), digits: 2).leftPadded(15))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String {
        JSONText.object([
            ("conversations", String(summary.conversations)),
            ("assistant_turns", String(summary.assistantTurns)),
            ("records_rejected", String(summary.recordsRejected)),
            ("patterns", JSONText.object(patterns.map { pattern in
                (pattern.rawValue, JSONText.object([
                    ("findings", String(summary.findings[pattern, default: 0])),
                    ("turns", String(summary.flaggedTurns[pattern, default: 0])),
                ]))
            })),
            ("formats", JSONText.object(summary.byFormat.sorted { $0.key < $1.key }.map { format, totals in
                (format, JSONText.object([
                    ("conversations", String(totals.conversations)),
                    ("assistant_turns", String(totals.assistantTurns)),
                ]))
            })),
            ("files", JSONText.array(summary.files.map(Self.file))),
            ("interrupted", summary.interrupted ? "true" : "false"),
        ])
    }

    private static func file(_ report: FileReport) -> String {
        var members: [(String, String)] = [
            ("path", JSONText.quoted(report.path)),
            ("format", report.format.map(JSONText.quoted) ?? "null"),
            ("records", String(report.records)),
            ("conversations", String(report.conversations)),
            ("rejected", String(report.rejected)),
            ("skipped", String(report.skipped)),
            ("invalid_utf8", String(report.invalidUTF8)),
        ]
        if let problem = report.problem { members.append(("problem", JSONText.quoted(problem))) }
        return JSONText.object(members)
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
