import Telltale
import TelltaleBuiltins
import Testing

@Suite struct ThresholdSweepTests {
    let sweep: ThresholdSweep

    init() throws {
        let gold = try GoldReader(readers: Builtins.readers).read([Fixture.path("gold-openai.jsonl")])
        sweep = ThresholdSweep(gold: gold, findings: try FindingsFile.read(Fixture.path("findings.jsonl")))
    }

    func f1(_ pattern: PatternID, at threshold: Double) -> Double? {
        sweep.curves[pattern]?.first { abs($0.threshold - threshold) < 1e-9 }?.metrics.f1
    }

    @Test func thresholdsRunFromFivePercentToNinetyFive() {
        #expect(sweep.thresholds.count == 19)
        #expect(sweep.thresholds.first == 0.05)
        #expect(sweep.thresholds.last == 0.95)
        #expect(sweep.patterns == PatternID.builtIn)
    }

    @Test func eachThresholdKeepsTheCellsWhoseBestFindingReachesIt() {
        // spiraling: g1/1 at 0.9 (true), g1/3 at 0.3 (false).
        #expect(abs(f1(.spiraling, at: 0.30)! - 2.0 / 3) < 1e-12)
        #expect(f1(.spiraling, at: 0.35) == 1)
        #expect(f1(.spiraling, at: 0.90) == 1)
        #expect(f1(.spiraling, at: 0.95) == 0)
        // hiding: g3/3 at 0.4 (true), g2/2 at 0.55 (false).
        #expect(abs(f1(.hiding, at: 0.40)! - 2.0 / 3) < 1e-12)
        #expect(f1(.hiding, at: 0.45) == 0)
        #expect(sweep.curves[.hiding]?.last?.metrics == PatternMetrics(falseNegatives: 1))
    }

    @Test func bestIsTheHighestF1AtTheLowestThreshold() {
        #expect(sweep.best(for: .spiraling)?.threshold == 0.35)
        #expect(sweep.best(for: .spiraling)?.metrics.f1 == 1)
        #expect(sweep.best(for: .hiding)?.threshold == 0.05)
        // overthinking's only finding has no score, read as 1: found at every threshold.
        #expect(sweep.best(for: .overthinking)?.threshold == 0.05)
        #expect(sweep.curves[.overthinking]?.allSatisfy { $0.metrics.f1 == 1 } == true)
    }
}
