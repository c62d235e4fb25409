import Telltale

/// The features of one assistant turn: its unigrams and bigrams, and optionally a few
/// context features from the turn it answers.
///
/// Context is the nearest earlier user or tool turn, read as prefixed unigrams (`ctx:wrong`,
/// `ctx:error`) plus `ctx:<error>` when the source flags it as failed and `ctx:<none>` when
/// nothing precedes the turn. It lets the model see a failure report before a reply (what
/// `hiding` needs) without pretending to understand the conversation. Long tool output is read
/// only at its head and tail, where errors and summaries sit.
struct TurnFeatures {
    static let contextPrefix = "ctx:"
    static let contextWindow = 2048

    /// Feature name → where it first occurs in the turn; context features have no span.
    var spans: [String: Range<Int>] = [:]
    var context: Set<String> = []

    init(turn index: Int, of conversation: Conversation, includeContext: Bool) {
        for ngram in Tokenizer.ngrams(of: Tokenizer.tokens(in: conversation.turns[index].text)) where spans[ngram.text] == nil {
            spans[ngram.text] = ngram.range
        }
        guard includeContext else { return }
        guard let previous = conversation.turns[..<index].lastIndex(where: { $0.role == .user || $0.role == .tool }) else {
            context.insert(Self.contextPrefix + "<none>")
            return
        }
        let turn = conversation.turns[previous]
        if turn.isError { context.insert(Self.contextPrefix + "<error>") }
        for token in Tokenizer.tokens(in: Self.window(of: turn.text)) { context.insert(Self.contextPrefix + token.text) }
    }

    /// Every feature name, in no particular order (vectors sort by feature index).
    var names: [String] { Array(spans.keys) + context }

    /// The head and tail of a long text.
    static func window(of text: String) -> String {
        let bytes = text.utf8
        guard bytes.count > 2 * contextWindow else { return text }
        return String(decoding: bytes.prefix(contextWindow), as: UTF8.self) + "\n"
            + String(decoding: bytes.suffix(contextWindow), as: UTF8.self)
    }
}
