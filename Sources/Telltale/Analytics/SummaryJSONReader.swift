/// Reads a summary written by `Summary.json`, for `telltale merge` and `telltale report`.
///
/// Strict on purpose: an unknown or missing key means the file is not a summary, or one from
/// another version, and merging it would silently drop counts.
extension Summary {
    public init(json text: String) throws {
        var text = text
        self = try text.withUTF8 { bytes in
            var scanner = JSONScanner(bytes)
            var reader = SummaryReader()
            let summary = try reader.read(&scanner)
            try scanner.finish()
            return summary
        }
    }
}

/// What is wrong with a summary file, beyond its JSON syntax.
public struct SummaryReadError: Error, Sendable, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}

private struct SummaryReader {
    private var summary = Summary(layout: SummaryLayout(patterns: []))
    private var patterns: [PatternID] = []
    private var keys: [String] = []
    private var topK = 0
    private var examples: [PatternID: [ExampleFinding]] = [:]

    static let required = ["conversations", "assistant_turns", "records_rejected", "patterns", "formats", "files",
                           "interrupted", "recovery", "detection", "corrections", "positions", "cooccurrence", "by",
                           "top_k", "examples"]

    mutating func read(_ scanner: inout JSONScanner) throws -> Summary {
        var seen: Set<String> = []
        var tally = Tally()
        try scanner.object { key, value in
            let name = key.string
            seen.insert(name)
            switch name {
            case "records_rejected": summary.recordsRejected = try Self.count(&value)
            case "formats":
                try value.object { format, value in
                    var count = ScanSummary.FormatTotals()
                    try Self.counts(&value, "formats") { key, number in
                        switch key {
                        case "conversations": count.conversations = number
                        case "assistant_turns": count.assistantTurns = number
                        default: throw SummaryReadError("unknown key '\(key)' in formats")
                        }
                    }
                    summary.formats[format.string] = count
                }
            case "files": try value.array { value in try readFile(&value) }
            case "interrupted": summary.interrupted = try value.bool()
            case "positions": try readPositions(&value)
            case "cooccurrence":
                try value.object { row, value in
                    try Self.counts(&value, "cooccurrence") { column, number in
                        summary.cooccurrence[PatternID(row.string), default: [:]][PatternID(column)] = number
                    }
                }
            case "by":
                try value.object { key, value in
                    keys.append(key.string)
                    var values: [String: Tally] = [:]
                    try value.object { label, value in values[label.string] = try Self.tally(&value, in: "by.\(key.string)") }
                    summary.breakdowns[key.string] = values
                }
            case "top_k": topK = try Self.count(&value)
            case "examples":
                try value.object { pattern, value in
                    var list: [ExampleFinding] = []
                    try value.array { value in list.append(try Self.example(&value)) }
                    examples[PatternID(pattern.string)] = list
                }
            default:
                if name == "patterns" { try Self.readPatternOrder(&value, into: &patterns, tally: &tally) } else {
                    guard try Self.readTallyMember(name, &value, into: &tally) else {
                        throw SummaryReadError("unknown key '\(name)'")
                    }
                }
            }
        }
        if let missing = Self.required.first(where: { !seen.contains($0) }) {
            throw SummaryReadError("missing key '\(missing)': not a telltale summary, or one from another version")
        }
        summary.totals = tally
        summary.layout = SummaryLayout(patterns: patterns, breakdownKeys: keys, topK: topK)
        for (pattern, list) in examples where !list.isEmpty {
            guard list.count <= topK else { throw SummaryReadError("more than top_k examples for \(pattern)") }
            summary.examples[pattern] = TopK(list, k: topK)
        }
        return summary
    }

    private static func readPatternOrder(_ value: inout JSONScanner, into order: inout [PatternID], tally: inout Tally) throws {
        let start = value
        try value.object { key, _ in order.append(PatternID(key.string)) }
        var again = start
        _ = try readTallyMember("patterns", &again, into: &tally)
    }

    /// Reads one member of a tally; false when the key is not a tally member.
    private static func readTallyMember(_ name: String, _ value: inout JSONScanner, into tally: inout Tally) throws -> Bool {
        switch name {
        case "conversations": tally.conversations = try count(&value)
        case "assistant_turns": tally.assistantTurns = try count(&value)
        case "patterns":
            try value.object { pattern, value in
                var count = PatternCount()
                try counts(&value, "patterns") { key, number in
                    switch key {
                    case "findings": count.findings = number
                    case "turns": count.turns = number
                    default: throw SummaryReadError("unknown key '\(key)' in patterns")
                    }
                }
                if count != PatternCount() { tally.patterns[PatternID(pattern.string)] = count }
            }
        case "recovery": try readRecovery(&value, into: &tally)
        case "detection":
            try counts(&value, "detection") { key, number in
                guard let who = DetectedBy(rawValue: key) else { throw SummaryReadError("unknown key '\(key)' in detection") }
                tally.detection[who] = number
            }
        case "corrections":
            try value.object { pattern, value in
                var count = CorrectionCount()
                try counts(&value, "corrections") { key, number in
                    switch key {
                    case "named": count.named = number
                    case "observed": count.observed = number
                    case "recurred": count.recurred = number
                    case "turns_until_recurrence": count.turnsUntilRecurrence = number
                    default: throw SummaryReadError("unknown key '\(key)' in corrections")
                    }
                }
                if count != CorrectionCount() { tally.corrections[PatternID(pattern.string)] = count }
            }
        default:
            return false
        }
        return true
    }

    private static func readRecovery(_ value: inout JSONScanner, into tally: inout Tally) throws {
        var stated: [RecoveryOutcome: Int] = [:]
        try value.object { key, value in
            switch key {
            case "outcomes": stated = try outcomes(&value)
            case "by_signal":
                try value.object { kind, value in
                    guard let signal = FailureSignal.Kind(rawValue: kind.string) else {
                        throw SummaryReadError("unknown failure kind '\(kind.string)' in recovery")
                    }
                    let counts = try outcomes(&value)
                    if !counts.isEmpty { tally.recovery[signal] = counts }
                }
            default: throw SummaryReadError("unknown key '\(key.string)' in recovery")
            }
        }
        guard stated == tally.outcomes else { throw SummaryReadError("recovery outcomes do not add up over by_signal") }
    }

    private static func outcomes(_ value: inout JSONScanner) throws -> [RecoveryOutcome: Int] {
        var result: [RecoveryOutcome: Int] = [:]
        try counts(&value, "recovery") { key, number in
            guard let outcome = RecoveryOutcome(rawValue: key) else { throw SummaryReadError("unknown outcome '\(key)'") }
            if number > 0 { result[outcome] = number }
        }
        return result
    }

    private static func tally(_ value: inout JSONScanner, in path: String) throws -> Tally {
        var tally = Tally()
        try value.object { key, value in
            guard try readTallyMember(key.string, &value, into: &tally) else {
                throw SummaryReadError("unknown key '\(key.string)' in \(path)")
            }
        }
        return tally
    }

    private mutating func readPositions(_ value: inout JSONScanner) throws {
        try value.object { key, value in
            guard let position = TurnPosition(rawValue: key.string) else {
                throw SummaryReadError("unknown position '\(key.string)'")
            }
            var count = PositionCount()
            try value.object { key, value in
                switch key {
                case "assistant_turns": count.assistantTurns = try Self.count(&value)
                case "patterns":
                    try Self.counts(&value, "positions") { pattern, number in
                        if number > 0 { count.patterns[PatternID(pattern)] = number }
                    }
                default: throw SummaryReadError("unknown key '\(key.string)' in positions")
                }
            }
            if count != PositionCount() { summary.positions[position] = count }
        }
    }

    private mutating func readFile(_ value: inout JSONScanner) throws {
        var path: String?
        var count = FileReport(path: "")
        try value.object { key, value in
            switch key {
            case "path": path = try value.string()
            case "format": count.format = try value.optionalString()
            case "problem": count.problem = try value.optionalString()
            case "records": count.records = try Self.count(&value)
            case "conversations": count.conversations = try Self.count(&value)
            case "rejected": count.rejected = try Self.count(&value)
            case "skipped": count.skipped = try Self.count(&value)
            case "invalid_utf8": count.invalidUTF8 = try Self.count(&value)
            default: throw SummaryReadError("unknown key '\(key.string)' in files")
            }
        }
        guard let path else { throw SummaryReadError("a file entry has no path") }
        count.path = path
        summary.files[path, default: FileReport(path: path)].merge(count)
    }

    private static func example(_ value: inout JSONScanner) throws -> ExampleFinding {
        var example = ExampleFinding(milliScore: 0, conversation: "", file: "", line: 0, turn: 0, rule: "", start: 0, end: 0,
                              before: "", cue: "", after: "")
        try value.object { key, value in
            switch key {
            case "score": example.milliScore = Int((try value.number() * 1000).rounded())
            case "conversation": example.conversation = try value.string()
            case "file": example.file = try value.string()
            case "line": example.line = try count(&value)
            case "turn": example.turn = try count(&value)
            case "rule": example.rule = try value.string()
            case "start": example.start = try count(&value)
            case "end": example.end = try count(&value)
            case "before": example.before = try value.string()
            case "cue": example.cue = try value.string()
            case "after": example.after = try value.string()
            default: throw SummaryReadError("unknown key '\(key.string)' in examples")
            }
        }
        return example
    }

    private static func counts(_ value: inout JSONScanner, _ path: String, _ body: (String, Int) throws -> Void) throws {
        try value.object { key, value in try body(key.string, try count(&value, in: "\(path).\(key.string)")) }
    }

    private static func count(_ value: inout JSONScanner, in path: String? = nil) throws -> Int {
        let number = try value.number()
        guard let count = Int(exactly: number), count >= 0 else {
            throw SummaryReadError("expected a count\(path.map { " at \($0)" } ?? ""), found \(number)")
        }
        return count
    }
}

extension TopK {
    init(_ elements: [Element], k: Int) {
        self.init(k: k)
        for element in elements { insert(element) }
    }
}
