import Foundation

/// A sparse feature vector: (feature index, value) pairs in increasing index order.
typealias SparseVector = [(index: Int, value: Double)]

/// One binary logistic regression: P(pattern | turn) = σ(bias + w · x).
struct LogisticRegression: Sendable, Equatable {
    var bias: Double
    var weights: [Double]

    init(bias: Double = 0, weights: [Double]) {
        self.bias = bias
        self.weights = weights
    }

    func logit(_ x: SparseVector) -> Double {
        x.reduce(bias) { $0 + weights[$1.index] * $1.value }
    }

    func probability(_ x: SparseVector) -> Double { Self.sigmoid(logit(x)) }

    static func sigmoid(_ z: Double) -> Double {
        z >= 0 ? 1 / (1 + exp(-z)) : exp(z) / (1 + exp(z))
    }

    /// Class-weighted mean log loss plus the L2 penalty: what training minimizes.
    func loss(_ examples: [SparseVector], _ labels: [Bool], classWeights: ClassWeights, l2: Double) -> Double {
        guard !examples.isEmpty else { return 0 }
        var total = 0.0
        for (x, label) in zip(examples, labels) {
            let p = min(max(probability(x), 1e-12), 1 - 1e-12)
            total -= classWeights[label] * (label ? log(p) : log(1 - p))
        }
        return total / Double(examples.count) + l2 / 2 * weights.reduce(0) { $0 + $1 * $1 }
    }
}

/// Per-class example weights that make both classes weigh the same in total ("balanced"):
/// a pattern on 2% of turns would otherwise be learned as "never".
struct ClassWeights: Sendable, Equatable {
    var positive: Double
    var negative: Double

    init(labels: [Bool]) {
        let positives = labels.filter { $0 }.count, negatives = labels.count - positives
        positive = positives == 0 ? 0 : Double(labels.count) / (2 * Double(positives))
        negative = negatives == 0 ? 0 : Double(labels.count) / (2 * Double(negatives))
    }

    subscript(label: Bool) -> Double { label ? positive : negative }
}

/// Settings of stochastic gradient descent.
public struct TrainingOptions: Sendable, Equatable {
    public var epochs = 20
    public var seed: UInt64 = 1
    /// L2 penalty strength.
    public var l2 = 1e-3
    public var learningRate = 0.2
    /// Keep n-grams seen in at least this many training turns.
    public var minimumCount = 2
    /// Add context features from the turn each reply answers.
    public var context = true

    public init() {}
}

extension LogisticRegression {
    /// Trains by SGD on the class-weighted log loss with L2, visiting examples in an order
    /// shuffled by `seed` each epoch, with a decaying step `η / (1 + η·λ·t)`. Weight decay is
    /// applied lazily through a common scale, so a step costs the example's features, not the
    /// vocabulary. Same inputs and seed, same model, bit for bit.
    static func train(_ examples: [SparseVector], _ labels: [Bool], features: Int, options: TrainingOptions,
                      seed: UInt64) -> LogisticRegression {
        let classWeights = ClassWeights(labels: labels)
        var scaled = [Double](repeating: 0, count: features)
        var scale = 1.0
        var bias = 0.0
        var random = SplitMix64(seed: seed)
        var order = Array(examples.indices)
        var step = 0.0
        for _ in 0..<options.epochs {
            random.shuffle(&order)
            for index in order {
                let rate = options.learningRate / (1 + options.learningRate * options.l2 * step)
                step += 1
                let x = examples[index]
                let z = x.reduce(bias) { $0 + scale * scaled[$1.index] * $1.value }
                let gradient = classWeights[labels[index]] * (sigmoid(z) - (labels[index] ? 1 : 0))
                scale *= 1 - rate * options.l2
                for (feature, value) in x { scaled[feature] -= rate * gradient * value / scale }
                bias -= rate * gradient
                if scale < 1e-6 {
                    for feature in scaled.indices { scaled[feature] *= scale }
                    scale = 1
                }
            }
        }
        return LogisticRegression(bias: bias, weights: scaled.map { $0 * scale })
    }
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64): the same sequence on
/// every platform, unlike the system generator.
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// Fisher–Yates with an unbiased bounded draw.
    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for index in stride(from: items.count - 1, to: 0, by: -1) {
            let bound = UInt64(index + 1)
            var draw = next()
            while draw >= UInt64.max - UInt64.max % bound { draw = next() }
            items.swapAt(index, Int(draw % bound))
        }
    }
}
