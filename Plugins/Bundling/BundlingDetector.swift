import Telltale

/// Separate things treated as one: unrequested extra work tied into the asked-for change, or
/// distinct problems conflated into one cause or one answer.
public struct BundlingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    public var vocabulary: Vocabulary { Self.cues }

    enum Cues: Int, CaseIterable {
        case scopeCreep, alsoChanged, alsoAction, conflation, changeReport, changeItem, multiPartRequest, narrowRequest, twoProblems
    }

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        for turn in conversation.assistantTurns {
            let hits = conversation.hits(in: turn).removingOverlaps()
            let creep = hits.of(Cues.scopeCreep)
            let also = hits.of(Cues.alsoAction) + hits.of(Cues.alsoChanged)
            let conflation = hits.of(Cues.conflation)
            let changes = Set(hits.of(Cues.changeReport).map { $0.phrase.lowercased() })
            let request = conversation.requestTurn(before: turn).map { conversation.hits(in: $0) } ?? []
            let narrow = request.of(Cues.narrowRequest).first
            guard !creep.isEmpty || !also.isEmpty || !conflation.isEmpty || (narrow != nil && changes.count >= 2)
                || hits.of(Cues.changeItem).count >= 3 else { continue }
            var score = Score()
            if let hit = creep.first { score.add(hit.weight, "unrequested extra work: \"\(hit.phrase)\"") }
            if creep.count + also.count >= 2 {
                score.add(0.25, "\(creep.count + also.count) extra changes reported together")
            } else if let hit = also.first {
                score.add(hit.weight, "reports another change beside the asked-for one: \"\(hit.phrase)\"")
            }
            if let hit = conflation.first {
                score.add(hit.weight, "treats separate problems as one: \"\(hit.phrase)\"")
                if let separate = request.of(Cues.twoProblems).first {
                    score.add(0.3, "the user had raised them as separate: \"\(separate.phrase)\"")
                }
            }
            if let narrow, changes.count >= 2 {
                score.add(0.45, "\(changes.count) changes reported after a request limited in scope (\"\(narrow.phrase)\")")
            }
            let items = Set(hits.of(Cues.changeItem).map { $0.phrase.lowercased() })
            if items.count >= 3, let asked = conversation.requestTurn(before: turn),
               conversation.structure(of: asked).voiceWordCount <= 40 {
                score.add(0.3, "\(items.count) different kinds of change listed for a short request")
            }
            if let asked = request.of(Cues.multiPartRequest).first {
                score.reduce(by: 0.55, "the user asked for several things or broad work: \"\(asked.phrase)\"")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.45)
            guard let anchor = (creep + conflation + also).first ?? (hits.of(Cues.changeReport) + hits.of(Cues.changeItem)).first
            else { continue }
            findings.append(conversation.finding(at: turn, span: anchor, score: score,
                                                 message: "Separate things bundled into one change or answer."))
        }
        return findings
    }
}
