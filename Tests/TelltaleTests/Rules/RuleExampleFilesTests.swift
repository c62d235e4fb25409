import Foundation
import Telltale
import TelltaleBuiltins
import TelltaleTesting
import Testing

/// The rule files shipped in Examples/rules load beside the built-ins and pass their own
/// examples; the deadline-pressure file scores exactly like the compiled detector it restates.
@Suite struct RuleExampleFilesTests {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func rules(_ name: String) throws -> [any Detector] {
        try RuleFiles.detectors(from: [repository.appendingPathComponent("Examples/rules/\(name)").path],
                                alongside: Builtins.detectors)
    }

    /// `shared/corpora` beside the repository (or beside a folder above it), if present.
    static var corpora: URL? {
        var directory = repository
        while directory.pathComponents.count > 1 {
            let candidate = directory.deletingLastPathComponent().appendingPathComponent("shared/corpora")
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            directory = directory.deletingLastPathComponent()
        }
        return nil
    }

    @Test(arguments: ["failure-handling.json", "deadline-pressure.json"])
    func passesItsOwnExamples(_ file: String) throws {
        let detectors = try Self.rules(file)
        #expect(!detectors.isEmpty)
        for detector in detectors {
            #expect(DetectorSelfTest.failures(of: detector) == [], "\(detector.description.id)")
        }
    }

    @Test func theDeadlineRuleFileScoresLikeTheCompiledDetector() throws {
        let compiled = try #require(Builtins.detectors.first { $0.description.id == "deadline-pressure" })
        let set = DetectorSet([compiled] + (try Self.rules("deadline-pressure.json")), minimumScore: 0)
        var conversations = Builtins.detectors.flatMap { detector in
            let description = detector.description
            return (description.triggeringExamples + description.nonTriggeringExamples).enumerated().map {
                $1.conversation(id: "\(description.id)-\($0)")
            }
        }
        if let corpora = Self.corpora {
            conversations += Self.read([corpora.appendingPathComponent("sharegpt.jsonl").path,
                                            corpora.appendingPathComponent("claude-code").path])
        } else {
            print("shared/corpora not found beside the repository: comparing on the detectors' examples only")
        }
        var compared = 0
        for conversation in conversations {
            let findings = set.findings(in: conversation)
            let byDetector = Dictionary(grouping: findings, by: \.detector)
            let expected = (byDetector["deadline-pressure"] ?? []).map { "\($0.turn) \($0.score) \($0.start)" }
            let actual = (byDetector["deadline-pressure-rules"] ?? []).map { "\($0.turn) \($0.score) \($0.start)" }
            #expect(actual == expected, "\(conversation.id)")
            compared += expected.count
        }
        #expect(compared >= 16)
    }

    /// Conversations in files, read by the built-in readers.
    static func read(_ paths: [String]) -> [Conversation] {
        final class Gather: ScanObserver {
            var conversations: [Conversation] = []
            func scanned(_ result: ConversationResult) {
                if let conversation = result.extra as? Conversation { conversations.append(conversation) }
            }
            func rejected(_ rejection: Rejection) {}
            func finished(_ file: FileReport) {}
        }
        var options = ScanOptions()
        options.threads = 1
        options.perConversation = { analysis, _ in analysis.conversation }
        let gather = Gather()
        _ = Engine(detectors: DetectorSet([]), readers: Builtins.readers, options: options).scan(paths, observer: gather)
        return gather.conversations
    }
}
