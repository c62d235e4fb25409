/// Turn-level counts for one pattern and the rates derived from them.
///
/// The 0/0 cases are defined, not left to chance:
/// - precision with no findings (tp + fp = 0) is 1: nothing was claimed, so nothing claimed was wrong;
/// - recall with no gold positives (tp + fn = 0) is 1: there was nothing to find, and nothing was missed;
/// - F1 is 0 when precision and recall are both 0.
/// So a pattern with no positives and no findings scores 1 / 1 / 1, a silent detector facing
/// positives scores F1 0, and any finding where the gold has none scores F1 0.
public struct PatternMetrics: Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// Distinct turns reported for the pattern.
    public var predicted: Int { truePositives + falsePositives }
    /// Turns the gold labels with the pattern.
    public var positives: Int { truePositives + falseNegatives }

    public var precision: Double {
        predicted == 0 ? 1 : Double(truePositives) / Double(predicted)
    }

    public var recall: Double {
        positives == 0 ? 1 : Double(truePositives) / Double(positives)
    }

    public var f1: Double {
        let precision = precision, recall = recall
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    }
}

extension Collection where Element == PatternMetrics {
    /// The unweighted mean F1: every pattern counts the same, however rare.
    public var macroF1: Double {
        isEmpty ? 0 : reduce(0) { $0 + $1.f1 } / Double(count)
    }
}
