/// One detector declared in a rule file: which turns it judges, what it looks for, how it
/// scores, and its examples. `RuleDetector` runs it like any other detector.
struct Rule: Sendable {
    var id: String
    var pattern: PatternID
    var name: String
    var summary: String
    var rationale: String
    var message: String
    var threshold: Double
    /// What a satisfied condition contributes to the score, and the default weight of phrase groups.
    var score: Double
    var roles: Set<Role>
    var kind: Kind
    var context: ContextAdjustments
    var triggeringExamples: [Example]
    var nonTriggeringExamples: [Example]

    /// The condition a judged turn must meet, after Vale's and Presidio's rule kinds.
    enum Kind: Sendable {
        /// Any phrase of the groups; every group that hits adds its weight.
        case phrases([PhraseGroup])
        /// Between `atLeast` and `atMost` cue hits in the turn.
        case occurrence([PhraseGroup], atLeast: Int, atMost: Int?)
        /// A hit of `first` within `within` words of a hit of `second` (before it when `ordered`).
        case proximity(first: [PhraseGroup], second: [PhraseGroup], within: Int, ordered: Bool)
        /// At least `per100Words` cue hits per hundred words, in turns of `minimumWords` or more.
        case density([PhraseGroup], per100Words: Double, minimumWords: Int)
        /// A condition across turns: what came before the turn, and what the turn holds.
        case sequence(Sequence)

        var name: String {
            switch self {
            case .phrases: "phrases"
            case .occurrence: "occurrence"
            case .proximity: "proximity"
            case .density: "density"
            case .sequence: "sequence"
            }
        }

        /// The phrase lists the kind reads, in a fixed order the detector's cue layout follows:
        /// `[first, second]` for proximity, `[cues, previousUser]` for a sequence, `[cues]` otherwise.
        var phraseLists: [[PhraseGroup]] {
            switch self {
            case .phrases(let groups), .occurrence(let groups, _, _), .density(let groups, _, _): [groups]
            case .proximity(let first, let second, _, _): [first, second]
            case .sequence(let sequence): [sequence.cues, sequence.previousUser]
            }
        }
    }

    struct Sequence: Sendable {
        /// A failure signal must come before the turn (`ConversationContext.failure(before:)`).
        var failure: FailureCondition?
        /// The user message the turn answers must hold one of these phrases.
        var previousUser: [PhraseGroup]
        /// Whether the turn must own or name an error (`acknowledgments(in:)`); nil: either.
        var acknowledged: Bool?
        /// The turn must hold one of these phrases; empty: no phrase needed.
        var cues: [PhraseGroup]
    }

    struct FailureCondition: Sendable {
        var kinds: Set<FailureSignal.Kind>
        var minimumStrength: Double
    }

    /// Context that moves the score once the kind's condition holds.
    struct ContextAdjustments: Sendable {
        /// Added when a failure signal comes before the turn.
        var afterFailure = 0.0
        /// Added when the turn holds more cue hits than distinct cues.
        var repeatedCue = 0.0
        /// Added when the user, right after the turn, names the rule's pattern (the built-in
        /// naming phrases of the five patterns, plus `userNamingPhrases`).
        var userNamesPattern = 0.0
        var userNamingPhrases: [String] = []
        /// Scales the score down when the user message the turn answers holds one of these.
        var userAskedFor: [String] = []
        var userAskedForReduction = 0.0
        /// Scales the score down when the turn holds at least `counterCueCount` of these
        /// ("option 1", "option 2": a shortcut offered as one choice among several).
        var counterCues: [String] = []
        var counterCueCount = 1
        var counterCueReduction = 0.0
    }
}

/// A named list of phrases and how to read them; one `Cue` of the rule's vocabulary.
struct PhraseGroup: Sendable {
    var name: String
    var weight: Double
    var phrases: [String]
    var exceptions: [String] = []
    var negatable = false
    var sentenceInitial = false
    var scope: Cue.Scope
    /// Hits count only in turns with at least this many words of the speaker's own prose: a
    /// `TODO` in code the assistant presents in its own words, not in a bare paste.
    var minimumProseWords = 0
    /// When set, a hit counts only followed, in its sentence, by one of these phrases within
    /// `within` words ("revisit … later"); the pair is the hit.
    var followedBy: [String] = []
    var within = 0

    /// The group's cue; a group that needs a follower matches with weight 0, as a qualifier,
    /// and only its pairs carry the weight.
    var cue: Cue {
        Cue(name, weight: followedBy.isEmpty ? weight : 0, scope: scope, sentenceInitial: sentenceInitial,
            negatable: negatable, exceptions: exceptions, phrases: phrases)
    }
}
