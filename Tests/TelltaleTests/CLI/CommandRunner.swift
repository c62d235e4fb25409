import Foundation
@testable import TelltaleCLI
import TelltaleBuiltins

/// Runs a `telltale` command in-process with the built-in detectors and readers, capturing
/// its standard output, standard error and exit status.
struct CommandRunner {
    let directory: String

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("telltale-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    struct Result {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ arguments: [String]) throws -> Result {
        let outPath = directory + "/.out", errPath = directory + "/.err"
        var status: Int32 = 0
        do {
            let context = CommandContext(detectors: Builtins.detectors, readers: Builtins.readers,
                                         out: try OutputFile(path: outPath), err: try OutputFile(path: errPath))
            status = TelltaleCommandLine.execute(arguments, context)
            context.out.flush()
            context.err.flush()
        }
        return Result(status: status, out: try String(contentsOfFile: outPath, encoding: .utf8),
                      err: try String(contentsOfFile: errPath, encoding: .utf8))
    }

    /// Writes `text` to a file in the runner's directory and returns its path.
    func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: directory)
    }
}
