import Telltale

/// One pattern of a trained baseline model as a detector: every assistant turn gets the
/// model's probability as its score; the span is the n-gram that raised it most, the evidence
/// the n-grams and context features that moved it most.
public struct BaselineDetector: Detector {
    let model: BaselineModel
    let pattern: BaselineModel.PatternModel

    init(model: BaselineModel, pattern: BaselineModel.PatternModel) {
        self.model = model
        self.pattern = pattern
    }

    public var description: DetectorDescription {
        DetectorDescription(
            id: "baseline-" + pattern.pattern.rawValue, name: "Bag-of-words baseline (\(pattern.pattern))",
            pattern: pattern.pattern,
            summary: "Logistic regression over the turn's unigrams and bigrams, trained on \(model.examples) labeled turns.",
            rationale: "A learned reference point: rules should beat what word counts alone can find.",
            defaultThreshold: pattern.threshold, triggeringExamples: [], nonTriggeringExamples: [])
    }

    public var vocabulary: Vocabulary { .empty }

    static let evidenceCount = 5

    public func analyze(_ view: DetectorView) -> [Finding] {
        view.assistantTurns.map { turn in
            let features = TurnFeatures(turn: turn, of: view.conversation, includeContext: model.options.context)
            let x = model.vector(features)
            let weights = pattern.regression.weights
            let contributions = x.map { (name: model.features[$0.index], value: weights[$0.index] * $0.value) }
            let probability = LogisticRegression.sigmoid(contributions.reduce(pattern.regression.bias) { $0 + $1.value })
            let lead = contributions.filter { $0.value > 0 && features.spans[$0.name] != nil }
                .max { ($0.value, $1.name) < ($1.value, $0.name) }
            let range = lead.flatMap { features.spans[$0.name] } ?? 0..<view.turns[turn].text.utf8.count
            let evidence = contributions.sorted { (abs($0.value), $1.name) > (abs($1.value), $0.name) }
                .prefix(Self.evidenceCount)
                .map { Evidence(($0.name.hasPrefix(TurnFeatures.contextPrefix) ? "context " : "n-gram ") + "\"\($0.name)\"",
                                weight: $0.value) }
            let score = (probability * 1000).rounded() / 1000
            return Finding(conversation: view.conversation.id, turn: turn, pattern: pattern.pattern,
                           detector: view.description.id, rule: "bag-of-words", score: score,
                           start: range.lowerBound, end: range.upperBound,
                           excerpt: Excerpt.around(range, in: view.structure(of: turn)),
                           message: "model probability \(JSONText.number(score, digits: 3)) for \(pattern.pattern)"
                               + (lead.map { " (strongest n-gram \"\($0.name)\")" } ?? ""),
                           evidence: Array(evidence))
        }
    }
}
