import Foundation
import Telltale
@testable import TelltaleCLI

/// Lines and runs the bad-input tests share.
enum BadInput {
    /// A conversation the OpenAI reader takes, with an apology the spiraling detector flags.
    static func goodLine(_ id: String) -> String {
        #"{"id": "\#(id)", "messages": [{"role": "user", "content": "Fix the build."}, {"role": "assistant", "content": "I am so sorry, that was careless of me."}]}"#
    }

    /// `count` good lines, each ending in a line break.
    static func goodLines(_ count: Int, prefix: String = "c") -> String {
        (0..<count).map { goodLine("\(prefix)\($0)") + "\n" }.joined()
    }

    /// Writes raw bytes (which need not be UTF-8) to a file in `scratch`.
    @discardableResult
    static func write(_ scratch: ScratchDirectory, _ name: String, bytes: [UInt8]) -> String {
        let path = scratch.path + "/" + name
        _ = FileManager.default.createFile(atPath: path, contents: Data(bytes))
        return path
    }
}

/// A scan run in-process with `--summary-only`: the summary read back, the rejections printed.
struct SummaryRun {
    var status: Int32
    var summary: Summary?
    var err: String

    init(_ paths: [String], _ extra: [String] = []) {
        let run = CLIRun(["scan"] + paths + ["--summary-only"] + extra)
        status = run.status
        summary = try? Summary(json: run.out)
        err = run.err
    }

    /// The report of the one file at `path`.
    func file(_ path: String) -> FileReport? { summary?.files[path] }

    /// Lines of standard error that report a bad record or file, without the `telltale: ` prefix.
    var reported: [String] {
        err.split(separator: "\n").filter { $0.hasPrefix("telltale: ") }.map { String($0.dropFirst(10)) }
    }
}

/// The built `telltale` executable, beside the test bundle, for what only a separate process
/// shows: its real standard streams, signals, exit status.
enum BuiltTool {
    static let path: String? = {
        let bundle = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        let candidates = [bundle, bundle.deletingLastPathComponent()].map { $0.appendingPathComponent("telltale").path }
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }()

    struct Result {
        var status: Int32
        var reason: Process.TerminationReason
        var out: String
        var err: String
    }

    /// Runs the tool with `arguments` (or, with `shell`, a shell with them, for redirections);
    /// `input` (if any) is written to its standard input, which is then closed.
    static func run(_ arguments: [String], input: [UInt8]? = nil, shell: Bool = false, bash: Bool = false) throws -> Result {
        let process = Process()
        guard let path else { throw CocoaError(.fileNoSuchFile) }
        process.executableURL = URL(fileURLWithPath: shell ? (bash ? "/bin/bash" : "/bin/sh") : path)
        process.arguments = arguments
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        try process.run()
        if let input {
            try stdin.fileHandleForWriting.write(contentsOf: input)
            try stdin.fileHandleForWriting.close()
        }
        let (outData, errData) = readBoth(out, err)
        process.waitUntilExit()
        return Result(status: process.terminationStatus, reason: process.terminationReason,
                      out: String(decoding: outData, as: UTF8.self), err: String(decoding: errData, as: UTF8.self))
    }

    /// Reads two pipes to their end without letting either fill up and block the writer.
    static func readBoth(_ first: Pipe, _ second: Pipe) -> (Data, Data) {
        nonisolated(unsafe) var secondData = Data()
        let done = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            secondData = second.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }
        let firstData = first.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        return (firstData, secondData)
    }
}
