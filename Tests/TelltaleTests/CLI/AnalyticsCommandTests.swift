import Foundation
import Telltale
@testable import TelltaleCLI
import Testing

@Suite struct ShardOptionTests {
    @Test(arguments: [
        ("0/4", "shards count from 1"), ("5/4", "i must be in 1…4, got 5"), ("x/4", "expects i/n"),
        ("4", "expects i/n"), ("1/0", "at least 1"), ("-1/2", "shards count from 1"), ("1/2/3", "expects i/n"),
    ])
    func rejectsBadShards(_ text: String, _ message: String) {
        let run = CLIRun(["scan", "--shard", text, "missing.jsonl"])
        #expect(run.status == 2)
        #expect(run.err.contains(message), "\(run.err)")
    }

    @Test func shardsCountFromOne() throws {
        #expect(try ShardOption.parse("1/4") == (0, 4))
        #expect(try ShardOption.parse("4/4") == (3, 4))
        #expect(try ShardOption.parse("1/1") == (0, 1))
    }

    @Test func everyConversationLandsInExactlyOneShard() throws {
        let scratch = ScratchDirectory()
        let lines = (0..<40).map { #"{"id": "c\#($0)", "messages": [{"role": "user", "content": "q"}, {"role": "assistant", "content": "a"}]}"# }
        let file = scratch.write("many.jsonl", lines.joined(separator: "\n") + "\n{broken\n")
        var conversations: [Int] = []
        var rejected = 0
        for shard in 1...3 {
            let summary = try Summary(json: CLIRun(["scan", file, "--shard", "\(shard)/3", "--summary-only"]).out)
            conversations.append(summary.totals.conversations)
            rejected += summary.recordsRejected
        }
        #expect(conversations.reduce(0, +) == 40)
        #expect(conversations.allSatisfy { $0 > 0 })
        #expect(rejected == 1, "a rejected record is counted by one shard only")
    }
}

@Suite struct CSVTests {
    @Test func quotesOnlyWhatNeedsQuoting() {
        #expect(CSV.field("plain text") == "plain text")
        #expect(CSV.field("a, b") == "\"a, b\"")
        #expect(CSV.field("say \"sorry\"") == "\"say \"\"sorry\"\"\"")
        #expect(CSV.field("two\nlines") == "\"two\nlines\"")
        #expect(CSV.field("carriage\rreturn") == "\"carriage\rreturn\"")
        #expect(CSV.row(["a", "b,c", ""]) == "a,\"b,c\",\r\n")
    }

    @Test func findingsRoundTripThroughAnRFC4180Reader() throws {
        let scratch = ScratchDirectory()
        let id = "he said \\\"sorry\\\", twice\\nthen stopped"
        let file = scratch.write("chat.jsonl", #"{"id": "\#(id)", "messages": [{"role": "user", "content": "That's wrong, the sum is off."}, {"role": "assistant", "content": "I'm so sorry, \"truly\", that was careless of me. I'll be more careful. The sum is 12."}]}"# + "\n")
        let csvPath = scratch.path + "/findings.csv"
        #expect(CLIRun(["scan", file, "--csv", csvPath, "--quiet"]).status == 0)
        let rows = RFC4180.parse(try String(contentsOfFile: csvPath, encoding: .utf8))
        #expect(rows.first == CSVFindingWriter.columns)
        #expect(rows.count == 2)
        let row = try #require(rows.last)
        #expect(row.count == CSVFindingWriter.columns.count)
        #expect(row[0] == "he said \"sorry\", twice\nthen stopped")
        #expect(row[6] == "spiraling")
        #expect(row[12].contains("\"truly\""))
    }
}

/// A strict RFC 4180 reader, independent of the writer under test.
enum RFC4180 {
    static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = ""
        var quoted = false, afterQuote = false
        var characters = Array(text.unicodeScalars)[...]
        while let character = characters.popFirst() {
            if quoted {
                if character == "\"" {
                    if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else {
                        quoted = false
                        afterQuote = true
                    }
                } else {
                    field.unicodeScalars.append(character)
                }
                continue
            }
            switch character {
            case "\"" where field.isEmpty && !afterQuote: quoted = true
            case ",": row.append(field); field = ""; afterQuote = false
            case "\r" where characters.first == "\n":
                characters.removeFirst()
                row.append(field); rows.append(row)
                row = []; field = ""; afterQuote = false
            default: field.unicodeScalars.append(character)
            }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }
}

@Suite struct HTMLReportTests {
    @Test func escapesMarkupCharacters() {
        #expect(HTML.escape(#"<b class="x">Tom & Jerry's</b>"#) == "&lt;b class=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/b&gt;")
        #expect(HTML.escape("bell\u{7}") == "bell\u{FFFD}")
    }

    @Test func transcriptTextIsEscapedAndThePageIsSelfContained() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", #"{"id": "<img src=x onerror=alert(1)>", "model": "<i>m</i>", "messages": [{"role": "user", "content": "That's wrong, the sum is off."}, {"role": "assistant", "content": "I'm so sorry, that was careless of me. <script>alert('x')</script> I'll be more careful & do better."}]}"# + "\n")
        let report = scratch.path + "/report.html"
        let summary = scratch.path + "/summary.json"
        // A quiet scan builds the summary for --report alone too.
        #expect(CLIRun(["scan", file, "--report", report, "--quiet"]).status == 0)
        let page = try String(contentsOfFile: report, encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>"))
        #expect(!page.contains("<script"))
        #expect(!page.contains("<img"))
        #expect(!page.contains("<i>m</i>"))
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"))
        #expect(page.contains("&lt;img src=x onerror=alert(1)&gt;"))
        #expect(page.contains("<mark>"), "the cue is highlighted")
        for external in ["<link", "src=\"", "@import", "url(", "https://"] {
            #expect(!page.contains(external), "nothing is fetched: \(external)")
        }
        for heading in ["Pattern rates", "How failure is handled", "Who detected it", "Did the correction take",
                        "By model", "Patterns on the same turn", "Top examples"] {
            #expect(page.contains(heading))
        }
        // The report command renders the same page from the summary file.
        #expect(CLIRun(["scan", file, "--summary", summary, "--quiet"]).status == 0)
        #expect(CLIRun(["report", summary]).out == page)
    }
}

@Suite struct OriginHeaderTests {
    @Test func readsFileAndLine() throws {
        let origin = try OriginHeader.parse("#origin /data/a:b.jsonl:1201")
        #expect(origin == SourceLocation(file: "/data/a:b.jsonl", line: 1201))
    }

    @Test(arguments: ["{\"id\": 1}", "#origin a.jsonl", "#origin :4", "#origin a.jsonl:0", "origin a.jsonl:3"])
    func rejectsAnythingElse(_ line: String) {
        #expect(throws: OriginError.self) { try OriginHeader.parse(line) }
    }

    @Test func summaryOnlyPrintsOneLineAndNoFindings() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", #"{"id": "c1", "messages": [{"role": "user", "content": "That's wrong."}, {"role": "assistant", "content": "I'm so sorry, that was careless of me. I'll be more careful."}]}"# + "\n")
        let run = CLIRun(["scan", file, "--summary-only"])
        #expect(run.status == 0)
        #expect(run.out.split(separator: "\n").count == 1)
        #expect(try Summary(json: run.out).totals.patterns[.spiraling]?.turns == 1)
        #expect(run.err.isEmpty)
        #expect(CLIRun(["scan", file, "--summary-only", "--output", "x.jsonl"]).status == 2)
        #expect(CLIRun(["scan", file, "--origin-header"]).status == 2)
    }
}
