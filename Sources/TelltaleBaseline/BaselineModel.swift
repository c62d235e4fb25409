import Telltale

/// A bag-of-words baseline: one logistic regression per pattern over the unigrams and bigrams
/// of an assistant turn (plus a few context features), trained on a gold set.
///
/// It exists to be beaten: a detector that does not clearly outscore a linear model over
/// n-grams has not earned its rules. Its detectors run in the same harness as any other.
public struct BaselineModel: Sendable {
    /// One pattern's classifier and the probability at which it reports.
    public struct PatternModel: Sendable, Equatable {
        public var pattern: PatternID
        public var threshold: Double
        /// Positive turns it was trained on.
        public var positives: Int
        var regression: LogisticRegression
    }

    /// The n-grams (and `ctx:` features) the model knows, by feature index.
    public let features: [String]
    let index: [String: Int]
    public let models: [PatternModel]
    public let options: TrainingOptions
    /// Assistant turns it was trained on.
    public let examples: Int

    init(features: [String], models: [PatternModel], options: TrainingOptions, examples: Int) {
        self.features = features
        index = Dictionary(uniqueKeysWithValues: features.enumerated().map { ($1, $0) })
        self.models = models
        self.options = options
        self.examples = examples
    }

    /// Trains one classifier per pattern (the five built-in ones and any other the gold labels)
    /// on every assistant turn of the gold set.
    public static func train(on gold: GoldSet, options: TrainingOptions = TrainingOptions()) -> BaselineModel {
        let (turns, labels) = labeledTurns(in: gold, context: options.context)
        var counts: [String: Int] = [:]
        for turn in turns { for name in turn.names { counts[name, default: 0] += 1 } }
        let features = counts.filter { $0.value >= options.minimumCount }.keys.sorted()
        let patterns = PatternID.reportingOrder(PatternID.builtIn + labels.flatMap { $0 })
        let untrained = BaselineModel(features: features, models: [], options: options, examples: turns.count)
        let vectors = turns.map(untrained.vector)
        let models = patterns.enumerated().map { position, pattern in
            let targets = labels.map { $0.contains(pattern) }
            let regression = LogisticRegression.train(vectors, targets, features: features.count, options: options,
                                                      seed: options.seed &+ UInt64(position) &* 0x9E37_79B9)
            return PatternModel(pattern: pattern, threshold: 0.5, positives: targets.filter { $0 }.count,
                                regression: regression.rounded())
        }
        return BaselineModel(features: features, models: models, options: options, examples: turns.count)
    }

    /// The known features of a turn, each weighted 1/√n so long turns do not outvote short ones.
    func vector(_ turn: TurnFeatures) -> SparseVector {
        let known = turn.names.compactMap { index[$0] }.sorted()
        let value = known.isEmpty ? 0 : 1 / Double(known.count).squareRoot()
        return known.map { ($0, value) }
    }

    /// Class-weighted training loss of each pattern's model on `gold`.
    public func loss(on gold: GoldSet) -> [PatternID: Double] {
        let (turns, labels) = Self.labeledTurns(in: gold, context: options.context)
        let vectors = turns.map(vector)
        return Dictionary(uniqueKeysWithValues: models.map { model in
            let targets = labels.map { $0.contains(model.pattern) }
            return (model.pattern, model.regression.loss(vectors, targets, classWeights: ClassWeights(labels: targets), l2: options.l2))
        })
    }

    /// The features and gold patterns of every assistant turn of a gold set, in order.
    static func labeledTurns(in gold: GoldSet, context: Bool) -> ([TurnFeatures], [Set<PatternID>]) {
        var turns: [TurnFeatures] = []
        var labels: [Set<PatternID>] = []
        for entry in gold.conversations {
            for turn in entry.conversation.assistantTurnIndices {
                turns.append(TurnFeatures(turn: turn, of: entry.conversation, includeContext: context))
                labels.append(Set(entry.labels.filter { $0.turn == turn }.map(\.pattern)))
            }
        }
        return (turns, labels)
    }

    /// One detector per pattern, reporting the model's probability as its score.
    public var detectors: [any Detector] {
        models.map { BaselineDetector(model: self, pattern: $0) }
    }
}

extension LogisticRegression {
    /// Weights at the precision the model file stores, so a saved and reloaded model predicts
    /// exactly as the trained one.
    func rounded() -> LogisticRegression {
        LogisticRegression(bias: Self.round(bias), weights: weights.map(Self.round))
    }

    static func round(_ value: Double) -> Double { (value * 1e6).rounded() / 1e6 }
}
