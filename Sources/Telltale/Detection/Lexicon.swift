/// Every vocabulary of a detector set, compiled into one automaton.
///
/// Owner 0 is always the shared context vocabulary; owners 1… are the detectors in order.
/// Built once per run and shared read-only by every worker.
public struct Lexicon: Sendable {
    public let vocabularies: [Vocabulary]
    let matcher: PhraseMatcher
    /// For each phrase of the matcher: the cues it belongs to.
    let roles: [[PhraseRole]]

    struct PhraseRole: Sendable {
        var owner: Int32
        var cue: Int32
        /// The phrase cancels hits of the cue rather than making them.
        var isException: Bool
    }

    public init(_ vocabularies: [Vocabulary]) {
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
        matcher.forEachMatch(inEach: texts) { text, match in
            for role in roles[match.phrase] {
                body(text, RawHit(owner: role.owner, cue: role.cue, isException: role.isException,
                                  start: match.start, end: match.end))
            }
        }
    }
}
