/// The timed runs of one command over the corpus.
struct Measurement {
    /// Short label, e.g. `telltale, 1 thread`.
    var name: String
    var group: Group
    var command: [String]
    var samples: [ProcessSample] = []
    var bytes: Int
    var note: String?

    enum Group: String { case scan, threads, detector, baseline, memory }

    var minSeconds: Double { samples.map(\.seconds).min() ?? .nan }

    var medianSeconds: Double {
        let sorted = samples.map(\.seconds).sorted()
        guard !sorted.isEmpty else { return .nan }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    /// MB/s at the best run (1 MB = 2^20 bytes).
    var megabytesPerSecond: Double { Double(bytes) / 1_048_576 / minSeconds }
    var medianMegabytesPerSecond: Double { Double(bytes) / 1_048_576 / medianSeconds }
    var peakRSSMegabytes: Double { Double(samples.map(\.peakRSSKilobytes).max() ?? 0) / 1024 }
    var cpuSeconds: Double { samples.map(\.cpuSeconds).min() ?? .nan }
    var skipped: Bool { samples.isEmpty }
}

/// What one scan of the corpus found, read from `telltale scan --summary`.
struct CorpusCounts {
    var files = 0
    var bytes = 0
    var conversations = 0
    var assistantTurns = 0
    var findings = 0
}
