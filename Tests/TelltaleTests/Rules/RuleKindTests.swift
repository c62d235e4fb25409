import Telltale
import Testing

/// What each rule kind reports, on small conversations.
@Suite struct RuleKindTests {
    let rule = RuleFixture.rule

    private func judged(_ json: String, _ assistant: String, after user: String = "Fix the parser.") throws -> [Finding] {
        try RuleFixture.findings(json, [.user(user), .assistant(assistant)])
    }

    @Test func phraseGroupsEachAddTheirWeightOnce() throws {
        let json = rule(#""phrases": [{"name": "hurry", "weight": 0.5, "phrases": ["quick fix"]}, {"name": "later", "weight": 0.3, "phrases": ["later"]}]"#)
        let finding = try #require(try judged(json, "A quick fix now, another quick fix, and a cleanup later.").first)
        #expect(finding.score == 0.65)
        #expect(finding.rule == "hurry" && finding.detector == "r" && finding.pattern == "p" && finding.message == "m")
        #expect(finding.evidence.map(\.reason) == ["hurry \"quick fix\"", "later \"later\""])
        #expect(finding.start == 2 && finding.end == 11)
    }

    @Test func rulePhrasesJoinTheSharedAutomaton() throws {
        let set = DetectorSet(try RuleFixture.load(rule(#""phrases": ["zebra crossing"]"#)))
        #expect(set.lexicon.phrases.contains("zebra crossing"))
    }

    @Test func aTrailingWildcardLiftsTheWordBoundary() throws {
        let json = rule(#""phrases": ["apologi*"]"#)
        #expect(try judged(json, "My apologies.").count == 1)
        #expect(try judged(json, "I apologise.").count == 1)
        #expect(try judged(json, "The word apology is not matched.").isEmpty)
    }

    @Test func exceptionsNegationAndSentenceStartsFilterHits() throws {
        let excepted = rule(#""phrases": [{"phrases": ["sorry"], "exceptions": ["sorry to hear"]}]"#)
        #expect(try judged(excepted, "Sorry to hear that.").isEmpty)
        let negatable = rule(#""phrases": [{"phrases": ["apologize"], "negatable": true}]"#)
        #expect(try judged(negatable, "No need to apologize.").isEmpty)
        #expect(try judged(negatable, "I apologize.").count == 1)
        let initial = rule(#""phrases": [{"phrases": ["actually"], "sentenceInitial": true}]"#)
        #expect(try judged(initial, "It is actually fine.").isEmpty)
        #expect(try judged(initial, "Actually, it is fine.").count == 1)
    }

    @Test func occurrenceCountsHitsBetweenItsBounds() throws {
        let json = rule(#""occurrence": {"cues": ["sorry"], "atLeast": 2, "atMost": 3}"#)
        #expect(try judged(json, "Sorry.").isEmpty)
        let finding = try #require(try judged(json, "Sorry. Sorry again.").first)
        #expect(finding.evidence.map(\.reason) == ["2 cue hits (at least 2, at most 3): \"Sorry\", \"Sorry\""])
        #expect(try judged(json, "Sorry, sorry, sorry, sorry.").isEmpty)
    }

    @Test func anOccurrenceOfNoneNeedsProseToJudge() throws {
        let json = rule(#""occurrence": {"cues": ["because"], "atLeast": 0, "atMost": 0}"#)
        let finding = try #require(try judged(json, "Use a set. It is faster.").first)
        #expect(finding.start == 0 && finding.end == 10)
        #expect(try judged(json, "Use a set because lookups are O(1).").isEmpty)
        #expect(try judged(json, "```\nuse(set)\n```").isEmpty)
    }

    @Test func proximityMeasuresWordsBetweenTheHits() throws {
        let json = rule(#""proximity": {"first": ["sorry"], "second": ["won't happen again"], "within": 3}"#)
        let finding = try #require(try judged(json, "Sorry, this truly won't happen again.").first)
        #expect(finding.evidence.map(\.reason) == ["\"Sorry\" within 2 words of \"won't happen again\""])
        #expect(finding.start == 0 && finding.end == 36)
        #expect(try judged(json, "Sorry, I checked all of it and it won't happen again.").isEmpty)
    }

    @Test func orderedProximityNeedsTheFirstBeforeTheSecond() throws {
        let unordered = rule(#""proximity": {"first": ["sorry"], "second": ["careful"], "within": 3}"#)
        let ordered = rule(#""proximity": {"first": ["sorry"], "second": ["careful"], "within": 3, "ordered": true}"#)
        #expect(try judged(unordered, "I'll be careful, sorry.").count == 1)
        #expect(try judged(ordered, "I'll be careful, sorry.").isEmpty)
        #expect(try judged(ordered, "Sorry, I'll be careful.").count == 1)
    }

    @Test func proximityStaysInsideASentence() throws {
        let json = rule(#""proximity": {"first": ["sorry"], "second": ["careful"], "within": 5}"#)
        #expect(try judged(json, "Sorry. Careful now.").isEmpty)
    }

    @Test func aGroupWithAFollowerCountsOnlyThePair() throws {
        let json = rule(#""phrases": [{"name": "deferral", "weight": 0.5, "phrases": ["revisit"], "followedBy": ["later"], "within": 3}]"#)
        let finding = try #require(try judged(json, "We can revisit the parser later.").first)
        #expect(finding.rule == "deferral" && finding.score == 0.5)
        #expect(finding.evidence.map(\.reason) == ["deferral \"revisit … later\""])
        #expect(finding.start == 7 && finding.end == 31)
        #expect(try judged(json, "We can revisit the parser.").isEmpty)
        #expect(try judged(json, "Later, we revisit the parser.").isEmpty)
    }

    @Test func groupsSharingANameCountOnce() throws {
        let json = rule(#""phrases": [{"name": "later", "weight": 0.5, "phrases": ["clean up later"]}, {"name": "later", "weight": 0.5, "phrases": ["fix it later"]}]"#)
        #expect(try judged(json, "Clean up later, and fix it later.").map(\.score) == [0.5])
    }

    @Test func densityComparesHitsPerHundredWords() throws {
        let json = rule(#""density": {"cues": ["maybe"], "per100Words": 20, "minWords": 5}"#)
        let finding = try #require(try judged(json, "Maybe yes, maybe no, hard to say.").first)
        #expect(finding.evidence.map(\.reason) == ["2 cue hits in 7 words: 28.57 per 100 (at least 20)"])
        #expect(try judged(json, "Maybe. It depends on the input size and on the cache you use here.").isEmpty)
        #expect(try judged(json, "Maybe, maybe.").isEmpty)
    }

    static let failure: [Turn] = [.user("Parse the date."), .assistant("Use strptime."), .user("That's wrong, it crashes.")]

    @Test func aSequenceNeedsTheFailureAndNoAcknowledgment() throws {
        let json = rule(#""sequence": {"failure": true, "acknowledgment": "absent"}"#)
        let finding = try #require(try RuleFixture.findings(json, Self.failure + [.assistant("Use dateutil instead.")]).first)
        #expect(finding.turn == 3)
        #expect(finding.evidence.map(\.reason)
            == ["after a failure: user-correction at turn 2 (\"That's wrong\"); no acknowledgment of the error"])
        #expect(try RuleFixture.findings(json, Self.failure + [.assistant("My mistake: use dateutil.")]).isEmpty)
        #expect(try RuleFixture.findings(json, [.user("Parse the date."), .assistant("Use strptime.")]).isEmpty)
    }

    @Test func aSequenceFiltersFailuresByKindAndStrength() throws {
        let toolOnly = rule(#""sequence": {"failure": {"kinds": ["tool-error"]}}"#)
        #expect(try RuleFixture.findings(toolOnly, Self.failure + [.assistant("Use dateutil.")]).isEmpty)
        let strong = rule(#""sequence": {"failure": {"minStrength": 0.9}}"#)
        #expect(try RuleFixture.findings(strong, Self.failure + [.assistant("Use dateutil.")]).isEmpty)
        let any = rule(#""sequence": {"failure": {"minStrength": 0.5}}"#)
        #expect(try RuleFixture.findings(any, Self.failure + [.assistant("Use dateutil.")]).count == 1)
    }

    @Test func aSequenceCanNeedWordsBeforeAndCuesInTheTurn() throws {
        let json = rule(#""sequence": {"previousUser": ["are you sure"], "cues": ["you're right"]}"#)
        let pushback: [Turn] = [.user("What is 7 × 8?"), .assistant("56."), .user("Are you sure?")]
        let finding = try #require(try RuleFixture.findings(json, pushback + [.assistant("You're right, it is 54.")]).first)
        #expect(finding.rule == "r" && finding.start == 0 && finding.end == 12)
        #expect(try RuleFixture.findings(json, pushback + [.assistant("Yes, 7 × 8 is 56.")]).isEmpty)
        let calm: [Turn] = [.user("What is 7 × 8?"), .assistant("56."), .user("And 6 × 9?")]
        #expect(try RuleFixture.findings(json, calm + [.assistant("You're right to ask: 54.")]).isEmpty)
    }

    @Test func rolesChooseTheJudgedTurns() throws {
        let json = rule(#""phrases": ["i give up"], "roles": ["user"]"#)
        let found = try RuleFixture.findings(json, [.user("I give up."), .assistant("I give up too.")])
        #expect(found.map(\.turn) == [0])
    }

    @Test func scopeDecidesWhetherCodeAndQuotesCount() throws {
        let code = "```\n// TODO: quick fix\n```"
        #expect(try judged(rule(#""phrases": ["quick fix"]"#), code).isEmpty)
        #expect(try judged(rule(#""phrases": ["quick fix"], "scope": "anywhere""#), code).count == 1)
        let group = rule(#""phrases": [{"phrases": ["quick fix"], "scope": "anywhere"}]"#)
        #expect(try judged(group, "He said \"quick fix\" twice.").count == 1)
    }

    @Test func aGroupCanNeedProseAroundItsHits() throws {
        let json = rule(#""phrases": [{"phrases": ["todo:"], "scope": "anywhere", "minProseWords": 3}]"#)
        #expect(try judged(json, "```\nx = 1  # TODO: check\n```").isEmpty)
        #expect(try judged(json, "Here is the change:\n\n```\nx = 1  # TODO: check\n```").count == 1)
    }
}
