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
        let layout = SummaryLayout(patterns: set.patterns)
        var options = ScanOptions()
        SummaryCollector.install(layout, in: &options)
        let printer = FindingPrinter(output: context.out, errors: context.err, table: true)
        let collector = SummaryCollector(layout: layout)
        let scan = Engine(detectors: set, readers: context.readers, options: options)
            .scan([directory], observer: ObserverGroup([printer, collector]))
        printer.finish()
        context.err.write(SummaryReport(summary: collector.finish(scan)).text)
        return ExitCode.ok
    }
}
