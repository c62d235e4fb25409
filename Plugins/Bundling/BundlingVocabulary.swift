import Telltale

extension BundlingDetector {
    static let cues = Vocabulary(Cues.self) { cue in
        switch cue {
        case .scopeCreep:
            Cue("scope-creep", weight: 0.55, phrases: [
                "while i was at it", "while i'm at it", "while i was there", "while we're at it", "while i was in there",
                "i also went ahead", "i went ahead and also", "went ahead and also", "as a bonus", "bonus:",
                "i also took the liberty", "took the liberty", "for good measure", "along the way, i",
                "i couldn't resist", "a few other improvements", "some other improvements", "a few extra improvements",
                "some additional improvements", "additional improvements", "a few unrelated", "some unrelated",
                "unrelated cleanup", "unrelated fixes", "unrelated changes", "unrelated improvements",
                "i also noticed and fixed", "noticed and fixed", "i also cleaned up", "also cleaned up",
                "i also refactored", "also refactored", "i also renamed", "also renamed", "i also reformatted",
                "also reformatted", "i also upgraded", "also upgraded", "i also bumped", "also bumped",
                "i also rewrote", "also rewrote", "i also reorganized", "also reorganized", "i also restructured",
                "also restructured", "i also modernized", "also modernized", "while fixing", "while refactoring",
                "along the way:", "along the way, i also", "in the same change", "in the same commit", "in the same pr", "while reading the",
                "while looking at the", "while i had", "a few overdue", "some overdue", "overdue things",
                "committing both together", "both together in", "i also pulled", "i also switched", "i also replaced",
                "i also moved", "i also merged", "i also deleted", "i also punched up", "i also tightened",
            ])
        case .alsoChanged:
            Cue("also-changed", weight: 0.3, phrases: [
                "i also updated", "i also fixed", "i also added", "i also removed", "i also changed", "i've also",
                "i have also", "additionally, i", "in addition, i", "i also improved", "also improved",
                "i also optimized", "also optimized", "i also simplified", "also simplified", "plus some",
                "and also", "other improvements", "some cleanup", "a bit of cleanup", "minor cleanup",
                "extra improvements", "additional changes", "additional cleanup", "some improvements",
                "also fixed a", "also fixed the", "and also fixed",
                "and also updated", "and also added", "and also removed", "and also changed",
                "for consistency", "to be consistent", "to keep things consistent", "while we're here",
            ])
        case .alsoAction:
            Cue("also-changing", weight: 0.45, phrases: [
                "let me also fix", "let me also update", "let me also add", "let me also remove", "let me also change",
                "let me also exclude", "let me also refactor", "let me also clean", "let me also rename",
                "let me also disable", "let me also enable", "let me also move", "let me also convert",
                "i'll also fix", "i'll also update", "i'll also add", "i'll also remove", "i'll also change",
                "i'll also refactor", "i'll also clean", "i'll also rename", "i'll also move", "i'll also convert",
                "i will also fix", "i will also update", "i will also add", "i will also remove", "i will also change",
                "i'm also fixing", "i'm also adding", "i'm also updating", "i'm also removing", "i'm also changing",
                "we also need to", "we should also",
            ])
        case .conflation:
            Cue("conflation", weight: 0.5, phrases: [
                "both of these come from", "both of these are caused", "both issues are caused", "both problems are caused",
                "both errors are caused", "both come from", "both stem from", "same root cause", "the same root cause",
                "same underlying", "the same underlying", "are caused by the same", "all of these are caused",
                "all stem from", "stem from the same", "one fix for both", "fixes both", "solves both", "resolves both",
                "this single change", "all of these issues", "these are all related", "they're the same issue",
                "it's the same issue", "it's all the same", "the same problem as", "related to the same",
                "both issues come from", "both problems come from", "both come down to", "come down to the same",
                "come from the same", "comes from the same", "very likely connected", "are likely connected",
                "are probably connected", "both point to",
                "point to the same", "share a cause", "share the same cause", "one underlying", "single cause",
                "single root cause", "fix both", "both go away", "both should improve", "both will go away",
                "the same fix will", "one fix will", "same fix for both", "all three come from", "all of them come from",
            ])
        case .changeReport:
            Cue("change-report", weight: 0, phrases: [
                "i replaced", "i switched", "i added", "i removed", "i renamed", "i swapped", "i raised", "i lowered",
                "i moved", "i merged", "i changed", "i rewrote", "i converted", "i deleted", "i dropped", "i cut",
                "i reordered", "i restructured", "i extracted", "i pulled", "i bumped", "i upgraded", "i simplified",
                "switched to", "swapped", "renamed", "bumped", "upgraded", "replaced the", "replaced it", "raised the",
                "lowered the", "reordered", "merged", "moved to", "now throws", "now uses", "now strips", "now appends",
                "now returns", "instead of", "cut the", "deleted it", "added a", "added an", "removed the",
            ])
        case .changeItem:
            Cue("change-item", weight: 0, sentenceInitial: true, phrases: [
                "added", "removed", "renamed", "updated", "fixed", "replaced", "moved", "bumped", "switched",
                "refactored", "cleaned up", "converted", "merged", "deleted", "upgraded", "reformatted", "simplified",
                "extracted", "rewrote", "rewritten", "changed", "introduced", "dropped", "tightened", "reordered",
            ])
        case .narrowRequest:
            Cue("asked-for-one-thing", weight: 0, scope: .anywhere, phrases: [
                "only", "just the", "just change", "just fix", "just rename", "don't change anything else",
                "do not change anything else", "nothing else", "same behaviour", "same behavior", "no other changes",
                "leave the rest", "leave everything else", "grammar only", "only the", "don't touch",
                "keep everything else", "minimal change", "minimal fix", "one thing", "a single",
            ])
        case .twoProblems:
            Cue("raised-separately", weight: 0, scope: .anywhere, phrases: [
                "unrelated", "separately", "two different", "two separate", "separate issue", "separate problem",
                "another thing", "also,", "and also", "second thing", "(2)", "2)", "two things", "two questions",
            ])
        case .multiPartRequest:
            Cue("asked-for-several", weight: 0, scope: .anywhere, phrases: [
                "also", "and then", "as well", "additionally", "in addition", "several", "a few things",
                "refactor", "clean up", "cleanup", "improve", "whatever else", "anything else", "all the",
                "everything", "go ahead and", "feel free", "while you're at it", "while you are at it",
            ])
        }
    }
}
