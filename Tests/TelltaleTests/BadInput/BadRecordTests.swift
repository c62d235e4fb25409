import Foundation
import Telltale
import TelltaleBuiltins
import Testing

/// Bad records inside a readable file: each is rejected with its file and line (or, for text
/// that is merely damaged, read with what damage was repaired counted), the good records around
/// it are still scanned, and the run ends with status 0 unless `--on-error fail` is given.
@Suite struct BadRecordTests {
    @Test func aMalformedJSONLineIsRejectedAndTheRestScanned() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("chat.jsonl", BadInput.goodLine("a") + "\n{oops\n" + BadInput.goodLine("b") + "\n")
        let run = SummaryRun([path])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect((file.records, file.conversations, file.rejected) == (3, 2, 1))
        #expect(run.reported.contains { $0.hasPrefix("\(path):2: invalid JSON") })
    }

    @Test func aTruncatedLastLineIsRejectedAsCutOff() throws {
        let scratch = ScratchDirectory()
        let cut = String(BadInput.goodLine("b").prefix(60))
        let path = scratch.write("chat.jsonl", BadInput.goodLine("a") + "\n" + cut)
        let run = SummaryRun([path])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect((file.records, file.conversations, file.rejected) == (2, 1, 1))
        #expect(run.reported.contains { $0.hasPrefix("\(path):2: ") && $0.hasSuffix("cut off mid-write?)") })
    }

    @Test func invalidUTF8IsReplacedAndCounted() throws {
        let scratch = ScratchDirectory()
        let damaged = Array(#"{"messages": [{"role": "user", "content": "caf"#.utf8) + [0xE9, 0x20, 0xFF, 0xFE]
            + Array(#""}, {"role": "assistant", "content": "I am so sorry "#.utf8) + [0xC3, 0x28]
            + Array(#", that was careless of me."}]}"#.utf8) + [0x0A]
        let path = BadInput.write(scratch, "chat.jsonl", bytes: Array((BadInput.goodLine("a") + "\n").utf8) + damaged)
        let run = SummaryRun([path])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect((file.records, file.conversations, file.rejected, file.invalidUTF8) == (2, 2, 0, 2))
        #expect(run.summary?.totals.patterns[.spiraling]?.findings == 2, "the damaged conversation is still scanned")

        let reader = try #require(Builtins.readers.first { $0.format.name == "openai" })
        var output = ReadOutput()
        try damaged.dropLast().withUnsafeBufferPointer { try reader.read(Record(bytes: $0, file: path, line: 2), into: &output) }
        let texts = output.conversations.first?.turns.map(\.text) ?? []
        #expect(texts == ["caf\u{FFFD} \u{FFFD}\u{FFFD}", "I am so sorry \u{FFFD}(, that was careless of me."])
    }

    @Test(arguments: [("empty", ""), ("blank", " \n\t\n  \r\n\n")])
    func anEmptyOrBlankFileIsReportedAndIsNoFailure(_ name: String, _ contents: String) throws {
        let scratch = ScratchDirectory()
        let path = scratch.write(name + ".jsonl", contents)
        for policy in ["report", "fail"] {
            let run = SummaryRun([path], ["--on-error", policy])
            #expect(run.status == 0)
            let file = try #require(run.file(path))
            #expect(file.problem == "empty file")
            #expect((file.records, file.rejected) == (0, 0))
            #expect(run.reported == ["\(path): empty file"])
        }
    }

    /// A line many units long (a unit is 1 MiB) is read whole, good or broken. The 200 MB line
    /// of the requirement runs in `Fuzz/long-line.sh` (release build): in a debug build the
    /// detectors take about 2.5 s per MB of one turn.
    @Test func aLineOfMegabytesIsReadWholeOrRejectedWhole() throws {
        let scratch = ScratchDirectory()
        let text = String(repeating: "The build still fails after the change. ", count: 3 << 20 / 40)
        let long = #"{"messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "I am so sorry. \#(text)"}]}"#
        let broken = #"{"messages": [{"role": "user", "content": "\#(text)"#
        let path = scratch.write("long.jsonl", long + "\n" + broken + "\n" + BadInput.goodLine("after") + "\n")
        let run = SummaryRun([path])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect((file.records, file.conversations, file.rejected) == (3, 2, 1))
        #expect(run.reported.contains { $0.hasPrefix("\(path):2: invalid JSON") })
    }

    @Test func nestingTenThousandDeepIsRejectedOrSkippedNotAStackOverflow() throws {
        let scratch = ScratchDirectory()
        let deep = 10_000
        let lines = [
            BadInput.goodLine("a"),
            #"{"messages": "# + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "}",
            String(repeating: "[", count: deep),
            #"{"messages": [{"role": "user", "content": "x", "extra": "# + String(repeating: #"{"a": "#, count: deep) + "1"
                + String(repeating: "}", count: deep) + #"}, {"role": "assistant", "content": "ok"}]}"#,
            #"{"messages": [{"role": "user", "content": "# + String(repeating: "[", count: deep) + String(repeating: "]", count: deep) + "}]}",
            BadInput.goodLine("b"),
        ]
        let path = scratch.write("deep.jsonl", lines.joined(separator: "\n") + "\n")
        for threads in ["1", "2"] {
            let run = SummaryRun([path], ["--threads", threads])
            #expect(run.status == 0)
            let file = try #require(run.file(path))
            #expect(file.records == 6)
            #expect(file.reconciles)
            // Lines 2, 3 and 5 are not conversations; line 4 nests only where nothing is read.
            #expect(file.conversations == 3)
            #expect(Set(run.reported.compactMap { $0.split(separator: ":").dropFirst().first }) == ["2", "3", "5"])
        }
    }
}
