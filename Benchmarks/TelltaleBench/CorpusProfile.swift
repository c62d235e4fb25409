/// The shape of real transcripts, measured once on the project's corpora with
/// `Benchmarks/measure_corpora.py` and encoded here: conversation lengths, message lengths by
/// role, how often messages hold fenced code, and cue-phrase hits per KB by owner.
///
/// ShareGPT numbers come from the ShareGPT sample, OpenAI numbers from the agent trajectories
/// (role/content messages with environment output), Claude Code numbers from the session logs.
struct MessageProfile {
    var bytes: Quantiles
    var fenceChance: Double
    /// Cue-phrase hits per KB (any phrase; spread over cues by `CorpusProfile.cueShare`).
    var hitsPerKB: Double
}

enum CorpusProfile {
    static let percentiles: [Double] = [0.1, 0.25, 0.5, 0.75, 0.9, 0.99]

    static func quantiles(_ values: [Double]) -> Quantiles {
        Quantiles(Dictionary(uniqueKeysWithValues: zip(percentiles, values)))
    }

    enum ShareGPT {
        static let turns = quantiles([2, 3, 7, 10, 15, 27])
        static let assistant = MessageProfile(
            bytes: quantiles([214, 565, 1189, 1832, 2555, 3781]), fenceChance: 0.226,
            hitsPerKB: 8.64)
        static let user = MessageProfile(
            bytes: quantiles([19, 41, 79, 178, 595, 4744]), fenceChance: 0.003,
            hitsPerKB: 10.085)
    }

    enum OpenAIAgent {
        static let turns = quantiles([46, 56, 72, 94, 134, 266])
        static let systemBytes = 542
        static let assistant = MessageProfile(
            bytes: quantiles([89, 127, 263, 908, 2253, 8049]), fenceChance: 1,
            hitsPerKB: 14.245)
        /// Environment output after each command.
        static let tool = MessageProfile(
            bytes: quantiles([45, 67, 304, 996, 2801, 10613]), fenceChance: 0.059,
            hitsPerKB: 9.675)
    }

    enum ClaudeCode {
        /// Session file sizes; real logs also hold many tiny files, kept above 32 KB here so a
        /// corpus is not mostly file-opening.
        static let fileBytes = quantiles([32_000, 48_000, 120_000, 364_043, 1_051_785, 2_222_825])
        /// Session files are capped at the 99th percentile (a session file is read whole).
        static let largestFile = 2_222_825
        static let user = MessageProfile(
            bytes: quantiles([6, 23, 54, 155, 380, 15009]), fenceChance: 0.005,
            hitsPerKB: 14.843)
        static let assistant = MessageProfile(
            bytes: quantiles([46, 71, 125, 615, 2088, 8354]), fenceChance: 0.165,
            hitsPerKB: 13.97)
        static let thinking = MessageProfile(
            bytes: quantiles([65, 92, 144, 271, 492, 1460]), fenceChance: 0.01,
            hitsPerKB: 20.593)
        static let toolInput = MessageProfile(
            bytes: quantiles([83, 113, 156, 258, 786, 10909]), fenceChance: 0.019,
            hitsPerKB: 9.003)
        static let toolResult = MessageProfile(
            bytes: quantiles([11, 79, 160, 632, 1504, 12204]), fenceChance: 0.015,
            hitsPerKB: 9.82)
        /// Shares of assistant events that are thinking and text blocks; the rest are tool calls.
        static let thinkingShare = 0.34
        static let textShare = 0.13
        /// Share of lines that are events without conversation (snapshots, progress, summaries).
        static let otherEventChance = 0.2
    }

    /// Each cue's share of all cue hits in the real corpora, by `owner/cue`.
    static let cueShare: [String: Double] = [
        "bundling/also-changed": 0.00047, "bundling/asked-for-several": 0.02099, "bundling/conflation": 1e-05,
        "bundling/scope-creep": 4e-05, "context/complaint": 0.24628, "context/correction": 0.0042,
        "context/error-output": 0.02601, "context/imperative": 0.52677, "context/interruption": 0.00017,
        "context/names-bundling": 0.0001, "context/names-deadline": 1e-05, "context/names-error": 0.00988,
        "context/names-hiding": 1e-05, "context/names-overthinking": 5e-05, "context/new-instruction": 0.01071,
        "context/owns-error": 0.00455, "context/still-failing": 0.02067, "context/test-failure": 0.00585,
        "deadline-pressure/asked-for-speed": 0.02249, "deadline-pressure/defer-quality": 1e-05,
        "deadline-pressure/deferred-todo": 0.0008, "deadline-pressure/for-now": 0.00067,
        "deadline-pressure/just-do-it": 0.00062, "deadline-pressure/quick-fix": 0.00053,
        "deadline-pressure/save-time": 0.00019, "deadline-pressure/shortcut": 0.00752,
        "hiding/conditional-apology": 5e-05, "hiding/deflect": 0.00104, "hiding/denial": 0.00554,
        "hiding/minimize": 2e-05, "hiding/reframe": 4e-05, "hiding/success-claim": 0.00956,
        "hiding/unacknowledged-rewrite": 0.00606, "overthinking/asked-for-depth": 0.01947,
        "overthinking/deliberation-loop": 0.01446, "overthinking/hedge": 0.02885,
        "overthinking/option-menu": 0.00133, "overthinking/permission-loop": 0.00264,
        "spiraling/apology": 0.00107, "spiraling/intensified-apology": 5e-05, "spiraling/promise": 3e-05,
        "spiraling/self-criticism": 0.00018,
    ]
    /// The share given to a cue added after the measurement.
    static let unmeasuredCueShare = 0.0005

    /// Bytes of the corpus per format.
    static let mix: [(format: String, share: Double)] = [("openai", 0.35), ("sharegpt", 0.35), ("claude-code", 0.30)]
}
