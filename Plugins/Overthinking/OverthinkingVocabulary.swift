import Telltale

extension OverthinkingDetector {
    static let cues = Vocabulary(Cues.self) { cue in
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
                "if you want me to", "do you think i should", "can i ask", "is it alright if i",
                "would you like me to try", "can i ask you", "may i ask",
            ])
        case .clarify:
            Cue("clarification-request", weight: 0.2, phrases: [
                "can you be more specific", "could you be more specific", "more context", "a bit more context",
                "your intention", "your intentions", "your intent", "what are you hoping", "why do you want",
                "i don't understand", "i'm having trouble", "i don't know what you mean", "what do you mean",
                "could you explain more", "can you explain more", "could you provide more", "can you provide more",
                "could you clarify", "can you clarify", "could you tell me more", "can you tell me more",
                "tell me more about", "i'm confused", "i'm not sure what you", "not sure i understand",
                "help me understand", "to better understand", "what exactly do you",
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
        case .suggestion:
            // An answer put as a question ("Why not move them?"): it does not hand the request back.
            Cue("suggestion-question", weight: 0, sentenceInitial: true, phrases: [
                "perhaps", "maybe", "wouldn't", "couldn't", "why not", "how about", "have you tried", "have you considered",
                "or perhaps", "or maybe", "or why not", "or how about", "and why not", "and maybe",
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
}
