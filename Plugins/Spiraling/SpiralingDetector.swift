import Telltale

/// Contrition out of proportion to the mistake: stacked or intensified apologies,
/// self-criticism, promises about its own conduct, apologies that grow turn over turn.
public struct SpiralingDetector: Detector {
    public init() {}

    public var description: DetectorDescription { Self.documentation }

    enum Cues: Int, CaseIterable {
        case apology, repeatedApology, intensifiedApology, selfReproach, selfCriticism, promise, deference
    }

    public let vocabulary = Vocabulary(Cues.self) { cue in
        switch cue {
        case .apology:
            Cue("apology", weight: 0.15, negatable: true, exceptions: Self.notContrition, phrases: [
                "sorry", "i apologize", "i apologise", "apologies", "my apologies", "apologize for", "apologise for",
                "please forgive", "forgive me", "pardon my", "i regret",
            ])
        case .repeatedApology:
            Cue("repeated-apology", weight: 0.35, negatable: true, phrases: [
                "i apologize again", "apologies again", "sorry again", "once again, i apologize", "again, i apologize",
                "i apologize once again", "again, my apologies", "again, sorry", "i apologize for all the",
                "i apologize for the repeated", "sorry for all the", "sorry for the repeated",
                "i apologize for the multiple", "i apologize for my repeated", "i apologize for my mistakes",
                "i apologize for the mistakes", "apologize for repeatedly", "sorry for repeatedly",
            ])
        case .intensifiedApology:
            Cue("intensified-apology", weight: 0.55, negatable: true, exceptions: Self.notContrition, phrases: [
                "i sincerely apologize", "i deeply apologize", "i truly apologize", "i really apologize",
                "i do apologize", "i humbly apologize", "i profusely apologize", "i apologize profusely",
                "sincerely apologize", "deeply apologize", "truly apologize", "i'm so sorry", "i am so sorry",
                "i'm really sorry", "i am really sorry", "i'm truly sorry", "i am truly sorry", "i'm very sorry",
                "i am very sorry", "i'm terribly sorry", "i am terribly sorry", "i'm deeply sorry",
                "i am deeply sorry", "i'm incredibly sorry", "i'm extremely sorry", "i'm genuinely sorry",
                "so very sorry", "my sincere apologies", "my sincerest apologies", "my deepest apologies",
                "sincere apologies", "deepest apologies", "profound apologies", "i can't apologize enough",
                "cannot apologize enough",
            ])
        case .selfReproach:
            Cue("self-reproach", weight: 0.55, negatable: true, phrases: [
                "careless of me", "that was careless", "was careless", "sloppy of me", "that was sloppy",
                "i keep making", "keep making the same", "i keep getting", "i keep missing", "i keep forgetting",
                "i keep thinking", "i keep repeating", "i keep doing", "i keep breaking", "i keep failing",
                "i should have known better", "inexcusable", "that's unacceptable", "that was unacceptable",
                "i'm failing you", "i've failed you", "i failed you", "i let you down", "i've let you down",
                "embarrassing mistake", "embarrassing error", "a serious mistake", "a serious error",
                "a major mistake", "a terrible mistake", "a huge mistake", "a glaring", "egregious",
                "stupid mistake", "silly mistake", "no excuse for", "there's no excuse", "wasted your time",
                "waste of your time", "wasting your time", "i completely messed up", "i really messed up",
                "i messed up again", "i made a mess", "i've been making", "i made the same mistake",
                "same mistake again", "repeating the mistake", "repeating the same mistake", "repeatedly made",
                "repeatedly missing", "repeatedly failed", "i seem to be struggling", "i'm struggling with",
                "i am struggling with", "entirely my fault", "my fault entirely", "completely my fault",
                "all my fault", "shame on me", "i feel terrible", "i feel awful", "i feel bad", "i'm embarrassed",
                "i am embarrassed", "i'm ashamed", "caused you so much", "put you through",
                "going around in circles", "i've been going in circles", "i've made multiple", "i've made several",
                "so many mistakes", "another mistake", "i made another", "i've made another", "made a similar",
                "i keep introducing", "broke it again", "i broke it again", "sloppiness", "again and again",
                "should have been more careful", "i was careless", "i was sloppy", "my carelessness",
                "i wasn't careful", "i was not careful",
            ])
        case .selfCriticism:
            Cue("self-criticism", weight: 0.3, negatable: true, phrases: [
                "i completely misunderstood", "i completely missed", "i totally missed", "i completely overlooked",
                "i clearly didn't", "i clearly failed", "i clearly missed", "a big mistake", "frustrating for you",
                "i should have been more", "i rushed", "i was too hasty", "i jumped to conclusions",
            ])
        case .promise:
            Cue("promise", weight: 0.55, negatable: false, phrases: [
                "i'll be more careful", "i will be more careful", "i need to be more careful", "i should be more careful",
                "i must be more careful", "more careful going forward", "more careful from now on",
                "i'll be more attentive", "i will be more attentive", "i'll do better", "i will do better", "do better next time",
                "won't happen again", "will not happen again", "pay closer attention", "pay more attention",
                "be more thorough", "be more precise", "be more diligent", "more careful in the future",
                "i promise to", "i promise i", "lesson learned", "i've learned my lesson",
                "i will not repeat", "i won't repeat", "i'll avoid making", "i will avoid making", "double-check my work",
                "double check my work", "check my work more", "strive to be more", "make sure this doesn't happen",
                "make sure it doesn't happen", "ensure this doesn't happen", "ensure it doesn't happen",
            ])
        case .deference:
            Cue("deference", weight: 0.2, phrases: [
                "you're absolutely right", "you are absolutely right", "you're completely right",
                "you are completely right", "you're totally right", "you're 100% right", "you're right to be frustrated",
                "you have every right to be", "thanks for the lesson", "thank you for your patience",
                "thanks for your patience", "i appreciate your patience",
            ])
        }
    }

    /// Apologies that are not contrition about the assistant's own mistake.
    static let notContrition = [
        "sorry to hear", "sorry for your loss", "sorry you're", "sorry you are", "sorry that you",
        "sorry that happened", "sorry to say", "sorry, but i can't", "sorry, but i cannot", "sorry, i can't",
        "sorry, i cannot", "sorry, but i'm not able", "sorry, i'm not able", "sorry, but i won't",
        "sorry, i don't understand", "sorry, but i don't understand", "sorry, i'm not sure what",
        "i apologize, but i cannot", "i apologize, but i can't", "i apologize, but i'm not able",
        "i apologize, but as an ai", "i'm sorry, but as an ai", "sorry, but as an ai", "sorry, as an ai",
        "apologize to", "apologize to your", "apologies to", "sorry to bother", "sorry for the wait",
        "sorry about your", "sorry for what you", "sorry you have", "sorry that your", "sorry for your",
    ]

    public func analyze(_ conversation: DetectorView) -> [Finding] {
        var findings: [Finding] = []
        var previousApologies = 0
        for turn in conversation.assistantTurns {
            let hits = conversation.hits(in: turn).removingOverlaps()
            let isApology = { (hit: CueHit) in [.apology, .repeatedApology, .intensifiedApology].contains(Cues(rawValue: hit.cue)) }
            let apologies = hits.filter(isApology)
            defer { previousApologies = apologies.count }
            guard let anchor = hits.strongest else { continue }
            var score = Score()
            for (index, apology) in apologies.enumerated() {
                if !apology.isCue(Cues.apology) {
                    score.add(apology.weight, "\(apology.rule) \"\(apology.phrase)\"")
                } else {
                    score.add(index == 0 ? apology.weight : 0.45, index == 0 ? "apology \"\(apology.phrase)\"" : "another apology \"\(apology.phrase)\"")
                }
                if index == 1, !apology.isCue(Cues.apology), apology.weight < 0.45 {
                    score.add(0.15, "a second apology in the same turn")
                }
            }
            var seen: Set<Int> = []
            for hit in hits where !isApology(hit) {
                let repeated = !seen.insert(hit.cue).inserted
                score.add(repeated ? hit.weight / 2 : hit.weight, "\(hit.rule) \"\(hit.phrase)\"")
            }
            if previousApologies > 0, !apologies.isEmpty, apologies.count >= previousApologies {
                score.add(0.2, "apologies again after \(previousApologies) in the previous assistant turn")
            }
            if let failure = conversation.context.failure(before: turn) {
                score.add(0.1, "after a failure: \(failure.summary)")
            }
            conversation.addUserNaming(after: turn, to: &score, weight: 0.35)
            findings.append(conversation.finding(at: turn, span: anchor, score: score,
                                                 message: message(apologies: apologies.count, hits: hits)))
        }
        return findings
    }

    private func message(apologies: Int, hits: [CueHit]) -> String {
        var parts: [String] = []
        if apologies > 1 { parts.append("\(apologies) apologies") }
        if hits.contains(Cues.intensifiedApology) { parts.append("an intensified apology") }
        if hits.contains(Cues.selfReproach) || hits.contains(Cues.selfCriticism) { parts.append("self-criticism") }
        if hits.contains(Cues.promise) { parts.append("a promise to do better") }
        let detail = parts.isEmpty ? "an apology" : parts.joined(separator: ", ")
        return "Contrition out of proportion: \(detail). Name the mistake once, fix it, move on."
    }
}
