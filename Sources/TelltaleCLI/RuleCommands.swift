import Telltale
import TelltaleTesting

extension Option {
    /// Accepted by every command that selects detectors.
    static let rules = Option.repeatable("--rules", "FILE",
                                         "Add the detectors declared in a JSON rule file (repeatable).")
}

extension RuleFiles {
    /// `detectors` followed by those declared in the rule files at `paths` (the `--rules`
    /// values). A bad rule file throws every problem it has, and the command runs nothing (exit 2).
    static func adding(_ paths: [String], to detectors: [any Detector]) throws(RuleFileError) -> [any Detector] {
        guard !paths.isEmpty else { return detectors }
        return detectors + (try RuleFiles.detectors(from: paths, alongside: detectors))
    }
}

/// `telltale test-rules FILE…`: every rule's examples, with the derived checks compiled
/// detectors pass in the test suite.
struct TestRulesCommand: Command {
    let name = "test-rules"
    let summary = "Check a rule file: load it, then run each rule's examples and the derived checks."
    let usage = "telltale test-rules FILE…"
    let discussion = """
        Each triggering example must be reported on its judged turn, and not once the turn is moved into
        a code block, a block quote or a user turn, or carries a suppression marker; a multi-byte prefix
        must shift the span by its length. Non-triggering examples must not be reported at all.
        Exit 0 when every rule passes, 1 when one fails, 2 when a file cannot be loaded.
        """
    let options: [Option] = []

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else { throw UsageError("name at least one rule file") }
        let rules = try RuleFiles.detectors(from: arguments.positionals, alongside: context.detectors)
        var failed = 0
        for rule in rules {
            let description = rule.description
            let failures = DetectorSelfTest.failures(of: rule)
            let counts = "\(description.triggeringExamples.count) triggering, "
                + "\(description.nonTriggeringExamples.count) non-triggering examples"
            if failures.isEmpty {
                context.out.write("ok    " + description.id.padding(to: 28) + counts + "\n")
            } else {
                failed += 1
                context.out.write("FAIL  " + description.id.padding(to: 28) + counts + "\n")
                for failure in failures { context.out.write("      " + failure + "\n") }
            }
        }
        context.out.write(failed == 0 ? "\(rules.count) rules passed\n" : "\(failed) of \(rules.count) rules failed\n")
        return failed == 0 ? ExitCode.ok : ExitCode.failure
    }
}
