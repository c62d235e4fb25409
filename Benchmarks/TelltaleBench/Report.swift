import Foundation

/// The results as JSON (every sample) and as a Markdown table with the target ratios.
struct Report {
    let options: BenchOptions
    let corpus: [String]
    let counts: CorpusCounts
    let measurements: [Measurement]
    /// One-minute load average before and after the measurements.
    let load: (before: Double, after: Double)

    func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let markdownFile = try FileOutput(path: directory + "/latest.md")
        try markdownFile.write(markdown)
        try markdownFile.close()
        let jsonFile = try FileOutput(path: directory + "/latest.json")
        let data = try JSONSerialization.data(withJSONObject: json, options: [.prettyPrinted, .sortedKeys])
        try jsonFile.write([UInt8](data) + [0x0A])
        try jsonFile.close()
    }

    private var corpusLabel: String {
        options.corpus.isEmpty ? "synthetic, \(options.size) MB, seed \(options.seed)" : corpus.joined(separator: " ")
    }

    var command: String {
        var parts = ["swift build -c release && swift run -c release telltale-bench"]
        if options.corpus.isEmpty { parts.append("--size \(options.size)") }
        parts += options.corpus.map { "--corpus \($0)" }
        if options.runs != 3 { parts.append("--runs \(options.runs)") }
        if !options.rssSizes.isEmpty { parts.append("--rss-sizes " + options.rssSizes.map(String.init).joined(separator: ",")) }
        return parts.joined(separator: " ")
    }

    private func named(_ prefix: String) -> Measurement? {
        measurements.first { $0.name.hasPrefix(prefix) && !$0.skipped }
    }

    /// Throughput of `a` over `b` (best runs).
    private func ratio(_ a: Measurement?, _ b: Measurement?) -> Double? {
        guard let a, let b else { return nil }
        return b.minSeconds / a.minSeconds
    }

    var ratios: [(name: String, value: Double?, target: String)] {
        let one = named("telltale scan, 1 thread")
        return [
            ("1 thread vs ripgrep --count-matches -j1", ratio(one, named("ripgrep")), "≥ 1.0×"),
            ("1 thread vs Python json + pyahocorasick", ratio(one, named("Python")), "≥ 6×"),
            ("2 threads vs 1 thread", ratio(named("telltale scan, 2 threads"), one), "≥ 1.8×"),
            ("1 thread vs cat (share of the floor)", ratio(one, named("cat")), "—"),
        ]
    }

    var markdown: String {
        var lines = [
            "# telltale-bench results", "",
            "- corpus: \(corpusLabel) — \(counts.files) files, \(format(Double(counts.bytes) / 1_048_576, 1)) MB, "
                + "\(counts.conversations) conversations, \(counts.assistantTurns) assistant turns, \(counts.findings) findings",
            "- machine: \(BenchOptions.cores) cores, load average \(format(load.before, 2)) before and \(format(load.after, 2)) after "
                + "(other processes on the machine take cores from the threaded runs); warm page cache; "
                + "one warm-up run of each command, then \(options.runs) rounds running every command in turn; best and median",
            "- command: `\(command)`", "",
            "| measurement | best s | median s | MB/s | MB/s (median) | conversations/s | assistant turns/s | CPU s | peak RSS MB |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for measurement in measurements {
            if measurement.skipped {
                lines.append("| \(measurement.name) | — | — | — | — | — | — | — | — | ")
                continue
            }
            let isScan = measurement.group != .baseline
            let seconds = measurement.minSeconds
            lines.append("| \(measurement.name) | \(format(seconds, 2)) | \(format(measurement.medianSeconds, 2)) | "
                + "\(format(measurement.megabytesPerSecond, 1)) | \(format(measurement.medianMegabytesPerSecond, 1)) | "
                + (isScan && measurement.group != .memory ? "\(format(Double(counts.conversations) / seconds, 0)) | "
                    + "\(format(Double(counts.assistantTurns) / seconds, 0)) | " : "— | — | ")
                + "\(format(measurement.cpuSeconds, 2)) | \(format(measurement.peakRSSMegabytes, 1)) |")
        }
        lines += ["", "| ratio (throughput) | value | target |", "|---|---:|---|"]
        for ratio in ratios {
            lines.append("| \(ratio.name) | \(ratio.value.map { format($0, 2) + "×" } ?? "skipped") | \(ratio.target) |")
        }
        for measurement in measurements where measurement.skipped {
            lines.append("")
            lines.append("Skipped \(measurement.name): \(measurement.note ?? "").")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    var json: [String: Any] {
        [
            "corpus": corpusLabel,
            "command": command,
            "cores": BenchOptions.cores,
            "load_average": ["before": load.before, "after": load.after],
            "files": counts.files, "bytes": counts.bytes, "conversations": counts.conversations,
            "assistant_turns": counts.assistantTurns, "findings": counts.findings,
            "measurements": measurements.map { measurement -> [String: Any] in
                var entry: [String: Any] = [
                    "name": measurement.name, "group": measurement.group.rawValue,
                    "command": measurement.command.joined(separator: " "),
                    "seconds": measurement.samples.map(\.seconds),
                    "cpu_seconds": measurement.samples.map(\.cpuSeconds),
                    "peak_rss_kb": measurement.samples.map(\.peakRSSKilobytes),
                ]
                if !measurement.skipped {
                    entry["mb_per_s"] = measurement.megabytesPerSecond
                    entry["median_mb_per_s"] = measurement.medianMegabytesPerSecond
                }
                if let note = measurement.note { entry["note"] = note }
                return entry
            },
            "ratios": Dictionary(uniqueKeysWithValues: ratios.map { ($0.name, $0.value ?? NSNull()) as (String, Any) }),
        ]
    }

    private func format(_ value: Double, _ digits: Int) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "—"
    }
}
