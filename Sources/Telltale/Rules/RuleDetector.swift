/// A detector built from a rule file at load time. Its phrases join the shared automaton like
/// any compiled-in detector's; only the judging is generic.
struct RuleDetector: Detector {
    let rule: Rule
    let description: DetectorDescription
    let vocabulary: Vocabulary
    /// Cue positions of each of the kind's phrase lists (see `Rule.Kind.phraseLists`).
    let lists: [Range<Int>]
    /// Per cue: the prose words a turn needs for the cue's hits to count.
    let minimumProseWords: [Int]
    let namingCue: Int?
    let askedForCue: Int?

    init(_ rule: Rule) {
        self.rule = rule
        var cues: [Cue] = []
        var lists: [Range<Int>] = []
        var minimumProseWords: [Int] = []
        for groups in rule.kind.phraseLists {
            let start = cues.count
            cues += groups.map(\.cue)
            minimumProseWords += groups.map(\.minimumProseWords)
            lists.append(start..<cues.count)
        }
        self.minimumProseWords = minimumProseWords
        func contextCue(_ name: String, _ phrases: [String]) -> Int? {
            guard !phrases.isEmpty else { return nil }
            cues.append(Cue(name, weight: 0, scope: .anywhere, phrases: phrases))
            return cues.count - 1
        }
        namingCue = contextCue("user-names-pattern", rule.context.userNamingPhrases)
        askedForCue = contextCue("user-asked-for", rule.context.userAskedFor)
        self.lists = lists
        vocabulary = Vocabulary(cues)
        description = DetectorDescription(
            id: rule.id, name: rule.name, pattern: rule.pattern, summary: rule.summary, rationale: rule.rationale,
            defaultThreshold: rule.threshold, judgedRoles: rule.roles,
            triggeringExamples: rule.triggeringExamples, nonTriggeringExamples: rule.nonTriggeringExamples)
    }

    /// What a satisfied condition found: where, under which cue name, and the score so far.
    struct Match {
        var rule: String
        var range: Range<Int>
        var score: Score
        var hits: [CueHit] = []
    }

    func analyze(_ view: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        for turn in view.turns.indices where judges(view.turns[turn]) {
            guard var match = RuleCondition(detector: self, view: view, turn: turn).evaluate() else { continue }
            adjust(&match, turn: turn, view: view)
            findings.append(view.finding(at: turn, rule: match.rule, range: match.range, score: match.score,
                                         message: rule.message))
        }
        return findings
    }

    private func judges(_ turn: Turn) -> Bool {
        rule.roles.contains(turn.role) && (turn.kind == .message || turn.kind == .toolResult)
    }

    private func adjust(_ match: inout Match, turn: Int, view: DetectorView) {
        let context = rule.context
        if context.afterFailure > 0, let failure = view.context.failure(before: turn) {
            match.score.add(context.afterFailure, "after a failure: \(failure.summary)")
        }
        let distinct = Set(match.hits.map(\.cue)).count
        if context.repeatedCue > 0, match.hits.count > distinct {
            match.score.add(context.repeatedCue, "\(match.hits.count) cue hits in one turn")
        }
        if context.userNamesPattern > 0, let phrase = userNaming(after: turn, view: view) {
            match.score.add(context.userNamesPattern, "the user then names it: \"\(phrase)\"")
        }
        if let cue = askedForCue, let request = view.requestTurn(before: turn),
           let asked = view.hits(in: request).first(where: { $0.cue == cue }) {
            match.score.reduce(by: context.userAskedForReduction, "the user asked for it: \"\(asked.phrase)\"")
        }
    }

    /// The phrase with which a user, after the turn and before the next assistant message,
    /// names the rule's pattern.
    private func userNaming(after turn: Int, view: DetectorView) -> String? {
        if let named = view.context.patternsNamed(after: turn).first(where: { $0.pattern == rule.pattern }) {
            return named.phrase
        }
        guard let cue = namingCue else { return nil }
        var index = turn + 1
        while index < view.turns.count, !view.turns[index].isAssistantMessage {
            if view.turns[index].role == .user, let hit = view.hits(in: index).first(where: { $0.cue == cue }) {
                return hit.phrase
            }
            index += 1
        }
        return nil
    }
}
