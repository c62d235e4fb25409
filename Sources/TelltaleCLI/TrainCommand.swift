import Telltale
import TelltaleBaseline

/// `telltale train`: fits the bag-of-words baseline on a gold set and writes the model file
/// that `scan --model` and `eval --model` run.
struct TrainCommand: Command {
    let name = "train"
    let summary = "Train the bag-of-words baseline on gold files and write the model as JSON."
    let usage = "telltale train --gold FILE… --out MODEL.json [--epochs N] [--seed S]"
    let discussion = """
        One logistic regression per pattern over the unigrams and bigrams of each assistant
        message, plus unigrams of the user or tool message it answers (prefixed ctx:), trained
        by SGD with L2 and balanced class weights. The same gold files and seed give the same
        model, byte for byte. Evaluate it on gold it was not trained on: 'telltale eval --model'.
        """
    let options: [Option] = [
        .repeatable("--gold", "FILE", "A gold file to train on (repeatable)."),
        .value("--out", "FILE", "Where to write the model."),
        .value("--epochs", "N", "Passes over the training turns (default 20)."),
        .value("--seed", "S", "Seed of the example order (default 1)."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let goldPaths = arguments.values("--gold") + arguments.positionals
        guard !goldPaths.isEmpty else { throw UsageError("name at least one gold file with --gold") }
        guard let out = arguments.value("--out") else { throw UsageError("name the model file with --out") }
        var options = TrainingOptions()
        options.epochs = try arguments.integer("--epochs") ?? options.epochs
        options.seed = UInt64(try arguments.integer("--seed", atLeast: 0) ?? Int(options.seed))
        let gold: GoldSet
        do {
            let patterns = Set(PatternID.builtIn + context.detectors.map(\.description.pattern))
            gold = try GoldReader(readers: context.readers, patterns: patterns).read(goldPaths)
        } catch {
            context.err.write("telltale train: \(error)\n")
            return ExitCode.usage
        }
        guard gold.assistantTurns > 0 else { throw UsageError("the gold files hold no assistant turns to learn from") }
        let model = BaselineModel.train(on: gold, options: options)
        do { try model.write(to: out) } catch {
            context.err.write("telltale train: cannot write \(out): \(error)\n")
            return ExitCode.failure
        }
        let losses = model.loss(on: gold)
        context.err.write("telltale train: \(model.examples) assistant turns, \(model.features.count) features, "
            + "\(options.epochs) epochs, seed \(options.seed) → \(out)\n")
        for pattern in model.models {
            context.err.write("  " + pattern.pattern.rawValue.padding(to: 20) + "\(pattern.positives) positives".padding(to: 16)
                + "training loss " + JSONText.number(losses[pattern.pattern] ?? 0, digits: 4) + "\n")
        }
        return ExitCode.ok
    }
}
