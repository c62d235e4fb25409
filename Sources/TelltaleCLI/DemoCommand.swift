import Foundation
import Telltale

/// `telltale demo`: scans a small sample corpus bundled in the binary and prints the table,
/// so a new user sees findings before pointing the tool at their own logs.
struct DemoCommand: Command {
    let name = "demo"
    let summary = "Scan the bundled sample corpus and print the findings as a table."
    let usage = "telltale demo [--keep DIR]"
    let discussion = "The sample is a few short conversations written for this demo, in two formats."
    let options: [Option] = [
        .value("--keep", "DIR", "Also write the sample files to DIR, to rescan them with 'telltale scan DIR'."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let directory = arguments.value("--keep")
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("telltale-demo-\(getpid())").path
        try SampleCorpus.write(to: directory)
        defer { if arguments.value("--keep") == nil { try? FileManager.default.removeItem(atPath: directory) } }
        let set = DetectorSet(context.detectors)
        let printer = FindingPrinter(output: context.out, errors: context.err, table: true)
        let summary = Engine(detectors: set, readers: context.readers).scan([directory], observer: printer)
        printer.finish()
        context.err.write(SummaryReport(summary: summary, patterns: set.patterns).text)
        return ExitCode.ok
    }
}
