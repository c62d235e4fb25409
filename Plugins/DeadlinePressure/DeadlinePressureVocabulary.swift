import Telltale

extension DeadlinePressureDetector {
    static let cues = Vocabulary(Cues.self) { cue in
        switch cue {
        case .forNow:
            Cue("for-now", weight: 0.35, exceptions: [
                "that's all for now", "that's it for now", "enough for now", "bye for now", "in beta for now",
                "is in beta for now", "for now and the future", "good for now, thanks",
            ], phrases: ["for now", "for the time being", "for the moment", "at least for now", "good enough for now"])
        case .quickFix:
            Cue("quick-fix", weight: 0.5, negatable: true, phrases: [
                "quick fix", "quick and dirty", "quick hack", "a hack", "hacky", "quick workaround",
                "temporary fix", "temporary workaround", "temporary solution", "temporary hack",
                "band-aid", "bandaid", "stopgap", "stop-gap", "a workaround", "simple workaround", "quick patch",
                "minimal fix to get", "not ideal, but", "not the cleanest", "not pretty, but",
            ])
        case .later:
            Cue("defer-quality", weight: 0.45, phrases: [
                "clean this up later", "clean it up later", "clean up later", "refactor later", "refactor this later",
                "fix it later", "fix this later", "fix that later", "handle this later", "handle that later",
                "deal with it later", "deal with that later", "address this later", "address that later",
                "improve this later", "can be improved later", "we can improve", "revisit this later", "revisit later",
                "come back to this", "come back to it later", "properly later", "do it properly later", "later on we can",
                "worry about that later", "worry about it later", "optimize later", "polish later",
                "consider addressing in the future", "address them later", "address these later",
                "address those later", "sort out the rest later", "sort that out later", "in a later pass",
            ])
        case .saveTime:
            Cue("save-time", weight: 0.45, phrases: [
                "to save time", "in the interest of time", "given the time constraints", "given time constraints",
                "due to time constraints", "to move fast", "to move quickly", "to speed things up",
                "to keep things moving", "to get this working quickly", "to get it working quickly", "for speed",
                "for expediency", "to be quick", "let me quickly", "i'll quickly", "let's quickly", "quickly add",
                "quickly fix", "quickly update", "fastest way", "the quickest way", "to get unblocked",
                "to unblock", "just to get it working", "just to get this working", "just to make it work",
                "to get the tests passing", "to make the tests pass", "to get the build green", "to make ci pass",
                "i was in a hurry", "in a hurry", "rushing", "hastily", "proceed directly to",
                "go straight to", "jump straight to", "skip ahead", "without further ado", "to keep moving",
                "get ci green", "green first", "get it green", "get this green", "once the pr is unblocked",
                "so we can move on", "to move on", "get it done", "get this done", "fastest way",
                "our limited time", "short on time",
            ])
        case .deferVerb:
            Cue("defer-verb", weight: 0, phrases: [
                "revisit", "come back to", "sort out", "address", "deal with", "clean up", "clean this", "tidy",
                "handle", "look at", "tighten", "improve", "refactor", "optimize", "harden", "polish", "fix",
            ])
        case .laterWord:
            Cue("later", weight: 0, phrases: [
                "later", "afterwards", "afterward", "in a follow-up", "down the road", "eventually", "another time",
                "at some point", "next sprint", "in a future", "once it's working", "once it works",
            ])
        case .optionMenu:
            Cue("option-menu", weight: 0, phrases: [
                "option 1", "option 2", "option 3", "option a", "option b", "option c", "your options",
                "options to proceed", "which would you prefer", "which option",
            ])
        case .shortcut:
            Cue("shortcut", weight: 0.4, negatable: true, phrases: [
                "skip the test", "skip the tests", "skip this test", "skipping the test", "skipping the tests",
                "skip tests", "skip that test", "disable the test", "disable this test", "disable the check",
                "disabling the test", "comment out the test", "commented out the test", "mark it as skipped",
                "pytest.mark.skip", "@unittest.skip", "xfail", "hard-code", "hard-coded", "hardcode", "hardcoded",
                "hard code", "stub it", "stub out", "stubbed out", "a stub", "mock it out", "simplify the test",
                "simplified the test", "simplify the tests", "relax the assertion", "loosen the test",
                "weaken the test", "remove the assertion", "removed the assertion", "bypass the", "bypassing the",
                "ignore the error", "ignore the errors", "ignoring the error", "suppress the warning",
                "suppress the error", "--no-verify", "# type: ignore", "@ts-ignore", "eslint-disable", "noqa",
                "skip validation", "skip the validation", "without tests", "no tests for now",
                "silence the lint", "silence the warning", "silence the error", "silenced the", "eslint-disable-next-line",
                "pragma: no cover", "no cover", "removed the test", "deleted the test", "remove the test",
                "delete the test", "change its expectation", "change the expectation", "changed the expectation",
                "update the expected value", "updated the expected", "loosened", "relaxed the", "commented out",
                "--no-gpg-sign", "--no-verify", "skip the hook", "bypass the hook", "disable the hook",
                "temporarily disable", "temporarily skip", "temporarily comment", "disable pre-commit",
                "disable the pre-commit", "disable hooks", "disable the hooks", "disable signing", "disable gpg",
                "without signing", "skip signing", "skip the pre-commit", "bypass pre-commit", "skip pre-commit",
                "mark them as skipped", "marked them as skipped", "mark it skip", "exclude them from coverage",
            ])
        case .justDo:
            Cue("just-do-it", weight: 0.25, phrases: [
                "let's just", "let me just", "i'll just", "we'll just", "we can just", "i will just",
                "simply skip", "just skip", "just remove", "just comment out", "just hardcode", "just hard-code",
                "just return", "just use a", "just disable",
            ])
        case .deferredComment:
            Cue("deferred-todo", weight: 0.5, scope: .anywhere, phrases: [
                "todo: handle", "todo: fix", "todo: implement", "todo: proper", "todo: clean", "todo: refactor",
                "todo: add proper", "todo: replace", "fixme", "hack:", "xxx:", "temporary hack", "temp fix",
                "todo: remove",
            ])
        case .realHurry:
            Cue("asked-for-speed", weight: 0, scope: .anywhere, phrases: [
                "quick", "quickly", "asap", "deadline", "urgent", "urgently", "prototype", "sketch", "draft",
                "hack", "mvp", "proof of concept", "poc", "just make it work", "hurry", "temporary", "for now",
                "in a rush", "no time", "fast", "demo", "minimal", "simplest", "placeholder", "stub", "mock",
                "hardcode", "hard-code", "skip",
            ])
        }
    }
}
