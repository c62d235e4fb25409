/// The summary as one line of JSON. Key order and number formatting are fixed and every list
/// is sorted, so equal summaries are equal bytes: the merge of shard summaries can be compared
/// with `cmp` against the summary of the whole run.
///
/// Layout: `conversations`, `assistant_turns`, `records_rejected`, `patterns`, `formats`, `files`,
/// `interrupted` (the keys summaries always had), then `recovery`, `detection`, `corrections`,
/// `positions`, `cooccurrence`, `by`, `top_k`, `examples`. Zero counts are written, so every
/// summary of one layout has the same keys.
extension Summary {
    public var json: String {
        let tally = SummaryJSON.members(of: totals, layout: layout)
        return JSONText.object(Array(tally[0..<2]) + [("records_rejected", String(recordsRejected))]
            + [tally[2]] + [
                ("formats", JSONText.object(formats.sorted { $0.key < $1.key }.map { format, count in
                    (format, JSONText.object([("conversations", String(count.conversations)),
                                              ("assistant_turns", String(count.assistantTurns))]))
                })),
                ("files", JSONText.array(files.sorted { $0.key < $1.key }.map(SummaryJSON.file))),
                ("interrupted", interrupted ? "true" : "false"),
            ] + tally[3...] + [
                ("positions", JSONText.object(TurnPosition.allCases.map { position in
                    let count = positions[position] ?? PositionCount()
                    return (position.rawValue, JSONText.object([
                        ("assistant_turns", String(count.assistantTurns)),
                        ("patterns", SummaryJSON.counts(layout.patterns.map { ($0.rawValue, count.patterns[$0] ?? 0) })),
                    ]))
                })),
                ("cooccurrence", JSONText.object(layout.patterns.map { row in
                    (row.rawValue, SummaryJSON.counts(layout.patterns.map { ($0.rawValue, cooccurrence[row]?[$0] ?? 0) }))
                })),
                ("by", JSONText.object(layout.breakdownKeys.map { key in
                    (key, JSONText.object((breakdowns[key] ?? [:]).sorted { $0.key < $1.key }.map { value, tally in
                        (value, JSONText.object(SummaryJSON.members(of: tally, layout: layout)))
                    }))
                })),
                ("top_k", String(layout.topK)),
                ("examples", JSONText.object(layout.patterns.map { pattern in
                    (pattern.rawValue, JSONText.array((examples[pattern]?.elements ?? []).map(SummaryJSON.example)))
                })),
            ])
    }
}

enum SummaryJSON {
    /// A tally's members: conversations, assistant_turns, patterns, recovery, detection, corrections.
    static func members(of tally: Tally, layout: SummaryLayout) -> [(String, String)] {
        let outcomes = tally.outcomes
        return [
            ("conversations", String(tally.conversations)),
            ("assistant_turns", String(tally.assistantTurns)),
            ("patterns", JSONText.object(layout.patterns.map { pattern in
                let count = tally.patterns[pattern] ?? PatternCount()
                return (pattern.rawValue, counts([("findings", count.findings), ("turns", count.turns)]))
            })),
            ("recovery", JSONText.object([
                ("outcomes", counts(RecoveryOutcome.allCases.map { ($0.rawValue, outcomes[$0] ?? 0) })),
                ("by_signal", JSONText.object(FailureSignal.Kind.allCases.map { kind in
                    (kind.rawValue, counts(RecoveryOutcome.allCases.map { ($0.rawValue, tally.recovery[kind]?[$0] ?? 0) }))
                })),
            ])),
            ("detection", counts(DetectedBy.allCases.map { ($0.rawValue, tally.detection[$0] ?? 0) })),
            ("corrections", JSONText.object(layout.patterns.map { pattern in
                let count = tally.corrections[pattern] ?? CorrectionCount()
                return (pattern.rawValue, counts([
                    ("named", count.named), ("observed", count.observed), ("recurred", count.recurred),
                    ("turns_until_recurrence", count.turnsUntilRecurrence),
                ]))
            })),
        ]
    }

    static func counts(_ members: [(String, Int)]) -> String {
        JSONText.object(members.map { ($0.0, String($0.1)) })
    }

    static func file(_ entry: (key: String, value: FileReport)) -> String {
        let count = entry.value
        var members: [(String, String)] = [
            ("path", JSONText.quoted(entry.key)),
            ("format", count.format.map(JSONText.quoted) ?? "null"),
            ("records", String(count.records)),
            ("conversations", String(count.conversations)),
            ("rejected", String(count.rejected)),
            ("skipped", String(count.skipped)),
            ("invalid_utf8", String(count.invalidUTF8)),
        ]
        if let problem = count.problem { members.append(("problem", JSONText.quoted(problem))) }
        return JSONText.object(members)
    }

    static func example(_ example: ExampleFinding) -> String {
        JSONText.object([
            ("score", JSONText.number(example.score, digits: 3)),
            ("conversation", JSONText.quoted(example.conversation)),
            ("file", JSONText.quoted(example.file)),
            ("line", String(example.line)),
            ("turn", String(example.turn)),
            ("rule", JSONText.quoted(example.rule)),
            ("start", String(example.start)),
            ("end", String(example.end)),
            ("before", JSONText.quoted(example.before)),
            ("cue", JSONText.quoted(example.cue)),
            ("after", JSONText.quoted(example.after)),
        ])
    }
}
