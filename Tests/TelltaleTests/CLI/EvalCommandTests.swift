import Testing

@Suite struct EvalCommandTests {
    let gold = Fixture.path("gold-openai.jsonl")

    @Test func jsonScoresAFindingsFileWithTheFivePatterns() throws {
        let run = CLIRun(["eval", "--gold", gold, "--findings", Fixture.path("findings.jsonl"), "--threshold", "0.5", "--json"])
        #expect(run.status == 0)
        #expect(run.out == #"{"turns":8,"macro_f1":0.4,"patterns":{"#
            + #""spiraling":{"tp":1,"fp":0,"fn":0,"precision":1,"recall":1,"f1":1},"#
            + #""hiding":{"tp":0,"fp":1,"fn":1,"precision":0,"recall":0,"f1":0},"#
            + #""overthinking":{"tp":1,"fp":0,"fn":0,"precision":1,"recall":1,"f1":1},"#
            + #""bundling":{"tp":0,"fp":1,"fn":1,"precision":0,"recall":0,"f1":0},"#
            + #""deadline-pressure":{"tp":0,"fp":0,"fn":1,"precision":1,"recall":0,"f1":0}}}"# + "\n")
        #expect(run.err.contains("note: ignored 2 findings for 1 conversation not in the gold"))
        #expect(run.err.contains("note: ignored 1 finding on turns that are not assistant messages"))
    }

    @Test func ownDetectorsScoreLikeTheirScanOutput() throws {
        let both = [gold, Fixture.path("gold-sharegpt.jsonl")]
        let scan = CLIRun(["scan", "--quiet", "--threads", "1"] + both)
        let scratch = ScratchDirectory()
        let findings = scratch.write("findings.jsonl", scan.out)
        let own = CLIRun(["eval", "--json"] + both.flatMap { ["--gold", $0] })
        let fromFile = CLIRun(["eval", "--json", "--findings", findings, "--gold"] + both)
        #expect(own.status == 0 && fromFile.status == 0)
        #expect(own.out.hasPrefix(#"{"turns":11,"#))
        #expect(own.out == fromFile.out)
    }

    @Test func tableSweepAndErrorsForPeople() throws {
        let run = CLIRun(["eval", "--gold", gold, "--findings", Fixture.path("findings.jsonl"), "--sweep", "--errors"])
        #expect(run.status == 0)
        #expect(run.out.contains("Gold: 4 conversations, 8 assistant turns, 5 labels"))
        #expect(run.out.contains("hiding → overthinking"))
        #expect(run.out.contains("Threshold sweep"))
        #expect(run.out.contains("False positives (3):"))
        #expect(run.out.contains("False negatives (2):"))
        #expect(run.out.contains("Fixed the timezone handling."))
        let deadline = try #require(run.out.split(separator: "\n").first { $0.hasPrefix("deadline-pressure") })
        #expect(deadline.contains("1.000*"), "a 0/0 precision is marked")
    }

    @Test func sweepJSONAddsTheCurves() throws {
        let run = CLIRun(["eval", "--gold", gold, "--sweep", "--json"])
        #expect(run.status == 0)
        #expect(run.out.contains(#","sweep":{"spiraling":{"best":{"threshold":"#))
        #expect(run.out.contains(#"{"threshold":0.95,"#))
    }

    @Test func aBadGoldLineStopsWithItsLocationAndExitTwo() throws {
        let scratch = ScratchDirectory()
        let path = scratch.write("gold.jsonl", GoldReaderTests.good + "\n" + #"{"id": "b", "messages": [], "labels": [{"turn": 2}]}"#)
        let run = CLIRun(["eval", "--gold", path])
        #expect(run.status == 2)
        #expect(run.out.isEmpty)
        #expect(run.err == "telltale eval: \(path):2: a label has no \"pattern\"\n")
    }

    @Test func conflictingOptionsAreUsageErrors() {
        #expect(CLIRun(["eval", "--gold", gold, "--sweep", "--threshold", "0.5"]).status == 2)
        #expect(CLIRun(["eval", "--gold", gold, "--findings", gold, "--detectors", "spiraling"]).status == 2)
        #expect(CLIRun(["eval"]).status == 2)
    }
}
