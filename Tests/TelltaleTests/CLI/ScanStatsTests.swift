import Foundation
@testable import TelltaleCLI
import Testing

@Suite struct ScanStatsTests {
    func transcript() -> String {
        let line = #"{"id": "c1", "messages": [{"role": "user", "content": "Fix the bug."}, "#
            + #"{"role": "assistant", "content": "I'm so sorry, I keep making the same mistake. Fixed."}]}"#
        return String(repeating: line + "\n", count: 40)
    }

    @Test func statsReportTheRunsThroughput() {
        let scratch = ScratchDirectory()
        let file = scratch.write("chats.jsonl", transcript())
        let run = CLIRun(["scan", file, "--quiet", "--stats", "--threads", "2"])
        #expect(run.status == 0)
        let line = run.err.split(separator: "\n").first { $0.contains("MB/s") }.map(String.init) ?? ""
        #expect(line.hasPrefix("telltale: 0"))
        #expect(line.contains(" conversations/s, "))
        #expect(line.contains("assistant turns/s") && line.hasSuffix("(2 threads)"))
    }

    @Test func noProgressLineOnAPipe() {
        let scratch = ScratchDirectory()
        let file = scratch.write("chats.jsonl", transcript())
        let run = CLIRun(["scan", file])
        #expect(run.status == 0)
        #expect(!run.err.contains("\r"))
        #expect(ProgressLine(paths: [file], errors: OutputFile(capturingAsTerminal: false)) == nil)
        // Even on a terminal, a small input gets no progress line.
        #expect(ProgressLine(paths: [file], errors: OutputFile(capturingAsTerminal: true)) == nil)
    }

    @Test func progressTextShowsDoneTotalRateAndTimeLeft() {
        let text = ProgressLine.text(done: 100 << 20, total: 400 << 20, seconds: 2)
        #expect(text == "telltale: 100 / 400 MB (25%), 50 MB/s, 6 s left")
        #expect(ProgressLine.text(done: 400 << 20, total: 400 << 20, seconds: 2) == "telltale: 400 / 400 MB (100%), 200 MB/s")
        #expect(ProgressLine.duration(125) == "2 min 5 s")
    }

    @Test func totalSizeCountsFilesUnderDirectoriesButNotStandardInput() {
        let scratch = ScratchDirectory()
        scratch.write("a/one.jsonl", String(repeating: "x", count: 100))
        scratch.write("b.jsonl", String(repeating: "y", count: 50))
        #expect(ProgressLine.size(of: [scratch.path]) == 150)
        #expect(ProgressLine.size(of: [scratch.path, "-"]) == 0)
    }
}
