import Telltale
import TelltaleBaseline

/// The detectors a command runs: the compiled-in ones, or with `--model` the detectors of a
/// trained baseline model instead, plus those of `--rules` files, narrowed by `--detectors`.
enum DetectorChoice {
    static let modelOption = Option.value("--model", "FILE",
        "Run the detectors of a baseline model ('telltale train') instead of the compiled-in ones.")

    /// Throws `UsageError`, or `RuleFileError` for a bad rule file (exit 2 either way).
    static func detectors(_ arguments: Arguments, _ context: CommandContext) throws -> [any Detector] {
        var detectors = context.detectors
        if let path = arguments.value("--model") {
            do { detectors = try BaselineModel.read(path).detectors } catch { throw UsageError("\(error)") }
        }
        detectors = try RuleFiles.adding(arguments.values("--rules"), to: detectors)
        return try select(arguments.value("--detectors"), from: detectors)
    }

    static func select(_ list: String?, from detectors: [any Detector]) throws(UsageError) -> [any Detector] {
        guard let list else { return detectors }
        let ids = list.split(separator: ",").map { $0.trimmingCharacters() }
        for id in ids where !detectors.contains(where: { $0.description.id == id }) {
            throw UsageError("unknown detector '\(id)'; this run has: " + detectors.map(\.description.id).joined(separator: ", "))
        }
        return detectors.filter { ids.contains($0.description.id) }
    }
}
