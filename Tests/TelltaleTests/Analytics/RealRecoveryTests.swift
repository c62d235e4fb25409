import Telltale
import TelltaleBuiltins
import Testing

/// Recovery analytics on real transcripts from `../shared/corpora`, read at test time: one
/// answer of each kind, each checked by reading the turns around it.
@Suite struct RealRecoveryTests {
    /// The recovery events of the conversation in `file` whose id ends with `id`.
    func events(in file: String, id: String) throws -> (Conversation, RecoveryEvents) {
        _ = try #require(SharedCorpora.root, "../shared/corpora is not beside the repository")
        let conversation = try #require(Corpus.read(file).conversations.first { $0.id.hasSuffix(id) },
                                        "no conversation \(id) in \(file)")
        let set = DetectorSet(Builtins.detectors)
        let analysis = set.analysis(of: conversation)
        let events = RecoveryEvents(context: analysis.context, assistantTurns: conversation.assistantTurnIndices,
                                    findings: set.findings(in: analysis))
        return (conversation, events)
    }

    func answer(at turn: Int, in file: String, id: String) throws -> RecoveryEvents.Answer {
        try #require(try events(in: file, id: id).1.answers.first { $0.turn == turn }, "turn \(turn) answers no failure")
    }

    /// "check your math" → "I apologize for the error, I misunderstood…" and a recomputed answer.
    @Test func anApologyThatNamesTheMisreadingIsACleanRecovery() throws {
        let found = try answer(at: 2, in: "sharegpt.jsonl", id: "2s2spZg_23")
        #expect(found.outcome == .clean)
        #expect(DetectedBy(found.signal.kind) == .user)
    }

    /// "No you create wrong answear, in my data folder just have train.csv and val.csv" →
    /// "I see, in that case, you can modify the code…": the error recast as news.
    @Test func aCorrectionRecastAsNewInformationIsHiding() throws {
        let found = try answer(at: 4, in: "sharegpt.jsonl", id: "dTMQcnb_153")
        #expect(found.outcome == .hiding)
        #expect(found.signal.kind == .userCorrection)
    }

    /// The harness rejects a reply with two command blocks → "I apologize. I seem to be
    /// struggling with the format."
    @Test func selfReproachAfterTheHarnessRejectsTheFormatIsSpiraling() throws {
        let found = try answer(at: 50, in: "swe-agent", id: "django__django-11433")
        #expect(found.outcome == .spiraling)
        #expect(DetectedBy(found.signal.kind) == .system)
    }

    /// An ssh command times out (`is_error`) → "I see the issue: …" and a changed plan.
    @Test func namingTheIssueAfterAFailedCommandIsACleanRecovery() throws {
        let found = try answer(at: 85, in: "claude-code", id: "343e3472-b9b6-4561-ade0-21d1a4730c11")
        #expect(found.outcome == .clean)
        #expect(found.signal.kind == .toolError)
    }

    /// "Oh, I messed up the `sed` command" with no failure reported before the turn.
    @Test func flaggingItsOwnBrokenEditIsSelfDetection() throws {
        let (_, events) = try events(in: "swe-agent", id: "sympy__sympy-13974")
        #expect(events.selfCaught.contains(48))
        #expect(!events.answers.contains { $0.turn == 48 })
    }

    /// "All of this looks too complex…" names overthinking; option menus return much later.
    /// A second complaint near the end is followed by none.
    @Test func aNamedPatternComesBackAndTheTurnsUntilThenAreCounted() throws {
        let (_, events) = try events(in: "console", id: "console/day-005.md:2")
        let first = try #require(events.corrections.first { $0.turn == 14 })
        #expect(first.pattern == .overthinking)
        #expect(first.recurredAfter == 90)
        let last = try #require(events.corrections.last)
        #expect(last.turn > 14 && last.observed && last.recurredAfter == nil)
    }
}
