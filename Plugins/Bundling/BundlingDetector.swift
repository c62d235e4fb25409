import Telltale

/// Separate things treated as one: unrequested extra work tied into the asked-for change, or
/// distinct problems conflated into one cause or one answer.
public struct BundlingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    enum Cues: Int, CaseIterable {
        case scopeCreep, alsoChanged, conflation, multiPartRequest
    }

    public let vocabulary = Vocabulary(Cues.self) { cue in
        switch cue {
        case .scopeCreep:
            Cue("scope-creep", weight: 0.55, phrases: [
                "while i was at it", "while i'm at it", "while i was there", "while we're at it", "while i was in there",
                "i also went ahead", "i went ahead and also", "went ahead and also", "as a bonus", "bonus:",
                "i also took the liberty", "took the liberty", "for good measure", "along the way, i",
                "i couldn't resist", "a few other improvements", "some other improvements", "a few extra improvements",
                "some additional improvements", "additional improvements", "a few unrelated", "some unrelated",
                "unrelated cleanup", "unrelated fixes", "unrelated changes", "unrelated improvements",
                "i also noticed and fixed", "noticed and fixed", "i also cleaned up", "also cleaned up",
                "i also refactored", "also refactored", "i also renamed", "also renamed", "i also reformatted",
                "also reformatted", "i also upgraded", "also upgraded", "i also bumped", "also bumped",
                "i also rewrote", "also rewrote", "i also reorganized", "also reorganized", "i also restructured",
                "also restructured", "i also modernized", "also modernized", "while fixing", "while refactoring",
            ])
        case .alsoChanged:
            Cue("also-changed", weight: 0.3, phrases: [
                "i also updated", "i also fixed", "i also added", "i also removed", "i also changed", "i've also",
                "i have also", "additionally, i", "in addition, i", "i also improved", "also improved",
                "i also optimized", "also optimized", "i also simplified", "also simplified", "plus some",
                "and also", "other improvements", "some cleanup", "a bit of cleanup", "minor cleanup",
                "extra improvements", "additional changes", "additional cleanup", "some improvements",
                "let me also fix", "let me also update", "let me also add", "let me also remove", "let me also change",
                "let me also exclude", "let me also refactor", "let me also clean", "let me also rename",
                "i'll also fix", "i'll also update", "i'll also add", "i'll also remove", "i'll also change",
                "i'll also refactor", "i'll also clean", "i'll also rename", "i will also fix", "i will also update",
                "we also need to", "we should also", "also fixed a", "also fixed the", "and also fixed",
                "and also updated", "and also added", "and also removed", "and also changed",
                "for consistency", "to be consistent", "to keep things consistent", "while we're here",
            ])
        case .conflation:
            Cue("conflation", weight: 0.5, phrases: [
                "both of these come from", "both of these are caused", "both issues are caused", "both problems are caused",
                "both errors are caused", "both come from", "both stem from", "same root cause", "the same root cause",
                "same underlying", "the same underlying", "are caused by the same", "all of these are caused",
                "all stem from", "stem from the same", "one fix for both", "fixes both", "solves both", "resolves both",
                "this single change", "all of these issues", "these are all related", "they're the same issue",
                "it's the same issue", "it's all the same", "the same problem as", "related to the same",
            ])
        case .multiPartRequest:
            Cue("asked-for-several", weight: 0, scope: .anywhere, phrases: [
                "also", "and then", "as well", "additionally", "in addition", "several", "a few things",
                "refactor", "clean up", "cleanup", "improve", "whatever else", "anything else", "all the",
                "everything", "go ahead and", "feel free", "while you're at it", "while you are at it",
            ])
        }
    }

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        for turn in conversation.assistantTurns {
            let hits = conversation.hits(in: turn).removingOverlaps()
            let creep = hits.of(Cues.scopeCreep)
            let also = hits.of(Cues.alsoChanged)
            let conflation = hits.of(Cues.conflation)
            guard !creep.isEmpty || !also.isEmpty || !conflation.isEmpty else { continue }
            var score = Score()
            if let hit = creep.first { score.add(hit.weight, "unrequested extra work: \"\(hit.phrase)\"") }
            if creep.count + also.count >= 2 {
                score.add(0.25, "\(creep.count + also.count) extra changes reported together")
            } else if let hit = also.first {
                score.add(hit.weight, "reports another change beside the asked-for one: \"\(hit.phrase)\"")
            }
            if let hit = conflation.first { score.add(hit.weight, "treats separate problems as one: \"\(hit.phrase)\"") }
            if let request = conversation.requestTurn(before: turn),
               let asked = conversation.hits(in: request).of(Cues.multiPartRequest).first {
                score.reduce(by: 0.55, "the user asked for several things or broad work: \"\(asked.phrase)\"")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.45)
            guard let anchor = (creep + conflation + also).first else { continue }
            findings.append(conversation.finding(at: turn, span: anchor, score: score,
                                                 message: "Separate things bundled into one change or answer."))
        }
        return findings
    }
}
