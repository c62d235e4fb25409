import Telltale

/// Rule files written inline for tests.
enum RuleFixture {
    /// A file with one rule: the required keys, then `members` (a phrases kind by default).
    static func rule(_ members: String = #""phrases": ["sorry"]"#) -> String {
        #"{"rules": [{"id": "r", "pattern": "p", "summary": "s", "message": "m", "# + members + "}]}"
    }

    static func load(_ json: String, alongside existing: [any Detector] = []) throws(RuleFileError) -> [any Detector] {
        try RuleFiles.detectors(json: Array(json.utf8), file: "test.json", alongside: existing)
    }

    /// The problems loading `json` reports; empty when it loads.
    static func problems(_ json: String, alongside existing: [any Detector] = []) -> [RuleProblem] {
        do {
            _ = try load(json, alongside: existing)
            return []
        } catch {
            return error.problems
        }
    }

    /// Findings of the rules in `json` on one conversation, at any score.
    static func findings(_ json: String, _ turns: [Turn]) throws -> [Finding] {
        DetectorSet(try load(json), minimumScore: 0).findings(in: Conversation(id: "c", turns: turns))
    }
}
