import Telltale

/// `telltale report`: the HTML report of a summary, e.g. one merged from shards.
struct ReportCommand: Command {
    let name = "report"
    let summary = "Render an HTML report from summary files (merged first when there are several)."
    let usage = "telltale report SUMMARY… [--output FILE]"
    let discussion = "The report is one self-contained HTML file: inline CSS and SVG, no scripts, nothing fetched."
    let options: [Option] = [
        .value("--output", "FILE", "Write the report to FILE instead of standard output."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard !arguments.positionals.isEmpty else { throw UsageError("name at least one summary file") }
        let summary = try SummaryFiles.load(arguments.positionals)
        let output = try arguments.value("--output").map { try OutputFile(path: $0) } ?? context.out
        output.write(HTMLReport(summary: summary).page)
        output.flush()
        if let failure = output.failure, !output.pipeClosed {
            context.err.write("telltale report: cannot write the report: \(failure)\n")
            return ExitCode.failure
        }
        return ExitCode.ok
    }
}
