import Telltale

/// Contrition out of proportion to the mistake: stacked or intensified apologies,
/// self-criticism, promises about its own conduct, apologies that grow turn over turn.
public struct SpiralingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    enum Cues: Int, CaseIterable {
        case apology, repeatedApology, intensifiedApology, selfReproach, selfCriticism, promise, deference
    }

    public var vocabulary: Vocabulary { Self.cues }

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        var previousApologies = 0
        for turn in conversation.assistantTurns {
            let hits = conversation.hits(in: turn).removingOverlaps()
            let isApology = { (hit: CueHit) in [.apology, .repeatedApology, .intensifiedApology].contains(Cues(rawValue: hit.cue)) }
            let apologies = hits.filter(isApology)
            defer { previousApologies = apologies.count }
            guard let anchor = hits.strongest else { continue }
            var score = Score()
            for (index, apology) in apologies.enumerated() {
                if !apology.isCue(Cues.apology) {
                    score.add(apology.weight, "\(apology.rule) \"\(apology.phrase)\"")
                } else {
                    score.add(index == 0 ? apology.weight : 0.45, index == 0 ? "apology \"\(apology.phrase)\"" : "another apology \"\(apology.phrase)\"")
                }
                if index == 1, !apology.isCue(Cues.apology), apology.weight < 0.45 {
                    score.add(0.15, "a second apology in the same turn")
                }
            }
            var seen: Set<Int> = []
            for hit in hits where !isApology(hit) {
                let repeated = !seen.insert(hit.cue).inserted
                score.add(repeated ? hit.weight / 2 : hit.weight, "\(hit.rule) \"\(hit.phrase)\"")
            }
            if previousApologies > 0, !apologies.isEmpty, apologies.count >= previousApologies {
                score.add(0.2, "apologies again after \(previousApologies) in the previous assistant turn")
            }
            if let failure = conversation.context.failure(before: turn) {
                score.add(0.1, "after a failure: \(failure.summary)")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.35)
            findings.append(conversation.finding(at: turn, span: anchor, score: score,
                                                 message: message(apologies: apologies.count, hits: hits)))
        }
        return findings
    }

    private func message(apologies: Int, hits: [CueHit]) -> String {
        var parts: [String] = []
        if apologies > 1 { parts.append("\(apologies) apologies") }
        if hits.contains(Cues.intensifiedApology) { parts.append("an intensified apology") }
        if hits.contains(Cues.selfReproach) || hits.contains(Cues.selfCriticism) { parts.append("self-criticism") }
        if hits.contains(Cues.promise) { parts.append("a promise to do better") }
        let detail = parts.isEmpty ? "an apology" : parts.joined(separator: ", ")
        return "Contrition out of proportion: \(detail). Name the mistake once, fix it, move on."
    }
}
