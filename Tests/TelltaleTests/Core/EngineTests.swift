import Foundation
import Telltale
import TelltaleBuiltins
import Testing

/// Collects everything a scan reports, in order.
final class Recorder: ScanObserver {
    var lines: [String] = []
    var rejections: [Rejection] = []
    var files: [FileReport] = []
    func scanned(_ result: ConversationResult) { lines += result.findings.map(\.jsonLine) }
    func rejected(_ rejection: Rejection) { rejections.append(rejection) }
    func finished(_ file: FileReport) { files.append(file) }
}

@Suite struct EngineTests {
    func scan(_ paths: [String], threads: Int, unitSize: Int = 1 << 20) -> (Recorder, ScanSummary) {
        var options = ScanOptions()
        options.threads = threads
        options.unitSize = unitSize
        let recorder = Recorder()
        let engine = Engine(detectors: DetectorSet(Builtins.detectors), readers: Builtins.readers, options: options)
        return (recorder, engine.scan(paths, observer: recorder))
    }

    @Test func findingsAreByteIdenticalAtAnyThreadCount() throws {
        let corpora = try #require(SharedCorpora.root, "../shared/corpora is not beside the repository")
        let paths = [corpora + "/sharegpt.jsonl", corpora + "/claude-code"]
        let (one, summary) = scan(paths, threads: 1)
        #expect(summary.conversations > 500)
        #expect(!one.lines.isEmpty)
        for threads in [2, 8] {
            let (many, _) = scan(paths, threads: threads, unitSize: 64 * 1024)
            #expect(many.lines == one.lines, "\(threads) threads")
            #expect(many.rejections == one.rejections)
        }
    }

    @Test func everyFileIsAccountedFor() {
        let scratch = ScratchDirectory()
        scratch.write("a/good.jsonl", #"{"messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}"# + "\n{oops\n")
        scratch.write("a/empty.jsonl", "")
        scratch.write("b/binary.bin", "\u{0}\u{1}\u{2}binary")
        scratch.write("b/notes.txt", "just some prose\nwith no speakers\n")
        let (recorder, summary) = scan([scratch.path, scratch.path + "/missing.jsonl"], threads: 2)
        #expect(summary.conversations == 1)
        #expect(summary.recordsRejected == 1)
        #expect(recorder.rejections.first?.location.line == 2)
        let problems = Dictionary(uniqueKeysWithValues: recorder.files.map { (($0.path as NSString).lastPathComponent, $0.problem) })
        #expect(problems["good.jsonl"] == .some(nil))
        #expect(problems["empty.jsonl"] == "empty file")
        #expect(problems["binary.bin"] == "binary file (NUL bytes)")
        #expect(problems["notes.txt"]??.hasPrefix("no reader recognizes") == true)
        #expect(problems["missing.jsonl"] == "no such file or directory")
        #expect(recorder.files.allSatisfy { $0.reconciles })
    }

    @Test func aLineLongerThanAUnitIsReadWhole() {
        let scratch = ScratchDirectory()
        let long = String(repeating: "word ", count: 50_000)
        let file = scratch.write("long.jsonl", #"{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "\#(long) I'm so sorry, that was careless of me."}]}"# + "\n")
        let (recorder, summary) = scan([file], threads: 2, unitSize: 4096)
        #expect(summary.conversations == 1)
        #expect(recorder.lines.count == 1)
    }
}
