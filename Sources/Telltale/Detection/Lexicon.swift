/// Every vocabulary of a detector set, compiled into one automaton.
///
/// Owner 0 is always the shared context vocabulary; owners 1… are the detectors in order.
/// Built once per run and shared read-only by every worker.
public struct Lexicon: Sendable {
    public let vocabularies: [Vocabulary]
    let matcher: PhraseMatcher
    /// For each phrase of the matcher: the cues it belongs to.
    let roles: [[PhraseRole]]
    /// The few cues of owner 0 that are all tool output is read for, with an automaton of
    /// their own: a few dozen phrases walk faster than the whole set.
    let outputCues: Selection

    struct PhraseRole: Sendable {
        var owner: Int32
        var cue: Int32
        /// The phrase cancels hits of the cue rather than making them.
        var isException: Bool
    }

    /// A subset of the phrases with an automaton of its own, keeping each phrase's roles among
    /// the chosen cues: on any text it finds exactly the hits of those cues the whole set finds.
    struct Selection: Sendable {
        let cues: Set<Int32>
        let matcher: PhraseMatcher
        let roles: [[PhraseRole]]

        init(owner: Int32, cues: Set<Int32>, phrases: [String], roles: [[PhraseRole]]) {
            func chosen(_ role: PhraseRole) -> Bool { role.owner == owner && cues.contains(role.cue) }
            let kept = phrases.indices.filter { roles[$0].contains(where: chosen) }
            self.cues = cues
            matcher = PhraseMatcher(phrases: kept.map { phrases[$0] })
            self.roles = kept.map { roles[$0].filter(chosen) }
        }
    }

    /// `outputCues` name the cues of owner 0 read in tool output (see `ConversationAnalysis.outputHits(in:)`).
    public init(_ vocabularies: [Vocabulary], outputCues: [Int] = []) {
        self.vocabularies = vocabularies
        var phraseIndex: [String: Int] = [:]
        var phrases: [String] = []
        var roles: [[PhraseRole]] = []
        func register(_ phrase: String, _ role: PhraseRole) {
            let normalized = PhraseMatcher.normalize(phrase)
            guard !normalized.bytes.isEmpty else { return }
            let key = String(decoding: normalized.bytes, as: UTF8.self) + (normalized.openEnded ? "*" : "")
            if let index = phraseIndex[key] {
                roles[index].append(role)
            } else {
                phraseIndex[key] = phrases.count
                phrases.append(key)
                roles.append([role])
            }
        }
        for (owner, vocabulary) in vocabularies.enumerated() {
            for (cueIndex, cue) in vocabulary.cues.enumerated() {
                for phrase in cue.phrases {
                    register(phrase, PhraseRole(owner: Int32(owner), cue: Int32(cueIndex), isException: false))
                }
                for phrase in cue.exceptions {
                    register(phrase, PhraseRole(owner: Int32(owner), cue: Int32(cueIndex), isException: true))
                }
            }
        }
        matcher = PhraseMatcher(phrases: phrases)
        self.roles = roles
        self.outputCues = Selection(owner: 0, cues: Set(outputCues.map(Int32.init)), phrases: phrases, roles: roles)
    }

    /// Every distinct phrase the automaton matches (exceptions excluded).
    public var phrases: [String] {
        matcher.phrases.indices.filter { roles[$0].contains { !$0.isException } }.map { matcher.phrases[$0] }
    }

    struct RawHit: Sendable {
        var owner: Int32
        var cue: Int32
        var isException: Bool
        var start: Int
        var end: Int
    }

    /// Calls `body` with the text's index and each cue hit, text by text, in text order within
    /// each text. Offsets are into the text.
    func forEachHit(inEach texts: [UnsafeBufferPointer<UInt8>], _ body: (Int, RawHit) -> Void) {
        Self.forEachHit(inEach: texts, matcher, roles, body)
    }

    /// The same for the output cues alone: hits of other cues are not found.
    func forEachOutputHit(inEach texts: [UnsafeBufferPointer<UInt8>], _ body: (Int, RawHit) -> Void) {
        Self.forEachHit(inEach: texts, outputCues.matcher, outputCues.roles, body)
    }

    private static func forEachHit(inEach texts: [UnsafeBufferPointer<UInt8>], _ matcher: PhraseMatcher,
                                   _ roles: [[PhraseRole]], _ body: (Int, RawHit) -> Void) {
        matcher.forEachMatch(inEach: texts) { text, match in
            for role in roles[match.phrase] {
                body(text, RawHit(owner: role.owner, cue: role.cue, isException: role.isException,
                                  start: match.start, end: match.end))
            }
        }
    }
}
