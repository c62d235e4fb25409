import Foundation
import Telltale
import TelltaleBuiltins
import Testing

@Suite struct FormatDetectionTests {
    /// Every corpus folder is read by the reader of its format, sniffed from content alone. The
    /// only files no reader claims hold no transcript: the corpora's README and day-001 of the
    /// diary (notes written before any session was captured).
    @Test(.enabled(if: Corpus.isAvailable, "needs ../shared/corpora")) func claimsEveryCorpusFileByContent() {
        let expected = ["aider": "aider", "claude-code": "claude-code", "console": "terminal",
                        "swe-agent": "swe-agent", "hh-rlhf.jsonl": "anthropic-hh", "sharegpt.jsonl": "sharegpt"]
        let files = Corpus.scan.files
        #expect(files.count == 303)
        let unclaimed = files.filter { $0.format == nil }.map { String($0.path.dropFirst((Corpus.root ?? "").count)) }
        #expect(unclaimed == ["/README.md", "/console/day-001.md"])
        for file in files where file.format != nil {
            let entry = file.path.dropFirst((Corpus.root ?? "").count + 1).split(separator: "/").first.map(String.init) ?? ""
            #expect(file.format == expected[entry], "\(file.path) read as \(file.format ?? "nothing")")
        }
    }

    @Test func everyReaderSaysWhatItRecognizes() {
        for reader in Builtins.readers {
            let format = reader.format
            #expect(!format.summary.isEmpty && !format.recognizedBy.isEmpty && !format.filePatterns.isEmpty, "\(format.name)")
        }
        #expect(Set(Builtins.readers.map(\.format.name)).isSuperset(of: ["aider", "terminal", "specstory"]))
    }

    @Test func formatsCommandListsWhatEachReaderRecognizes() {
        let run = CLIRun(["formats"])
        #expect(run.status == 0)
        for reader in Builtins.readers {
            #expect(run.out.contains(reader.format.name) && run.out.contains(reader.format.recognizedBy), "\(reader.format.name)")
        }
    }

    /// A file no reader claims is named on standard error and counted in the summary; the rest
    /// of the scan goes on, and `--format` makes the named reader take it.
    @Test func namesAndCountsUnclaimedFiles() {
        let scratch = ScratchDirectory()
        let notes = scratch.write("notes.md", "# Shopping\n\n- milk\n- bread\n")
        scratch.write("session.txt", TerminalReaderTests.claudeCode)
        let run = CLIRun(["scan", scratch.path])
        #expect(run.status == 0)
        #expect(run.err.contains("\(notes): no reader recognizes this content"))
        #expect(run.err.contains("1 conversations") && run.err.contains("2 files (1 not read)"))
        let forced = ScanRead([notes], format: "terminal")
        #expect(forced.files.first?.format == "terminal" && forced.files.first?.problem == nil)
        #expect(forced.conversations.isEmpty && forced.rejections.isEmpty, "prose with no session holds no conversation")
    }
}
