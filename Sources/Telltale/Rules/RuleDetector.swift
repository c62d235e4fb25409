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
    /// For a group that needs a follower: the follower's cue, the distance, the pair's weight.
    let followers: [Int: Follower]
    let namingCue: Int?
    let askedForCue: Int?
    let counterCue: Int?

    struct Follower {
        var cue: Int
        var within: Int
        var weight: Double
    }

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
        func qualifier(_ name: String, _ phrases: [String], scope: Cue.Scope = .anywhere) -> Int? {
            guard !phrases.isEmpty else { return nil }
            cues.append(Cue(name, weight: 0, scope: scope, phrases: phrases))
            minimumProseWords.append(0)
            return cues.count - 1
        }
        var followers: [Int: Follower] = [:]
        for (groups, list) in zip(rule.kind.phraseLists, lists) {
            for (group, cue) in zip(groups, list) where !group.followedBy.isEmpty {
                let follower = qualifier(group.name + "-follower", group.followedBy, scope: group.scope)!
                followers[cue] = Follower(cue: follower, within: group.within, weight: group.weight)
            }
        }
        self.followers = followers
        self.minimumProseWords = minimumProseWords
        // What the user asked for counts anywhere in the request (a pasted task, a quoted brief);
        // naming and counter-cues count in the speaker's own words.
        namingCue = qualifier("user-names-pattern", rule.context.userNamingPhrases, scope: .voice)
        askedForCue = qualifier("user-asked-for", rule.context.userAskedFor)
        counterCue = qualifier("counter-cue", rule.context.counterCues, scope: .voice)
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
        let distinct = Set(match.hits.map(\.rule)).count
        if context.repeatedCue > 0, match.hits.count > distinct {
            match.score.add(context.repeatedCue, "\(match.hits.count) cue hits in one turn")
        }
        if context.userNamesPattern > 0, let phrase = userNaming(after: turn, view: view) {
            match.score.add(context.userNamesPattern, "the user then names it: \"\(phrase)\"")
        }
        if let cue = counterCue {
            let counters = view.hits(in: turn).removingOverlaps().filter { $0.cue == cue }
            if counters.count >= context.counterCueCount, let first = counters.first {
                match.score.reduce(by: context.counterCueReduction, "\(counters.count) counter-cues, first \"\(first.phrase)\"")
            }
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
