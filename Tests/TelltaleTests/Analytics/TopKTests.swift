import Telltale
@testable import TelltaleBaseline
import Testing

@Suite struct TopKTests {
    /// Examples with many ties on score, conversation and turn, so tie-breaking decides.
    func examples(_ count: Int, seed: UInt64) -> [ExampleFinding] {
        var state = seed
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            ExampleFinding(milliScore: 500 + next(4) * 100, conversation: "c\(next(5))", file: "f\(next(2)).jsonl",
                           line: next(3), turn: next(4), rule: ["apology", "promise"][next(2)], start: next(3) * 10,
                           end: 40, before: "", cue: "sorry", after: ["", " again"][next(2)])
        }
    }

    func top(_ elements: some Sequence<ExampleFinding>, k: Int = 7) -> TopK<ExampleFinding> {
        var top = TopK<ExampleFinding>(k: k)
        for element in elements { top.insert(element) }
        return top
    }

    @Test func keepsTheKBestInRankOrder() {
        let all = examples(200, seed: 1)
        #expect(top(all).elements == Array(all.sorted().prefix(7)))
        #expect(top(all).elements.first?.milliScore == 800)
    }

    @Test func theResultDoesNotDependOnInsertionOrder() {
        let all = examples(300, seed: 2)
        let reference = top(all)
        for seed in 3..<8 {
            var generator = SplitMix64(seed: UInt64(seed))
            var shuffled = all
            generator.shuffle(&shuffled)
            #expect(shuffled != all)
            #expect(top(shuffled) == reference)
        }
    }

    @Test func mergingIsAssociativeAndCommutative() {
        let all = examples(240, seed: 9)
        let (a, b, c) = (top(all[0..<80]), top(all[80..<160]), top(all[160...]))
        var left = a; left.merge(b); left.merge(c)            // (a ∪ b) ∪ c
        var bc = b; bc.merge(c)
        var right = a; right.merge(bc)                        // a ∪ (b ∪ c)
        var reversed = c; reversed.merge(b); reversed.merge(a)
        #expect(left == right)
        #expect(left == reversed)
        #expect(left == top(all))
    }

    @Test func zeroKeepsNothing() {
        #expect(top(examples(10, seed: 4), k: 0).elements.isEmpty)
    }
}
