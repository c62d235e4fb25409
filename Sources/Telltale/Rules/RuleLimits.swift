/// Bounds on what rule files may ask for, so a hostile or mistaken file cannot exhaust memory
/// or time. Rule files carry tens to hundreds of phrases; a vocabulary beyond these limits
/// belongs in a compiled detector.
///
/// There are no regular expressions: a rule matches phrases through the shared automaton
/// (with a trailing `*` wildcard), so matching stays linear in the text whatever the rules say.
/// The automaton's alphabet needs no limit here: lowercased UTF-8 uses at most 211 distinct
/// bytes, within its 254 classes.
enum RuleLimits {
    static let fileBytes = 1 << 20
    static let nestingDepth = 32
    static let rules = 500
    /// Phrases (with exceptions and context phrases) across every rule file of a run.
    static let phrases = 10_000
    static let phraseBytes = 200
    /// Automaton bytes across every rule file: each phrase counted once per spelling of its
    /// quote marks. The dense table grows with this times the alphabet (at most 256 × 4 bytes).
    static let automatonBytes = 128 << 10
    static let words = 1_000
    static let hits = 10_000
    static let examples = 200
}
