import Telltale

/// Weight out of proportion to the problem: unrequested option menus, permission loops instead
/// of acting, stacked hedges, deliberation loops, structure that dwarfs a simple question.
public struct OverthinkingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    public var vocabulary: Vocabulary { Self.cues }

    enum Cues: Int, CaseIterable {
        case option, permission, clarify, hedge, deliberation, preamble, suggestion, askedForDepth
    }

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        conversation.assistantTurns.compactMap { turn in
            var weighing = Weighing()
            guard weigh(turn, in: conversation, into: &weighing), !weighing.score.isEmpty else { return nil }
            if let request = conversation.requestTurn(before: turn),
               let asked = conversation.hits(in: request).of(Cues.askedForDepth).first {
                weighing.score.reduce(by: 0.6, "the user asked for depth or options: \"\(asked.phrase)\"")
            }
            conversation.addUserNaming(after: turn, to: &weighing.score, weight: 0.4)
            return conversation.finding(at: turn, rule: weighing.rule, range: weighing.span ?? conversation.firstSentence(of: turn),
                                        score: weighing.score, message: "More machinery than the request needs.")
        }
    }

    /// The evidence so far, and the contribution that weighs most: it names the finding's rule.
    struct Weighing {
        var score = Score()
        var rule = "disproportion"
        var span: Range<Int>?
        private var heaviest = 0.0

        mutating func add(_ weight: Double, _ reason: String, rule: String, at span: Range<Int>?) {
            score.add(weight, reason)
            guard weight > heaviest else { return }
            heaviest = weight
            self.rule = rule
            self.span = span
        }
    }

    /// Adds the turn's evidence; false when the turn holds nothing to weigh.
    private func weigh(_ turn: Int, in conversation: DetectorView, into weighing: inout Weighing) -> Bool {
        let hits = conversation.hits(in: turn)
        let text = conversation.turns[turn].text
        let questionMarks = ByteSearch.occurrences(of: UInt8(ascii: "?"), in: text)
        // Sections need lines, a long answer needs bytes: most turns can skip the structure.
        let mayBeLarge = text.utf8.count >= 600 || ByteSearch.occurrences(of: 0x0A, in: text) >= 4
        guard !hits.isEmpty || questionMarks > 0 || mayBeLarge else { return false }
        // With no cue and no question only disproportion can weigh, and it needs a short request
        // right before: most long turns stop here, before their structure is built.
        let request = mayBeLarge ? wordsAsked(before: turn, in: conversation) : nil
        guard !hits.isEmpty || questionMarks > 0 || request != nil else { return false }
        let structure = conversation.structure(of: turn)
        // Counting the words in the assistant's voice scans every line: only some rules need it.
        lazy var words = max(structure.voiceWordCount, 1)
        let options = hits.of(Cues.option), permissions = hits.of(Cues.permission), clarify = hits.of(Cues.clarify)
        let hedges = hits.of(Cues.hedge), deliberation = hits.of(Cues.deliberation), preamble = hits.of(Cues.preamble)
        if options.count >= 3 {
            weighing.add(min(0.35 + 0.1 * Double(options.count - 3), 0.6), "\(options.count) option or alternative cues",
                         rule: "option-menu", at: options[0].range)
        }
        if let first = preamble.first {
            weighing.add(min(0.15 * Double(preamble.count), 0.35), "\(preamble.count) wind-up phrases (\"\(first.phrase)\"…)",
                         rule: "preamble", at: first.range)
        }
        let questions = questionMarks >= 2 ? questionLoop(structure, words: words, suggestions: hits.of(Cues.suggestion)) : 0
        if questions >= 2 {
            weighing.add(0.45 + 0.05 * Double(min(questions - 2, 3)), "\(questions) questions back instead of an answer",
                         rule: "question-loop", at: nil)
        }
        if let first = clarify.first {
            weighing.add(first.weight, "asks for clarification: \"\(first.phrase)\"", rule: first.rule, at: first.range)
        }
        if questionMarks > 0 || !clarify.isEmpty, let previous = conversation.context.previousAssistantTurn(before: turn),
           (previous..<turn).contains(where: { conversation.turns[$0].role == .user }),
           isQuestioning(turn, in: conversation), isQuestioning(previous, in: conversation) {
            weighing.add(0.35, "asks again after the user answered its earlier question", rule: "question-loop", at: nil)
        }
        if permissions.count >= 2 {
            weighing.add(min(0.25 + 0.15 * Double(permissions.count - 1), 0.6),
                         "\(permissions.count) requests for permission or confirmation", rule: "permission-loop", at: permissions[0].range)
        }
        // A short turn that holds off on a clear request to ask for confirmation first.
        if let ask = permissions.first(where: { Self.holdingPhrases.contains($0.phrase.lowercased()) }), words <= 120 {
            weighing.add(0.3, "asks for a go-ahead instead of acting: \"\(ask.phrase)\"", rule: "permission-loop", at: ask.range)
        }
        if hedges.count >= 4, case let hedgeDensity = Double(hedges.count) * 100 / Double(words), hedgeDensity >= 2.5 {
            // Stacked means qualifiers piled on one claim ("might possibly", "generally, in most cases").
            let stacked = conversation.pairs(hedges, followedBy: hedges, within: 3, in: turn).count >= 2 ? 0.15 : 0
            weighing.add(min(0.3 + 0.05 * Double(hedges.count - 4) + stacked, 0.6),
                         "\(hedges.count) hedges (\(JSONText.number(hedgeDensity, digits: 1)) per 100 words)", rule: "hedge", at: hedges[0].range)
        }
        // Thinking aloud is normal work; a loop is several reversals, densely.
        if deliberation.count >= 3, Double(deliberation.count) * 100 / Double(words) >= 2 || deliberation.count >= 12 {
            weighing.add(min(0.3 + 0.07 * Double(deliberation.count - 3), 0.65),
                         "\(deliberation.count) deliberation turns (\"\(deliberation[0].phrase)\"…)", rule: "deliberation-loop",
                         at: deliberation[0].range)
        }
        if let asked = request, let weight = disproportion(words: words, asked: asked, structure: structure) {
            weighing.add(weight, "length or structure far beyond the request", rule: "disproportion", at: nil)
        }
        return true
    }

    private static let holdingPhrases: Set<String> = [
        "before i proceed", "before proceeding", "before i start", "before i make", "before i continue",
        "could you confirm", "can you confirm", "please confirm",
    ]

    /// A short reply made mostly of questions: the request handed back instead of answered.
    /// A suggestion put as a question ("Why not…?") answers, so it is not counted.
    private func questionLoop(_ structure: TextStructure, words: Int, suggestions: [CueHit]) -> Int {
        guard words <= 150 else { return 0 }
        let sentences = voiceSentences(structure)
        let questions = sentences.filter { sentence in
            isQuestion(sentence, in: structure) && !suggestions.contains { sentence.contains($0.start) }
        }.count
        return questions * 2 >= sentences.count ? questions : 0
    }

    /// A short turn that mostly asks instead of answering.
    private func isQuestioning(_ turn: Int, in conversation: DetectorView) -> Bool {
        let clarifies = conversation.hits(in: turn).contains(Cues.clarify)
        // With no question mark and no clarifying cue there is nothing to count.
        guard clarifies || ByteSearch.occurrences(of: UInt8(ascii: "?"), in: conversation.turns[turn].text) > 0 else { return false }
        let structure = conversation.structure(of: turn)
        let words = structure.voiceWordCount
        guard words > 0, words <= 100 else { return false }
        let sentences = voiceSentences(structure)
        let asking = sentences.filter { isQuestion($0, in: structure) }.count
        return asking >= 1 && asking * 2 >= sentences.count || clarifies
    }

    /// The sentences the assistant says in its own voice (not code, quotes or logs) that `keep`
    /// picks; `keep` is asked first, since it is cheaper than finding the voice.
    private func voiceSentences(_ structure: TextStructure, where keep: (Range<Int>) -> Bool = { _ in true }) -> [Range<Int>] {
        structure.sentences.filter { keep($0) && structure.isVoice($0.lowerBound..<($0.lowerBound + 1)) }
    }

    private func isQuestion(_ sentence: Range<Int>, in structure: TextStructure) -> Bool {
        structure.bytes[sentence].last(where: { !isSpaceOrQuote($0) }) == UInt8(ascii: "?")
    }

    /// The words of a short request (at most 25) in the user turn right before, or nil.
    private func wordsAsked(before turn: Int, in conversation: DetectorView) -> Int? {
        guard turn > 0, conversation.turns[turn - 1].role == .user else { return nil }
        let asked = conversation.structure(of: turn - 1).voiceWordCount
        return asked > 0 && asked <= 25 ? asked : nil
    }

    /// Many headed sections or a long answer to the short request just before.
    private func disproportion(words: @autoclosure () -> Int, asked: Int, structure: TextStructure) -> Double? {
        // Every section starts at its own `#` or `*`: with fewer than four, no sentence split.
        let markers = structure.bytes.withUnsafeBufferPointer { bytes in
            ByteSearch.occurrences(of: UInt8(ascii: "#"), in: bytes) + ByteSearch.occurrences(of: UInt8(ascii: "*"), in: bytes)
        }
        let sections = markers < 4 ? 0 : voiceSentences(structure) { sentence in
            let first = structure.bytes[sentence.lowerBound]
            let second = sentence.count > 1 ? structure.bytes[sentence.lowerBound + 1] : 0
            return first == UInt8(ascii: "#") || (first == UInt8(ascii: "*") && second == UInt8(ascii: "*"))
        }.count
        if sections >= 6 { return 0.55 }
        if sections >= 4, asked <= 20 { return 0.45 }
        let words = words()
        if words >= 600, words >= asked * 40 { return 0.35 }
        if words >= 250, words >= asked * 15, asked <= 15 { return 0.3 }
        return nil
    }
}

private func isSpaceOrQuote(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "*") || byte >= 0x80
}
