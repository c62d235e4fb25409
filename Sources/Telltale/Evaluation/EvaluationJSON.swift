/// JSON for evaluation results: fixed key order, rates rounded to 4 decimals.
extension PatternMetrics {
    public var json: String {
        JSONText.object([
            ("tp", String(truePositives)), ("fp", String(falsePositives)), ("fn", String(falseNegatives)),
            ("precision", JSONText.number(precision)), ("recall", JSONText.number(recall)), ("f1", JSONText.number(f1)),
        ])
    }
}

extension Evaluation {
    /// `turns`, `macro_f1`, and `patterns` with every evaluated pattern in reporting order.
    public var jsonMembers: [(String, String)] {
        [
            ("turns", String(turns)),
            ("macro_f1", JSONText.number(macroF1)),
            ("patterns", JSONText.object(patterns.map { ($0.rawValue, self[$0].json) })),
        ]
    }

    /// `{"turns": N, "macro_f1": x, "patterns": {"spiraling": {"tp", "fp", "fn", "precision", "recall", "f1"}, …}}`
    public var json: String { JSONText.object(jsonMembers) }

    /// The false positives, then the false negatives, as a JSON array.
    public var mismatchesJSON: String {
        JSONText.array((falsePositives + falseNegatives).map(\.json))
    }
}

extension Mismatch {
    public var json: String {
        JSONText.object([
            ("kind", JSONText.quoted(kind.rawValue)),
            ("conversation", JSONText.quoted(conversation)),
            ("turn", String(turn)),
            ("pattern", JSONText.quoted(pattern.rawValue)),
            ("score", score.map { JSONText.number($0, digits: 3) } ?? "null"),
            ("excerpt", JSONText.quoted(excerpt)),
        ])
    }
}

extension ThresholdSweep {
    /// Per pattern: the best point and every point, `{"threshold", "precision", "recall", "f1"}`.
    public var json: String {
        JSONText.object(patterns.map { pattern in
            let points = curves[pattern] ?? []
            return (pattern.rawValue, JSONText.object([
                ("best", best(for: pattern).map(Self.json) ?? "null"),
                ("points", JSONText.array(points.map(Self.json))),
            ]))
        })
    }

    private static func json(_ point: Point) -> String {
        JSONText.object([
            ("threshold", JSONText.number(point.threshold, digits: 2)),
            ("precision", JSONText.number(point.metrics.precision)),
            ("recall", JSONText.number(point.metrics.recall)),
            ("f1", JSONText.number(point.metrics.f1)),
        ])
    }
}
