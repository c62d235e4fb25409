import Foundation
import Telltale
import TelltaleBuiltins
import Testing

/// Every way a rule file can be wrong is reported with its JSON path and what was expected,
/// and nothing loads.
@Suite struct RuleFileErrorTests {
    struct Case: CustomStringConvertible, Sendable {
        var name: String
        var json: String
        var path: String
        var message: String
        var description: String { name }
    }

    static let rule = RuleFixture.rule
    static let deep = String(repeating: "[", count: 40) + String(repeating: "]", count: 40)
    static let manyRules = #"{"rules": ["# + Array(repeating: #"{"id": "r"}"#, count: 501).joined(separator: ",") + "]}"

    static let fileCases: [Case] = [
        Case(name: "not JSON", json: "{\"rules\": [}", path: "", message: "invalid JSON: unexpected character '}'"),
        Case(name: "nesting too deep", json: deep, path: "", message: "invalid JSON: nesting deeper than 32 levels"),
        Case(name: "top level not an object", json: "[1]", path: "", message: "expected an object, got an array of 1"),
        Case(name: "unknown top-level key", json: #"{"rules": [], "rule": 1}"#, path: "rule",
             message: "unknown key; expected one of: $schema, version, rules"),
        Case(name: "no rules key", json: "{}", path: "", message: "missing required key \"rules\""),
        Case(name: "unknown version", json: #"{"version": 2, "rules": []}"#, path: "version",
             message: "expected a whole number from 1 to 1, got the number 2"),
        Case(name: "rules not an array", json: #"{"rules": {}}"#, path: "rules", message: "expected an array of rules, got an object"),
        Case(name: "no rules", json: #"{"rules": []}"#, path: "rules", message: "expected at least one of rules"),
        Case(name: "too many rules", json: manyRules, path: "rules", message: "501 rules; at most 500 are allowed"),
        Case(name: "rule not an object", json: #"{"rules": ["x"]}"#, path: "rules[0]",
             message: "expected an object, got the string \"x\""),
    ]

    static let ruleCases: [Case] = [
        Case(name: "unknown rule key", json: rule(#""phrases": ["a"], "colour": 1"#), path: "rules[0].colour",
             message: "unknown key; expected one of: id, pattern, name, summary"),
        Case(name: "key given twice", json: rule(#""phrases": ["a"], "message": "again""#), path: "rules[0].message",
             message: "key given twice"),
        Case(name: "missing summary", json: #"{"rules": [{"id": "r", "pattern": "p", "message": "m", "phrases": ["a"]}]}"#,
             path: "rules[0]", message: "missing required key \"summary\""),
        Case(name: "id not kebab-case", json: #"{"rules": [{"id": "My Rule", "pattern": "p", "summary": "s", "message": "m", "phrases": ["a"]}]}"#,
             path: "rules[0].id", message: "expected an id of lowercase letters, digits and single dashes"),
        Case(name: "pattern with a double dash", json: #"{"rules": [{"id": "r", "pattern": "a--b", "summary": "s", "message": "m", "phrases": ["a"]}]}"#,
             path: "rules[0].pattern", message: "got \"a--b\""),
        Case(name: "blank summary", json: #"{"rules": [{"id": "r", "pattern": "p", "summary": " ", "message": "m", "phrases": ["a"]}]}"#,
             path: "rules[0].summary", message: "expected a non-empty string, got the string \" \""),
        Case(name: "message not a string", json: #"{"rules": [{"id": "r", "pattern": "p", "summary": "s", "message": 3, "phrases": ["a"]}]}"#,
             path: "rules[0].message", message: "expected a non-empty string, got the number 3"),
        Case(name: "threshold above 1", json: rule(#""phrases": ["a"], "threshold": 1.5"#), path: "rules[0].threshold",
             message: "expected a number from 0 to 1, got the number 1.5"),
        Case(name: "unknown role", json: rule(#""phrases": ["a"], "roles": ["bot"]"#), path: "rules[0].roles[0]",
             message: #"expected one of "system", "user", "assistant", "tool", got the string "bot""#),
        Case(name: "no roles", json: rule(#""phrases": ["a"], "roles": []"#), path: "rules[0].roles",
             message: "expected at least one of roles"),
        Case(name: "unknown scope", json: rule(#""phrases": ["a"], "scope": "code""#), path: "rules[0].scope",
             message: #"expected one of "prose", "anywhere", got the string "code""#),
        Case(name: "no kind", json: rule(#""score": 0.5"#), path: "rules[0]",
             message: #"missing the rule's kind: one of "phrases", "occurrence", "proximity", "density", "sequence""#),
        Case(name: "two kinds", json: rule(#""phrases": ["a"], "density": {"cues": ["a"], "per100Words": 2}"#),
             path: "rules[0]", message: #"one kind per rule, got "phrases" and "density""#),
        Case(name: "kind not an object", json: rule(#""proximity": []"#), path: "rules[0].proximity",
             message: "expected an object, got an array of 0"),
        Case(name: "duplicate id", json: #"{"rules": [{"id": "r", "pattern": "p", "summary": "s", "message": "m", "phrases": ["a"]}, {"id": "r", "pattern": "p", "summary": "s", "message": "m", "phrases": ["b"]}]}"#,
             path: "rules[1].id", message: "\"r\" is already the id of rules[0] in test.json"),
    ]

    static let phraseCases: [Case] = [
        Case(name: "phrases not an array", json: rule(#""phrases": "sorry""#), path: "rules[0].phrases",
             message: "expected an array of phrases or phrase groups, got the string \"sorry\""),
        Case(name: "phrase of the wrong type", json: rule(#""phrases": [3]"#), path: "rules[0].phrases[0]",
             message: "expected a phrase (string) or a phrase group (object), got the number 3"),
        Case(name: "phrase too long", json: rule(#""phrases": [""# + String(repeating: "a", count: 201) + #""]"#),
             path: "rules[0].phrases[0]", message: "a phrase of 201 bytes; at most 200 are allowed"),
        Case(name: "wildcard inside a phrase", json: rule(#""phrases": ["apolog*ize"]"#), path: "rules[0].phrases[0]",
             message: "a '*' wildcard may only end a phrase (rules take no regular expressions)"),
        Case(name: "empty phrase", json: rule(#""phrases": ["  "]"#), path: "rules[0].phrases[0]", message: "an empty phrase"),
        Case(name: "unknown group key", json: rule(#""phrases": [{"phrases": ["a"], "wieght": 0.3}]"#),
             path: "rules[0].phrases[0].wieght", message: "unknown key; expected one of: name, weight, phrases"),
        Case(name: "group without phrases", json: rule(#""phrases": [{"name": "a"}]"#), path: "rules[0].phrases[0]",
             message: "missing required key \"phrases\""),
        Case(name: "group with no phrase", json: rule(#""phrases": [{"phrases": []}]"#), path: "rules[0].phrases[0].phrases",
             message: "expected at least one of phrases"),
        Case(name: "group name not an id", json: rule(#""phrases": [{"name": "Apology!", "phrases": ["a"]}]"#),
             path: "rules[0].phrases[0].name", message: "expected an id of lowercase letters"),
        Case(name: "negative weight", json: rule(#""phrases": [{"phrases": ["a"], "weight": -1}]"#),
             path: "rules[0].phrases[0].weight", message: "expected a number from 0 to 1, got the number -1"),
        Case(name: "negatable not a bool", json: rule(#""phrases": [{"phrases": ["a"], "negatable": "yes"}]"#),
             path: "rules[0].phrases[0].negatable", message: "expected true or false, got the string \"yes\""),
        Case(name: "exception not a string", json: rule(#""phrases": [{"phrases": ["a"], "exceptions": [1]}]"#),
             path: "rules[0].phrases[0].exceptions[0]", message: "expected a phrase (a string), got the number 1"),
        Case(name: "minProseWords too large", json: rule(#""phrases": [{"phrases": ["a"], "minProseWords": 5000}]"#),
             path: "rules[0].phrases[0].minProseWords", message: "expected a whole number from 0 to 1000, got the number 5000"),
    ]

    static let kindCases: [Case] = [
        Case(name: "occurrence without cues", json: rule(#""occurrence": {"atLeast": 2}"#), path: "rules[0].occurrence",
             message: "missing required key \"cues\""),
        Case(name: "fractional atLeast", json: rule(#""occurrence": {"cues": ["a"], "atLeast": 1.5}"#),
             path: "rules[0].occurrence.atLeast", message: "expected a whole number from 0 to 10000, got the number 1.5"),
        Case(name: "atMost below atLeast", json: rule(#""occurrence": {"cues": ["a"], "atLeast": 3, "atMost": 2}"#),
             path: "rules[0].occurrence.atMost", message: "expected at least atLeast (3), got 2"),
        Case(name: "proximity too wide, third rule", json: #"{"rules": ["# + [
            #"{"id": "a", "pattern": "p", "summary": "s", "message": "m", "phrases": ["x"]}"#,
            #"{"id": "b", "pattern": "p", "summary": "s", "message": "m", "phrases": ["y"]}"#,
            #"{"id": "c", "pattern": "p", "summary": "s", "message": "m", "proximity": {"first": ["x"], "second": ["y"], "within": 5000}}"#,
        ].joined(separator: ",") + "]}", path: "rules[2].proximity.within",
             message: "expected a whole number from 0 to 1000, got the number 5000"),
        Case(name: "proximity without second", json: rule(#""proximity": {"first": ["a"], "within": 3}"#),
             path: "rules[0].proximity", message: "missing required key \"second\""),
        Case(name: "ordered not a bool", json: rule(#""proximity": {"first": ["a"], "second": ["b"], "within": 3, "ordered": 1}"#),
             path: "rules[0].proximity.ordered", message: "expected true or false, got the number 1"),
        Case(name: "zero density", json: rule(#""density": {"cues": ["a"], "per100Words": 0}"#),
             path: "rules[0].density.per100Words", message: "expected a number from 0.01 to 100, got the number 0"),
        Case(name: "negative minWords", json: rule(#""density": {"cues": ["a"], "per100Words": 2, "minWords": -1}"#),
             path: "rules[0].density.minWords", message: "expected a whole number from 0 to 1000000, got the number -1"),
        Case(name: "sequence with nothing before", json: rule(#""sequence": {"cues": ["a"]}"#), path: "rules[0].sequence",
             message: "a sequence needs \"failure\" or \"previousUser\": what comes before the turn"),
        Case(name: "failure false", json: rule(#""sequence": {"failure": false}"#), path: "rules[0].sequence.failure",
             message: "expected true or an object with \"kinds\" and \"minStrength\", got false"),
        Case(name: "unknown failure kind", json: rule(#""sequence": {"failure": {"kinds": ["oops"]}}"#),
             path: "rules[0].sequence.failure.kinds[0]", message: #"expected one of "tool-error", "failing-output""#),
        Case(name: "failure kinds not an array", json: rule(#""sequence": {"failure": {"kinds": "tool-error"}}"#),
             path: "rules[0].sequence.failure.kinds", message: "expected an array of failure kinds"),
        Case(name: "minStrength above 1", json: rule(#""sequence": {"failure": {"minStrength": 2}}"#),
             path: "rules[0].sequence.failure.minStrength", message: "expected a number from 0 to 1, got the number 2"),
        Case(name: "unknown acknowledgment", json: rule(#""sequence": {"failure": true, "acknowledgment": "maybe"}"#),
             path: "rules[0].sequence.acknowledgment", message: #"expected one of "absent", "present", got the string "maybe""#),
        Case(name: "empty previousUser", json: rule(#""sequence": {"previousUser": []}"#), path: "rules[0].sequence.previousUser",
             message: "expected at least one of phrases or phrase groups"),
    ]

    @Test(arguments: fileCases + ruleCases + phraseCases + kindCases + RuleFileContextErrors.cases)
    func reportsThePathAndWhatWasExpected(_ test: Case) throws {
        let problems = RuleFixture.problems(test.json)
        let problem = try #require(problems.first, "loaded without a problem")
        #expect(problem.file == "test.json")
        #expect(problem.path == test.path)
        #expect(problem.message.contains(test.message), "got: \(problem.message)")
        #expect(problem.line > 0, "no line for \(problem)")
    }

    @Test func pointsAtLineAndColumn() throws {
        let json = "{\"rules\": [\n  {\"id\": \"r\", \"pattern\": \"p\", \"summary\": \"s\", \"message\": \"m\",\n"
            + "   \"proximity\": {\"first\": [\"a\"], \"second\": [\"b\"], \"within\": -2}}\n]}"
        let problem = try #require(RuleFixture.problems(json).first)
        #expect(problem.description
            == "test.json:3:61: rules[0].proximity.within: expected a whole number from 0 to 1000, got the number -2")
    }

    @Test func reportsEveryProblemAtOnce() {
        let json = Self.rule(#""phrases": ["a*b"], "threshold": 7, "scope": "code""#)
        #expect(RuleFixture.problems(json).map(\.path) == ["rules[0].threshold", "rules[0].scope", "rules[0].phrases[0]"])
    }

    @Test func refusesAnIdOfACompiledInDetector() throws {
        let json = #"{"rules": [{"id": "spiraling", "pattern": "p", "summary": "s", "message": "m", "phrases": ["a"]}]}"#
        let problem = try #require(RuleFixture.problems(json, alongside: Builtins.detectors).first)
        #expect(problem.path == "rules[0].id")
        #expect(problem.message == "\"spiraling\" is already the id of a compiled-in detector")
    }

    @Test func refusesAnOversizedDocument() throws {
        let json = Self.rule(#""phrases": ["a"], "rationale": ""# + String(repeating: "x", count: 1 << 20) + #"""#)
        let problem = try #require(RuleFixture.problems(json).first)
        #expect(problem.line == 0 && problem.path.isEmpty)
        #expect(problem.message.hasSuffix("bytes; rule files are limited to 1 MiB"))
    }

    @Test func capsThePhrasesOfAllRulesTogether() throws {
        let phrases = (0..<6_000).map { "\"phrase \($0)\"" }.joined(separator: ",")
        let json = #"{"rules": ["# + ["a", "b"].map {
            #"{"id": "\#($0)", "pattern": "p", "summary": "s", "message": "m", "phrases": [\#(phrases)]}"#
        }.joined(separator: ",") + "]}"
        let problem = try #require(RuleFixture.problems(json).first)
        #expect(problem.path == "rules[1].phrases[4000]")
        #expect(problem.message.hasPrefix("too many phrases: rule files may hold at most 10000 phrases"))
    }

    @Test func capsThePhraseTextOfAllRules() throws {
        let long = String(repeating: "word ", count: 39)
        let phrases = (0..<1_000).map { "\"\(long)\($0)\"" }.joined(separator: ",")
        let problem = try #require(RuleFixture.problems(Self.rule(#""phrases": [\#(phrases)]"#)).first)
        #expect(problem.message.contains("128 KiB of phrase text"))
    }
}
