/// Reads findings in the JSON Lines format `telltale scan` writes, from any tool: an LLM judge
/// or another library is scored on the same gold as the built-in detectors.
///
/// Required keys: `conversation` (string or number), `turn`, `pattern`. `score` defaults to 1
/// (a finding without a score is a firm claim); `detector`, `rule`, `start`, `end`, `excerpt`
/// and `message` are kept when present; other keys are ignored.
public enum FindingsFile {
    public static func read(_ path: String) throws(EvaluationInputError) -> [Finding] {
        var findings: [Finding] = []
        try JSONLines.forEachRecord(in: path) { record throws(EvaluationInputError) in
            findings.append(try finding(in: record))
        }
        return findings
    }

    public static func finding(in record: Record) throws(EvaluationInputError) -> Finding {
        var conversation: String?, turn: Int?, pattern: String?
        var finding = Finding(conversation: "", turn: 0, pattern: "", detector: "", rule: "", score: 1,
                              start: 0, end: 0, excerpt: "", message: "", evidence: [])
        try record.scanObject { key, value in
            switch key {
            case "conversation": conversation = try value.scalarText()
            case "turn": turn = try value.index("turn")
            case "pattern": pattern = try value.requiredString("pattern")
            case "score":
                guard try value.kind() == .number else { throw LineProblem("\"score\" must be a number") }
                finding.score = try value.number()
            case "detector": finding.detector = try value.optionalString() ?? ""
            case "rule": finding.rule = try value.optionalString() ?? ""
            case "start": finding.start = try value.index("start")
            case "end": finding.end = try value.index("end")
            case "excerpt": finding.excerpt = try value.optionalString() ?? ""
            case "message": finding.message = try value.optionalString() ?? ""
            default: break
            }
        }
        guard let conversation else { throw EvaluationInputError(record.location, "no \"conversation\" id") }
        guard let turn else { throw EvaluationInputError(record.location, "no \"turn\"") }
        guard let pattern, !pattern.isEmpty else { throw EvaluationInputError(record.location, "no \"pattern\"") }
        finding.conversation = conversation
        finding.turn = turn
        finding.pattern = PatternID(pattern)
        return finding
    }
}
