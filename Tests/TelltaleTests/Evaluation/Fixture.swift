import Foundation

/// Files under `Tests/Fixtures/Evaluation`, and scratch files for inline cases.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Evaluation").path

    static func path(_ name: String) -> String { directory + "/" + name }

    /// Writes `lines` to a new file in the temporary directory and returns its path.
    static func write(_ lines: [String], name: String = "gold.jsonl") throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("telltale-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent(name).path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}
