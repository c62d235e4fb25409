import Foundation
@testable import TelltaleCLI
import TelltaleBuiltins

/// Runs the command line in-process and captures what it prints.
struct CLIRun {
    var status: Int32
    var out: String
    var err: String

    init(_ arguments: [String], terminal: Bool = false) {
        let context = CommandContext(detectors: Builtins.detectors, readers: Builtins.readers,
                                     out: OutputFile(capturingAsTerminal: terminal), err: OutputFile(capturingAsTerminal: false))
        status = TelltaleCommandLine.execute(arguments, context)
        out = context.out.capturedText
        err = context.err.capturedText
    }
}

/// A scratch directory removed when the value goes away.
final class ScratchDirectory {
    let path: String

    init() {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("telltale-tests-\(UUID().uuidString)").path
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    @discardableResult
    func write(_ name: String, _ contents: String) -> String {
        let file = path + "/" + name
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file, contents: Data(contents.utf8))
        return file
    }
}

/// The shared corpora beside the repository (`<repo>/../shared/corpora`), when present.
enum SharedCorpora {
    static let root: String? = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<6 {
            url.deleteLastPathComponent()
            let candidate = url.deletingLastPathComponent().appendingPathComponent("shared/corpora").path
            if FileManager.default.fileExists(atPath: candidate) { return candidate }
        }
        return nil
    }()
}
