extension Summary {
    /// The summary of one conversation, built on the worker thread from the analysis the
    /// detectors shared; a run's summary is the merge of these and the engine's file counts.
    public init(analysis: ConversationAnalysis, findings: [Finding], layout: SummaryLayout) {
        self.init(layout: layout)
        let conversation = analysis.conversation
        let assistantTurns = analysis.assistantTurns
        var flagged: [Int: Set<PatternID>] = [:]
        var tally = Tally()
        tally.conversations = 1
        tally.assistantTurns = assistantTurns.count
        for finding in findings {
            tally.patterns[finding.pattern, default: PatternCount()].findings += 1
            if flagged[finding.turn, default: []].insert(finding.pattern).inserted {
                tally.patterns[finding.pattern, default: PatternCount()].turns += 1
            }
        }
        for (ordinal, turn) in assistantTurns.enumerated() {
            let position = TurnPosition(ordinal: ordinal, of: assistantTurns.count)
            positions[position, default: PositionCount()].assistantTurns += 1
            for pattern in flagged[turn] ?? [] {
                positions[position, default: PositionCount()].patterns[pattern, default: 0] += 1
                for other in flagged[turn] ?? [] { cooccurrence[pattern, default: [:]][other, default: 0] += 1 }
            }
        }
        tally.add(RecoveryEvents(context: analysis.context, assistantTurns: assistantTurns, findings: findings))
        totals = tally
        for key in layout.breakdownKeys {
            breakdowns[key] = [Summary.value(of: key, in: conversation): tally]
        }
        for finding in findings where layout.topK > 0 {
            examples[finding.pattern, default: TopK(k: layout.topK)].insert(ExampleFinding(finding, in: conversation))
        }
    }

    /// Takes the engine's counts of files, rejected records and formats.
    public mutating func add(_ scan: ScanSummary) {
        recordsRejected += scan.recordsRejected
        interrupted = interrupted || scan.interrupted
        formats.merge(scan.byFormat) { $0.merged($1) }
        for report in scan.files { files[report.path, default: FileReport(path: report.path)].merge(report) }
    }
}

extension Tally {
    mutating func add(_ events: RecoveryEvents) {
        for answer in events.answers {
            recovery[answer.signal.kind, default: [:]][answer.outcome, default: 0] += 1
            detection[DetectedBy(answer.signal.kind), default: 0] += 1
        }
        if !events.selfCaught.isEmpty { detection[.assistant, default: 0] += events.selfCaught.count }
        for correction in events.corrections {
            var count = CorrectionCount()
            count.named = 1
            count.observed = correction.observed ? 1 : 0
            if let turns = correction.recurredAfter {
                count.recurred = 1
                count.turnsUntilRecurrence = turns
            }
            corrections[correction.pattern, default: CorrectionCount()].merge(count)
        }
    }
}
