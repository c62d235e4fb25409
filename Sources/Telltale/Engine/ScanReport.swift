/// One conversation's outcome, handed to the observer in input order.
public struct ConversationResult: Sendable {
    public var id: String
    public var source: SourceLocation
    public var format: String
    public var metadata: [String: String]
    public var turnCount: Int
    public var assistantTurns: Int
    public var findings: [Finding]
    /// Whatever the scan's per-conversation hook computed on the worker thread.
    public var extra: (any Sendable)?
}

/// What happened to one input file.
public struct FileReport: Sendable, Hashable {
    public var path: String
    /// The reader that took the file; nil when none did.
    public var format: String?
    /// Records seen: lines for line-framed formats, conversations and broken parts otherwise.
    public var records = 0
    public var conversations = 0
    public var rejected = 0
    /// Records the format defines that hold no conversation (progress events, summaries).
    public var skipped = 0
    public var invalidUTF8 = 0
    /// Why no reader took the file, or why it could not be read.
    public var problem: String?

    public init(path: String, format: String? = nil) {
        self.path = path
        self.format = format
    }

    /// Every record is accounted for: it became a conversation, was rejected, or was skipped.
    public var reconciles: Bool { records == conversations + rejected + skipped }
}

/// Receives a scan's results on the calling thread, in input order.
public protocol ScanObserver: AnyObject {
    func scanned(_ result: ConversationResult)
    func rejected(_ rejection: Rejection)
    func finished(_ file: FileReport)
    /// Called after each unit of input with the bytes read so far, for progress displays.
    func progressed(bytesRead: Int)
}

extension ScanObserver {
    public func progressed(bytesRead: Int) {}
}

/// Totals of a scan.
public struct ScanSummary: Sendable {
    public var files: [FileReport] = []
    public var conversations = 0
    public var assistantTurns = 0
    public var recordsRejected = 0
    public var findings: [PatternID: Int] = [:]
    /// Distinct (conversation, turn) pairs flagged per pattern.
    public var flaggedTurns: [PatternID: Int] = [:]
    public var byFormat: [String: FormatTotals] = [:]
    public var interrupted = false
    /// With `stopsAtBadInput`: the record or file the scan stopped at, as `PATH[:LINE]: reason`.
    public var stoppedAtBadInput: String?
    public var bytesRead = 0

    public struct FormatTotals: Sendable, Hashable {
        public var conversations = 0
        public var assistantTurns = 0
    }

    public init() {}

    public var unclaimedFiles: [FileReport] { files.filter { $0.format == nil } }

    mutating func add(_ result: ConversationResult) {
        conversations += 1
        assistantTurns += result.assistantTurns
        byFormat[result.format, default: FormatTotals()].conversations += 1
        byFormat[result.format, default: FormatTotals()].assistantTurns += result.assistantTurns
        var turns: Set<TurnKey> = []
        for finding in result.findings {
            findings[finding.pattern, default: 0] += 1
            if turns.insert(TurnKey(turn: finding.turn, pattern: finding.pattern)).inserted {
                flaggedTurns[finding.pattern, default: 0] += 1
            }
        }
    }

    private struct TurnKey: Hashable {
        var turn: Int
        var pattern: PatternID
    }

    /// Findings per 100 assistant turns, by flagged turns.
    public func rate(_ pattern: PatternID) -> Double {
        assistantTurns == 0 ? 0 : Double(flaggedTurns[pattern, default: 0]) * 100 / Double(assistantTurns)
    }
}
