import Telltale
import TelltaleBuiltins
import TelltaleTesting
import Testing

/// Every compiled-in detector runs its own examples and the derived checks (SwiftLint's
/// generated rule tests are the model): a new detector is tested by being compiled in.
@Suite struct DetectorExamplesTests {
    static let detectorIDs = Builtins.detectors.map(\.description.id)

    @Test(arguments: detectorIDs)
    func examplesAndDerivedChecksPass(_ id: String) {
        let detector = Builtins.detectors.first { $0.description.id == id }!
        let failures = DetectorSelfTest.failures(of: detector)
        #expect(failures.isEmpty, "\(failures.joined(separator: "\n"))")
    }

    @Test(arguments: detectorIDs)
    func builtInsCarryEnoughExamples(_ id: String) {
        let description = Builtins.detectors.first { $0.description.id == id }!.description
        #expect(description.triggeringExamples.count >= 8)
        #expect(description.nonTriggeringExamples.count >= 8)
        #expect(!description.summary.isEmpty && !description.rationale.isEmpty)
    }
}
