/// Reads gold files: JSON Lines, one conversation per line in any shape a compiled-in
/// line-framed reader understands (chosen per line), plus `id` and
/// `labels: [{"turn": n, "pattern": "id"}]`. Other keys (`why`, `starts`, `source`, …) are ignored.
///
/// A line that cannot be used stops the read with its file and line: a gold set that silently
/// lost a conversation would report numbers for a different set.
public struct GoldReader: Sendable {
    public var readers: [any TranscriptReader]
    /// Label patterns to accept; nil accepts any id.
    public var patterns: Set<PatternID>?
    /// Keep only lines whose top-level field has this value (`sample` = `random`, `kind` = `agent`):
    /// one file answers "how precise on ordinary turns?" and "how good on agent logs?".
    public var filters: [String: String] = [:]

    public init(readers: [any TranscriptReader], patterns: Set<PatternID>? = Set(PatternID.builtIn)) {
        self.readers = readers.filter { $0.framing == .lines }
        self.patterns = patterns
    }

    /// Every conversation of every file, in order.
    public func read(_ paths: [String]) throws(EvaluationInputError) -> GoldSet {
        var conversations: [GoldConversation] = []
        for path in paths {
            try JSONLines.forEachRecord(in: path) { record throws(EvaluationInputError) in
                guard try matchesFilters(record) else { return }
                conversations.append(try conversation(in: record))
            }
        }
        return try GoldSet(conversations, patterns: patterns)
    }

    /// One gold line: the transcript through the best reader, `id` and `labels` through the scanner.
    public func conversation(in record: Record) throws(EvaluationInputError) -> GoldConversation {
        var id: String?
        var labels: Set<GoldLabel>?
        try record.scanObject { key, value in
            switch key {
            case "id": id = try value.scalarText()
            case "labels": labels = try Self.labels(&value)
            default: break
            }
        }
        guard let id, !id.isEmpty else { throw EvaluationInputError(record.location, "no \"id\" (findings are matched to gold by id)") }
        guard let labels else {
            throw EvaluationInputError(record.location, "no \"labels\" array (a line without positives needs \"labels\": [])")
        }
        var conversation = try transcript(in: record)
        conversation.id = id
        conversation.source = record.location
        let gold = GoldConversation(conversation: conversation, labels: labels)
        try gold.validate(patterns: patterns)
        return gold
    }

    private func matchesFilters(_ record: Record) throws(EvaluationInputError) -> Bool {
        guard !filters.isEmpty else { return true }
        var found: [String: String] = [:]
        try record.scanObject { key, value in
            let name = key.string
            if filters[name] != nil { found[name] = try value.scalarText() }
        }
        return filters.allSatisfy { found[$0.key] == $0.value }
    }

    private func transcript(in record: Record) throws(EvaluationInputError) -> Conversation {
        let head = FileHead(path: record.file, bytes: Array(record.bytes), isComplete: true)
        let scored = readers.indices.map { ($0, readers[$0].confidence(for: head)) }.filter { $0.1 > 0 }
        guard let best = scored.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) else {
            throw EvaluationInputError(record.location, "no compiled-in reader recognizes this line as a conversation "
                + "(readers tried: " + readers.map(\.format.name).joined(separator: ", ") + ")")
        }
        let reader = readers[best.0]
        var output = ReadOutput()
        do {
            try reader.read(record, into: &output)
        } catch let error as RecordError {
            throw EvaluationInputError(record.location, "\(reader.format.name): \(error.reason)")
        } catch {
            throw EvaluationInputError(record.location, "\(reader.format.name): \(error)")
        }
        if let rejection = output.rejections.first {
            throw EvaluationInputError(record.location, "\(reader.format.name): \(rejection.reason)")
        }
        guard output.conversations.count == 1, let conversation = output.conversations.first else {
            throw EvaluationInputError(record.location,
                "\(reader.format.name) read \(output.conversations.count) conversations from the line; a gold line holds one")
        }
        return conversation
    }

    private static func labels(_ scanner: inout JSONScanner) throws -> Set<GoldLabel> {
        guard try scanner.kind() == .array else { throw LineProblem("\"labels\" must be an array") }
        var labels: Set<GoldLabel> = []
        try scanner.array { element in
            guard try element.kind() == .object else { throw LineProblem("each label must be an object") }
            var turn: Int?
            var pattern: String?
            try element.object { key, value in
                switch key {
                case "turn": turn = try value.index("turn")
                case "pattern": pattern = try value.requiredString("pattern")
                default: break
                }
            }
            guard let turn else { throw LineProblem("a label has no \"turn\"") }
            guard let pattern, !pattern.isEmpty else { throw LineProblem("a label has no \"pattern\"") }
            labels.insert(GoldLabel(turn: turn, pattern: PatternID(pattern)))
        }
        return labels
    }
}
