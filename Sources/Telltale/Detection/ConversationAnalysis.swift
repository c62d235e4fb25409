/// Everything computed about one conversation, once, and shared by all detectors: cue hits per
/// turn, text structure, and the context signals around each turn.
///
/// Work is lazy: a turn is scanned only when someone asks about it, and its structure is built
/// only when it has hits. One instance serves one conversation on one thread.
public final class ConversationAnalysis {
    public let conversation: Conversation
    let lexicon: Lexicon
    /// Per turn, once scanned: the raw hits of each owner.
    private var rawHits: [OwnedHits?]
    /// Per tool turn read for its output cues alone: their raw hits.
    private var outputRawHits: [[Lexicon.RawHit]?]
    private var structures: [TextStructure?]
    /// Per turn and owner (`turn * owners + owner`): hits after filtering.
    private var filtered: [[CueHit]?]
    private var filteredOutput: [[CueHit]?]
    public private(set) lazy var context = ConversationContext(self)
    /// The assistant's messages, which every detector walks: found once.
    public private(set) lazy var assistantTurns = conversation.assistantTurnIndices

    /// Non-assistant turns longer than this are scanned only at their head and tail, where
    /// error summaries and user questions sit; a 10 MB tool dump costs the same as 16 KB.
    static let scanWindow = 8 * 1024

    public init(_ conversation: Conversation, lexicon: Lexicon) {
        self.conversation = conversation
        self.lexicon = lexicon
        let count = conversation.turns.count
        rawHits = Array(repeating: nil, count: count)
        outputRawHits = Array(repeating: nil, count: count)
        structures = Array(repeating: nil, count: count)
        filtered = Array(repeating: nil, count: count * lexicon.vocabularies.count)
        filteredOutput = Array(repeating: nil, count: count)
    }

    public func structure(of turn: Int) -> TextStructure {
        if let structure = structures[turn] { return structure }
        let structure = TextStructure(conversation.turns[turn].text)
        structures[turn] = structure
        return structure
    }

    /// Hits of one owner's cues in a turn, after scope, position, negation and exceptions.
    public func hits(in turn: Int, owner: Int) -> [CueHit] {
        let key = turn &* lexicon.vocabularies.count &+ owner
        if let cached = filtered[key] { return cached }
        let result = filter(raw(turn)[owner], in: turn, owner: owner)
        filtered[key] = result
        return result
    }

    /// Hits of some of one owner's cues: `hits(in:owner:)` of those cues, without judging the
    /// hits of the others.
    public func hits(in turn: Int, owner: Int, cues: Set<Int>) -> [CueHit] {
        if let cached = filtered[turn &* lexicon.vocabularies.count &+ owner] { return cached.filter { cues.contains($0.cue) } }
        return filter(raw(turn)[owner].filter { cues.contains(Int($0.cue)) }[...], in: turn, owner: owner)
    }

    /// Hits of the lexicon's output cues (owner 0) in a turn: exactly those of `hits(in:owner:)`
    /// for these cues. Tool turns are read for them with the output cues' own automaton, unless
    /// something already asked for all their hits.
    public func outputHits(in turn: Int) -> [CueHit] {
        if let cached = filteredOutput[turn] { return cached }
        let cues = lexicon.outputCues.cues
        let raw = rawHits[turn] == nil && Self.isReadForOutput(conversation.turns[turn])
            ? outputRaw(turn) : raw(turn)[0].filter { cues.contains($0.cue) }
        let result = filter(raw[...], in: turn, owner: 0)
        filteredOutput[turn] = result
        return result
    }

    /// Tool turns: failure signals read only their output cues, and no detector reads more.
    private static func isReadForOutput(_ turn: Turn) -> Bool {
        turn.role == .tool && (turn.kind == .message || turn.kind == .toolResult)
    }

    private func filter(_ raw: ArraySlice<Lexicon.RawHit>, in turn: Int, owner: Int) -> [CueHit] {
        guard !raw.isEmpty else { return [] }
        var result: [CueHit] = []
        result.reserveCapacity(raw.count)
        let vocabulary = lexicon.vocabularies[owner]
        let exceptions = raw.filter(\.isException)
        var text = conversation.turns[turn].text
        text.withUTF8 { text in
            for hit in raw where !hit.isException {
                let cue = vocabulary.cues[Int(hit.cue)]
                let range = hit.start..<hit.end
                if exceptions.contains(where: { $0.cue == hit.cue && ($0.start..<$0.end).overlaps(range) }) { continue }
                if cue.scope == .voice || cue.sentenceInitial || cue.negatable {
                    let structure = structure(of: turn)
                    if cue.scope == .voice, !structure.isVoice(range) { continue }
                    if cue.sentenceInitial, !structure.isSentenceInitial(hit.start) { continue }
                    if cue.negatable, isNegated(hit.start, in: structure) { continue }
                }
                let phrase = String(decoding: UnsafeBufferPointer(rebasing: text[range]), as: UTF8.self)
                result.append(CueHit(cue: Int(hit.cue), rule: cue.name, phrase: phrase,
                                     start: hit.start, end: hit.end, weight: cue.weight))
            }
        }
        return result
    }

    private static let negators: Set<String> = ["no", "not", "never", "without", "nothing", "nor", "neither",
                                                "hardly", "cannot", "can't", "don't", "doesn't", "didn't",
                                                "isn't", "wasn't", "won't", "shouldn't", "needn't", "dont",
                                                "instead", "rather", "avoid", "avoiding", "against"]

    private func isNegated(_ offset: Int, in structure: TextStructure) -> Bool {
        structure.wordsBefore(offset, limit: 3).contains { word in
            Self.negators.contains(word) || word.hasSuffix("n't")
        }
    }

    private func raw(_ turn: Int) -> OwnedHits {
        if let hits = rawHits[turn] { return hits }
        Self.scan([self], upTo: { _ in turn }, messages: true)
        return rawHits[turn]!
    }

    private func outputRaw(_ turn: Int) -> [Lexicon.RawHit] {
        if let hits = outputRawHits[turn] { return hits }
        Self.scan([self], upTo: { _ in turn }, messages: false)
        return outputRawHits[turn]!
    }

    /// Scans what the detectors will ask about in all these conversations with one walk per
    /// automaton: a unit's conversations together keep the matcher's four lanes full and its
    /// table warm. Hits are the same as when each turn is scanned on demand.
    static func scanTogether(_ analyses: [ConversationAnalysis]) {
        let asked = analyses.filter { $0.conversation.turns.contains(where: \.isAssistantMessage) }
        let last = { (analysis: ConversationAnalysis) in analysis.conversation.turns.lastIndex(where: \.isAssistantMessage)! }
        scan(asked, upTo: last, messages: true)
        scan(asked, upTo: last, messages: false)
    }

    /// Messages up to the last assistant message nearly all get asked about (failure signals and
    /// requests look back over them), so each analysis scans the batch of `turn` (see `batch`)
    /// at once, several analyses in one walk: with all cues (`messages`), or tool output with its
    /// output cues alone. Any other turn is scanned when asked; a tool turn only for its output
    /// cues, unless more is asked of it.
    private static func scan(_ analyses: [ConversationAnalysis], upTo turn: (ConversationAnalysis) -> Int, messages: Bool) {
        let batches = analyses.map { analysis in
            let batch = analysis.batch(for: turn(analysis)) { index, entry in
                guard analysis.rawHits[index] == nil else { return false }
                return messages ? (entry.kind == .message || entry.kind == .toolResult) && !isReadForOutput(entry)
                    : analysis.outputRawHits[index] == nil && isReadForOutput(entry)
            }
            // Only tool output is read for its output cues, whatever turn the batch is for.
            return messages ? batch : batch.filter { isReadForOutput(analysis.conversation.turns[$0]) }
        }
        let entries = zip(analyses, batches).flatMap { analysis, batch in batch.map { analysis.conversation.turns[$0] } }
        guard let lexicon = analyses.first?.lexicon, !entries.isEmpty else { return }
        let (hits, bounds) = scan(entries, messages ? lexicon.forEachHit : lexicon.forEachOutputHit)
        var slot = 0
        for (analysis, batch) in zip(analyses, batches) {
            for index in batch {
                let found = hits[bounds[slot]..<bounds[slot + 1]]
                if messages {
                    analysis.rawHits[index] = OwnedHits(found, owners: lexicon.vocabularies.count)
                } else {
                    analysis.outputRawHits[index] = Array(found)
                }
                slot += 1
            }
        }
    }

    /// The turn, and when it lies up to the last assistant message, every other turn there that
    /// `include` picks, in order.
    private func batch(for turn: Int, including include: (Int, Turn) -> Bool) -> [Int] {
        let turns = conversation.turns
        guard let last = turns.lastIndex(where: \.isAssistantMessage), turn <= last else { return [turn] }
        return (0...last).filter { $0 == turn || include($0, turns[$0]) }
    }

    /// Every hit `walk` finds in the turns' texts, turn by turn and in text order within a turn,
    /// offsets into the turn's text; turn `slot`'s are `hits[bounds[slot]..<bounds[slot + 1]]`. A
    /// non-assistant turn longer than two windows is scanned at its head and tail only.
    private static func scan(_ turns: [Turn], _ walk: ([UnsafeBufferPointer<UInt8>], (Int, Lexicon.RawHit) -> Void) -> Void)
        -> (hits: [Lexicon.RawHit], bounds: [Int]) {
        let window = scanWindow
        func isWhole(_ entry: Turn) -> Bool { entry.isAssistantMessage || entry.text.utf8.count <= 2 * window }
        var scratch: [UInt8] = []
        scratch.reserveCapacity(turns.reduce(0) { total, entry in
            total + (isWhole(entry) ? entry.text.utf8.count : 2 * window)
        })
        var pieces: [(slot: Int, offset: Int, range: Range<Int>)] = []
        for (slot, entry) in turns.enumerated() {
            var text = entry.text
            text.withUTF8 { utf8 in
                if isWhole(entry) {
                    pieces.append((slot, 0, scratch.count..<(scratch.count + utf8.count)))
                    scratch += utf8
                } else {
                    pieces.append((slot, 0, scratch.count..<(scratch.count + window)))
                    scratch += UnsafeBufferPointer(rebasing: utf8.prefix(window))
                    pieces.append((slot, utf8.count - window, scratch.count..<(scratch.count + window)))
                    scratch += UnsafeBufferPointer(rebasing: utf8.suffix(window))
                }
            }
        }
        // Texts report their hits in order, and a turn's pieces are consecutive texts.
        var hits: [Lexicon.RawHit] = []
        var bounds = [Int](repeating: 0, count: turns.count + 1)
        scratch.withUnsafeBufferPointer { buffer in
            let texts = pieces.map { UnsafeBufferPointer(rebasing: buffer[$0.range]) }
            walk(texts) { index, hit in
                var hit = hit
                let piece = pieces[index]
                hit.start += piece.offset
                hit.end += piece.offset
                hits.append(hit)
                bounds[piece.slot + 1] += 1
            }
        }
        for slot in turns.indices { bounds[slot + 1] += bounds[slot] }
        return (hits, bounds)
    }
}

/// One turn's raw hits grouped by owner, each owner's in text order.
struct OwnedHits {
    private let hits: [Lexicon.RawHit]
    /// Owner `o`'s hits are `hits[starts[o]..<starts[o + 1]]`; empty when the turn has none.
    private let starts: [Int]

    init(_ found: ArraySlice<Lexicon.RawHit>, owners: Int) {
        guard !found.isEmpty else {
            hits = []
            starts = []
            return
        }
        var grouped: [Lexicon.RawHit] = []
        grouped.reserveCapacity(found.count)
        var starts = [0]
        for owner in 0..<owners {
            for hit in found where hit.owner == owner { grouped.append(hit) }
            starts.append(grouped.count)
        }
        hits = grouped
        self.starts = starts
    }

    subscript(owner: Int) -> ArraySlice<Lexicon.RawHit> {
        starts.isEmpty ? [] : hits[starts[owner]..<starts[owner + 1]]
    }
}

/// One detector's view of a conversation: its own cue hits, the shared context, and a way to
/// phrase findings.
public struct DetectorView {
    public let analysis: ConversationAnalysis
    let owner: Int
    public let description: DetectorDescription
    /// The score a finding needs to be kept. A detector may pass over a turn that cannot reach it;
    /// below it nobody reads the excerpt.
    public let threshold: Double

    init(analysis: ConversationAnalysis, owner: Int, description: DetectorDescription, threshold: Double) {
        self.analysis = analysis
        self.owner = owner
        self.description = description
        self.threshold = threshold
    }

    public var conversation: Conversation { analysis.conversation }
    public var turns: [Turn] { analysis.conversation.turns }
    public var context: ConversationContext { analysis.context }
    public var assistantTurns: [Int] { analysis.assistantTurns }

    /// This detector's cue hits in a turn.
    public func hits(in turn: Int) -> [CueHit] { analysis.hits(in: turn, owner: owner) }

    public func structure(of turn: Int) -> TextStructure { analysis.structure(of: turn) }

    /// A finding on `turn`, spanning `hit`, with the score's evidence.
    public func finding(at turn: Int, span hit: CueHit, score: Score, message: String) -> Finding {
        finding(at: turn, rule: hit.rule, range: hit.range, score: score, message: message)
    }

    /// A finding scored below the threshold is dropped by the detector set, so its span is not
    /// worked out (it reads 0..<0) and it gets no excerpt.
    public func finding(at turn: Int, rule: String, range: @autoclosure () -> Range<Int>, score: Score,
                        message: String) -> Finding {
        let value = (score.value * 1000).rounded() / 1000
        let kept = value >= threshold
        let range = kept ? range() : 0..<0
        return Finding(conversation: conversation.id, turn: turn, pattern: description.pattern, detector: description.id,
                       rule: rule, score: value, start: range.lowerBound, end: range.upperBound,
                       excerpt: kept ? Excerpt.around(range, in: structure(of: turn)) : "",
                       message: message, evidence: score.evidence)
    }
}

extension DetectorView {
    /// Raises the score when the user, right after the turn, names this detector's pattern:
    /// the outside observer is strong evidence about the turn before.
    public func addUserNaming(after turn: Int, to score: inout Score, weight: Double = 0.35) {
        guard let named = context.patternsNamed(after: turn).first(where: { $0.pattern == description.pattern }) else { return }
        score.add(weight, "the user then names it: \"\(named.phrase)\"")
    }

    /// The user message the turn answers: the nearest user turn before it. Its cue hits say
    /// what was asked for (options, a quick sketch, a multi-part task).
    public func requestTurn(before turn: Int) -> Int? {
        (0..<turn).last { turns[$0].role == .user }
    }

    /// Pairs of hits where `second` follows `first` within `words` words in the same sentence:
    /// proximity, for cues that mean something only together ("revisit … later").
    public func pairs(_ first: [CueHit], followedBy second: [CueHit], within words: Int, in turn: Int) -> [(CueHit, CueHit)] {
        let structure = structure(of: turn)
        var result: [(CueHit, CueHit)] = []
        for a in first {
            let sentence = structure.sentence(at: a.start)
            for b in second where b.start >= a.end && b.end <= sentence.upperBound
                && structure.wordsBetween(a.end, b.start) <= words {
                result.append((a, b))
                break
            }
        }
        return result
    }

    /// Cues per 100 words of the turn's own prose.
    public func density(of hits: [CueHit], in turn: Int) -> Double {
        Double(hits.count) * 100 / Double(max(structure(of: turn).voiceWordCount, 1))
    }

    /// The range of the turn's first sentence, for findings that rest on no single cue.
    public func firstSentence(of turn: Int) -> Range<Int> {
        let structure = structure(of: turn)
        return structure.sentences.first { structure.isVoice($0) } ?? structure.sentences.first ?? 0..<0
    }
}
