#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Telltale
import TelltaleBuiltins
import Testing

/// Files that cannot be read, or that no reader takes: each is reported with its path and the
/// reason, counted in the summary as a file not read, and the scan goes on to the next.
@Suite struct BadFileTests {
    @Test func anUnknownFormatIsReportedNotGuessed() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("notes.txt", "just some prose\nwith no speakers in it\n")
        let good = scratch.write("good.jsonl", BadInput.goodLines(2))
        let run = SummaryRun([path, good])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect(file.format == nil)
        #expect(file.problem?.hasPrefix("no reader recognizes this content") == true)
        #expect(run.summary?.totals.conversations == 2)
    }

    /// A line in another line-based shape is read by the reader that knows it; a line no reader
    /// knows is rejected where it is.
    @Test func mixedFormatsInOneFileAreEachReadOrRejected() throws {
        let scratch = ScratchDirectory()
        let lines = [
            BadInput.goodLine("openai"),
            #"{"conversations": [{"from": "human", "value": "hi"}, {"from": "gpt", "value": "I am so sorry, that was careless of me."}]}"#,
            #"{"chosen": "\n\nHuman: hi\n\nAssistant: I am so sorry, my mistake."}"#,
            #"{"foo": 1}"#,
        ]
        let path = scratch.write("mixed.jsonl", lines.joined(separator: "\n") + "\n")
        let run = SummaryRun([path])
        #expect(run.status == 0)
        let file = try #require(run.file(path))
        #expect((file.format, file.records, file.conversations, file.rejected) == ("openai", 4, 3, 1))
        #expect(run.reported == ["\(path):4: no \"messages\" array"])
    }

    @Test func aBinaryFileIsReportedNotRead() throws {
        let scratch = ScratchDirectory()
        let path = BadInput.write(scratch, "image.png", bytes: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D] + (0..<4096).map { UInt8($0 % 256) })
        let run = SummaryRun([path])
        #expect(run.status == 0)
        #expect(run.file(path)?.problem == "binary file (NUL bytes)")
        #expect(run.summary?.files.count == 1)
    }

    @Test func onErrorFailStopsAtTheFirstBadRecord() throws {
        let scratch = ScratchDirectory()
        let first = scratch.write("a.jsonl", BadInput.goodLine("a") + "\n{oops\n" + BadInput.goodLines(3))
        let second = scratch.write("b.jsonl", BadInput.goodLines(2))
        for threads in ["1", "2"] {
            let run = SummaryRun([scratch.path], ["--on-error", "fail", "--threads", threads])
            #expect(run.status == 1)
            #expect(run.summary?.interrupted == true)
            let file = try #require(run.file(first))
            #expect((file.records, file.conversations, file.rejected) == (2, 1, 1))
            #expect(file.problem == "not read to the end: the scan stopped")
            #expect(run.file(second) == nil, "nothing after the bad record is read")
            #expect(run.err.contains("stopped at the first bad input (--on-error fail): \(first):2: invalid JSON"))
        }
        #expect(SummaryRun([scratch.path]).status == 0, "the default reports and goes on")
        #expect(CLIRun(["scan", first, "--on-error", "ignore"]).status == 2)
    }

    /// A file belongs to one shard for what is said about reading it; another shard reads its
    /// lines on past a bad record, for the conversations that are its own.
    @Test func onErrorFailInAShardStopsOnlyAtItsOwnFiles() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("a.jsonl", BadInput.goodLine("a") + "\n{oops\n" + BadInput.goodLines(9))
        let owner = Int(StableHash.of(path) % 2) + 1, other = 3 - owner
        let failing = SummaryRun([path], ["--on-error", "fail", "--shard", "\(other)/2"])
        let reporting = SummaryRun([path], ["--shard", "\(other)/2"])
        #expect(failing.status == 0)
        #expect(failing.summary?.interrupted == false)
        #expect(failing.summary?.totals.conversations == reporting.summary?.totals.conversations)
        #expect(SummaryRun([path], ["--on-error", "fail", "--shard", "\(owner)/2"]).status == 1)
    }

    @Test func onErrorFailStopsAtTheFirstUnreadableFile() {
        let scratch = ScratchDirectory()
        BadInput.write(scratch, "a.bin", bytes: [0, 1, 2])
        scratch.write("b.jsonl", BadInput.goodLines(2))
        let run = SummaryRun([scratch.path], ["--on-error", "fail"])
        #expect(run.status == 1)
        #expect(run.summary?.totals.conversations == 0)
        #expect(run.err.contains("(--on-error fail): \(scratch.path)/a.bin: binary file (NUL bytes)"))
    }

    /// Whatever a directory holds besides regular files is named with what it is; a missing
    /// path is named too.
    @Test func linksPipesAndMissingPathsAreReported() throws {
        let scratch = ScratchDirectory()
        scratch.write("good.jsonl", BadInput.goodLines(1))
        #expect(symlink(scratch.path + "/gone.jsonl", scratch.path + "/dangling.jsonl") == 0)
        #expect(mkfifo(scratch.path + "/pipe.jsonl", 0o600) == 0)
        let missing = scratch.path + "/missing.jsonl"
        let run = SummaryRun([scratch.path, missing])
        #expect(run.status == 0)
        #expect(run.file(scratch.path + "/dangling.jsonl")?.problem == "broken symbolic link: no such file or directory")
        #expect(run.file(scratch.path + "/pipe.jsonl")?.problem == "named pipe: skipped")
        #expect(run.file(missing)?.problem == "no such file or directory")
        #expect(run.summary?.totals.conversations == 1)
        #expect(SummaryRun([scratch.path], ["--on-error", "fail"]).status == 1)
    }

    /// Permissions do not stop root, so as root there is nothing unreadable to make; the links
    /// and pipes above cover what root cannot read either.
    @Test(.enabled(if: getuid() != 0, "running as root: chmod 000 does not stop reading"))
    func anUnreadableFileOrDirectoryIsReported() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("locked.jsonl", BadInput.goodLines(1))
        let directory = scratch.path + "/locked"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        chmod(file, 0)
        chmod(directory, 0)
        defer { chmod(directory, 0o700) }
        let run = SummaryRun([scratch.path])
        #expect(run.status == 0)
        #expect(run.file(file)?.problem == "permission denied")
        #expect(run.file(directory)?.problem == "cannot read directory: permission denied")
    }

    /// Files are listed when the scan starts and opened when their turn comes; one deleted in
    /// between is reported as missing and the scan goes on.
    @Test func aFileThatDisappearsDuringTheRunIsReported() {
        let scratch = ScratchDirectory()
        for name in ["a", "b", "c"] { scratch.write(name + ".jsonl", BadInput.goodLines(2, prefix: name)) }
        var options = ScanOptions()
        options.threads = 1
        let recorder = DeletingRecorder(after: scratch.path + "/a.jsonl", delete: scratch.path + "/b.jsonl")
        let summary = Engine(detectors: DetectorSet(Builtins.detectors), readers: Builtins.readers, options: options)
            .scan([scratch.path], observer: recorder)
        #expect(summary.conversations == 4)
        #expect(recorder.files.map(\.problem) == [nil, "no such file or directory", nil])
        #expect(!summary.interrupted)
    }

    /// The engine names the input it stopped at, once, for every kind of bad input; the CLI
    /// prints that and does not judge again (a read error in a file a reader had taken stopped
    /// the scan without saying so when it did).
    @Test func theEngineRecordsWhereItStopped() {
        let scratch = ScratchDirectory()
        scratch.write("a.jsonl", BadInput.goodLines(2, prefix: "a"))
        let bad = scratch.write("c.jsonl", BadInput.goodLine("c") + "\n{oops\n")
        for stops in [false, true] {
            scratch.write("b.jsonl", BadInput.goodLines(2, prefix: "b"))
            var options = ScanOptions()
            options.threads = 1
            options.stopsAtBadInput = stops
            let recorder = DeletingRecorder(after: scratch.path + "/a.jsonl", delete: scratch.path + "/b.jsonl")
            let summary = Engine(detectors: DetectorSet(Builtins.detectors), readers: Builtins.readers, options: options)
                .scan([scratch.path], observer: recorder)
            #expect(summary.stoppedAtBadInput == (stops ? scratch.path + "/b.jsonl: no such file or directory" : nil))
            #expect(summary.interrupted == stops)
        }
        var options = ScanOptions()
        options.stopsAtBadInput = true
        let summary = Engine(detectors: DetectorSet(Builtins.detectors), readers: Builtins.readers, options: options)
            .scan([bad], observer: DeletingRecorder(after: "", delete: ""))
        #expect(summary.stoppedAtBadInput?.hasPrefix(bad + ":2: invalid JSON") == true)
    }
}

/// Deletes one file as soon as another has been reported.
private final class DeletingRecorder: ScanObserver {
    let trigger: String, victim: String
    var files: [FileReport] = []

    init(after trigger: String, delete victim: String) {
        self.trigger = trigger
        self.victim = victim
    }

    func scanned(_ result: ConversationResult) {}
    func rejected(_ rejection: Rejection) {}
    func finished(_ file: FileReport) {
        files.append(file)
        if file.path == trigger { unlink(victim) }
    }
}
