#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `telltale-bench`: throughput of `telltale scan` on a synthetic or real corpus, against
/// same-run baselines. See Docs/Throughput.md.
let arguments = Array(CommandLine.arguments.dropFirst())
do {
    switch arguments.first {
    case "cues":
        print(CueSource().table, terminator: "")
    case "matcher":
        MatcherBenchmark.run(Array(arguments.dropFirst()))
    case "generate":
        let options = try BenchOptions.parse(Array(arguments.dropFirst()))
        let directory = try CorpusGenerator(cues: CueSource()).ensure(megabytes: options.size, seed: options.seed,
                                                                      under: options.workDirectory)
        print(directory)
    case "--help", "-h", "help":
        print(BenchOptions.help)
    default:
        let options = try BenchOptions.parse(arguments.first == "run" ? Array(arguments.dropFirst()) : arguments)
        try Benchmark(options: options).run()
    }
} catch {
    FileHandleOutput.error("telltale-bench: \(error)\n")
    exit(1)
}
