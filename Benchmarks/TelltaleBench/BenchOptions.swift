/// Command-line options of `telltale-bench`.
struct BenchOptions {
    /// Megabytes of synthetic corpus (ignored when `corpus` is given).
    var size = 500
    var seed: UInt64 = 1
    /// Real files or directories to scan instead of a synthetic corpus.
    var corpus: [String] = []
    /// Timed rounds; each runs every command once, after one warm-up run of each.
    var runs = 3
    /// Thread counts up to this are measured (default: the number of cores).
    var maxThreads = BenchOptions.cores
    /// Extra synthetic sizes (MB) whose peak RSS is measured next to the main one.
    var rssSizes: [Int] = []
    var skipBaselines = false
    var skipDetectors = false
    var telltale: String?
    var workDirectory = "/tmp/telltale-bench"
    var resultsDirectory = "Benchmarks/results"

    static var cores: Int { max(sysconf(Int32(_SC_NPROCESSORS_ONLN)), 1) }

    static let help = """
        USAGE: telltale-bench [run] [options]
               telltale-bench generate [--size MB] [--seed N] [--work DIR]
               telltale-bench cues
               telltale-bench matcher FILE…

        Measures `telltale scan` (the release binary beside this one, or --telltale PATH):
        end-to-end throughput after a warm-up, each detector alone, thread scaling, peak RSS;
        and same-run baselines (cat, ripgrep, a Python json + pyahocorasick scanner).
        Writes results/latest.json and results/latest.md. `matcher` times the phrase automaton
        alone over the files' bytes in 4 KB texts.

        OPTIONS:
          --size MB          synthetic corpus size (default 500)
          --seed N           generator seed (default 1)
          --corpus PATH      scan real files or directories instead (repeatable)
          --runs N           timed rounds, each running every command once (default 3)
          --max-threads N    thread scaling from 1 to N (default: cores)
          --rss-sizes MB,…   also measure peak RSS on synthetic corpora of these sizes
          --skip-baselines   do not run cat, ripgrep and Python
          --skip-detectors   do not measure each detector alone
          --telltale PATH    the telltale binary to measure
          --work DIR         where synthetic corpora are kept (default /tmp/telltale-bench)
          --results DIR      where results go (default Benchmarks/results)
        """

    static func parse(_ arguments: [String]) throws(BenchError) -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        func value() throws(BenchError) -> String {
            guard index + 1 < arguments.count else { throw BenchError("\(arguments[index]) needs a value") }
            index += 1
            return arguments[index]
        }
        func number(_ text: String) throws(BenchError) -> Int {
            guard let number = Int(text), number > 0 else { throw BenchError("expected a positive number, got '\(text)'") }
            return number
        }
        while index < arguments.count {
            switch arguments[index] {
            case "--size": options.size = try number(try value())
            case "--seed": options.seed = UInt64(try number(try value()))
            case "--corpus": options.corpus.append(try value())
            case "--runs": options.runs = try number(try value())
            case "--max-threads": options.maxThreads = try number(try value())
            case "--rss-sizes":
                let list = try value()
                options.rssSizes = try list.split(separator: ",").map { (part) throws(BenchError) -> Int in try number(String(part)) }
            case "--skip-baselines": options.skipBaselines = true
            case "--skip-detectors": options.skipDetectors = true
            case "--telltale": options.telltale = try value()
            case "--work": options.workDirectory = try value()
            case "--results": options.resultsDirectory = try value()
            default: throw BenchError("unknown option '\(arguments[index])' (see --help)")
            }
            index += 1
        }
        return options
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
