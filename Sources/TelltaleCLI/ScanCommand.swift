import Telltale

/// `telltale scan`: findings for every conversation under the given paths.
struct ScanCommand: Command {
    let name = "scan"
    let summary = "Scan transcripts and report findings (JSON Lines, or a table on a terminal)."
    let usage = "telltale scan [PATH…|-] [options]"
    let discussion = """
        PATHs are files or directories (read recursively); '-' or no path reads standard input.
        Each file's format is detected from its content; --format forces one (see 'telltale formats').
        Findings go to standard output as JSON Lines with the keys conversation, turn, pattern,
        detector, rule, score, start, end, excerpt, message, evidence — or as a table when standard
        output is a terminal and no --output is given. A summary goes to standard error.
        With --model, the detectors of a trained baseline model (ids baseline-<pattern>) replace
        the compiled-in ones.
        """

    let options: [Option] = [
        .value("--format", "NAME", "Read every file as this format."),
        .value("--detectors", "ID,…", "Run only these detectors (default: all compiled in and all from --rules)."),
        DetectorChoice.modelOption,
        .rules,
        .value("--min-score", "X", "Report findings scoring at least X (default: each detector's threshold)."),
        .value("--threads", "N", "Worker threads (default: the number of cores)."),
        .value("--output", "FILE", "Write findings to FILE instead of standard output."),
        .value("--summary", "FILE", "Write the summary as JSON to FILE."),
        .flag("--quiet", "Print no summary on standard error."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let detectors = try DetectorChoice.detectors(arguments, context)
        var options = ScanOptions()
        options.threads = try arguments.integer("--threads") ?? options.threads
        if let format = arguments.value("--format") {
            guard context.readers.contains(where: { $0.format.name == format }) else {
                throw UsageError("unknown format '\(format)'; this build reads: "
                    + context.readers.map(\.format.name).joined(separator: ", "))
            }
            options.format = format
        }
        let set = DetectorSet(detectors, minimumScore: try arguments.double("--min-score"))
        let output = try arguments.value("--output").map { try OutputFile(path: $0) } ?? context.out
        let summaryFile = try arguments.value("--summary").map { try OutputFile(path: $0) }
        let table = arguments.value("--output") == nil && context.out.isTerminal
        let observer = FindingPrinter(output: output, errors: context.err, table: table)
        options.shouldStop = { [output] in output.isBroken }
        let paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals

        let summary = Engine(detectors: set, readers: context.readers, options: options).scan(paths, observer: observer)
        observer.finish()
        if output.pipeClosed { return ExitCode.ok }
        if let failure = output.failure { context.err.write("telltale scan: cannot write findings: \(failure)\n"); return ExitCode.failure }
        let report = SummaryReport(summary: summary, patterns: set.patterns)
        if !arguments.has("--quiet") { context.err.write(report.text) }
        if let summaryFile {
            summaryFile.write(report.json + "\n")
            summaryFile.flush()
            if let failure = summaryFile.failure { context.err.write("telltale scan: cannot write summary: \(failure)\n"); return ExitCode.failure }
        }
        return ExitCode.ok
    }
}

/// Writes findings as they arrive, in input order.
final class FindingPrinter: ScanObserver {
    let output: OutputFile
    let errors: OutputFile
    let table: TableWriter?

    init(output: OutputFile, errors: OutputFile, table: Bool) {
        self.output = output
        self.errors = errors
        self.table = table ? TableWriter(output: output) : nil
    }

    func scanned(_ result: ConversationResult) {
        for finding in result.findings {
            if let table { table.write(finding) } else { output.write(finding.jsonLine + "\n") }
        }
    }

    func rejected(_ rejection: Rejection) {
        errors.write("telltale: \(rejection.location): \(rejection.reason)\n")
    }

    func finished(_ file: FileReport) {
        if let problem = file.problem, problem != "empty file" || file.format == nil {
            errors.write("telltale: \(file.path): \(problem)\n")
        }
    }

    func finish() {
        table?.finish()
        output.flush()
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
