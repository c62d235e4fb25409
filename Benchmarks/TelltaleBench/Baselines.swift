import Foundation

/// Same-run baselines: what the hardware floor, a fast literal matcher and a plain script
/// cost on the same corpus with the same phrases.
struct Baselines {
    let telltale: String
    let scratch: String
    let files: CorpusFiles

    /// The Python scanner, found from this source file's place in the repository.
    static let pythonScript = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("python_baseline.py").path

    /// Every phrase of the shared automaton, one per line, from `telltale detectors --phrases`.
    func writePhrases() throws -> String {
        let path = scratch + "/phrases.txt"
        let sample = try ProcessRunner.run([telltale, "detectors", "--phrases"], stdout: path)
        guard sample.status == 0 else { throw BenchError("telltale detectors --phrases failed") }
        return path
    }

    func detectorIDs() throws -> [String] {
        let path = scratch + "/detectors.txt"
        _ = try ProcessRunner.run([telltale, "detectors"], stdout: path)
        return try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .compactMap { $0.split(separator: " ").first.map(String.init) }
    }

    func ripgrep(phrases: String, corpus: [String]) -> [String]? {
        guard ProcessRunner.available("rg") else { return nil }
        return ["rg", "--count-matches", "-i", "-F", "-f", phrases, "-j1", "--no-ignore", "--hidden"] + corpus
    }

    func python(phrases: String, corpus: [String]) -> [String]? {
        let check = try? ProcessRunner.run(["python3", "-c", "import ahocorasick"])
        guard check?.status == 0, FileManager.default.fileExists(atPath: Self.pythonScript) else { return nil }
        return ["python3", Self.pythonScript, phrases] + corpus
    }

    static func skipped(_ name: String, _ note: String, _ bytes: Int) -> Measurement {
        Measurement(name: name, group: .baseline, command: [], bytes: bytes, note: note)
    }
}
