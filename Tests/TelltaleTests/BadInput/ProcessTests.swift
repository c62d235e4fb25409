#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Testing

/// What only a separate `telltale` process shows: its real standard streams closed, full or
/// cut off, and signals. The tool is the one built beside the test bundle.
@Suite(.enabled(if: BuiltTool.path != nil, "the telltale executable is not beside the test bundle"))
struct ProcessTests {
    @Test func closedStandardInputIsReported() throws {
        for (policy, status) in [("report", Int32(0)), ("fail", 1)] {
            let run = try BuiltTool.run(["-c", #"exec "$0" scan - --on-error \#(policy) <&-"#, BuiltTool.path!], shell: true)
            #expect(run.status == status)
            #expect(run.err.contains("telltale: -: standard input is closed"))
        }
    }

    /// The writer stops mid-line and closes the pipe: the lines before are scanned, the cut one
    /// is rejected as cut off.
    @Test func standardInputClosedEarlyLosesOnlyTheCutLine() throws {
        let input = BadInput.goodLines(3) + String(BadInput.goodLine("cut").prefix(50))
        let run = try BuiltTool.run(["scan", "-", "--summary-only"], input: Array(input.utf8))
        #expect(run.status == 0)
        #expect(run.err.contains("telltale: -:4: ") && run.err.contains("cut off mid-write?"))
        #expect(run.out.contains(#""conversations":3,"#))
    }

    @Test func aFullDiskFailsWithTheReason() throws {
        let scratch = ScratchDirectory()
        let input = scratch.write("chat.jsonl", BadInput.goodLines(400))
        let run = try BuiltTool.run(["-c", #"exec "$0" scan "$1" > /dev/full"#, BuiltTool.path!, input], shell: true)
        #expect(run.status == 1)
        #expect(run.err.contains("cannot write findings: no space left on device"))
        let summary = try BuiltTool.run(["-c", #"exec "$0" scan "$1" --summary-only > /dev/full"#, BuiltTool.path!, input], shell: true)
        #expect(summary.status == 1)
        #expect(summary.err.contains("cannot write the summary: no space left on device"))
    }

    /// `telltale scan … | head -1`: the reader goes away, the scan stops quietly with status 0.
    @Test func aClosedPipeEndsTheScanQuietly() throws {
        let scratch = ScratchDirectory()
        // Several units, so the stop falls inside the file and cuts it short.
        let input = scratch.write("chat.jsonl", BadInput.goodLines(40_000))
        let started = Date()
        let run = try BuiltTool.run(["-c", #""$0" scan "$1" --threads 2 | head -1; exit "${PIPESTATUS[0]}""#, BuiltTool.path!, input],
                                    shell: true, bash: true)
        #expect(run.status == 0)
        #expect(run.out.split(separator: "\n").count == 1)
        #expect(run.err.isEmpty, "no complaint about the pipe, no summary: \(run.err)")
        #expect(Date().timeIntervalSince(started) < 60, "stops soon after the reader goes, not at the end")
    }

    /// The first SIGINT or SIGTERM lets the work in hand finish: every findings line is whole,
    /// the summary says the run was interrupted, the status is 128 + the signal.
    @Test(arguments: [(SIGINT, "SIGINT"), (SIGTERM, "SIGTERM")])
    func aSignalStopsCleanly(_ signal: Int32, _ name: String) throws {
        let scratch = ScratchDirectory()
        let input = scratch.write("chat.jsonl", BadInput.goodLines(200_000))
        let findings = scratch.path + "/findings.jsonl"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BuiltTool.path!)
        process.arguments = ["scan", input, "--threads", "2", "--output", findings]
        let err = Pipe()
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        var status = stat()
        while process.isRunning, Date() < deadline, stat(findings, &status) != 0 || status.st_size == 0 {
            usleep(20_000)
        }
        kill(process.processIdentifier, signal)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit)
        #expect(process.terminationStatus == 128 + signal)
        #expect(errors.contains("— interrupted (\(name))"))
        let written = try String(contentsOfFile: findings, encoding: .utf8)
        #expect(written.hasSuffix("\n"))
        let lines = written.split(separator: "\n")
        #expect(!lines.isEmpty && lines.count < 200_000)
        #expect(lines.allSatisfy { (try? JSONSerialization.jsonObject(with: Data($0.utf8))) != nil })
    }
}
