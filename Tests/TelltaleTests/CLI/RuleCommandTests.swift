import Foundation
import Testing

/// `--rules` on the commands that select detectors, and `telltale test-rules`.
@Suite final class RuleCommandTests {
    let runner: CommandRunner

    init() throws { runner = try CommandRunner() }
    deinit { runner.remove() }

    static let rule = RuleFixture.rule(#""phrases": ["zebra crossing"], "examples": {"triggering": [{"messages": [{"role": "user", "content": "Where?"}, {"role": "assistant", "content": "At the zebra crossing."}]}], "nonTriggering": [{"messages": [{"role": "user", "content": "Where?"}, {"role": "assistant", "content": "At the corner."}]}]}"#)
    static let chat = #"{"id": "c1", "messages": [{"role": "user", "content": "Where?"}, {"role": "assistant", "content": "At the zebra crossing."}]}"# + "\n"

    @Test func scanRunsRuleDetectorsBesideTheBuiltIns() throws {
        let rules = try runner.write("rules.json", Self.rule)
        let chat = try runner.write("chat.jsonl", Self.chat)
        let result = try runner.run(["scan", chat, "--rules", rules, "--quiet"])
        #expect(result.status == 0)
        #expect(result.out.contains(#""conversation":"c1","turn":1,"pattern":"p","detector":"r","rule":"r""#))
    }

    @Test func detectorsCanBeSelectedAmongRules() throws {
        let rules = try runner.write("rules.json", Self.rule)
        let chat = try runner.write("chat.jsonl", Self.chat)
        let only = try runner.run(["scan", chat, "--rules", rules, "--detectors", "spiraling", "--quiet"])
        #expect(only.status == 0 && only.out.isEmpty)
        let listed = try runner.run(["detectors", "--rules", rules])
        #expect(listed.out.split(separator: "\n").last?.hasPrefix("r ") == true)
        let explained = try runner.run(["explain", "r", "--rules", rules])
        #expect(explained.status == 0 && explained.out.contains("\"zebra crossing\""))
    }

    @Test func aBadRuleFileStopsTheScanWithExitTwo() throws {
        let rules = try runner.write("bad.json", RuleFixture.rule(#""proximity": {"first": ["a"], "second": ["b"], "within": 5000}"#))
        let chat = try runner.write("chat.jsonl", Self.chat)
        let result = try runner.run(["scan", chat, "--rules", rules])
        #expect(result.status == 2)
        #expect(result.out.isEmpty)
        #expect(result.err == "telltale scan: the rule files have problems; nothing was run:\n"
            + "\(rules):1:129: rules[0].proximity.within: expected a whole number from 0 to 1000, got the number 5000\n")
    }

    @Test func testRulesPassesAGoodFile() throws {
        let rules = try runner.write("rules.json", Self.rule)
        let result = try runner.run(["test-rules", rules])
        #expect(result.status == 0)
        #expect(result.out == "ok    r" + String(repeating: " ", count: 27) + "1 triggering, 1 non-triggering examples\n"
            + "1 rules passed\n")
    }

    @Test func testRulesReportsFailingExamplesWithExitOne() throws {
        let failing = RuleFixture.rule(#""phrases": ["zebra"], "examples": {"triggering": [{"messages": [{"role": "user", "content": "Where?"}, {"role": "assistant", "content": "At the corner."}]}]}"#)
        let result = try runner.run(["test-rules", try runner.write("rules.json", failing)])
        #expect(result.status == 1)
        #expect(result.out.contains("FAIL  r"))
        #expect(result.out.contains("r triggering #1 (): turn 1 not reported (below threshold: no cues)"))
        #expect(result.out.contains("r: no non-triggering examples"))
        #expect(result.out.hasSuffix("1 of 1 rules failed\n"))
    }

    @Test func testRulesNeedsAFile() throws {
        let result = try runner.run(["test-rules"])
        #expect(result.status == 2 && result.err.contains("name at least one rule file"))
    }
}
