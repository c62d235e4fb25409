import Telltale
import Testing

@Suite struct PatternMetricsTests {
    @Test func ratesFromCounts() {
        let metrics = PatternMetrics(truePositives: 3, falsePositives: 1, falseNegatives: 2)
        #expect(metrics.predicted == 4)
        #expect(metrics.positives == 5)
        #expect(metrics.precision == 0.75)
        #expect(metrics.recall == 0.6)
        // 2 · 0.75 · 0.6 / 1.35
        #expect(abs(metrics.f1 - 2.0 / 3.0) < 1e-12)
    }

    @Test func nothingFoundAndNothingToFindIsPerfect() {
        let metrics = PatternMetrics()
        #expect(metrics.precision == 1)
        #expect(metrics.recall == 1)
        #expect(metrics.f1 == 1)
    }

    @Test func silenceFacingPositivesHasPrecisionOneAndRecallZero() {
        let metrics = PatternMetrics(falseNegatives: 2)
        #expect(metrics.precision == 1)
        #expect(metrics.recall == 0)
        #expect(metrics.f1 == 0)
    }

    @Test func findingsWhereTheGoldHasNoneHavePrecisionZeroAndRecallOne() {
        let metrics = PatternMetrics(falsePositives: 2)
        #expect(metrics.precision == 0)
        #expect(metrics.recall == 1)
        #expect(metrics.f1 == 0)
    }

    @Test func precisionAndRecallBothZeroGiveF1Zero() {
        let metrics = PatternMetrics(falsePositives: 2, falseNegatives: 3)
        #expect(metrics.precision == 0)
        #expect(metrics.recall == 0)
        #expect(metrics.f1 == 0)
    }

    @Test func macroF1IsTheUnweightedMean() {
        let all = [PatternMetrics(truePositives: 1), PatternMetrics(falsePositives: 1),
                   PatternMetrics(truePositives: 1, falsePositives: 1)]
        // F1 values 1, 0 and 2/3.
        #expect(abs(all.macroF1 - 5.0 / 9.0) < 1e-12)
        #expect([PatternMetrics]().macroF1 == 0)
    }

    @Test func jsonRoundsToFourDecimals() {
        let metrics = PatternMetrics(truePositives: 1, falsePositives: 2, falseNegatives: 0)
        #expect(metrics.json == #"{"tp":1,"fp":2,"fn":0,"precision":0.3333,"recall":1,"f1":0.5}"#)
    }
}
