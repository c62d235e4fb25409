import Telltale

/// `telltale merge`: one summary from the summaries of a corpus's parts.
struct MergeCommand: Command {
    let name = "merge"
    let summary = "Merge summary files (from --summary or --summary-only) into the summary of the whole."
    let usage = "telltale merge SUMMARY… [--output FILE]"
    let discussion = """
        Every count adds and every top-k list merges, so merging the summaries of shards
        (--shard i/n) or of Spark partitions gives, byte for byte, the summary of one run over
        everything. A file may hold several summaries, one per line; '-' reads standard input.
        Summaries made with different detectors, --by keys or --top cannot be merged.
        """
    let options: [Option] = [
        .value("--output", "FILE", "Write the merged summary to FILE instead of standard output."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let merged = try SummaryFiles.load(arguments.positionals)
        return try SummaryFiles.write(merged.json + "\n", to: arguments.value("--output"), context, naming: "summary")
    }
}
