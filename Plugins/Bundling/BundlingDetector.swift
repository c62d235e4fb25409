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
            let all = conversation.hits(in: turn)
            let hits = all.removingOverlaps()
            // Change reports and items are counted, not weighed: each keeps the words another cue
            // shares with it ("renamed" in a list is a report and an item), once ("i renamed").
            let reports = all.of(Cues.changeReport).removingOverlaps()
            let listed = all.of(Cues.changeItem)
            let creep = hits.of(Cues.scopeCreep)
            let also = hits.of(Cues.alsoAction) + hits.of(Cues.alsoChanged)
            let conflation = hits.of(Cues.conflation)
            let changes = Set(reports.map { $0.phrase.lowercased() })
            let request = conversation.requestTurn(before: turn).map { conversation.hits(in: $0) } ?? []
            let narrow = request.of(Cues.narrowRequest).first
            guard !creep.isEmpty || !also.isEmpty || !conflation.isEmpty || (narrow != nil && changes.count >= 2)
                || listed.count >= 3 else { continue }
            var score = Score()
            if let hit = creep.first {
                score.add(hit.weight, "unrequested extra work: \"\(hit.phrase)\"")
            } else if let hit = also.strongest {
                score.add(hit.weight, "reports another change beside the asked-for one: \"\(hit.phrase)\"")
            }
            // A second extra change adds to the first; it never stands in for it. A phrase said
            // twice ("and also … and also") is a habit of speech, not two changes.
            let extras = Set((creep + also).map { $0.phrase.lowercased() }).count
            if extras >= 2 {
                score.add(0.25, "\(extras) extra changes reported together")
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
            let items = Set(listed.map { $0.phrase.lowercased() })
            if items.count >= 3, let asked = conversation.requestTurn(before: turn),
               conversation.structure(of: asked).voiceWordCount <= 40 {
                score.add(0.3, "\(items.count) different kinds of change listed for a short request")
            }
            if let asked = request.of(Cues.multiPartRequest).first {
                score.reduce(by: 0.55, "the user asked for several things or broad work: \"\(asked.phrase)\"")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.45)
            guard let anchor = (creep + conflation + also).first ?? (reports + listed).first
            else { continue }
            findings.append(conversation.finding(at: turn, span: anchor, score: score,
                                                 message: "Separate things bundled into one change or answer."))
        }
        return findings
    }
}
