#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Telltale
import Testing

/// The summary's promise: merging the summaries of a corpus's parts gives, byte for byte, the
/// summary of one run over the whole.
@Suite struct MergeTests {
    func read(_ path: String) -> String {
        (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    }

    @Test func shardSummariesMergeIntoTheWholeByteForByte() throws {
        let corpora = try #require(SharedCorpora.root, "../shared/corpora is not beside the repository")
        let scratch = ScratchDirectory()
        let inputs = [corpora + "/sharegpt.jsonl", corpora + "/claude-code"]
        let common = ["--by", "file", "--top", "4", "--quiet", "--output", "/dev/null"]
        // One thread for the whole, several for the shards: the bytes may depend on neither.
        #expect(CLIRun(["scan"] + inputs + common + ["--threads", "1", "--summary", scratch.path + "/whole.json"]).status == 0)
        for shard in 1...3 {
            let run = CLIRun(["scan"] + inputs + common + ["--threads", "3", "--shard", "\(shard)/3",
                                                           "--summary", scratch.path + "/\(shard).json"])
            #expect(run.status == 0)
        }
        let whole = read(scratch.path + "/whole.json")
        let summary = try Summary(json: whole)
        #expect(summary.totals.conversations > 500)
        #expect(summary.totals.outcomes.values.reduce(0, +) > 100, "the corpus has failures to recover from")
        #expect(!(summary.examples[.hiding]?.elements.isEmpty ?? true))

        let parts = (1...3).map { scratch.path + "/\($0).json" }
        let shardSizes = try parts.map { try Summary(json: read($0)).totals.conversations }
        #expect(shardSizes.allSatisfy { $0 > 0 && $0 < summary.totals.conversations })
        let merged = CLIRun(["merge"] + parts)
        #expect(merged.status == 0)
        #expect(merged.out == whole)

        // Any order and grouping: (3 + 1) + 2.
        #expect(CLIRun(["merge", parts[2], parts[0], "--output", scratch.path + "/31.json"]).status == 0)
        #expect(CLIRun(["merge", scratch.path + "/31.json", parts[1]]).out == whole)
    }

    @Test func piecesOfAFileNamedByTheirOriginMergeIntoTheFile() throws {
        let corpora = try #require(SharedCorpora.root, "../shared/corpora is not beside the repository")
        let path = corpora + "/hh-rlhf.jsonl"
        let scratch = ScratchDirectory()
        let whole = CLIRun(["scan", path, "--summary-only", "--by", "file"])
        #expect(whole.status == 0)

        // Cut the file at line boundaries, as Spark cuts a text file into partitions.
        let lines = read(path).split(separator: "\n", omittingEmptySubsequences: false)
        let cuts = [0, 700, 1500, lines.count - 1]
        var summaries = ""
        for (index, start) in cuts.dropLast().enumerated() {
            let piece = "#origin \(path):\(start + 1)\n" + lines[start..<cuts[index + 1]].joined(separator: "\n") + "\n"
            let input = scratch.write("piece\(index).txt", piece)
            let run = try withStandardInput(from: input) { CLIRun(["scan", "--origin-header", "--summary-only", "--by", "file"]) }
            #expect(run.status == 0)
            summaries += run.out
        }
        // Partitions with no lines, or only blank ones, contribute nothing.
        for (name, piece) in [("empty.txt", ""), ("blank.txt", "#origin \(path):\(lines.count + 1)\n\n\n")] {
            let input = scratch.write(name, piece)
            let nothing = try withStandardInput(from: input) { CLIRun(["scan", "--origin-header", "--summary-only", "--by", "file"]) }
            let summary = try Summary(json: nothing.out)
            #expect(summary.totals.conversations == 0)
            #expect(summary.files.isEmpty)
            summaries += nothing.out
        }

        let parts = scratch.write("parts.jsonl", summaries)
        #expect(CLIRun(["merge", parts]).out == whole.out)
    }

    @Test func summariesOfDifferentLayoutsDoNotMerge() {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", #"{"id": "a", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}"# + "\n")
        _ = CLIRun(["scan", file, "--summary", scratch.path + "/plain.json", "--quiet"])
        _ = CLIRun(["scan", file, "--by", "file", "--summary", scratch.path + "/by.json", "--quiet"])
        let run = CLIRun(["merge", scratch.path + "/plain.json", scratch.path + "/by.json"])
        #expect(run.status == 1)
        #expect(run.err.contains("by.json:1: cannot merge"))
        #expect(run.err.contains("different keys"))
    }

    @Test func aFileThatIsNotASummaryIsRejectedWithItsLocation() {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", #"{"id": "a", "messages": [{"role": "user", "content": "hi"}, {"role": "assistant", "content": "hello"}]}"# + "\n")
        _ = CLIRun(["scan", file, "--summary", scratch.path + "/s.json", "--quiet"])
        let summary = read(scratch.path + "/s.json")
        let extra = scratch.write("extra.json", summary + summary.replacingOccurrences(of: "\"top_k\"", with: "\"top_n\""))
        let unknown = CLIRun(["merge", extra])
        #expect(unknown.status == 1)
        #expect(unknown.err.contains("extra.json:2: not a telltale summary: unknown key 'top_n'"))
        let old = scratch.write("old.json", #"{"conversations":1,"assistant_turns":1,"records_rejected":0,"patterns":{}}"#)
        #expect(CLIRun(["report", old]).err.contains("missing key 'formats'"))
        #expect(CLIRun(["merge", file]).err.contains("chat.jsonl:1: not a telltale summary"))
        #expect(CLIRun(["merge"]).status == 2)
    }

    @Test func aSummaryReadBackWritesTheSameBytes() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", """
            {"id": "c1", "model": "m-1", "messages": [{"role": "user", "content": "Sum 2 and 2."}, {"role": "assistant", "content": "5"}, {"role": "user", "content": "That's wrong, it's 4."}, {"role": "assistant", "content": "I'm so sorry, that was careless of me. I sincerely apologize. It is 4."}, {"role": "user", "content": "Stop apologizing."}, {"role": "assistant", "content": "Understood."}]}

            """)
        let run = CLIRun(["scan", file, "--summary-only"])
        let summary = try Summary(json: run.out)
        #expect(summary.json + "\n" == run.out)
        #expect(summary.totals.recovery[.userCorrection]?[.spiraling] == 1)
        #expect(summary.totals.corrections[.spiraling]?.named == 1)
        #expect(summary.breakdowns["model"]?["m-1"]?.conversations == 1)
        #expect(summary.examples[.spiraling]?.elements.first?.cue.isEmpty == false)
    }
}

/// Runs `body` with standard input read from a file, then restores it. Only tests that scan
/// standard input call this, and nothing else in the test process reads it.
func withStandardInput<T>(from path: String, _ body: () throws -> T) throws -> T {
    let file = open(path, O_RDONLY)
    guard file >= 0 else { throw POSIXError(.ENOENT) }
    let saved = dup(STDIN_FILENO)
    dup2(file, STDIN_FILENO)
    close(file)
    defer {
        dup2(saved, STDIN_FILENO)
        close(saved)
    }
    return try body()
}
