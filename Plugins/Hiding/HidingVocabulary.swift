import Telltale

extension HidingDetector {
    static let cues = Vocabulary(Cues.self) { cue in
        switch cue {
        case .rewrite:
            Cue("unacknowledged-rewrite", weight: 0.35, phrases: [
                "here's the updated", "here is the updated", "here's an updated", "here is an updated",
                "here's the revised", "here is the revised", "here's a revised", "here is a revised",
                "here's the modified", "here is the modified", "here's a modified", "here is a modified",
                "here's the corrected", "here is the corrected", "here's the fixed", "here is the fixed",
                "here's the new", "here is the new", "here's a new version", "here's another", "here is another",
                "updated code", "updated version", "revised code", "revised version", "modified code",
                "modified version", "let me refine", "let me revise", "let me update", "let me adjust",
                "let me modify", "let me rewrite", "let me try", "let me fix", "let me change", "let's modify",
                "let's try", "let's update", "let's adjust", "let's change", "let's fix", "let's rewrite",
                "let's use", "try this instead", "try this:", "try the following", "instead, try", "you can try",
                "please try", "this should work", "this should fix", "this will fix", "this should resolve",
                "this should now", "should now work", "i've updated", "i have updated", "i've modified",
                "i have modified", "i've changed", "i've adjusted", "i've rewritten", "i've revised",
                "i've made some changes", "i made some changes", "with the following changes", "a different approach",
                "another approach", "an alternative approach", "a simpler approach", "try a different",
            ])
        case .reframe:
            Cue("reframe", weight: 0.5, phrases: [
                "as i mentioned", "as i said", "as i stated", "as mentioned earlier", "as previously mentioned",
                "as i noted", "as i explained", "to clarify what i meant", "what i meant was", "what i meant is",
                "i meant that", "an even better approach", "an even better way", "a better approach would be",
                "a more robust approach", "a more robust solution", "a cleaner approach", "a more elegant",
                "that was just an example", "was just an example", "was only an example", "just an illustration",
                "for illustrative purposes", "the example i gave", "to be more precise", "more precisely,",
                "to put it more accurately", "to elaborate on", "to expand on", "building on my previous",
                "to refine my previous", "my previous answer was simplified", "was a simplification",
            ])
        case .pivot:
            Cue("new-information-pivot", weight: 0.45, phrases: [
                "oh, i see", "ah, i see", "i see now", "oh i see", "oh, then", "oh okay", "oh, okay",
                "that changes things", "in that case", "what i was referring to", "i was referring to",
                "i thought you were", "i thought you meant", "i interpreted that as",
                "i was only asking", "that's a different question", "now that you mention",
            ])
        case .deflect:
            Cue("deflect", weight: 0.45, phrases: [
                "likely due to your", "probably due to your", "caused by your", "your environment", "your setup",
                "your configuration", "your system", "on your end", "on your side", "in your environment",
                "a bug in the library", "a bug in the framework", "a known issue with", "a known bug",
                "caching issue", "clear your cache", "clear the cache", "network issue", "version mismatch",
                "make sure you have", "make sure that you", "make sure you're", "ensure that you", "ensure you have",
                "check that you", "double-check that you", "verify that you", "it works on my end",
                "it should work", "should be working", "the code is fine", "the code itself is fine",
                "nothing wrong with the code", "the issue is not with", "not related to the code",
                "your shell", "your path", "your locale", "regional settings", "corrupted install",
                "partially upgraded", "problem with the installation", "installation on the server",
                "comes from your", "on your machine", "your version of", "your browser", "your network",
                "not my fault", "you need to correct me", "the information you provided", "if you feel that way",
                "you have a different way", "your question was", "you didn't specify", "you never said",
                "you need to take responsibility", "you misunderstood", "you must have", "the environment is",
                "a bug in the tool", "the tool is broken",
            ])
        case .minimize:
            Cue("minimize", weight: 0.5, phrases: [
                "tiny typo", "small typo", "minor typo", "just a typo", "simple typo", "a slight typo",
                "a small mistake", "a minor mistake", "minor issue", "a small issue", "a tiny issue",
                "small oversight", "minor oversight", "slight oversight", "small tweak", "minor tweak",
                "small adjustment", "minor adjustment", "slight adjustment", "slight modification",
                "minor correction", "small correction", "slight correction", "a tiny change", "a small fix",
                "just needs a small", "only needs a small", "one small change",
            ])
        case .successClaim:
            Cue("success-claim", weight: 0.55, phrases: [
                "all tests pass", "all tests passed", "all tests are passing", "all the tests pass",
                "all tests now pass", "tests now pass", "tests are now passing", "now passes", "all green",
                "is now working", "now works", "works now", "now working", "working now", "works correctly now",
                "works perfectly", "working perfectly", "everything works", "everything is working",
                "has been fixed", "is now fixed", "has been resolved", "is now resolved", "problem is solved",
                "issue is solved", "completed successfully", "successfully completed", "fully working",
                "the fix works", "fix is working", "100% complete", "fully functional", "is complete and working",
                "production-ready", "production ready", "all issues resolved", "all issues fixed",
                "suite is green", "is green", "are green", "be green", "passes now", "pass now", "handled now",
                "works correctly", "correctly now", "good to go", "i tested it", "tested it with",
                "confirmed working", "verified working", "all set", "ready to merge", "ready to ship",
                "should now pass", "should pass now", "will pass now", "is in place",
            ])
        case .conditionalApology:
            Cue("conditional-apology", weight: 0.5, phrases: [
                "i apologize if", "apologies if", "sorry if", "i'm sorry if", "i am sorry if",
                "if my response was not", "if my previous response", "if that wasn't what", "if that was not what",
                "if i misunderstood", "if there was any confusion", "if there was a misunderstanding",
                "could you clarify what", "can you clarify what", "could you please clarify",
                "could you provide more details", "can you provide more details", "please provide more details",
                "could you provide more information", "can you provide more information",
                "what exactly is not working", "what specifically", "can you tell me what", "could you tell me what",
                "are you certain", "are you sure about", "could you rephrase", "can you rephrase", "i'm confused what",
                "i'm not sure what you mean", "what do you mean by that",
            ])
        case .contradiction:
            Cue("contradiction", weight: 0.35, sentenceInitial: true, phrases: ["no,", "no.", "no!", "nope"])
        case .excuse:
            Cue("excuse", weight: 0.45, phrases: [
                "i was in a hurry", "it's late at night", "i was tired", "i was trying to be", "i was just trying",
                "i was just saying", "i was only trying", "i was just joking", "i said that was a joke",
                "i was just", "it was just a joke", "i didn't have enough", "i didn't have time", "i wasn't given",
                "i didn't have access", "i couldn't have known", "how could i have known", "nobody told me",
            ])
        case .denial:
            Cue("denial", weight: 0.4, sentenceInitial: false, phrases: [
                "that's not correct", "that is not correct", "actually, it is", "actually it is", "this is correct",
                "the code is correct", "my answer is correct", "my answer was correct", "is correct as written",
                "all of these involve", "all of them are", "there is no error", "there's no error",
                "there is nothing wrong", "there's nothing wrong", "the previous code was correct",
                "my previous answer was correct", "was correct", "is working as expected", "works as intended",
                "works as expected", "not true", "i never said", "i didn't say", "i did not say",
                "we didn't have any", "i was not being", "i wasn't being",
                "that's not what i said", "i stand by",
            ])
        }
    }
}
