import Telltale

/// Weight out of proportion to the problem: unrequested option menus, permission loops instead
/// of acting, stacked hedges, deliberation loops, structure that dwarfs a simple question.
public struct OverthinkingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    enum Cues: Int, CaseIterable {
        case option, permission, hedge, deliberation, preamble, askedForDepth
    }

    public let vocabulary = Vocabulary(Cues.self) { cue in
        switch cue {
        case .option:
            Cue("option-menu", weight: 0.2, phrases: [
                "option 1", "option 2", "option 3", "option a", "option b", "option c", "approach 1", "approach 2",
                "approach 3", "alternatively", "another option", "another approach", "another alternative",
                "a third option", "or you could", "you could also", "you can also", "there are several ways",
                "there are many ways", "there are a few ways", "there are multiple ways", "there are several options",
                "several options", "a few options", "here are some options", "here are a few options",
                "here are several", "depending on your", "depending on whether", "it depends on", "if you prefer",
                "if you'd rather", "choice 1", "choice 2", "solution 1", "solution 2", "method 1", "method 2",
                "option d", "option e", "option 4", "option 5", "approach a", "approach b", "approach c", "approach d",
                "strategy 1", "strategy 2", "strategy 3", "strategy 4", "several strategies", "several ways",
                "a few ways", "a few different ways", "different ways to", "possible approaches", "several approaches",
                "the main approaches", "each with its own", "each with different", "pros:", "cons:",
            ])
        case .permission:
            Cue("permission-loop", weight: 0.2, phrases: [
                "would you like me to", "should i", "do you want me to", "shall i", "before i proceed",
                "before proceeding", "before i start", "before i make", "before i continue", "could you confirm",
                "can you confirm", "please confirm", "would you prefer", "which would you prefer",
                "which option would you", "which approach would you", "which one would you", "do you prefer",
                "let me know which", "let me know how you'd like", "let me know if you'd like me to",
                "let me know if you want me to", "would it help if", "is it okay if i", "is it ok if i",
                "may i", "do you want to proceed", "shall we proceed", "should we proceed", "how would you like",
                "which would you like", "it's your call", "your call", "which do you want", "which one do you want",
                "what would you like me to do", "how should i proceed", "how do you want me to",
            ])
        case .hedge:
            Cue("hedge", weight: 0.08, negatable: false, exceptions: ["not sure i agree", "not sure that's right"], phrases: [
                "might", "possibly", "perhaps", "generally", "typically", "in most cases", "it depends",
                "may or may not", "could potentially", "potentially", "it's possible that", "arguably",
                "to some extent", "somewhat", "in some cases", "it seems", "likely", "probably",
                "not necessarily", "tends to", "in general", "usually", "often", "may vary", "might be",
                "could be", "may be", "i think", "i believe", "it appears", "presumably", "conceivably",
            ])
        case .deliberation:
            Cue("deliberation-loop", weight: 0.18, phrases: [
                "wait,", "wait.", "wait -", "wait —", "actually,", "actually wait", "on second thought",
                "let me reconsider", "let me rethink", "let me think again", "let me think about this",
                "hmm,", "hmm.", "hmm...", "hold on", "no wait", "no, wait", "scratch that", "let me re-examine",
                "i need to reconsider", "let me step back", "thinking about this more", "but actually",
                "let me think about this differently", "let me re-think", "let me reconsider", "or maybe",
                "but wait", "on the other hand", "let me double-check", "let me re-check", "let me recheck",
                "let me re-read", "let me reread", "let me look again", "let me re-evaluate", "but then",
                "then again", "or not;", "or not.", "after all", "or maybe not", "maybe not", "scratch that",
            ])
        case .preamble:
            Cue("preamble", weight: 0.15, phrases: [
                "great question", "nuanced question", "more nuanced than", "let me break this down", "break it down",
                "to answer this properly", "some background", "it's complicated", "there are many factors",
                "many factors to consider", "several considerations", "key considerations", "let me lay out",
                "let me outline", "here's an overview", "a comprehensive overview", "let me think about where",
                "let me think through", "here's an analysis", "impact assessment", "before changing it",
                "it's worth considering", "worth noting that", "a few things to consider", "things to consider",
            ])
        case .askedForDepth:
            Cue("asked-for-depth", weight: 0, scope: .anywhere, phrases: [
                "options", "alternatives", "pros and cons", "trade-offs", "tradeoffs", "compare", "comparison",
                "which is better", "recommend", "suggestions", "ideas", "brainstorm", "thorough", "in detail",
                "detailed", "walk me through", "step by step", "different ways", "ways to", "comprehensive",
                "deep dive", "review", "in depth", "list all", "list some", "list the", "elaborate",
                "think it through", "explain why", "explain how",
            ])
        }
    }

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        for turn in conversation.assistantTurns {
            let hits = conversation.hits(in: turn)
            let structure = conversation.structure(of: turn)
            var score = Score()
            let options = hits.of(Cues.option)
            let permissions = hits.of(Cues.permission)
            let hedges = hits.of(Cues.hedge)
            let deliberation = hits.of(Cues.deliberation)
            let words = max(structure.voiceWordCount, 1)
            if options.count >= 3 {
                score.add(min(0.35 + 0.1 * Double(options.count - 3), 0.6), "\(options.count) option or alternative cues")
            }
            let preamble = hits.of(Cues.preamble)
            if let first = preamble.first {
                score.add(min(0.15 * Double(preamble.count), 0.35), "\(preamble.count) wind-up phrases (\"\(first.phrase)\"…)")
            }
            let questions = questionLoop(structure, words: words)
            if questions >= 2 {
                score.add(0.45 + 0.05 * Double(min(questions - 2, 3)), "\(questions) questions back instead of an answer")
            }
            if permissions.count >= 2 {
                score.add(min(0.25 + 0.15 * Double(permissions.count - 1), 0.6),
                          "\(permissions.count) requests for permission or confirmation")
            }
            if let ask = permissions.first(where: { isAskingInsteadOfActing($0, words: words) }) {
                score.add(0.3, "asks for a go-ahead instead of acting: \"\(ask.phrase)\"")
            }
            let hedgeDensity = Double(hedges.count) * 100 / Double(words)
            if hedges.count >= 4, hedgeDensity >= 2.5 {
                score.add(min(0.3 + 0.05 * Double(hedges.count - 4), 0.6),
                          "\(hedges.count) hedges (\(JSONText.number(hedgeDensity, digits: 1)) per 100 words)")
            }
            // Thinking aloud is normal work; a loop is several reversals, densely.
            let reversals = Double(deliberation.count) * 100 / Double(words)
            if deliberation.count >= 3, reversals >= 1.5 || deliberation.count >= 6 {
                score.add(min(0.3 + 0.07 * Double(deliberation.count - 3), 0.65),
                          "\(deliberation.count) deliberation turns (\"\(deliberation[0].phrase)\"…)")
            }
            if let weight = disproportion(turn: turn, words: words, structure: structure, in: conversation) {
                score.add(weight, "length or structure far beyond the request")
            }
            guard !score.isEmpty else { continue }
            if let request = conversation.requestTurn(before: turn),
               let asked = conversation.hits(in: request).of(Cues.askedForDepth).first {
                score.reduce(by: 0.6, "the user asked for depth or options: \"\(asked.phrase)\"")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.4)
            let anchor = (options + permissions + deliberation + preamble + hedges).first
            let range = anchor?.range ?? conversation.firstSentence(of: turn)
            findings.append(conversation.finding(at: turn, rule: anchor?.rule ?? "disproportion", range: range,
                                                 score: score, message: "More machinery than the request needs."))
        }
        return findings
    }

    /// A short turn that holds off on a clear request to ask for confirmation first.
    private func isAskingInsteadOfActing(_ ask: CueHit, words: Int) -> Bool {
        words <= 120 && Self.holdingPhrases.contains(ask.phrase.lowercased())
    }

    private static let holdingPhrases: Set<String> = [
        "before i proceed", "before proceeding", "before i start", "before i make", "before i continue",
        "could you confirm", "can you confirm", "please confirm",
    ]

    /// A short reply made mostly of questions: the request handed back instead of answered.
    private func questionLoop(_ structure: TextStructure, words: Int) -> Int {
        guard words <= 150 else { return 0 }
        let sentences = structure.sentences.filter { structure.isVoice($0.lowerBound..<($0.lowerBound + 1)) }
        let questions = sentences.filter { sentence in
            structure.bytes[sentence].last(where: { !isSpaceOrQuote($0) }) == UInt8(ascii: "?")
        }.count
        return questions * 2 >= sentences.count ? questions : 0
    }

    /// Many headed sections or a long answer to a short question asked right before.
    private func disproportion(turn: Int, words: Int, structure: TextStructure, in conversation: DetectorView) -> Double? {
        guard turn > 0, conversation.turns[turn - 1].role == .user else { return nil }
        let asked = conversation.structure(of: turn - 1).voiceWordCount
        guard asked > 0, asked <= 25 else { return nil }
        let sections = structure.sentences.filter { sentence in
            let first = structure.bytes[sentence.lowerBound]
            let second = sentence.count > 1 ? structure.bytes[sentence.lowerBound + 1] : 0
            return (first == UInt8(ascii: "#") || (first == UInt8(ascii: "*") && second == UInt8(ascii: "*")))
                && structure.isVoice(sentence.lowerBound..<(sentence.lowerBound + 1))
        }.count
        if sections >= 6 { return 0.55 }
        if sections >= 4, asked <= 20 { return 0.45 }
        if words >= 600, words >= asked * 40 { return 0.35 }
        if words >= 250, words >= asked * 15, asked <= 15 { return 0.3 }
        return nil
    }
}

private func isSpaceOrQuote(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "*") || byte >= 0x80
}
