import Telltale
import TelltaleBuiltins
import Testing

/// Recovery analytics on short conversations written for these tests, modelled on the shapes
/// seen in the shared corpora: ShareGPT corrections, Claude Code tool errors, user namings.
@Suite struct RecoveryTests {
    func events(_ turns: [Turn]) -> RecoveryEvents {
        let set = DetectorSet(Builtins.detectors)
        let conversation = Conversation(id: "t", turns: turns)
        let analysis = set.analysis(of: conversation)
        return RecoveryEvents(context: analysis.context, assistantTurns: conversation.assistantTurnIndices,
                              findings: set.findings(in: analysis))
    }

    let request = Turn.user("Write a function that returns the average of a list of numbers.")
    /// The turn under test in the fixtures below: the reply right after the user's report.
    let reply = 3
    let firstAnswer = Turn.assistant("def average(xs):\n    return sum(xs) / len(xs) + 1")
    let correction = Turn.user("That's wrong: average([2, 4]) gives 4, not 3.")

    @Test func namingTheErrorAndFixingItIsACleanRecovery() {
        let found = events([request, firstAnswer, correction, .assistant(
            "You're right, I added 1 to the result by mistake. Fixed:\n\ndef average(xs):\n    return sum(xs) / len(xs)")])
        let answer = found.answers.first { $0.turn == reply }
        #expect(answer?.outcome == .clean)
        #expect(answer?.signal.kind == .userCorrection)
    }

    @Test func contritionOutOfProportionIsSpiraling() {
        let found = events([request, firstAnswer, correction, .assistant(
            "I'm so sorry, that was careless of me. I sincerely apologize for the wasted time; I'll be more careful. "
                + "def average(xs):\n    return sum(xs) / len(xs)")])
        #expect(found.answers.first { $0.turn == reply }?.outcome == .spiraling)
    }

    @Test func aQuietRewriteIsHiding() {
        let found = events([request, firstAnswer, correction, .assistant(
            "Here's the updated version:\n\n```python\ndef average(xs):\n    return sum(xs) / len(xs)\n```")])
        #expect(found.answers.first { $0.turn == reply }?.outcome == .hiding)
    }

    @Test func followingANewInstructionIsOther() {
        let found = events([request, firstAnswer,
                            .user("That doesn't work for empty lists. Instead, return None when the list is empty."),
                            .assistant("def average(xs):\n    return sum(xs) / len(xs) if xs else None")])
        #expect(found.answers.first { $0.turn == reply }?.outcome == .other)
    }

    @Test func toolOutputIsTheSystemCatchingIt() {
        let found = events([.user("Run the tests and fix what fails."), .assistant("Running the suite."),
                            .toolCall("Bash", "swift test"),
                            .toolResult("error: no such module 'XCTest'", isError: true),
                            .assistant("The import was wrong: the tests use Swift Testing, not XCTest. Fixed the import.")])
        #expect(found.answers.map(\.signal.kind) == [.toolError])
        #expect(found.answers.map { DetectedBy($0.signal.kind) } == [.system])
        #expect(found.selfCaught.isEmpty)
    }

    @Test func flaggingItsOwnEarlierErrorUnpromptedIsSelfDetection() {
        let found = events([.user("What is 17 times 23?"), .assistant("17 × 23 = 381."),
                            .user("Thanks. And 17 times 24?"),
                            .assistant("Wait, I made an error above: 17 × 23 is 391, not 381. So 17 × 24 = 408.")])
        #expect(found.answers.isEmpty)
        #expect(found.selfCaught == [3])
    }

    @Test func courtesyAndExplanationWithoutAFailureAreNotSelfDetection() {
        let found = events([.user("My cat died last week and I can't focus on my thesis."),
                            .assistant("I'm so sorry to hear about your loss. The problem is that grief takes energy; "
                                + "short, scheduled writing sessions can help."),
                            .user("Did you make a mistake in the last answer?"),
                            .assistant("No, I didn't make a mistake in my previous answer; the advice stands.")])
        #expect(found.selfCaught.isEmpty)
    }

    @Test func aNamedPatternThatComesBackIsARecurrence() throws {
        let found = events([request, .assistant("I apologize. I'm so sorry, I sincerely apologize for the confusion. "
                                + "def average(xs): return sum(xs) / len(xs)"),
                            .user("Please stop apologizing. Now make it handle empty lists."),
                            .assistant("Done: it returns None for an empty list."),
                            .user("And ignore None values in the list."),
                            .assistant("I'm so sorry, I should have thought of that. I sincerely apologize. "
                                + "def average(xs): xs = [x for x in xs if x is not None]; return sum(xs) / len(xs) if xs else None")])
        #expect(found.corrections.count == 1)
        let named = try #require(found.corrections.first)
        #expect(named.pattern == .spiraling)
        #expect(named.turn == 2)
        #expect(named.observed)
        #expect(named.recurredAfter == 2, "the second reply after the naming apologizes again")
    }

    @Test func aNamedPatternThatStaysAwayDidNotRecur() {
        let found = events([request, .assistant("I apologize. I'm so sorry, I sincerely apologize for the confusion. "
                                + "def average(xs): return sum(xs) / len(xs)"),
                            .user("No need to apologize. Make it handle empty lists."),
                            .assistant("It now returns None for an empty list.")])
        #expect(found.corrections.map(\.recurredAfter) == [nil])
        #expect(found.corrections.map(\.observed) == [true])
    }

    @Test func aNamingWithNoReplyAfterItIsNotObserved() {
        let found = events([request, .assistant("I'm so sorry, I sincerely apologize. Here it is."),
                            .user("Stop apologizing.")])
        #expect(found.corrections.map(\.observed) == [false])
    }

    @Test func outcomesFollowTheFindingsOnTheTurn() {
        #expect(RecoveryOutcome(acknowledged: true, flagged: []) == .clean)
        #expect(RecoveryOutcome(acknowledged: false, flagged: []) == .other)
        #expect(RecoveryOutcome(acknowledged: true, flagged: [.spiraling]) == .spiraling)
        #expect(RecoveryOutcome(acknowledged: false, flagged: [.hiding, .overthinking]) == .hiding)
        #expect(RecoveryOutcome(acknowledged: false, flagged: [.hiding, .spiraling]) == .spiraling)
        #expect(RecoveryOutcome(acknowledged: true, flagged: [.overthinking]) == .clean)
    }

    @Test func failureKindsMapToWhoDetected() {
        #expect(FailureSignal.Kind.allCases.map(DetectedBy.init) == [.system, .system, .user, .user, .user])
    }

    @Test func positionsAreThirdsOfTheAssistantTurns() {
        #expect(TurnPosition(ordinal: 0, of: 1) == .middle)
        #expect((0..<2).map { TurnPosition(ordinal: $0, of: 2) } == [.early, .late])
        #expect((0..<3).map { TurnPosition(ordinal: $0, of: 3) } == [.early, .middle, .late])
        let ten = (0..<10).map { TurnPosition(ordinal: $0, of: 10) }
        #expect(ten.filter { $0 == .early }.count == 3)
        #expect(ten.filter { $0 == .middle }.count == 4)
        #expect(ten.filter { $0 == .late }.count == 3)
    }
}
