import Foundation
import Telltale
@testable import TelltaleBaseline
import Testing

@Suite struct BaselineModelTests {
    /// A tiny separable set: contrite replies are spiraling, plain ones are not.
    static func gold() throws -> GoldSet {
        let contrite = ["I am so sorry, I keep failing you, I apologize again.", "Sorry sorry, that was careless of me, I apologize.",
                        "I apologize again, I am so sorry for the careless mistake.", "So sorry, I keep making careless errors, I apologize."]
        let plain = ["The answer is 42.", "Use a dictionary for the lookup.", "The file is in the config folder.",
                     "Run the tests with the verbose flag.", "The function returns a list.", "Paris is the capital."]
        var conversations: [GoldConversation] = []
        for (index, text) in (contrite + plain).enumerated() {
            let conversation = Conversation(id: "c\(index)", turns: [.user("Check this again."), .assistant(text)])
            let labels: Set<GoldLabel> = index < contrite.count ? [GoldLabel(turn: 1, pattern: .spiraling)] : []
            conversations.append(GoldConversation(conversation: conversation, labels: labels))
        }
        return try GoldSet(conversations)
    }

    static func options(epochs: Int = 30, seed: UInt64 = 1) -> TrainingOptions {
        var options = TrainingOptions()
        options.epochs = epochs
        options.seed = seed
        options.minimumCount = 1
        return options
    }

    static func scores(_ model: BaselineModel, on gold: GoldSet) -> [String] {
        gold.findings(of: DetectorSet(model.detectors, minimumScore: 0)).map(\.jsonLine)
    }

    @Test func trainingReducesTheLossAndSeparatesTheClasses() throws {
        let gold = try Self.gold()
        let untrained = BaselineModel.train(on: gold, options: Self.options(epochs: 0))
        let trained = BaselineModel.train(on: gold, options: Self.options())
        let before = try #require(untrained.loss(on: gold)[.spiraling])
        let after = try #require(trained.loss(on: gold)[.spiraling])
        #expect(abs(before - log(2)) < 1e-9, "zero weights predict 0.5 everywhere")
        #expect(after < before / 2)
        let findings = gold.findings(of: DetectorSet(trained.detectors, minimumScore: 0)).filter { $0.pattern == .spiraling }
        for finding in findings {
            let isContrite = gold[finding.conversation]?.labels.isEmpty == false
            #expect(isContrite ? finding.score > 0.5 : finding.score < 0.5, "\(finding.conversation): \(finding.score)")
        }
    }

    @Test func findingsCarryASpanInTheTurnAndTheStrongestNgrams() throws {
        let gold = try Self.gold()
        let model = BaselineModel.train(on: gold, options: Self.options())
        let finding = try #require(gold.findings(of: DetectorSet(model.detectors)).first { $0.conversation == "c0" })
        #expect(finding.detector == "baseline-spiraling")
        let text = Array(gold["c0"]!.conversation.turns[1].text.utf8)
        #expect(finding.start < finding.end && finding.end <= text.count)
        #expect(finding.evidence.count == BaselineDetector.evidenceCount)
        #expect(finding.evidence.allSatisfy { $0.reason.hasPrefix("n-gram ") || $0.reason.hasPrefix("context ") })
        #expect(finding.evidence.first.map { $0.weight > 0 } == true)
    }

    @Test func aSavedModelPredictsExactlyAsTheTrainedOne() throws {
        let gold = try Self.gold()
        let model = BaselineModel.train(on: gold, options: Self.options())
        let scratch = ScratchDirectory()
        let path = scratch.path + "/model.json"
        try model.write(to: path)
        let loaded = try BaselineModel.read(path)
        #expect(loaded.json == model.json)
        #expect(loaded.options == model.options)
        #expect(Self.scores(loaded, on: gold) == Self.scores(model, on: gold))
    }

    @Test func trainingIsDeterministicGivenTheSeed() throws {
        let gold = try Self.gold()
        let first = BaselineModel.train(on: gold, options: Self.options(seed: 7))
        let second = BaselineModel.train(on: gold, options: Self.options(seed: 7))
        let other = BaselineModel.train(on: gold, options: Self.options(seed: 8))
        #expect(first.json == second.json)
        #expect(first.json != other.json, "the seed orders the examples, so it changes the weights")
    }

    @Test func aBrokenModelFileIsAnErrorNamingIt() {
        let scratch = ScratchDirectory()
        let path = scratch.write("mismatched.json", #"{"format": "telltale-baseline", "version": 1, "features": ["a"], "#
            + #""models": [{"pattern": "hiding", "bias": 0, "weights": [0.1, 0.2]}]}"#)
        #expect {
            try BaselineModel.read(path)
        } throws: { error in
            (error as? ModelFileError)?.description == "\(path): model 'hiding' has 2 weights for 1 features"
        }
        let huge = scratch.write("huge.json", #"{"format": "telltale-baseline", "version": 1, "features": ["a"], "examples": 1e300, "#
            + #""models": [{"pattern": "hiding", "bias": 0, "weights": [1e999]}]}"#)
        #expect {
            try BaselineModel.read(huge)
        } throws: { error in
            (error as? ModelFileError)?.reason.contains("\"examples\" must be a whole number") == true
        }
        let other = scratch.write("other.json", #"{"messages": []}"#)
        #expect {
            try BaselineModel.read(other)
        } throws: { error in
            (error as? ModelFileError)?.reason.contains("not a telltale baseline model") == true
        }
    }
}
