/// Something failed before an assistant turn: what, where, and how sure we are.
public struct FailureSignal: Sendable, Hashable {
    public enum Kind: String, Sendable, CaseIterable {
        /// The source marks a tool result as an error.
        case toolError = "tool-error"
        /// Tool or environment output that shows an error or failing tests.
        case failingOutput = "failing-output"
        /// The user says the previous answer is wrong or still fails.
        case userCorrection = "user-correction"
        /// The user pastes an error or stack trace.
        case errorReport = "error-report"
        /// The user stopped the assistant mid-action.
        case interruption
    }

    public var kind: Kind
    /// The turn that carries the signal.
    public var turn: Int
    /// 0…1: a flagged tool error or failing tests is near-certain, a lone "wrong" is not.
    public var strength: Double
    /// The phrase or flag that gave it away.
    public var cue: String
    /// The user also gave a new instruction in that turn ("that doesn't work — use X instead").
    public var carriesInstruction: Bool

    public var summary: String { "\(kind.rawValue) at turn \(turn) (\"\(cue)\")" }
}

/// A user turn that names a pattern in the assistant turn before it: the outside observer.
public struct NamedPattern: Sendable, Hashable {
    public var pattern: PatternID
    public var turn: Int
    public var phrase: String
}

/// Context signals around turns, computed on demand from the shared context cues.
public final class ConversationContext {
    unowned let analysis: ConversationAnalysis
    private var failures: [Int: FailureSignal?] = [:]

    init(_ analysis: ConversationAnalysis) {
        self.analysis = analysis
    }

    private var turns: [Turn] { analysis.conversation.turns }

    /// Context cue hits in a turn.
    public func hits(in turn: Int) -> [CueHit] { analysis.hits(in: turn, owner: 0) }

    public func previousAssistantTurn(before turn: Int) -> Int? {
        (0..<turn).last { turns[$0].isAssistantMessage }
    }

    public func nextAssistantTurn(after turn: Int) -> Int? {
        ((turn + 1)..<turns.count).first { turns[$0].isAssistantMessage }
    }

    /// The strongest failure signal between the previous assistant activity and `turn`.
    ///
    /// Only failures of something the assistant already did count: the user's first message
    /// describing a bug is the task, not a failure.
    public func failure(before turn: Int) -> FailureSignal? {
        if let cached = failures[turn] { return cached }
        var best: FailureSignal?
        var index = turn - 1
        while index >= 0, !turns[index].isAssistantMessage {
            if let signal = signal(at: index), signal.strength > (best?.strength ?? 0) { best = signal }
            index -= 1
        }
        // A failure of something the assistant did: its earlier message or tool call, or — in an
        // excerpt that starts mid-conversation — a user turn that plainly refers back to it.
        let assistantActed = index >= 0 || (0..<turn).contains { turns[$0].kind == .toolCall }
        if !assistantActed, best?.kind != .userCorrection || (best?.strength ?? 0) < 0.7 { best = nil }
        failures[turn] = best
        return best
    }

    private func signal(at index: Int) -> FailureSignal? {
        let turn = turns[index]
        // Only tool output and user turns carry signals (the cases below); skip the cue work
        // for tool calls and reasoning.
        let speaker = Self.isEnvironmentOutput(turn) ? Role.tool : turn.role
        guard speaker == .user || (speaker == .tool && (turn.kind == .toolResult || turn.kind == .message)) else { return nil }
        switch (speaker, turn.kind) {
        case (.tool, .toolResult), (.tool, .message):
            if let code = Self.returnCode(in: turn), code != 0 {
                return FailureSignal(kind: .toolError, turn: index, strength: 1, cue: "returncode \(code)", carriesInstruction: false)
            }
            if turn.isError { return FailureSignal(kind: .toolError, turn: index, strength: 1, cue: "is_error", carriesInstruction: false) }
            if let hit = analysis.outputHits(in: index).strongest {
                return FailureSignal(kind: .failingOutput, turn: index, strength: hit.weight, cue: hit.phrase, carriesInstruction: false)
            }
        case (.user, _):
            let hits = hits(in: index)
            func strongest(_ cues: [ContextCue]) -> CueHit? {
                hits.filter { hit in cues.contains { hit.isCue($0) } }.strongest
            }
            let instructs = hits.contains(ContextCue.newInstruction)
            if let hit = strongest([.interruption]) {
                return FailureSignal(kind: .interruption, turn: index, strength: hit.weight, cue: hit.phrase, carriesInstruction: instructs)
            }
            // Corrections lead: "that's wrong" opens a reply, while "the error" deep in a long
            // new request is part of the task.
            let corrections = hits.filter { [.correction, .rebuttal, .stillFailing, .complaint, .disagreement].contains(ContextCue(rawValue: $0.cue)) }
                .map { ($0, $0.weight * ($0.start < Self.leadingBytes ? 1 : 0.6)) }
            if let (hit, strength) = corrections.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0.start > $1.0.start) }) {
                return FailureSignal(kind: .userCorrection, turn: index, strength: strength, cue: hit.phrase, carriesInstruction: instructs)
            }
            if let hit = strongest([.testFailure, .errorOutput]) {
                return FailureSignal(kind: .errorReport, turn: index, strength: hit.weight, cue: hit.phrase, carriesInstruction: instructs)
            }
        default:
            break
        }
        return nil
    }

    static let leadingBytes = 240

    /// Agent frameworks that feed command output back as user messages (SWE-agent's
    /// `<returncode>…<output>…`) are tool output, whatever role the log gives them.
    static func isEnvironmentOutput(_ turn: Turn) -> Bool {
        guard turn.role == .user else { return false }
        let head = turn.text.utf8.prefix(64).drop { $0 == 0x20 || $0 == 0x0A }
        return Self.environmentPrefixes.contains { head.starts(with: $0.utf8) }
    }

    private static let environmentPrefixes = [
        "<returncode>", "<output>", "Observation:", "<warning>", "Please always provide EXACTLY ONE action",
    ]

    private static let returnCodeTag = Array("<returncode>".utf8)

    /// The exit status in `<returncode>N</returncode>`, when the output carries one.
    static func returnCode(in turn: Turn) -> Int? {
        var text = turn.text
        let found: Int?? = text.withUTF8 { bytes in
            guard let open = bytes.firstOffset(of: returnCodeTag) else { return .some(nil) }
            var end = open + returnCodeTag.count
            while end < bytes.count, bytes[end] &- 0x30 < 10 || bytes[end] == UInt8(ascii: "-") { end += 1 }
            // With ASCII on both sides the byte match is the first character match and the
            // digits are whole characters; otherwise the characters decide.
            guard open == 0 || bytes[open - 1] < 0x80, end == bytes.count || bytes[end] < 0x80 else { return nil }
            return .some(Int(String(decoding: UnsafeBufferPointer(rebasing: bytes[(open + returnCodeTag.count)..<end]), as: UTF8.self)))
        }
        if let found { return found }
        guard let open = turn.text.firstRange(of: "<returncode>") else { return nil }
        let digits = turn.text[open.upperBound...].prefix { $0.isNumber || $0 == "-" }
        return Int(digits)
    }

    /// Patterns a user names in the turns after `turn`, up to the next assistant message.
    public func patternsNamed(after turn: Int) -> [NamedPattern] {
        var named: [NamedPattern] = []
        var index = turn + 1
        while index < turns.count, !turns[index].isAssistantMessage {
            if turns[index].role == .user {
                for hit in hits(in: index) {
                    guard let pattern = Self.namedPatterns[hit.cue] else { continue }
                    named.append(NamedPattern(pattern: pattern, turn: index, phrase: hit.phrase))
                }
            }
            index += 1
        }
        return named
    }

    private static let namedPatterns: [Int: PatternID] = [
        ContextCue.namesSpiraling.rawValue: .spiraling,
        ContextCue.namesHiding.rawValue: .hiding,
        ContextCue.namesOverthinking.rawValue: .overthinking,
        ContextCue.namesBundling.rawValue: .bundling,
        ContextCue.namesDeadline.rawValue: .deadlinePressure,
    ]

    /// Hits in an assistant turn that own an error ("my mistake") or name what went wrong
    /// ("the previous fix didn't handle…").
    public func acknowledgments(in turn: Int) -> [CueHit] {
        analysis.hits(in: turn, owner: 0, cues: Self.acknowledging)
    }

    /// Hits in an assistant turn where it flags its own earlier error ("wait, I made an error
    /// above"): evidence that it caught the error itself when nothing failed before the turn.
    public func selfCorrections(in turn: Int) -> [CueHit] {
        analysis.hits(in: turn, owner: 0, cues: Self.selfCorrecting)
    }

    private static let acknowledging: Set<Int> = [ContextCue.ownsError.rawValue, ContextCue.namesError.rawValue]
    private static let selfCorrecting: Set<Int> = [ContextCue.selfCorrection.rawValue]
}
