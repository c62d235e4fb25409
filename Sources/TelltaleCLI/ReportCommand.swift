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
        let summary = try SummaryFiles.load(arguments.positionals)
        return try SummaryFiles.write(HTMLReport(summary: summary).page, to: arguments.value("--output"), context,
                                      naming: "report")
    }
}
