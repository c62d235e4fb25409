import Foundation
import Telltale
import Testing

/// Error cases of a rule's context and examples, and of rule files on disk.
enum RuleFileContextErrors {
    typealias Case = RuleFileErrorTests.Case
    static let rule = RuleFixture.rule

    /// A rule whose examples are `examples`, and which judges `roles`.
    static func examples(_ examples: String, roles: String = #"["assistant"]"#) -> String {
        rule(#""phrases": ["sorry"], "roles": \#(roles), "examples": \#(examples)"#)
    }

    static let contextCases: [Case] = [
        Case(name: "context not an object", json: rule(#""phrases": ["a"], "context": 1"#), path: "rules[0].context",
             message: "expected an object, got the number 1"),
        Case(name: "unknown context key", json: rule(#""phrases": ["a"], "context": {"afterFail": 0.2}"#),
             path: "rules[0].context.afterFail", message: "unknown key; expected one of: afterFailure, repeatedCue"),
        Case(name: "afterFailure above 1", json: rule(#""phrases": ["a"], "context": {"afterFailure": 2}"#),
             path: "rules[0].context.afterFailure", message: "expected a number from 0 to 1, got the number 2"),
        Case(name: "naming without add", json: rule(#""phrases": ["a"], "context": {"userNamesPattern": {"phrases": ["x"]}}"#),
             path: "rules[0].context.userNamesPattern", message: "missing required key \"add\""),
        Case(name: "naming a custom pattern without phrases", json: rule(#""phrases": ["a"], "context": {"userNamesPattern": 0.3}"#),
             path: "rules[0].context.userNamesPattern",
             message: "the pattern \"p\" has no built-in naming phrases; give {\"add\": x, \"phrases\": [...]}"),
        Case(name: "asked-for without reduce", json: rule(#""phrases": ["a"], "context": {"userAskedFor": {"phrases": ["x"]}}"#),
             path: "rules[0].context.userAskedFor", message: "missing required key \"reduce\""),
        Case(name: "asked-for phrases not an array", json: rule(#""phrases": ["a"], "context": {"userAskedFor": {"phrases": "x", "reduce": 0.5}}"#),
             path: "rules[0].context.userAskedFor.phrases", message: "expected an array of phrases, got the string \"x\""),
        Case(name: "counter-cues without reduce", json: rule(#""phrases": ["a"], "context": {"counterCues": {"phrases": ["x"]}}"#),
             path: "rules[0].context.counterCues", message: "missing required key \"reduce\""),
        Case(name: "counter-cues at least zero", json: rule(#""phrases": ["a"], "context": {"counterCues": {"phrases": ["x"], "atLeast": 0, "reduce": 0.5}}"#),
             path: "rules[0].context.counterCues.atLeast", message: "expected a whole number from 1 to 10000, got the number 0"),
        Case(name: "follower without distance", json: rule(#""phrases": [{"phrases": ["revisit"], "followedBy": ["later"]}]"#),
             path: "rules[0].phrases[0]", message: "\"followedBy\" and \"within\" go together"),
    ]

    static let exampleCases: [Case] = [
        Case(name: "examples not an object", json: examples("[]"), path: "rules[0].examples",
             message: "expected an object, got an array of 0"),
        Case(name: "unknown examples key", json: examples(#"{"positive": []}"#), path: "rules[0].examples.positive",
             message: "unknown key; expected one of: triggering, nonTriggering"),
        Case(name: "triggering not an array", json: examples(#"{"triggering": {}}"#), path: "rules[0].examples.triggering",
             message: "expected an array of examples, got an object"),
        Case(name: "example without messages", json: examples(#"{"triggering": [{"note": "n"}]}"#),
             path: "rules[0].examples.triggering[0]", message: "missing required key \"messages\""),
        Case(name: "example with no message", json: examples(#"{"triggering": [{"messages": []}]}"#),
             path: "rules[0].examples.triggering[0].messages", message: "expected at least one of messages"),
        Case(name: "unknown message role", json: examples(#"{"triggering": [{"messages": [{"role": "bot", "content": "x"}]}]}"#),
             path: "rules[0].examples.triggering[0].messages[0].role", message: #"expected one of "system", "user""#),
        Case(name: "content not a string", json: examples(#"{"nonTriggering": [{"messages": [{"role": "assistant", "content": 1}]}]}"#),
             path: "rules[0].examples.nonTriggering[0].messages[0].content", message: "expected a string, got the number 1"),
        Case(name: "message without content", json: examples(#"{"triggering": [{"messages": [{"role": "assistant"}]}]}"#),
             path: "rules[0].examples.triggering[0].messages[0]", message: "missing required key \"content\""),
        Case(name: "isError not a bool", json: examples(#"{"triggering": [{"messages": [{"role": "tool", "content": "x", "isError": 1}, {"role": "assistant", "content": "sorry"}]}]}"#),
             path: "rules[0].examples.triggering[0].messages[0].isError", message: "expected true or false, got the number 1"),
        Case(name: "judged turn out of range", json: examples(#"{"triggering": [{"turn": 5, "messages": [{"role": "user", "content": "x"}, {"role": "assistant", "content": "sorry"}]}]}"#),
             path: "rules[0].examples.triggering[0].turn", message: "expected a whole number from 0 to 1, got the number 5"),
        Case(name: "nothing to judge", json: examples(#"{"triggering": [{"messages": [{"role": "user", "content": "sorry"}]}]}"#),
             path: "rules[0].examples.triggering[0]", message: "no assistant message to judge; name the judged message with \"turn\""),
        Case(name: "judged role not judged by the rule", json: examples(#"{"triggering": [{"turn": 0, "messages": [{"role": "user", "content": "sorry"}, {"role": "assistant", "content": "ok"}]}]}"#),
             path: "rules[0].examples.triggering[0].turn",
             message: #"the judged message has role "user", but the rule judges only "assistant" messages"#),
    ]

    static let cases = contextCases + exampleCases
}

/// Rule files on disk: unreadable paths, size limits, and checks across files.
@Suite final class RuleFileLoadingTests {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("telltale-rules-\(UUID().uuidString)").path

    init() throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func write(_ name: String, _ text: String) throws -> String {
        let path = directory + "/" + name
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    private func problems(_ paths: [String]) -> [RuleProblem] {
        do {
            _ = try RuleFiles.detectors(from: paths, alongside: [])
            return []
        } catch {
            return error.problems
        }
    }

    @Test func reportsAMissingFile() {
        #expect(problems([directory + "/absent.json"]).map(\.description)
            == ["\(directory)/absent.json: cannot be read (no such file, or no permission)"])
    }

    @Test func reportsADirectory() {
        #expect(problems([directory]).map(\.message) == ["is a directory, not a rule file"])
    }

    @Test func refusesAnOversizedFileBeforeReadingIt() throws {
        let path = try write("big.json", String(repeating: " ", count: (1 << 20) + 1) + "{}")
        #expect(problems([path]).map(\.message) == ["1048579 bytes; rule files are limited to 1 MiB"])
    }

    @Test func refusesAnIdUsedInAnotherFile() throws {
        let first = try write("a.json", RuleFixture.rule())
        let second = try write("b.json", RuleFixture.rule())
        let problem = try #require(problems([first, second]).first)
        #expect(problem.file == second)
        #expect(problem.message == "\"r\" is already the id of rules[0] in \(first)")
    }

    @Test func capsTheRulesOfAllFilesTogether() throws {
        func file(_ prefix: String) -> String {
            let rules = (0..<300).map { #"{"id": "\#(prefix)\#($0)", "pattern": "p", "summary": "s", "message": "m", "phrases": ["w\#($0)"]}"# }
            return #"{"rules": [\#(rules.joined(separator: ","))]}"#
        }
        let paths = [try write("a.json", file("a")), try write("b.json", file("b"))]
        #expect(problems(paths).map(\.message) == ["600 rules loaded in all; at most 500 are allowed"])
    }

    @Test func loadsNothingWhenOneFileIsBad() throws {
        let good = try write("good.json", RuleFixture.rule())
        let bad = try write("bad.json", "{")
        #expect(throws: RuleFileError.self) { try RuleFiles.detectors(from: [good, bad], alongside: []) }
        #expect(try RuleFiles.detectors(from: [good], alongside: []).map(\.description.id) == ["r"])
    }
}
