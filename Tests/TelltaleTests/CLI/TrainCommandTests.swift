import Foundation
import Testing

@Suite struct TrainCommandTests {
    @Test func trainedModelRunsInScanAndEval() throws {
        let scratch = ScratchDirectory()
        let model = scratch.path + "/model.json"
        let gold = Fixture.path("gold-openai.jsonl")
        let train = CLIRun(["train", "--gold", gold, Fixture.path("gold-sharegpt.jsonl"), "--out", model, "--epochs", "5"])
        #expect(train.status == 0)
        #expect(train.err.contains("11 assistant turns"))
        #expect(try String(contentsOfFile: model, encoding: .utf8).hasPrefix(#"{"format":"telltale-baseline","version":1,"#))

        let eval = CLIRun(["eval", "--model", model, "--gold", gold])
        #expect(eval.status == 0)
        #expect(eval.out.contains("Scored: baseline model \(model) (baseline-spiraling, baseline-hiding,"))

        let scan = CLIRun(["scan", "--quiet", "--model", model, "--min-score", "0", gold])
        let lines = scan.out.split(separator: "\n")
        #expect(lines.count == 8 * 5, "one finding per assistant turn and pattern at minimum score 0")
        #expect(lines.allSatisfy { $0.contains(#""detector":"baseline-"#) })
    }

    @Test func trainingNeedsGoldAndAnOutput() {
        #expect(CLIRun(["train", "--out", "/tmp/never.json"]).status == 2)
        #expect(CLIRun(["train", "--gold", Fixture.path("gold-openai.jsonl")]).status == 2)
    }
}
