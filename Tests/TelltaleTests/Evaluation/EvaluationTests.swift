import Telltale
import TelltaleBuiltins
import Testing

/// Scores the hand-written findings file against the hand-written gold; every expected
/// number is worked out by hand in the comments.
@Suite struct EvaluationTests {
    let gold: GoldSet
    let findings: [Finding]

    init() throws {
        gold = try GoldReader(readers: Builtins.readers).read([Fixture.path("gold-openai.jsonl")])
        findings = try FindingsFile.read(Fixture.path("findings.jsonl"))
    }

    @Test func readsFindingsFilesWithOptionalKeys() throws {
        #expect(findings.count == 11)
        let judged = findings[3]
        #expect(judged.conversation == "g2" && judged.turn == 2 && judged.pattern == .overthinking)
        #expect(judged.score == 1, "a finding without a score is a firm claim")
        #expect(judged.detector == "judge")
        #expect(judged.excerpt == "Option 1: the dependency cache is cold.")
    }

    @Test func countsEachCellOnceAndScoresEveryPattern() {
        let evaluation = Evaluation(gold: gold, findings: findings)
        #expect(evaluation.turns == 8)
        // g1/1 matched (twice reported, once counted); g1/3 is extra.
        #expect(evaluation[.spiraling] == PatternMetrics(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        // g3/3 matched; g2/2 is extra.
        #expect(evaluation[.hiding] == PatternMetrics(truePositives: 1, falsePositives: 1, falseNegatives: 0))
        #expect(evaluation[.overthinking] == PatternMetrics(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        // g4/3 is extra; g3/1 missed.
        #expect(evaluation[.bundling] == PatternMetrics(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(evaluation[.deadlinePressure] == PatternMetrics(truePositives: 0, falsePositives: 0, falseNegatives: 1))
        // F1: 2/3, 2/3, 1, 0, 0.
        #expect(abs(evaluation.macroF1 - (2.0 / 3 + 2.0 / 3 + 1) / 5) < 1e-12)
    }

    @Test func countsWhatItDidNotScore() {
        let ignored = Evaluation(gold: gold, findings: findings).ignored
        #expect(ignored.unknownConversation == 2)
        #expect(ignored.unknownConversationIDs == 1)
        #expect(ignored.notAssistantTurn == 1)
        #expect(ignored.otherPattern == 1)
    }

    @Test func confusionCountsFindingsOnTurnsLabeledWithAnotherPattern() {
        let confusion = Evaluation(gold: gold, findings: findings).confusion
        #expect(confusion.map { "\($0.found) → \($0.labeled): \($0.turns)" }
                == ["hiding → overthinking: 1", "bundling → deadline-pressure: 1"])
    }

    @Test func thresholdDropsLowScoringFindings() {
        let evaluation = Evaluation(gold: gold, findings: findings, minimumScore: 0.5)
        #expect(evaluation[.spiraling] == PatternMetrics(truePositives: 1, falsePositives: 0, falseNegatives: 0))
        #expect(evaluation[.hiding] == PatternMetrics(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(evaluation[.bundling] == PatternMetrics(truePositives: 0, falsePositives: 1, falseNegatives: 1))
        #expect(abs(evaluation.macroF1 - 2.0 / 5) < 1e-12)
    }

    @Test func listsErrorsInGoldOrderWithExcerpts() {
        let evaluation = Evaluation(gold: gold, findings: findings)
        #expect(evaluation.falsePositives.map { "\($0.conversation)/\($0.turn)/\($0.pattern)" }
                == ["g1/3/spiraling", "g2/2/hiding", "g4/3/bundling"])
        #expect(evaluation.falsePositives[0].score == 0.3)
        #expect(evaluation.falsePositives[0].excerpt == "Glad it runs.")
        #expect(evaluation.falseNegatives.map { "\($0.conversation)/\($0.turn)/\($0.pattern)" }
                == ["g3/1/bundling", "g4/3/deadline-pressure"])
        #expect(evaluation.falseNegatives[0].score == nil)
        #expect(evaluation.falseNegatives[0].excerpt == "Fixed the timezone handling.")
    }

    @Test func jsonHasTheFivePatternsInSpecOrder() {
        let json = Evaluation(gold: gold, findings: findings, minimumScore: 0.5).json
        #expect(json.hasPrefix(#"{"turns":8,"macro_f1":0.4,"patterns":{"spiraling":{"tp":1,"fp":0,"fn":0,"#))
        let positions = PatternID.builtIn.compactMap { json.range(of: "\"\($0.rawValue)\":")?.lowerBound }
        #expect(positions.count == 5)
        #expect(positions == positions.sorted())
    }

    @Test func ownFindingsScoreTheSameWhenReadBackFromAFindingsFile() throws {
        let both = try GoldReader(readers: Builtins.readers)
            .read([Fixture.path("gold-openai.jsonl"), Fixture.path("gold-sharegpt.jsonl")])
        let own = both.findings(of: DetectorSet(Builtins.detectors))
        #expect(!own.isEmpty)
        let scratch = ScratchDirectory()
        let path = scratch.write("findings.jsonl", own.map(\.jsonLine).joined(separator: "\n"))
        let reread = try FindingsFile.read(path)
        let direct = Evaluation(gold: both, findings: own)
        let viaFile = Evaluation(gold: both, findings: reread)
        #expect(direct.metrics == viaFile.metrics)
        #expect(direct.falsePositives == viaFile.falsePositives)
        #expect(viaFile.ignored.total == 0)
    }

    @Test func aBadFindingsLineIsAnErrorAtItsLine() {
        let scratch = ScratchDirectory()
        let path = scratch.write("findings.jsonl", #"{"conversation": "g1", "turn": 1, "pattern": "hiding"}"# + "\n"
            + #"{"conversation": "g1", "pattern": "hiding"}"#)
        #expect {
            try FindingsFile.read(path)
        } throws: { error in
            (error as? EvaluationInputError)?.description == "\(path):2: no \"turn\""
        }
    }
}
