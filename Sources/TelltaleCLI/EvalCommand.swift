import Telltale

/// `telltale eval`: scores detectors — the compiled-in ones, a trained baseline, or another
/// tool's findings — against a labeled gold set, turn by turn.
struct EvalCommand: Command {
    let name = "eval"
    let summary = "Score detectors or a findings file against labeled gold conversations."
    let usage = "telltale eval --gold FILE… [--findings FILE | --model FILE] [--threshold X | --sweep] [--errors] [--json]"
    let discussion = """
        Gold files are JSON Lines, one conversation per line in any line-based transcript shape,
        with "id" and "labels": [{"turn": n, "pattern": "id"}] (turn = 0-based message index).
        Paths given without --gold are gold files too. Each assistant message is judged for each
        pattern: a finding of pattern P on turn T matches the label (T, P); several findings on
        one turn and pattern count once. Precision is 1 when nothing was found, recall is 1 when
        the gold has no positives, F1 is 0 when both are 0 (marked * in the table). Macro-F1 is
        the mean over the five built-in patterns.
        Without --findings the detectors run on the gold conversations at their own thresholds
        (or --threshold); --model runs a trained baseline's detectors instead of the compiled-in ones. --findings scores another tool's JSON Lines findings (keys
        conversation, turn, pattern, and score, which defaults to 1). --sweep needs findings at
        every score: it runs detectors at minimum score 0 (give a findings file written with
        --min-score 0). A malformed gold or findings line stops the run with its file and line
        (exit 2).
        """
    let options: [Option] = [
        .repeatable("--gold", "FILE", "A gold file (repeatable)."),
        .value("--findings", "FILE", "Score these findings instead of running detectors."),
        DetectorChoice.modelOption,
        .rules,
        .value("--detectors", "ID,…", "Run only these detectors."),
        .repeatable("--where", "KEY=VALUE", "Score only gold lines whose top-level KEY is VALUE (e.g. sample=random)."),
        .value("--threshold", "X", "Count only findings scoring at least X (default: each detector's threshold)."),
        .flag("--sweep", "Report precision, recall and F1 per pattern at thresholds 0.05 … 0.95, and the best."),
        .flag("--errors", "List the false positives and false negatives with an excerpt of each turn."),
        .flag("--json", "Print the results as JSON."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let goldPaths = arguments.values("--gold") + arguments.positionals
        guard !goldPaths.isEmpty else { throw UsageError("name at least one gold file with --gold") }
        let threshold = try arguments.double("--threshold")
        let sweep = arguments.has("--sweep")
        if sweep, threshold != nil { throw UsageError("--threshold and --sweep exclude each other") }
        let findingsPath = arguments.value("--findings")
        if findingsPath != nil, arguments.has("--model") || arguments.has("--detectors") || arguments.has("--rules") {
            throw UsageError("--findings scores a file as it is; --model, --rules and --detectors choose detectors to run")
        }
        let detectors = findingsPath == nil ? try DetectorChoice.detectors(arguments, context) : []
        let extraPatterns = detectors.map(\.description.pattern).filter { !PatternID.builtIn.contains($0) }

        let gold: GoldSet
        let findings: [Finding]
        do {
            var reader = GoldReader(readers: context.readers, patterns: Set(PatternID.builtIn + extraPatterns))
            reader.filters = try Self.filters(arguments.values("--where"))
            gold = try reader.read(goldPaths)
            findings = try findingsPath.map(FindingsFile.read)
                ?? gold.findings(of: DetectorSet(detectors, minimumScore: sweep ? 0 : threshold))
        } catch {
            context.err.write("telltale eval: \(error)\n")
            return ExitCode.usage
        }
        guard !gold.conversations.isEmpty else { throw UsageError("the gold files hold no conversations") }

        // A sweep ran detectors at every score; the main table still shows their own thresholds.
        let defaults = Dictionary(uniqueKeysWithValues: detectors.map { ($0.description.id, $0.description.defaultThreshold) })
        let reported = sweep && findingsPath == nil ? findings.filter { $0.score >= defaults[$0.detector] ?? 0 } : findings
        let evaluation = Evaluation(gold: gold, findings: reported, extraPatterns: extraPatterns, minimumScore: threshold)
        let thresholdSweep = sweep ? ThresholdSweep(gold: gold, findings: findings, extraPatterns: extraPatterns) : nil
        let report = EvalReport(evaluation: evaluation, sweep: thresholdSweep, gold: gold,
                                source: source(findingsPath, arguments, detectors, threshold),
                                detected: findingsPath == nil ? Set(detectors.map(\.description.pattern)) : nil)

        if arguments.has("--json") {
            var members = evaluation.jsonMembers
            if let thresholdSweep { members.append(("sweep", thresholdSweep.json)) }
            if arguments.has("--errors") { members.append(("errors", evaluation.mismatchesJSON)) }
            context.out.write(JSONText.object(members) + "\n")
        } else {
            context.out.write(report.table)
            if let text = report.sweepTable { context.out.write(text) }
            if arguments.has("--errors") { context.out.write(report.errors) }
        }
        for note in report.notes { context.err.write("telltale eval: note: \(note)\n") }
        return ExitCode.ok
    }

    private func source(_ findingsPath: String?, _ arguments: Arguments, _ detectors: [any Detector], _ threshold: Double?) -> String {
        if let findingsPath {
            return "findings from \(findingsPath)" + (threshold.map { " scoring ≥ \(JSONText.number($0, digits: 3))" } ?? "")
        }
        let who = arguments.value("--model").map { "baseline model \($0)" } ?? "compiled-in detectors"
        return who + " (" + detectors.map(\.description.id).joined(separator: ", ") + ") at "
            + (threshold.map { "threshold \(JSONText.number($0, digits: 3))" } ?? "their own thresholds")
    }

    static func filters(_ clauses: [String]) throws(UsageError) -> [String: String] {
        var filters: [String: String] = [:]
        for clause in clauses {
            let parts = clause.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, !parts[0].isEmpty else { throw UsageError("--where expects KEY=VALUE, got '\(clause)'") }
            filters[String(parts[0])] = String(parts[1])
        }
        return filters
    }
}
