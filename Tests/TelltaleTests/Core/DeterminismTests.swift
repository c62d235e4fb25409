import Foundation
import Telltale
import TelltaleBuiltins
import Testing

/// Findings are the same bytes whatever the thread count and however often the scan runs, and
/// the shards of a run are the whole run cut apart, on real transcripts.
@Suite(.enabled(if: SharedCorpora.root != nil, "../shared/corpora is not beside the repository"))
struct DeterminismTests {
    /// Line-based, markdown and terminal transcripts, a few MB: enough units for every thread.
    static var inputs: [String] {
        ["/hh-rlhf.jsonl", "/aider", "/console"].map { SharedCorpora.root! + $0 }
    }

    static func findings(_ extra: [String]) -> String {
        let run = CLIRun(["scan"] + inputs + ["--quiet"] + extra)
        #expect(run.status == 0)
        return run.out
    }

    @Test func findingsAreByteIdenticalAtOneTwoAndEightThreadsAndAcrossRuns() {
        let one = Self.findings(["--threads", "1"])
        #expect(one.split(separator: "\n").count > 100)
        #expect(Self.findings(["--threads", "2"]) == one)
        #expect(Self.findings(["--threads", "8"]) == one)
        #expect(Self.findings(["--threads", "8"]) == one, "a second run")
    }

    /// Each shard prints its findings in input order, so each is the whole with the other
    /// shards' conversations taken out; together they are the whole.
    @Test func theShardsTogetherAreTheWhole() {
        let whole = Self.findings(["--threads", "2"]).split(separator: "\n")
        let shards = (1...3).map { Self.findings(["--threads", "2", "--shard", "\($0)/3"]).split(separator: "\n") }
        #expect(shards.allSatisfy { !$0.isEmpty && $0.count < whole.count })
        #expect(shards.flatMap { $0 }.sorted() == whole.sorted())
        for shard in shards {
            let kept = Set(shard)
            #expect(whole.filter { kept.contains($0) } == shard, "a shard keeps the whole's order")
        }
    }
}

/// The engine scans a unit's conversations together before the detectors run; each
/// conversation alone, scanned turn by turn as detectors ask, must give the same findings.
@Suite(.enabled(if: SharedCorpora.root != nil, "../shared/corpora is not beside the repository"))
struct ScanTogetherTests {
    @Test func scanningConversationsTogetherFindsWhatScanningEachOnDemandFinds() {
        let conversations = Corpus.read("claude-code").conversations + Corpus.read("sharegpt.jsonl").conversations.prefix(300)
            + Corpus.read("swe-agent").conversations
        #expect(conversations.count > 300)
        let detectors = DetectorSet(Builtins.detectors)
        let together = detectors.analyses(of: conversations).map { detectors.findings(in: $0) }
        let alone = conversations.map { detectors.findings(in: $0) }
        #expect(together.map { $0.map(\.jsonLine) } == alone.map { $0.map(\.jsonLine) })
        #expect(alone.joined().count > 20)
    }
}
