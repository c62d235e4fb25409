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

    /// Hits of one of the kind's phrase lists in a turn, overlaps resolved within the list.
    private func hits(_ list: Int, in index: Int? = nil) -> [CueHit] {
        let range = lists[list], index = index ?? turn
        guard !range.isEmpty else { return [] }
        let hits = view.hits(in: index).filter { range.contains($0.cue) }
        let needed = hits.map { detector.minimumProseWords[$0.cue] }.max() ?? 0
        guard needed > 0 else { return hits.removingOverlaps() }
        let words = view.structure(of: index).voiceWordCount
        return hits.filter { detector.minimumProseWords[$0.cue] <= words }.removingOverlaps()
    }

    private func phrases() -> RuleDetector.Match? {
        let hits = hits(0)
        guard let anchor = hits.strongest else { return nil }
        var score = Score()
        var seen: Set<Int> = []
        for hit in hits where seen.insert(hit.cue).inserted {
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

    /// The nearest hit of the second list after (or, unordered, before) each hit of the first.
    private func proximity(within: Int, ordered: Bool) -> RuleDetector.Match? {
        let first = hits(0), second = hits(1)
        guard !first.isEmpty, !second.isEmpty else { return nil }
        let structure = view.structure(of: turn)
        for hit in first {
            var candidates: [CueHit] = []
            let after = second.partitionIndex { $0.start < hit.end }
            if after < second.count { candidates.append(second[after]) }
            if !ordered {
                let before = second.partitionIndex { $0.end <= hit.start } - 1
                if before >= 0 { candidates.append(second[before]) }
            }
            for other in candidates {
                let gap = other.start >= hit.end ? hit.end..<other.start : other.end..<hit.start
                guard let words = structure.wordCount(in: gap, stoppingAfter: within) else { continue }
                let range = min(hit.start, other.start)..<max(hit.end, other.end)
                let score = Score(rule.score, "\"\(hit.phrase)\" within \(words) words of \"\(other.phrase)\"")
                return RuleDetector.Match(rule: hit.rule, range: range, score: score, hits: [hit, other])
            }
        }
        return nil
    }

    private func density(rate minimum: Double, minimumWords: Int, prose: Bool) -> RuleDetector.Match? {
        let hits = hits(0)
        guard let anchor = hits.first else { return nil }
        let structure = view.structure(of: turn)
        let words = prose ? structure.voiceWordCount
            : structure.wordCount(in: 0..<structure.bytes.count, stoppingAfter: Int.max) ?? 0
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

extension Array {
    /// The index of the first element for which `belongsBefore` is false, in an array where
    /// every element that satisfies it comes first.
    func partitionIndex(where belongsBefore: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let mid = (low + high) / 2
            if belongsBefore(self[mid]) { low = mid + 1 } else { high = mid }
        }
        return low
    }
}

extension TextStructure {
    /// Words (runs of letters, digits or non-ASCII; an apostrophe inside a word keeps it whole)
    /// in `range`, or nil once there are more than `limit`.
    func wordCount(in range: Range<Int>, stoppingAfter limit: Int) -> Int? {
        var count = 0, inWord = false
        let end = min(bytes.count, range.upperBound)
        for index in max(0, range.lowerBound)..<end {
            let byte = bytes[index]
            let word = isWordByte(byte) || byte >= 0x80
                || (inWord && byte == UInt8(ascii: "'") && index + 1 < end && isWordByte(bytes[index + 1]))
            if word && !inWord {
                count += 1
                if count > limit { return nil }
            }
            inWord = word
        }
        return count
    }
}
