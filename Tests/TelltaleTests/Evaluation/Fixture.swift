import Foundation

/// Files under `Tests/Fixtures/Evaluation`.
enum Fixture {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/Evaluation").path

    static func path(_ name: String) -> String { directory + "/" + name }
}
