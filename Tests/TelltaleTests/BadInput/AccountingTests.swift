import Foundation
import Telltale
import Testing

/// Every record read is a conversation scanned or a record rejected, per file and in total,
/// whatever is planted among the good records and however many threads read them.
@Suite struct AccountingTests {
    @Test func recordsReadAreConversationsPlusRejectionsPerFile() throws {
        let scratch = ScratchDirectory()
        let good = { (count: Int, prefix: String) in BadInput.goodLines(count, prefix: prefix) }
        let sharegpt = #"{"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "I am so sorry, my mistake."}]}"#
        let deep = #"{"messages": "# + String(repeating: "[", count: 10_000)
        var expected: [String: (records: Int, conversations: Int, rejected: Int, lines: [Int])] = [:]
        expected[scratch.write("a.jsonl", good(2, "a") + "{oops\n" + good(2, "b") + #"{"foo": 1}"# + "\n"
            + String(BadInput.goodLine("cut").prefix(40)))] = (7, 4, 3, [3, 6, 7])
        expected[scratch.write("b/chat.jsonl", (0..<3).map { _ in sharegpt + "\n" }.joined() + #"{"conversations": ["# + "\n")]
            = (4, 3, 1, [4])
        let damaged = Array(good(1, "u").replacingOccurrences(of: "Fix", with: "Fi~").utf8).map { $0 == 0x7E ? 0xFF : $0 }
        expected[BadInput.write(scratch, "b/utf8.jsonl", bytes: damaged + Array((deep + "\n" + good(1, "v")).utf8))] = (3, 2, 1, [2])
        expected[scratch.write("c/blank.jsonl", "\n\n")] = (0, 0, 0, [])

        for threads in ["1", "3"] {
            let run = SummaryRun([scratch.path], ["--threads", threads])
            #expect(run.status == 0)
            let summary = try #require(run.summary)
            #expect(summary.files.count == expected.count)
            for (path, want) in expected {
                let file = try #require(summary.files[path], "\(path)")
                #expect((file.records, file.conversations, file.rejected, file.skipped) == (want.records, want.conversations, want.rejected, 0), "\(path)")
                #expect(file.records == file.conversations + file.rejected, "\(path)")
                let lines = run.reported.filter { $0.hasPrefix(path + ":") }.compactMap { Int($0.dropFirst(path.count + 1).prefix { $0 != ":" }) }
                #expect(lines == want.lines, "\(path)")
            }
            let records = summary.files.values.reduce(0) { $0 + $1.records }
            #expect(summary.totals.conversations == expected.values.reduce(0) { $0 + $1.conversations })
            #expect(summary.recordsRejected == expected.values.reduce(0) { $0 + $1.rejected })
            #expect(records == summary.totals.conversations + summary.recordsRejected)
            #expect(summary.files[scratch.path + "/b/utf8.jsonl"]?.invalidUTF8 == 1)
        }
    }
}
