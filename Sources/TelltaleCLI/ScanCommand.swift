import Dispatch
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
        output is a terminal and no --output is given. A summary goes to standard error; when
        standard error is a terminal and the input is over 64 MB, so does a progress line.
        With --model, the detectors of a trained baseline model (ids baseline-<pattern>) replace
        the compiled-in ones.
        The summary (--summary, --summary-only) holds only counts and top-k lists, so summaries of
        shards or partitions merge with 'telltale merge' into exactly the summary of the whole.
        A record that cannot be read, or a file that cannot be, is reported on standard error as
        'PATH:LINE: reason' and counted in the summary; --on-error fail stops there instead
        (exit 1). Ctrl-C stops after the work in hand: findings written are whole lines, the
        summary says the run was interrupted, exit 130 (143 for SIGTERM); a second Ctrl-C ends
        at once. See Docs/Reliability.md.
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
        .flag("--summary-only", "Print no findings; print the summary as one line of JSON on standard output."),
        .repeatable("--by", "KEY", "Also break the summary down by this metadata key (source, file, format, …); model always."),
        .value("--top", "K", "Keep the K highest-scoring findings per pattern as examples (default 5)."),
        .value("--shard", "I/N", "Scan only the I-th of N parts of the conversations (I from 1), chosen by id."),
        .value("--report", "FILE", "Write an HTML report of the summary to FILE."),
        .value("--csv", "FILE", "Write findings as CSV (RFC 4180) to FILE."),
        .flag("--origin-header", "Standard input starts with '#origin FILE:LINE' naming where its first line came from."),
        .value("--on-error", "report|fail", "Bad input: report it and go on (default), or stop at the first (exit 1)."),
        .flag("--quiet", "Print no summary (and no progress line) on standard error; without --summary or --report none is built."),
        .flag("--stats", "Print the run's throughput (MB/s, conversations/s, assistant turns/s) on standard error."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let started = DispatchTime.now().uptimeNanoseconds
        let detectors = try DetectorChoice.detectors(arguments, context)
        var options = ScanOptions()
        options.threads = try arguments.integer("--threads") ?? options.threads
        options.shard = try arguments.value("--shard").map(ShardOption.parse)
        options.stopsAtBadInput = try Self.stopsAtBadInput(arguments)
        if let format = arguments.value("--format") {
            guard context.readers.contains(where: { $0.format.name == format }) else {
                throw UsageError("unknown format '\(format)'; this build reads: "
                    + context.readers.map(\.format.name).joined(separator: ", "))
            }
            options.format = format
        }
        let summaryOnly = arguments.has("--summary-only")
        if summaryOnly, arguments.has("--output") { throw UsageError("--summary-only prints no findings; drop --output") }
        var paths = arguments.positionals.isEmpty ? ["-"] : arguments.positionals
        if arguments.has("--origin-header") {
            guard paths == ["-"] else { throw UsageError("--origin-header reads standard input only; give no PATH or '-'") }
            options.stdinOrigin = try OriginHeader.read()
            if options.stdinOrigin == nil { paths = [] }
        }
        let set = DetectorSet(detectors, minimumScore: try arguments.double("--min-score"))
        // Per model always: which model handles failure how is the first question of a corpus.
        let layout = SummaryLayout(patterns: set.patterns, breakdownKeys: ["model"] + arguments.values("--by"),
                                   topK: try arguments.integer("--top", atLeast: 0) ?? 5)
        let files = try ScanFiles(arguments)
        // Nobody reads the summary of a quiet scan without summary files: it is not built.
        let summarized = summaryOnly || !arguments.has("--quiet") || files.summary != nil || files.report != nil
        if summarized { SummaryCollector.install(layout, in: &options) }
        let output = try arguments.value("--output").map { try OutputFile(path: $0) } ?? context.out
        let table = arguments.value("--output") == nil && context.out.isTerminal
        // Not over a findings table on the same terminal, and not when asked for quiet.
        let progress = arguments.has("--quiet") || table ? nil : ProgressLine(paths: paths, errors: context.err)
        let printer = FindingPrinter(output: output, errors: context.err, table: table, findings: !summaryOnly, progress: progress)
        let collector = SummaryCollector(layout: layout)
        options.shouldStop = { [output] in output.isBroken || Interruption.signal != nil }

        let observers: [any ScanObserver] = [printer, collector] + (files.csv.map { [CSVFindingWriter(output: $0)] } ?? [])
        Interruption.catchSignals()
        let scan = Engine(detectors: set, readers: context.readers, options: options).scan(paths, observer: ObserverGroup(observers))
        Interruption.release()
        printer.finish()
        if arguments.has("--stats") {
            let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            context.err.write(ScanStats(bytes: scan.bytesRead, seconds: seconds, conversations: scan.conversations,
                                        assistantTurns: scan.assistantTurns, threads: options.threads).text)
        }
        if output.pipeClosed { return ExitCode.ok }
        if let failure = output.failure { context.err.write("telltale scan: cannot write findings: \(failure)\n"); return ExitCode.failure }
        var summary = collector.finish(scan)
        if let origin = options.stdinOrigin, summary.files[origin.file]?.problem == "empty file" {
            // Blank lines cut out of a larger file are not an empty file: the piece adds nothing.
            summary.files[origin.file] = nil
        }
        if summaryOnly {
            output.write(summary.json + "\n")
            output.flush()
            if let failure = output.failure, !output.pipeClosed {
                context.err.write("telltale scan: cannot write the summary: \(failure)\n")
                return ExitCode.failure
            }
        }
        let stop = Interruption.signalName ?? (scan.stoppedAtBadInput != nil ? "--on-error fail" : nil)
        if !summaryOnly, !arguments.has("--quiet") {
            context.err.write(SummaryReport(summary: summary, rejections: printer.rejections, stop: stop).text)
        }
        let written = files.write(summary, errors: context.err)
        if let status = Interruption.exitStatus { return status }
        if let first = scan.stoppedAtBadInput {
            context.err.write("telltale scan: stopped at the first bad input (--on-error fail): \(first)\n")
            return ExitCode.failure
        }
        return written
    }

    private static func stopsAtBadInput(_ arguments: Arguments) throws(UsageError) -> Bool {
        switch arguments.value("--on-error") ?? "report" {
        case "report": return false
        case "fail": return true
        case let other: throw UsageError("--on-error expects report or fail, got '\(other)'")
        }
    }
}

/// The files a scan writes besides the findings, opened before the scan so a bad path fails
/// fast.
struct ScanFiles {
    var summary: OutputFile?
    var report: OutputFile?
    var csv: OutputFile?

    init(_ arguments: Arguments) throws(UsageError) {
        func open(_ option: String) throws(UsageError) -> OutputFile? {
            guard let path = arguments.value(option) else { return nil }
            return try OutputFile(path: path)
        }
        summary = try open("--summary")
        report = try open("--report")
        csv = try open("--csv")
    }

    /// Writes the summary and report; the exit status says whether every file was written.
    func write(_ summary: Summary, errors: OutputFile) -> Int32 {
        if let file = self.summary { file.write(summary.json + "\n") }
        if let report { report.write(HTMLReport(summary: summary).page) }
        var status = ExitCode.ok
        for (name, file) in [("summary", self.summary), ("report", report), ("CSV", csv)] {
            guard let file else { continue }
            file.flush()
            if let failure = file.failure {
                errors.write("telltale scan: cannot write the \(name): \(failure)\n")
                status = ExitCode.failure
            }
        }
        return status
    }
}

/// Writes findings as they arrive, in input order.
final class FindingPrinter: ScanObserver {
    let output: OutputFile
    let errors: OutputFile
    let table: TableWriter?
    /// False with `--summary-only`: rejections and unreadable files are still reported.
    let printsFindings: Bool
    let progress: ProgressLine?
    /// The first rejections, for the summary (every one is printed as it comes).
    private(set) var rejections: [Rejection] = []

    init(output: OutputFile, errors: OutputFile, table: Bool, findings: Bool = true, progress: ProgressLine? = nil) {
        self.output = output
        self.errors = errors
        self.table = table && findings ? TableWriter(output: output) : nil
        printsFindings = findings
        self.progress = progress
    }

    func progressed(bytesRead: Int) {
        progress?.update(bytesRead: bytesRead)
    }

    func scanned(_ result: ConversationResult) {
        guard printsFindings else { return }
        for finding in result.findings {
            if let table { table.write(finding) } else { output.write(finding.jsonLine + "\n") }
        }
    }

    func rejected(_ rejection: Rejection) {
        progress?.clear()
        errors.write("telltale: \(rejection.location): \(rejection.reason)\n")
        if rejections.count < SummaryReport.rejectionsListed { rejections.append(rejection) }
    }

    func finished(_ file: FileReport) {
        // A reader that closed the pipe (`| head`) asked for no more: a file the stop cut short is no news.
        guard let problem = file.problem, problem != "empty file" || file.format == nil, !output.pipeClosed else { return }
        progress?.clear()
        errors.write("telltale: \(file.path): \(problem)\n")
    }

    func finish() {
        progress?.clear()
        table?.finish()
        output.flush()
    }
}

extension Substring {
    func trimmingCharacters() -> String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
