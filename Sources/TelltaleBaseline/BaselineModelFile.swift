import Foundation
import Telltale

/// The model file: one JSON object, written by hand in a fixed key order and read back with
/// the core scanner.
///
/// ```json
/// {"format": "telltale-baseline", "version": 1,
///  "options": {"epochs": 20, "seed": 1, "l2": 0.0001, "learning_rate": 0.2, "min_count": 2, "context": true},
///  "examples": 1274, "features": ["a", "a bit", "ctx:error", …],
///  "models": [{"pattern": "spiraling", "threshold": 0.5, "positives": 23, "bias": -1.2, "weights": [0.01, …]}]}
/// ```
/// `weights[i]` belongs to `features[i]`. Weights are stored to 6 decimals, and trained
/// models are rounded the same way, so a reloaded model predicts exactly as the saved one.
extension BaselineModel {
    static let formatName = "telltale-baseline"
    static let formatVersion = 1

    public var json: String {
        JSONText.object([
            ("format", JSONText.quoted(Self.formatName)),
            ("version", String(Self.formatVersion)),
            ("options", JSONText.object([
                ("epochs", String(options.epochs)), ("seed", String(options.seed)),
                ("l2", JSONText.number(options.l2, digits: 10)), ("learning_rate", JSONText.number(options.learningRate, digits: 10)),
                ("min_count", String(options.minimumCount)), ("context", options.context ? "true" : "false"),
            ])),
            ("examples", String(examples)),
            ("features", JSONText.array(features.map(JSONText.quoted))),
            ("models", JSONText.array(models.map { model in
                JSONText.object([
                    ("pattern", JSONText.quoted(model.pattern.rawValue)),
                    ("threshold", JSONText.number(model.threshold)),
                    ("positives", String(model.positives)),
                    ("bias", JSONText.number(model.regression.bias, digits: 6)),
                    ("weights", JSONText.array(model.regression.weights.map { JSONText.number($0, digits: 6) })),
                ])
            })),
        ])
    }

    public func write(to path: String) throws {
        try (json + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Reads a model file; a file that is not a complete, consistent model is an error that
    /// names the file and the problem.
    public static func read(_ path: String) throws(ModelFileError) -> BaselineModel {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelFileError(path: path, reason: FileManager.default.fileExists(atPath: path) ? "cannot read the file" : "no such file")
        }
        do {
            return try [UInt8](data).withUnsafeBufferPointer { try parse($0) }
        } catch let error as ModelFileError.Problem {
            throw ModelFileError(path: path, reason: error.reason)
        } catch {
            throw ModelFileError(path: path, reason: "invalid JSON: \(error)")
        }
    }

    /// Parses model JSON; throws `ModelFileError.Problem` or a JSON error.
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws -> BaselineModel {
        typealias Problem = ModelFileError.Problem
        var scanner = JSONScanner(bytes)
        var format: String?, version: Double?, examples = 0
        var options = TrainingOptions()
        var features: [String]?
        var models: [PatternModel] = []
        try scanner.object { key, value in
            switch key {
            case "format": format = try value.optionalString()
            case "version": version = try value.number()
            case "examples": examples = try wholeNumber(&value, "examples")
            case "options": options = try parseOptions(&value)
            case "features": features = try strings(&value)
            case "models": try value.array { element in models.append(try parseModel(&element)) }
            default: break
            }
        }
        try scanner.finish()
        guard format == formatName else { throw Problem("not a telltale baseline model (\"format\" is not \"\(formatName)\")") }
        guard version == Double(formatVersion) else { throw Problem("model version \(version.map { "\($0)" } ?? "missing") is not \(formatVersion)") }
        guard let features else { throw Problem("no \"features\"") }
        guard !models.isEmpty else { throw Problem("no \"models\"") }
        for model in models where model.regression.weights.count != features.count {
            throw Problem("model '\(model.pattern)' has \(model.regression.weights.count) weights for \(features.count) features")
        }
        guard Set(features).count == features.count else { throw Problem("duplicate features") }
        guard Set(models.map(\.pattern)).count == models.count else { throw Problem("two models for one pattern") }
        return BaselineModel(features: features, models: models, options: options, examples: examples)
    }

    private static func parseOptions(_ scanner: inout JSONScanner) throws -> TrainingOptions {
        var options = TrainingOptions()
        try scanner.object { key, value in
            switch key {
            case "epochs": options.epochs = try wholeNumber(&value, "epochs")
            case "seed": options.seed = UInt64(try value.scalarText() ?? "") ?? options.seed
            case "l2": options.l2 = try finiteNumber(&value, "l2")
            case "learning_rate": options.learningRate = try finiteNumber(&value, "learning_rate")
            case "min_count": options.minimumCount = try wholeNumber(&value, "min_count")
            case "context": options.context = try value.bool()
            default: break
            }
        }
        return options
    }

    private static func parseModel(_ scanner: inout JSONScanner) throws -> PatternModel {
        var pattern: String?, threshold = 0.5, positives = 0, bias = 0.0
        var weights: [Double]?
        try scanner.object { key, value in
            switch key {
            case "pattern": pattern = try value.optionalString()
            case "threshold": threshold = try finiteNumber(&value, "threshold")
            case "positives": positives = try wholeNumber(&value, "positives")
            case "bias": bias = try finiteNumber(&value, "bias")
            case "weights":
                var list: [Double] = []
                try value.array { list.append(try finiteNumber(&$0, "weights")) }
                weights = list
            default: break
            }
        }
        guard let pattern, !pattern.isEmpty else { throw ModelFileError.Problem("a model has no \"pattern\"") }
        guard let weights else { throw ModelFileError.Problem("model '\(pattern)' has no \"weights\"") }
        return PatternModel(pattern: PatternID(pattern), threshold: threshold, positives: positives,
                            regression: LogisticRegression(bias: bias, weights: weights))
    }

    private static func finiteNumber(_ scanner: inout JSONScanner, _ name: String) throws -> Double {
        guard try scanner.kind() == .number else { throw ModelFileError.Problem("\"\(name)\" must hold numbers") }
        let value = try scanner.number()
        guard value.isFinite else { throw ModelFileError.Problem("\"\(name)\" holds a number out of range") }
        return value
    }

    private static func wholeNumber(_ scanner: inout JSONScanner, _ name: String) throws -> Int {
        guard let value = Int(exactly: try finiteNumber(&scanner, name)), value >= 0 else {
            throw ModelFileError.Problem("\"\(name)\" must be a whole number ≥ 0")
        }
        return value
    }

    private static func strings(_ scanner: inout JSONScanner) throws -> [String] {
        var list: [String] = []
        try scanner.array { element in
            guard try element.kind() == .string else { throw ModelFileError.Problem("\"features\" must hold strings") }
            list.append(try element.string())
        }
        return list
    }
}

/// A model file that cannot be used.
public struct ModelFileError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }

    struct Problem: Error {
        var reason: String
        init(_ reason: String) { self.reason = reason }
    }
}
