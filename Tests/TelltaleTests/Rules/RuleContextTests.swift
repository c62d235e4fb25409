import Telltale
import Testing

/// Context moves a rule's score once its condition holds, and the threshold decides.
@Suite struct RuleContextTests {
    let rule = RuleFixture.rule

    @Test func aFailureBeforeAddsItsWeight() throws {
        let json = rule(#""phrases": ["try this"], "score": 0.4, "context": {"afterFailure": 0.5}"#)
        let after = try RuleFixture.findings(json, [
            .user("Sort it."), .assistant("Use sort()."), .user("That's wrong."), .assistant("Try this: sorted()."),
        ])
        #expect(after.map(\.score) == [0.7])
        #expect(after.first?.evidence.last?.reason == "after a failure: user-correction at turn 2 (\"That's wrong\")")
        let first = try RuleFixture.findings(json, [.user("Sort it."), .assistant("Try this: sorted().")])
        #expect(first.map(\.score) == [0.4])
    }

    @Test func aRepeatedCueAddsItsWeight() throws {
        let json = rule(#""phrases": ["for now"], "score": 0.3, "context": {"repeatedCue": 0.5}"#)
        let turns: [Turn] = [.user("Add caching."), .assistant("For now, a dict. For now, no expiry.")]
        #expect(try RuleFixture.findings(json, turns).map(\.score) == [0.65])
    }

    @Test func theUserNamingABuiltInPatternAddsItsWeight() throws {
        let json = #"{"rules": [{"id": "r", "pattern": "spiraling", "summary": "s", "message": "m", "score": 0.3, "#
            + #""phrases": ["sorry"], "context": {"userNamesPattern": 0.5}}]}"#
        let found = try RuleFixture.findings(json, [
            .user("Fix it."), .assistant("Sorry, fixed."), .user("Stop apologizing."), .assistant("Done."),
        ])
        #expect(found.map(\.score) == [0.65])
        #expect(found.first?.evidence.last?.reason == "the user then names it: \"Stop apologizing\"")
    }

    @Test func theUserNamingACustomPatternUsesTheRulesPhrases() throws {
        let json = rule(#""phrases": ["you're right"], "score": 0.3, "context": {"userNamesPattern": {"add": 0.5, "phrases": ["you caved"]}}"#)
        let named = try RuleFixture.findings(json, [
            .user("Are you sure?"), .assistant("You're right, it is 54."), .user("You caved, it was 56."),
        ])
        #expect(named.map(\.score) == [0.65])
        let silent = try RuleFixture.findings(json, [.user("Are you sure?"), .assistant("You're right, it is 54.")])
        #expect(silent.map(\.score) == [0.3])
    }

    @Test func aUserWhoAskedForItScalesTheScoreDown() throws {
        let json = rule(#""phrases": ["quick fix"], "score": 0.8, "context": {"userAskedFor": {"phrases": ["asap"], "reduce": 0.5}}"#)
        let asked = try RuleFixture.findings(json, [.user("Patch it asap."), .assistant("A quick fix: retry once.")])
        #expect(asked.map(\.score) == [0.4])
        #expect(asked.first?.evidence.last?.reason == "the user asked for it: \"asap\"")
    }

    @Test func counterCuesInTheTurnScaleTheScoreDown() throws {
        let json = rule(#""phrases": ["quick fix"], "score": 0.8, "context": {"counterCues": {"phrases": ["option 1", "option 2"], "atLeast": 2, "reduce": 0.5}}"#)
        let menu = try RuleFixture.findings(json, [.user("Fix it."), .assistant("Option 1: a quick fix. Option 2: a rewrite.")])
        #expect(menu.map(\.score) == [0.4])
        let one = try RuleFixture.findings(json, [.user("Fix it."), .assistant("Option 1: a quick fix.")])
        #expect(one.map(\.score) == [0.8])
        let code = try RuleFixture.findings(json, [.user("Fix it."), .assistant("A quick fix: `choices = ['option 1', 'option 2']`.")])
        #expect(code.map(\.score) == [0.8])
    }

    @Test func theThresholdDecidesWhatIsReported() throws {
        let json = rule(#""phrases": ["quick fix"], "score": 0.4, "threshold": 0.5"#)
        let detectors = try RuleFixture.load(json)
        let conversation = Conversation(id: "c", turns: [.user("Fix it."), .assistant("A quick fix.")])
        #expect(DetectorSet(detectors).findings(in: conversation).isEmpty)
        #expect(DetectorSet(detectors, minimumScore: 0.4).findings(in: conversation).count == 1)
    }

    @Test func aRuleDescribesItselfLikeAnyDetector() throws {
        let json = #"{"rules": [{"id": "r", "pattern": "p", "name": "Rule", "summary": "s", "rationale": "why", "#
            + #""message": "m", "threshold": 0.4, "roles": ["user", "assistant"], "phrases": ["x"]}]}"#
        let description = try #require(try RuleFixture.load(json).first).description
        #expect(description.name == "Rule" && description.rationale == "why" && description.defaultThreshold == 0.4)
        #expect(description.judgedRoles == [.user, .assistant])
    }
}
