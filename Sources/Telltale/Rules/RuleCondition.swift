/// Evaluates a rule's kind on one judged turn: nil when the condition does not hold, else where
/// it holds and the score it earns.
struct RuleCondition {
    let detector: RuleDetector
    let view: DetectorView
    let turn: Int

    private var rule: Rule { detector.rule }
    private var lists: [Range<Int>] { detector.lists }

    func evaluate() -> RuleDetector.Match? {
        switch rule.kind {
        case .phrases: phrases()
        case .occurrence(_, let atLeast, let atMost): occurrence(atLeast: atLeast, atMost: atMost)
        case .proximity(_, _, let within, let ordered): proximity(within: within, ordered: ordered)
        case .density(let groups, let rate, let minimumWords):
            density(rate: rate, minimumWords: minimumWords, prose: groups.allSatisfy { $0.scope == .voice })
        case .sequence(let sequence): self.sequence(sequence)
        }
    }

    /// A condition that rests on no phrase of the turn still needs the speaker's own words: a
    /// turn that is all code or quotation says nothing to judge.
    private var hasProse: Bool { view.structure(of: turn).voiceWordCount > 0 }

    /// Hits of one of the kind's phrase lists in a turn, overlaps resolved within the list; a
    /// group that needs a follower contributes its pairs instead of its hits.
    private func hits(_ list: Int, in index: Int? = nil) -> [CueHit] {
        let range = lists[list], index = index ?? turn
        guard !range.isEmpty else { return [] }
        let followerCues = Set(range.compactMap { detector.followers[$0]?.cue })
        let candidates = view.hits(in: index).filter { range.contains($0.cue) || followerCues.contains($0.cue) }
        guard !candidates.isEmpty else { return [] }
        let needed = candidates.map { detector.minimumProseWords[$0.cue] }.max() ?? 0
        let words = needed > 0 ? view.structure(of: index).voiceWordCount : 0
        let all = candidates.filter { detector.minimumProseWords[$0.cue] <= words }.removingOverlaps()
        var hits = all.filter { range.contains($0.cue) && detector.followers[$0.cue] == nil }
        for cue in range {
            guard let follower = detector.followers[cue] else { continue }
            let pairs = view.pairs(all.filter { $0.cue == cue }, followedBy: all.filter { $0.cue == follower.cue },
                                   within: follower.within, in: index)
            for (first, second) in pairs {
                var pair = first
                pair.phrase = first.phrase + " … " + second.phrase
                pair.end = second.end
                pair.weight = follower.weight
                hits.append(pair)
            }
        }
        return followerCues.isEmpty ? hits : hits.sorted { ($0.start, $0.cue) < ($1.start, $1.cue) }
    }

    private func phrases() -> RuleDetector.Match? {
        let hits = hits(0)
        guard let anchor = hits.strongest else { return nil }
        var score = Score()
        var seen: Set<String> = []
        for hit in hits where seen.insert(hit.rule).inserted {
            score.add(hit.weight, "\(hit.rule) \"\(hit.phrase)\"")
        }
        return RuleDetector.Match(rule: anchor.rule, range: anchor.range, score: score, hits: hits)
    }

    private func occurrence(atLeast: Int, atMost: Int?) -> RuleDetector.Match? {
        let hits = hits(0)
        guard hits.count >= atLeast, hits.count <= atMost ?? Int.max, !hits.isEmpty || hasProse else { return nil }
        let bounds = "at least \(atLeast)" + (atMost.map { ", at most \($0)" } ?? "")
        let listed = hits.prefix(3).map { "\"\($0.phrase)\"" }.joined(separator: ", ") + (hits.count > 3 ? ", …" : "")
        let score = Score(rule.score, "\(hits.count) cue hits (\(bounds))" + (hits.isEmpty ? "" : ": " + listed))
        return RuleDetector.Match(rule: hits.first?.rule ?? rule.id,
                                  range: hits.first?.range ?? view.firstSentence(of: turn), score: score, hits: hits)
    }

    /// The first hit of the first list with a hit of the second after it (or, unordered, before
    /// it) in the same sentence, at most `within` words away.
    private func proximity(within: Int, ordered: Bool) -> RuleDetector.Match? {
        let first = hits(0), second = hits(1)
        guard !first.isEmpty, !second.isEmpty else { return nil }
        var pairs = view.pairs(first, followedBy: second, within: within, in: turn)
        if !ordered { pairs += view.pairs(second, followedBy: first, within: within, in: turn).map { ($1, $0) } }
        guard let (hit, other) = pairs.min(by: { min($0.0.start, $0.1.start) < min($1.0.start, $1.1.start) }) else {
            return nil
        }
        let structure = view.structure(of: turn)
        let words = structure.wordsBetween(min(hit.end, other.end), max(hit.start, other.start))
        let score = Score(rule.score, "\"\(hit.phrase)\" within \(words) words of \"\(other.phrase)\"")
        return RuleDetector.Match(rule: hit.rule, range: min(hit.start, other.start)..<max(hit.end, other.end),
                                  score: score, hits: [hit, other])
    }

    private func density(rate minimum: Double, minimumWords: Int, prose: Bool) -> RuleDetector.Match? {
        let hits = hits(0)
        guard let anchor = hits.first else { return nil }
        let structure = view.structure(of: turn)
        let words = prose ? structure.voiceWordCount : structure.wordsBetween(0, structure.bytes.count)
        guard words >= max(minimumWords, 1) else { return nil }
        let rate = Double(hits.count) * 100 / Double(words)
        guard rate >= minimum else { return nil }
        let score = Score(rule.score, "\(hits.count) cue hits in \(words) words: \(JSONText.number(rate, digits: 2)) "
            + "per 100 (at least \(JSONText.number(minimum, digits: 2)))")
        return RuleDetector.Match(rule: anchor.rule, range: anchor.range, score: score, hits: hits)
    }

    private func sequence(_ sequence: Rule.Sequence) -> RuleDetector.Match? {
        var reasons: [String] = []
        if let condition = sequence.failure {
            guard let failure = view.context.failure(before: turn), condition.kinds.contains(failure.kind),
                  failure.strength >= condition.minimumStrength else { return nil }
            reasons.append("after a failure: \(failure.summary)")
        }
        if !lists[1].isEmpty {
            guard let request = view.requestTurn(before: turn), let said = hits(1, in: request).first else { return nil }
            reasons.append("the user said \"\(said.phrase)\"")
        }
        if let acknowledged = sequence.acknowledged {
            let acknowledgment = view.context.acknowledgments(in: turn).first
            guard (acknowledgment != nil) == acknowledged else { return nil }
            reasons.append(acknowledgment.map { "acknowledges it: \"\($0.phrase)\"" } ?? "no acknowledgment of the error")
        }
        let cues = hits(0)
        let anchor = cues.strongest
        if !lists[0].isEmpty {
            guard let anchor else { return nil }
            reasons.append("\(anchor.rule) \"\(anchor.phrase)\"")
        } else if !hasProse {
            return nil
        }
        return RuleDetector.Match(rule: anchor?.rule ?? rule.id, range: anchor?.range ?? view.firstSentence(of: turn),
                                  score: Score(rule.score, reasons.joined(separator: "; ")), hits: cues)
    }
}
