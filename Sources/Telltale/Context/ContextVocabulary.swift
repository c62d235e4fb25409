/// The shared cues behind context signals: failure before a turn, a user naming a pattern after
/// it, acknowledgment inside it, and the assistant catching its own error. Owner 0 of every lexicon.
public enum ContextCue: Int, CaseIterable, Sendable {
    case correction, rebuttal, complaint, disagreement, stillFailing, errorOutput, testFailure, interruption
    case namesSpiraling, namesHiding, namesOverthinking, namesBundling, namesDeadline
    case ownsError, namesError, newInstruction, selfCorrection

    /// The only cues a failure signal reads in tool output.
    static let output: [ContextCue] = [.testFailure, .errorOutput]

    static let vocabulary = Vocabulary(ContextCue.self) { cue in
        switch cue {
        case .correction:
            Cue("correction", weight: 0.7, scope: .voice, phrases: [
                "that's wrong", "that is wrong", "this is wrong", "it's wrong", "is incorrect", "that's incorrect",
                "that's not right", "that is not right", "not correct", "that's not correct", "you're wrong",
                "you are wrong", "wrong answer", "you made a mistake", "you made an error", "there's a mistake",
                "there is a mistake", "there's an error in", "you forgot", "you missed", "you didn't", "you did not",
                "you said", "you just said", "you told me", "but you", "that's not what i", "not what i asked",
                "not what i wanted", "that's not true", "not true", "are you sure", "why did you", "why didn't you",
                "that's not how", "no, that", "nope", "wrong", "you misunderstood", "you ignored", "you broke",
                "this is not correct", "doesn't make sense", "does not make sense", "makes no sense",
                "i asked you", "i said", "i told you", "read again", "look again", "try again", "not quite",
                "you keep", "you changed", "you removed", "you deleted", "is wrong", "was wrong", "are wrong",
                "is incorrect", "was incorrect", "are incorrect", "that's not what i asked", "you didn't answer",
                "didn't answer", "nothing to do with", "has nothing to do", "have nothing to do", "not relevant",
                "irrelevant", "that's not it", "not the right", "the wrong", "isn't right", "is not right",
                "isn't correct", "aren't correct", "doesn't match", "does not match", "that's a mistake",
                "don't make sense", "doesn't make any sense", "answer the question", "answer my question",
                "read the question", "that's not my question", "my question was", "i did not ask", "i didn't ask",
                "not what i said", "i never said", "like you did with", "you were supposed to", "you should have",
                "why wasn't", "why didn't", "why isn't", "why doesn't", "why did it", "bruh", "wtf", "what the hell",
                "what the fuck", "seriously?", "are you kidding", "come on", "ugh", "dumb", "stupid", "useless",
                "nonsense", "garbage", "not helpful", "unhelpful", "you're not helping", "that's not helpful",
                "stop blaming", "you're lying", "you are lying", "liar", "made that up", "made up", "hallucinat*",
                "does not exist", "doesn't exist", "there is no such", "there's no such", "i already did",
                "i already tried", "i've tried", "i have tried", "tried that", "i tried", "didn't help",
                "did not help", "no luck", "same thing happens", "you wrote", "you gave me",
                "your code", "your script", "your query", "your function", "your answer", "your fix", "your change",
                "the code you", "the script you", "the function you", "the query you", "the command you",
                "you suggested", "you provided", "you recommended", "no it isn't", "no it's not", "no, it isn't",
                "no, it's not", "it isn't", "that isn't", "that's not it", "not quite right", "fails on", "fails with",
                "it deleted", "it broke", "it wiped", "it overwrote", "it crashed", "it says",
                "made it up", "you're being", "dense", "idiot", "dipshit", "weirdo", "moron",
                "bullshit", "rude", "wait a minute", "wait, what", "add the", "back in", "put back", "add back",
                "restore the", "let me clarify", "clarify once again", "once again", "my basic question",
                "my question is", "what does that have to do", "that has nothing", "that's not what i meant",
                "not what i meant", "i meant", "i mean in", "you misread", "you misunderstood", "try again",
                "you missed the point", "missed the point", "that's not the point", "pointless",
                "you just asked", "you just gave", "you just told", "what you just", "your idea",
                "please always provide exactly one", "format your action", "your response was rejected",
                "invalid format", "wrong format", "did not follow the format", "not in the expected format",
            ])
        case .rebuttal:
            Cue("rebuttal", weight: 0.7, scope: .voice, sentenceInitial: true, phrases: [
                "that returns", "this returns", "that gives", "this gives", "that only", "it only", "that prints",
                "this prints", "no you", "no i'm", "no i am", "no i meant", "no that's", "no, you", "no, i'm",
                "no, i meant", "no, that's", "that's not", "this is not", "that isn't", "this isn't", "still",
            ])
        case .disagreement:
            Cue("disagreement", weight: 0.45, scope: .voice, sentenceInitial: true, phrases: [
                "no", "nope", "nah", "wrong", "incorrect", "not really", "not exactly", "but what about", "but why",
                "why would", "really?", "huh?", "what?", "excuse me",
            ])
        case .complaint:
            Cue("complaint", weight: 0.45, scope: .voice, phrases: [
                "it returns", "returns a", "gives me", "it gives", "it shows",
                "it says", "it prints", "it outputs", "the output is", "i got", "should be", "should have been",
                "supposed to", "expected", "instead of", "not what", "but it", "but the", "but that", "however,",
                "is missing", "are missing", "missing", "still", "empty", "nothing", "hmm", "huh", "what?",
                "why is", "why does", "why did", "why are", "that can't be", "impossible", "not possible",
                "makes no", "doesn't", "does not", "isn't", "is not", "won't", "can't find", "no such",
                "undefined", "null", "none", "nan", "failed", "fails", "failing", "crash", "crashes", "error",
                "exception", "bug", "problem", "issue", "broken", "breaks",
            ])
        case .stillFailing:
            Cue("still-failing", weight: 0.7, scope: .voice, phrases: [
                "still not", "still doesn't", "still does not", "still didn't", "still getting", "still get",
                "still fails", "still failing", "still broken", "still the same", "still shows", "still seeing",
                "still have", "still has", "still no", "still wrong", "still error", "still crashes",
                "still an error", "same error", "same issue", "same problem", "same result", "same thing",
                "doesn't work", "does not work", "didn't work", "did not work", "not working", "isn't working",
                "is not working", "won't work", "doesn't compile", "does not compile", "won't compile",
                "doesn't run", "fails to", "it fails", "it failed", "it crashes", "it crashed", "crashing",
                "getting an error", "get an error", "got an error", "getting this error", "gives an error",
                "gives me an error", "throws an error", "i get this", "i got this", "i'm getting", "i am getting",
                "the error", "an error", "this error", "error:", "errors", "error message", "nothing happens",
                "nothing changed", "no change", "it broke", "broke", "broken", "not fixed", "didn't fix",
                "did not fix", "still there", "nothing works", "no output", "empty output",
            ])
        case .errorOutput:
            Cue("error-output", weight: 0.6, scope: .anywhere, phrases: [
                "traceback (most recent call last)", "error:", "exception:", "fatal:", "panic:",
                "syntaxerror", "typeerror", "nameerror", "valueerror", "keyerror", "attributeerror",
                "importerror", "modulenotfounderror", "indexerror", "runtimeerror", "zerodivisionerror",
                "filenotfounderror", "permissionerror", "referenceerror", "segmentation fault", "core dumped",
                "command not found", "no such file or directory", "permission denied", "npm err!",
                "undefined reference", "cannot find module", "cannot find symbol", "unresolved reference",
                "compilation failed", "build failed", "exit code 1", "exit code 2", "exit code 127",
                "exit status 1", "<returncode>1</returncode>", "<returncode>2</returncode>",
                "<returncode>127</returncode>", "<returncode>128</returncode>", "<returncode>130</returncode>",
                "<returncode>137</returncode>", "<returncode>139</returncode>", "<returncode>255</returncode>",
                "uncaught exception", "unhandled exception", "stack trace", "errno", "is not defined",
                "has no attribute", "unexpected token", "invalid syntax", "error ts", "error[e", "failed with",
                "returned non-zero", "non-zero exit", "the command failed", "cannot be found",
                "please always provide exactly one action", "format your action",
            ])
        case .testFailure:
            Cue("test-failure", weight: 0.8, scope: .anywhere, phrases: [
                "tests failed", "test failed", "failed tests", "failing test", "tests failing", "assertionerror",
                "assertion failed", "assertionfailed", "xctassert", "failures:", "failed:", "=== fail",
                "--- fail", "not ok ", "1 failed", "2 failed", "3 failed", "4 failed", "5 failed",
                "failed, ", "fail:", "build failed", "test suite failed", "expected:", "tests did not pass",
            ])
        case .interruption:
            Cue("interruption", weight: 0.6, scope: .anywhere, phrases: [
                "[request interrupted by user", "interrupted by user", "^c keyboardinterrupt",
                "user rejected", "tell claude what to do differently", "user denied", "the user doesn't want",
                "the user doesn't want to proceed",
            ])
        case .namesSpiraling:
            Cue("names-spiraling", weight: 0.8, phrases: [
                "stop apologizing", "stop apologising", "no need to apologize", "no need to apologise",
                "don't apologize", "don't apologise", "quit apologizing", "stop saying sorry",
                "stop being sorry", "you don't have to apologize", "enough apologies", "you apologize too much",
                "stop groveling", "no need to be sorry", "no need for apologies", "stop the apologies",
            ])
        case .namesHiding:
            Cue("names-hiding", weight: 0.8, phrases: [
                "you didn't say you changed", "you didn't mention", "you didn't tell me", "without telling me",
                "without saying", "you changed that", "you quietly", "you silently", "you just changed",
                "admit it", "admit that", "own up", "you didn't acknowledge", "pretending", "you pretended",
                "you claimed", "you said it worked", "you said it was fixed", "you said all tests pass",
                "you said the tests pass", "that's not what you said", "why didn't you say",
            ])
        case .namesOverthinking:
            Cue("names-overthinking", weight: 0.8, phrases: [
                "overthinking", "overthought", "over-thinking", "overcomplicating", "overcomplicated",
                "over-engineering", "overengineering", "over-engineered", "overengineered", "too complicated",
                "too complex", "way too long", "too verbose", "just answer", "just tell me", "keep it simple",
                "simpler please", "too many options", "just pick one", "just do it", "stop asking",
                "you don't need to ask", "no need to ask", "tl;dr", "shorter please", "be concise", "just yes or no",
            ])
        case .namesBundling:
            Cue("names-bundling", weight: 0.8, phrases: [
                "two separate things", "two different things", "separate issues", "separate things",
                "separate problems", "two separate issues", "orthogonal", "unrelated change", "unrelated changes",
                "didn't ask you to", "did not ask you to", "i only asked", "only asked for", "one thing at a time",
                "why did you change", "why did you also", "why did you refactor", "why did you rename",
                "not related", "out of scope", "scope creep", "don't touch", "leave the rest", "just the one",
                "those are different", "that's a different issue", "different problem",
            ])
        case .namesDeadline:
            Cue("names-deadline", weight: 0.8, phrases: [
                "no rush", "no hurry", "there's no deadline", "there is no deadline", "no deadline",
                "take your time", "don't rush", "don't cut corners", "no shortcuts", "do it properly",
                "do it right", "not a hack", "no hacks", "don't hack", "why the rush", "we have time",
                "don't hardcode", "don't hard-code", "don't skip the tests", "don't skip tests", "proper fix",
                "real fix", "properly this time", "holding the deadline", "no time pressure",
            ])
        case .ownsError:
            Cue("owns-error", weight: 0.8, scope: .voice, negatable: true, exceptions: [
                "i apologize if", "i apologise if", "apologies if", "sorry if", "i'm sorry if", "i am sorry if",
                "truly sorry if", "so sorry if", "sorry to hear", "i apologize for any confusion this may", "sorry for any confusion this may",
                "for any inconvenience", "for any confusion", "this may have caused", "that may have caused",
                "i apologize profusely for any",
            ], phrases: [
                "my mistake", "my bad", "my apologies", "my error", "i apologize", "i apologise", "apologies",
                "sorry", "i was wrong", "i'm wrong", "you're right", "you are right", "you're correct",
                "you are correct", "you're absolutely right", "good catch", "i made a mistake", "i made an error",
                "i made a typo", "i missed", "i overlooked", "i forgot", "i misread", "i misunderstood",
                "i misspoke", "i mixed up", "i confused", "i incorrectly", "i mistakenly", "i wrongly",
                "i should have", "i shouldn't have", "that was wrong", "that was incorrect", "was a mistake",
                "was my mistake", "was an error on my part", "i introduced", "i broke", "caused by my",
                "oops", "whoops", "thanks for catching", "fair point", "fair enough", "fair —", "was a dodge",
                "i cut corners", "that was lazy", "that was sloppy", "my fault", "on me", "the wrong one",
                "was the wrong", "wasn't part of", "not what you asked", "wasn't what you asked", "i agree",
                "exactly right", "that's right", "good point", "you have a point", "you're not wrong",
                "thank you for catching", "thanks for pointing", "thank you for pointing", "i got that wrong",
                "i got it wrong", "that's on me", "i messed up", "i neglected", "i failed to", "i assumed", "wasn't correct", "was not correct", "wasn't right", "was incorrect",
                "was wrong", "incorrectly", "mistakenly", "erroneously", "i stand corrected", "correction:",
            ])
        case .namesError:
            Cue("names-error", weight: 0.5, scope: .voice, phrases: [
                "didn't work", "did not work", "doesn't work", "does not work", "still failing", "still fails",
                "still failed", "failed because", "fails because", "failing because", "the fix didn't",
                "that didn't", "fix didn't", "change didn't", "attempt didn't", "the issue is",
                "the issue was", "the problem is", "the problem was", "the error is", "the error was",
                "the bug is", "the bug was", "the mistake", "the error occurs", "this error occurs",
                "error occurs because", "this happens because", "this is because", "that's because",
                "the reason", "caused by", "is caused", "was caused", "is failing", "the test failed",
                "the tests failed", "the test fails", "the tests fail", "error shows", "error indicates",
                "the error message", "the failure", "not working", "isn't working", "i see the issue",
                "i see the problem", "i see what", "i see the error", "the root cause", "root cause",
                "that's why", "which is why", "broke", "introduced a", "introduced an", "regression",
            ])
        case .newInstruction:
            Cue("new-instruction", weight: 0.5, scope: .voice, phrases: [
                "instead", "rather than", "switch to", "let's go with", "go with", "how about", "what about",
                "can you make", "could you make", "please make", "please add", "please use", "please change",
                "please remove", "can you also", "could you also", "can you add", "could you add", "can you change",
                "could you change", "change it to", "i want", "i'd like", "i would like", "let's do", "let's use",
                "let's try",
            ])
        case .selfCorrection:
            // Narrower than owns-error on purpose: with nothing failing before the turn, "sorry" or
            // "the problem is" are courtesy or explanation; these say the assistant caught its own
            // earlier error.
            Cue("self-correction", weight: 0.8, scope: .voice, negatable: true, phrases: [
                "wait, i made", "wait i made", "wait, that's wrong", "wait, that's not right", "wait, that is wrong",
                "wait, that isn't right", "hmm, that's not right", "oops, i", "whoops, i",
                "i made an error above", "i made a mistake above", "i made an error earlier",
                "i made a mistake earlier", "i made an error in my", "i made a mistake in my",
                "error in my previous", "mistake in my previous", "error in my earlier", "mistake in my earlier",
                "error in my last", "mistake in my last", "error in my answer", "mistake in my answer",
                "error in my calculation", "mistake in my calculation", "bug in my previous", "bug in the code i",
                "let me correct myself", "correcting myself", "correction to my", "i need to correct my",
                "i should correct my", "i need to correct that", "i realize i made", "i realized i made",
                "i just realized i made", "i just noticed i made", "i notice i made", "i noticed i made",
                "i just noticed an error", "i just noticed a mistake", "i noticed an error in my",
                "i noticed a mistake in my", "i misspoke", "i miscalculated", "i misstated", "scratch that",
                "i was wrong above", "i was wrong earlier", "my earlier answer was wrong",
                "my previous answer was wrong", "my previous answer was incorrect", "my earlier answer was incorrect",
                "my earlier statement was", "my previous statement was", "i introduced a bug", "i introduced an error",
                "that was a mistake on my part", "on second look", "on closer inspection, my",
            ])
        }
    }
}
