/// Precision, recall and F1 per pattern as the score cutoff rises: where each detector's
/// threshold should sit on this gold set.
///
/// Give it findings at every score (a detector set run at `minimumScore` 0, or a findings file
/// written that way); a cell counts at threshold t when its best finding scores at least t.
public struct ThresholdSweep: Sendable {
    /// 0.05, 0.10, … 0.95.
    public static let standardThresholds: [Double] = (1...19).map { Double($0) / 20 }

    public struct Point: Sendable, Hashable {
        public var threshold: Double
        public var metrics: PatternMetrics
    }

    public let thresholds: [Double]
    public let patterns: [PatternID]
    public let curves: [PatternID: [Point]]

    /// Sweeps the five built-in patterns and `extraPatterns`.
    public init(gold: GoldSet, findings: [Finding], extraPatterns: [PatternID] = [],
                thresholds: [Double] = ThresholdSweep.standardThresholds) {
        let patterns = PatternID.reportingOrder(PatternID.builtIn + extraPatterns)
        let predictions = Predictions(findings, in: gold, patterns: patterns)
        var curves: [PatternID: [Point]] = [:]
        for threshold in thresholds {
            let metrics = predictions.tally(predictions.admitted(threshold), against: gold, patterns: patterns)
            for pattern in patterns {
                curves[pattern, default: []].append(Point(threshold: threshold, metrics: metrics[pattern] ?? PatternMetrics()))
            }
        }
        self.thresholds = thresholds
        self.patterns = patterns
        self.curves = curves
    }

    /// The point with the highest F1; on ties the lowest threshold, the one that keeps most findings.
    public func best(for pattern: PatternID) -> Point? {
        curves[pattern]?.reduce(nil) { best, point in
            guard let best else { return point }
            return point.metrics.f1 > best.metrics.f1 ? point : best
        }
    }
}
