import Foundation
@testable import TelltaleCLI
import Testing

@Suite struct ArgumentParsingTests {
    let options: [Option] = [.value("--format", "NAME", ""), .flag("--quiet", ""), .repeatable("--rules", "FILE", "")]

    @Test func readsValuesFlagsAndPositionals() throws {
        let parsed = try Arguments.parse(["a.jsonl", "--format", "openai", "--quiet", "--rules=x.json", "--rules", "y.json", "-"],
                                         options: options)
        #expect(parsed.positionals == ["a.jsonl", "-"])
        #expect(parsed.value("--format") == "openai")
        #expect(parsed.has("--quiet"))
        #expect(parsed.values("--rules") == ["x.json", "y.json"])
    }

    @Test func doubleDashEndsOptions() throws {
        let parsed = try Arguments.parse(["--", "--quiet"], options: options)
        #expect(parsed.positionals == ["--quiet"])
        #expect(!parsed.has("--quiet"))
    }

    @Test(arguments: [
        (["--nope"], "unknown option '--nope'"),
        (["--format"], "--format needs a value (NAME)"),
        (["--quiet=yes"], "--quiet takes no value"),
        (["--format", "a", "--format", "b"], "--format given twice"),
        (["-x"], "unknown option '-x'"),
    ])
    func rejectsMistakes(_ arguments: [String], _ message: String) {
        #expect(throws: UsageError.self) { try Arguments.parse(arguments, options: options) }
        do { _ = try Arguments.parse(arguments, options: options) } catch { #expect(error.message == message) }
    }

    @Test func validatesNumbers() throws {
        let parsed = try Arguments.parse(["--min-score", "1.5", "--threads", "0"],
                                         options: [.value("--min-score", "X", ""), .value("--threads", "N", "")])
        #expect(throws: UsageError.self) { try parsed.double("--min-score") }
        #expect(throws: UsageError.self) { try parsed.integer("--threads") }
    }
}

@Suite struct CommandLineTests {
    @Test func helpIsAvailableForEveryCommand() {
        for command in TelltaleCommandLine.commands {
            let run = CLIRun([command.name, "--help"])
            #expect(run.status == 0)
            #expect(run.out.contains("USAGE: telltale \(command.name)"))
            #expect(run.out.contains("EXIT CODES"))
        }
        #expect(CLIRun(["--help"]).out.contains("COMMANDS:"))
    }

    @Test func usageErrorsExitWithTwo() {
        #expect(CLIRun([]).status == 2)
        #expect(CLIRun(["frobnicate"]).status == 2)
        let unknownDetector = CLIRun(["scan", "--detectors", "nonsense", "x.jsonl"])
        #expect(unknownDetector.status == 2)
        #expect(unknownDetector.err.contains("unknown detector 'nonsense'"))
        #expect(CLIRun(["scan", "--format", "nonsense", "x.jsonl"]).status == 2)
        #expect(CLIRun(["explain"]).status == 2)
    }

    @Test func detectorsListsEveryCompiledInDetector() {
        let run = CLIRun(["detectors"])
        for id in ["spiraling", "hiding", "overthinking", "bundling", "deadline-pressure"] {
            #expect(run.out.contains(id))
        }
        let phrases = CLIRun(["detectors", "--phrases"]).out.split(separator: "\n")
        #expect(phrases.count > 300)
        #expect(phrases.contains("i sincerely apologize"))
        #expect(Set(phrases).count == phrases.count)
    }

    @Test func explainPrintsExamples() {
        let run = CLIRun(["explain", "spiraling"])
        #expect(run.status == 0)
        #expect(run.out.contains("Reports:"))
        #expect(run.out.contains("Does not report:"))
    }

    @Test func scanWritesFindingsWithTheDocumentedKeysAndASummary() throws {
        let scratch = ScratchDirectory()
        let file = scratch.write("chat.jsonl", """
            {"id": "c1", "messages": [{"role": "user", "content": "That's wrong, the sum is off."}, {"role": "assistant", "content": "I'm so sorry, that was careless of me. I'll be more careful. The sum is 12."}]}
            {"id": "c2", "messages": [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello! How can I help?"}]}

            """)
        let summary = scratch.path + "/summary.json"
        let run = CLIRun(["scan", file, "--summary", summary, "--threads", "2"])
        #expect(run.status == 0)
        let lines = run.out.split(separator: "\n")
        #expect(lines.count == 1)
        let finding = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
        #expect(Set(finding.keys) == ["conversation", "turn", "pattern", "detector", "rule", "score", "start", "end",
                                      "excerpt", "message", "evidence"])
        #expect(finding["conversation"] as? String == "c1")
        #expect(finding["pattern"] as? String == "spiraling")
        #expect(run.err.contains("2 conversations, 2 assistant turns"))
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: summary))) as! [String: Any]
        #expect(json["conversations"] as? Int == 2)
        #expect(json["assistant_turns"] as? Int == 2)
        #expect(json["records_rejected"] as? Int == 0)
        let patterns = json["patterns"] as! [String: [String: Int]]
        #expect(patterns["spiraling"] == ["findings": 1, "turns": 1])
        #expect(patterns.count == 5)
    }

    @Test func scanPrintsATableOnATerminal() {
        let scratch = ScratchDirectory()
        let file = scratch.write("a.jsonl", #"{"id": "t", "messages": [{"role": "user", "content": "Fix the typo."}, {"role": "assistant", "content": "Fixed. While I was at it, I also refactored the parser and renamed the config keys."}]}"# + "\n")
        let run = CLIRun(["scan", file], terminal: true)
        #expect(run.out.hasPrefix("CONVERSATION"))
        #expect(run.out.contains("bundling"))
    }

    @Test func demoScansTheBundledSample() {
        let run = CLIRun(["demo"])
        #expect(run.status == 0)
        for pattern in ["spiraling", "hiding", "overthinking", "bundling", "deadline-pressure"] {
            #expect(run.out.contains(pattern), "the demo corpus shows \(pattern)")
        }
    }
}
