import Telltale

/// The report's sections that draw on counts: overview, pattern rates, recovery, detection,
/// corrections, breakdowns, positions and co-occurrence.
struct ReportSections {
    let summary: Summary
    var totals: Tally { summary.totals }
    var patterns: [PatternID] { summary.layout.patterns }

    /// At most this many values per breakdown key are shown, the largest first.
    static let breakdownRows = 15

    var overview: String {
        let failures = totals.outcomes.values.reduce(0, +)
        let cards = [
            (totals.conversations, "conversations"), (totals.assistantTurns, "assistant turns"),
            (failures, "turns answering a failure"), (summary.files.count, "files"),
            (summary.recordsRejected, "records rejected"),
        ].map { "<div class=\"card\"><b>\($0.0)</b><span>\($0.1)</span></div>" }.joined()
        let formats = summary.formats.sorted { $0.key < $1.key }
            .map { "\(HTML.escape($0.key)) (\($0.value.conversations))" }.joined(separator: ", ")
        return section("Overview", lead: formats.isEmpty ? "" : "Formats: " + formats, "<div class=\"cards\">\(cards)</div>")
    }

    var patternRates: String {
        let bars = patterns.enumerated().map { index, pattern in
            let count = totals.patterns[pattern] ?? PatternCount()
            return SVGChart.Bar(label: pattern.rawValue, value: totals.rate(pattern),
                                caption: "\(HTML.number(totals.rate(pattern))) per 100 turns · \(count.turns) turns",
                                color: ReportPalette.color(of: pattern, at: index))
        }
        return section("Pattern rates", lead: "Assistant turns flagged with each pattern, per 100 assistant turns.",
                       SVGChart.bars(bars))
    }

    var recovery: String {
        var rows = [SVGChart.Stack(label: "all failures", parts: Self.outcomeParts(totals.outcomes))]
        for kind in FailureSignal.Kind.allCases {
            let counts = totals.recovery[kind] ?? [:]
            if !counts.isEmpty { rows.append(SVGChart.Stack(label: "after " + kind.rawValue, parts: Self.outcomeParts(counts))) }
        }
        var body = SVGChart.stacked(rows, names: RecoveryOutcome.allCases.map(\.rawValue), colors: ReportPalette.outcomes)
        if let models = modelRows({ Self.outcomeParts($0.outcomes) }) {
            body += "<h3>By model</h3>" + SVGChart.stacked(models, names: RecoveryOutcome.allCases.map(\.rawValue),
                                                            colors: ReportPalette.outcomes)
        }
        return section("How failure is handled", lead: "The assistant turn right after a failure signal: clean recovery "
            + "names the error and goes on; spiraling and hiding are the detectors' findings on that turn.", body)
    }

    var detection: String {
        var rows = [SVGChart.Stack(label: "all failures", parts: DetectedBy.allCases.map { totals.detection[$0] ?? 0 })]
        if let models = modelRows({ tally in DetectedBy.allCases.map { tally.detection[$0] ?? 0 } }) { rows += models }
        return section("Who detected it", lead: "The assistant (it flags its own earlier error unprompted), the user "
            + "(a correction, a pasted error, an interruption), or the system (tool and test output).",
            SVGChart.stacked(rows, names: DetectedBy.allCases.map(\.rawValue), colors: ReportPalette.detection))
    }

    var corrections: String {
        let rows = patterns.map { pattern -> [String] in
            let count = totals.corrections[pattern] ?? CorrectionCount()
            return [HTML.escape(pattern.rawValue), String(count.named), String(count.observed), String(count.recurred),
                    Percent.of(count.recurred, count.observed), Percent.ratio(count.turnsUntilRecurrence, count.recurred)]
        }
        return section("Did the correction take", lead: "After the user names a pattern (\u{201C}stop apologizing\u{201D}, "
            + "\u{201C}no rush\u{201D}, \u{201C}those are separate\u{201D}), does it come back in later assistant turns?",
            HTML.table(head: ["pattern named", "times", "followed by a reply", "came back", "recurrence",
                              "assistant turns until it came back"], rows: rows))
    }

    var breakdowns: String {
        summary.layout.breakdownKeys.map { key in
            let values = (summary.breakdowns[key] ?? [:]).sorted {
                ($0.value.assistantTurns, $1.key) > ($1.value.assistantTurns, $0.key)
            }
            let shown = values.prefix(Self.breakdownRows)
            let largest = shown.flatMap { value in patterns.map { value.value.rate($0) } }.max() ?? 0
            let rows = shown.map { value, tally -> [String] in
                [HTML.escape(value.clipped(60)), String(tally.conversations), String(tally.assistantTurns)]
                    + patterns.map { Self.meter(tally.rate($0), largest: largest) }
                    + [Percent.of(tally.outcomes[.clean] ?? 0, tally.outcomes.values.reduce(0, +))]
            }
            let more = values.count > shown.count ? "<p class=\"note\">\(values.count - shown.count) more values not shown.</p>" : ""
            return section("By \(key)", lead: "Rates per 100 assistant turns, and the share of failures answered with a clean recovery.",
                           HTML.table(head: [key, "conversations", "assistant turns"] + patterns.map(\.rawValue) + ["clean recovery"],
                                      rows: rows) + more)
        }.joined(separator: "\n")
    }

    var positions: String {
        let counts = TurnPosition.allCases.map { summary.positions[$0] ?? PositionCount() }
        let rate = { (count: PositionCount, pattern: PatternID) -> Double in
            count.assistantTurns == 0 ? 0 : Double(count.patterns[pattern] ?? 0) * 100 / Double(count.assistantTurns)
        }
        let largest = patterns.flatMap { pattern in counts.map { rate($0, pattern) } }.max() ?? 0
        let rows = patterns.map { pattern in
            [HTML.escape(pattern.rawValue)] + counts.map { Self.meter(rate($0, pattern), largest: largest) }
        }
        let head = ["pattern"] + zip(TurnPosition.allCases, counts).map { "\($0.rawValue) (\($1.assistantTurns) turns)" }
        return section("Where in the conversation", lead: "Rates per 100 assistant turns in each third of a conversation's "
            + "assistant turns.", HTML.table(head: head, rows: rows))
    }

    var cooccurrence: String {
        let values = patterns.map { row in patterns.map { summary.cooccurrence[row]?[$0] ?? 0 } }
        return section("Patterns on the same turn", lead: "Assistant turns flagged with both patterns (blue); the gray "
            + "diagonal counts turns flagged with each.", SVGChart.heatMap(labels: patterns.map(\.rawValue), values: values))
    }

    var definitions: String {
        section("How to read this", lead: "", """
            <dl><dt>Failure signal</dt><dd>Before an assistant turn: a tool error or failing output, a user correction, \
            a pasted error, or an interruption.</dd>\
            <dt>Clean recovery</dt><dd>The next turn acknowledges the error and carries no spiraling or hiding finding.</dd>\
            <dt>Other</dt><dd>No acknowledgment and no finding: often a reply to a new instruction.</dd>\
            <dt>Early, middle, late</dt><dd>The k-th of n assistant turns sits at (k + ½) / n; below ⅓ is early, below ⅔ middle.</dd>\
            <dt>Merging</dt><dd>Every number here is a count or a top-k list, so reports of shards merged with \
            <code>telltale merge</code> equal the report of the whole corpus.</dd></dl>
            """)
    }

    /// One stacked row per model, when the summary breaks down by model.
    private func modelRows(_ parts: (Tally) -> [Int]) -> [SVGChart.Stack]? {
        guard let models = summary.breakdowns["model"], !models.isEmpty else { return nil }
        return models.sorted { ($0.value.assistantTurns, $1.key) > ($1.value.assistantTurns, $0.key) }
            .prefix(Self.breakdownRows).map { SVGChart.Stack(label: $0.key, parts: parts($0.value)) }
    }

    static func outcomeParts(_ counts: [RecoveryOutcome: Int]) -> [Int] {
        RecoveryOutcome.allCases.map { counts[$0] ?? 0 }
    }

    /// A rate with a small bar scaled to the largest rate in its table.
    static func meter(_ value: Double, largest: Double) -> String {
        let width = largest > 0 ? Int((value / largest * 60).rounded()) : 0
        return HTML.number(value) + "<span class=\"meter\" style=\"width:\(width)px\"></span>"
    }

    func section(_ title: String, lead: String, _ body: String) -> String {
        "<section><h2>\(HTML.escape(title))</h2>" + (lead.isEmpty ? "" : "<p class=\"lead\">\(HTML.escape(lead))</p>")
            + body + "</section>"
    }
}
