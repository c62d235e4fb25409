import Foundation

/// Runs every measurement and writes the results.
struct Benchmark {
    let options: BenchOptions

    func run() throws {
        let telltale = try locateTelltale()
        let scratch = options.workDirectory + "/run"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let generator = CorpusGenerator(cues: CueSource())
        let corpus = options.corpus.isEmpty
            ? [try generator.ensure(megabytes: options.size, seed: options.seed, under: options.workDirectory)]
            : options.corpus
        let files = CorpusFiles(corpus)
        var counts = try countCorpus(telltale, corpus, scratch)
        counts.files = files.paths.count
        counts.bytes = files.bytes
        let findings = scratch + "/findings.jsonl"
        func scan(_ extra: [String]) -> [String] {
            [telltale, "scan"] + corpus + ["--quiet", "--output", findings] + extra
        }
        // Every command runs once per round, in turn, so load from other processes falls on all
        // of them alike instead of on whichever ran during a busy minute.
        var planned: [Measurement] = []
        var skipped: [Measurement] = []
        func plan(_ name: String, _ group: Measurement.Group, _ command: [String]) {
            planned.append(Measurement(name: name, group: group, command: command, bytes: files.bytes))
        }
        let baselines = Baselines(telltale: telltale, scratch: scratch, files: files)
        if !options.skipBaselines { plan("cat (floor)", .baseline, ["cat"] + files.paths) }
        plan("telltale scan, 1 thread", .scan, scan(["--threads", "1"]))
        for threads in 2...max(options.maxThreads, 2) where threads <= options.maxThreads {
            plan("telltale scan, \(threads) threads", .threads, scan(["--threads", "\(threads)"]))
        }
        if !options.skipDetectors {
            for detector in try baselines.detectorIDs() {
                plan("only \(detector), 1 thread", .detector, scan(["--threads", "1", "--detectors", detector]))
            }
        }
        if !options.skipBaselines {
            let phrases = try baselines.writePhrases()
            if let command = baselines.ripgrep(phrases: phrases, corpus: corpus) {
                plan("ripgrep --count-matches -j1", .baseline, command)
            } else {
                skipped.append(Baselines.skipped("ripgrep --count-matches -j1", "ripgrep not installed (apt-get install -y ripgrep)", files.bytes))
            }
            if let command = baselines.python(phrases: phrases, corpus: corpus) {
                plan("Python json + pyahocorasick", .baseline, command)
            } else {
                skipped.append(Baselines.skipped("Python json + pyahocorasick", "pyahocorasick not installed (pip install pyahocorasick)", files.bytes))
            }
        }

        FileHandleOutput.error("measuring \(files.paths.count) files, \(files.bytes >> 20) MB: warm-up, then \(options.runs) rounds\n")
        let loadBefore = Self.loadAverage()
        for measurement in planned { _ = try ProcessRunner.run(measurement.command) }
        for round in 1...options.runs {
            FileHandleOutput.error("  round \(round):")
            for index in planned.indices {
                let command = planned[index].command
                let sample = try ProcessRunner.run(command, stdout: "/dev/null", stderr: scratch + "/stderr.txt")
                guard sample.status == 0 else {
                    throw BenchError("\(command.joined(separator: " ")) exited with \(sample.status); see \(scratch)/stderr.txt")
                }
                planned[index].samples.append(sample)
                FileHandleOutput.error(String(format: " %.0f", Double(files.bytes) / 1_048_576 / sample.seconds))
            }
            FileHandleOutput.error(" MB/s\n")
        }
        var results = planned + skipped
        for size in options.rssSizes {
            let directory = try generator.ensure(megabytes: size, seed: options.seed, under: options.workDirectory)
            let sizeFiles = CorpusFiles([directory])
            var measurement = Measurement(name: "peak RSS, \(size) MB, \(options.maxThreads) threads", group: .memory,
                                          command: [telltale, "scan", directory, "--quiet", "--output", findings,
                                                    "--threads", "\(options.maxThreads)"], bytes: sizeFiles.bytes)
            FileHandleOutput.error("  \(measurement.name)…\n")
            _ = try ProcessRunner.run(["cat"] + sizeFiles.paths)
            measurement.samples.append(try ProcessRunner.run(measurement.command))
            results.append(measurement)
        }
        let report = Report(options: options, corpus: corpus, counts: counts, measurements: results,
                            load: (loadBefore, Self.loadAverage()))
        try report.write(to: options.resultsDirectory)
        print(report.markdown)
    }

    /// The one-minute load average: other processes on a shared machine skew wall-clock ratios.
    static func loadAverage() -> Double {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return .nan }
        return text.split(separator: " ").first.flatMap { Double($0) } ?? .nan
    }

    private func locateTelltale() throws(BenchError) -> String {
        if let path = options.telltale { return path }
        let own = CommandLine.arguments[0]
        let directory = own.contains("/") ? String(own[..<own.lastIndex(of: "/")!]) : "."
        let candidate = directory + "/telltale"
        guard access(candidate, X_OK) == 0 else {
            throw BenchError("no telltale binary beside this one (\(candidate)); run `swift build -c release` first or pass --telltale")
        }
        return candidate
    }

    /// One scan with `--summary`, which also warms the page cache.
    private func countCorpus(_ telltale: String, _ corpus: [String], _ scratch: String) throws -> CorpusCounts {
        let summaryPath = scratch + "/summary.json"
        let findings = scratch + "/findings.jsonl"
        _ = try ProcessRunner.run([telltale, "scan"] + corpus + ["--quiet", "--output", findings, "--summary", summaryPath])
        let data = try Data(contentsOf: URL(fileURLWithPath: summaryPath))
        guard let summary = try JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            throw BenchError("unreadable summary \(summaryPath)")
        }
        var counts = CorpusCounts()
        counts.conversations = summary["conversations"] as? Int ?? 0
        counts.assistantTurns = summary["assistant_turns"] as? Int ?? 0
        let patterns = summary["patterns"] as? [String: [String: Int]] ?? [:]
        counts.findings = patterns.values.reduce(0) { $0 + ($1["findings"] ?? 0) }
        return counts
    }
}

/// The regular files under the corpus paths, in sorted order, and their total size.
struct CorpusFiles {
    let paths: [String]
    let bytes: Int

    init(_ roots: [String]) {
        var paths: [String] = []
        let manager = FileManager.default
        for root in roots {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: root, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue { paths.append(root); continue }
            let names = (manager.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted()
            for name in names where !name.split(separator: "/").contains(where: { $0.hasPrefix(".") }) {
                let path = root + "/" + name
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { paths.append(path) }
            }
        }
        self.paths = paths
        bytes = paths.reduce(0) { total, path in
            total + ((try? manager.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
    }
}
