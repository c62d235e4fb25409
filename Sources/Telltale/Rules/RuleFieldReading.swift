/// An object's members by key, once every key has been checked against the format.
struct Fields {
    let path: String
    let node: JSONNode
    let members: [String: JSONNode]

    subscript(key: String) -> JSONNode? { members[key] }

    func path(_ key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
}

/// Phrases counted across every rule file of a run, against `RuleLimits`.
struct PhraseBudget {
    var phrases = 0
    var automatonBytes = 0
    var reported = false

    mutating func spend(_ phrase: String) -> Bool {
        phrases += 1
        automatonBytes += PhraseMatcher.quoteVariants(of: PhraseMatcher.normalize(phrase).bytes).reduce(0) { $0 + $1.count }
        return phrases <= RuleLimits.phrases && automatonBytes <= RuleLimits.automatonBytes
    }
}

/// Typed reading of JSON values with their paths: every mismatch becomes a problem that names
/// the path and what was expected, and reading goes on so one run reports them all.
extension RuleDecoder {
    mutating func problem(_ path: String, _ node: JSONNode?, _ message: String) {
        let position = node.map { TextPosition(offset: $0.offset, in: bytes) }
        problems.append(RuleProblem(file: file, line: position?.line ?? 0, column: position?.column ?? 0,
                                    path: path, message: message))
    }

    /// The members of an object; unknown keys, repeated keys and missing required keys are
    /// problems. `$comment` is allowed anywhere, for documenting a rule file.
    mutating func fields(_ node: JSONNode, _ path: String, allowed: [String], required: [String] = []) -> Fields? {
        guard case .object(let list) = node.value else {
            problem(path, node, "expected an object, got \(node.kindName)")
            return nil
        }
        var members: [String: JSONNode] = [:]
        for member in list {
            let memberPath = path.isEmpty ? member.key : "\(path).\(member.key)"
            if member.key == "$comment" { continue }
            if !allowed.contains(member.key) {
                problem(memberPath, member.node, "unknown key; expected one of: " + allowed.joined(separator: ", "))
            } else if members[member.key] != nil {
                problem(memberPath, member.node, "key given twice")
            } else {
                members[member.key] = member.node
            }
        }
        for key in required where members[key] == nil {
            problem(path, node, "missing required key \"\(key)\"")
        }
        return Fields(path: path, node: node, members: members)
    }

    mutating func string(_ fields: Fields, _ key: String) -> String? {
        guard let node = fields[key] else { return nil }
        guard case .string(let text) = node.value, !text.allSatisfy(\.isWhitespace) else {
            problem(fields.path(key), node, "expected a non-empty string, got \(node.kindName)")
            return nil
        }
        return text
    }

    /// A lowercase id of letters, digits and single dashes, as detector and pattern ids are.
    mutating func identifier(_ fields: Fields, _ key: String) -> String? {
        guard let text = string(fields, key) else { return nil }
        let words = text.split(separator: "-", omittingEmptySubsequences: false)
        let valid = text.utf8.count <= 64 && words.allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
        }
        guard valid else {
            problem(fields.path(key), fields[key], "expected an id of lowercase letters, digits and single dashes "
                + "(like \"my-rule\", at most 64 characters), got \(JSONText.quoted(text))")
            return nil
        }
        return text
    }

    mutating func number(_ fields: Fields, _ key: String, in range: ClosedRange<Double>) -> Double? {
        guard let node = fields[key] else { return nil }
        guard case .number(let value) = node.value, range.contains(value) else {
            problem(fields.path(key), node, "expected a number from \(JSONText.number(range.lowerBound)) to "
                + "\(JSONText.number(range.upperBound)), got \(node.kindName)")
            return nil
        }
        return value
    }

    mutating func integer(_ fields: Fields, _ key: String, in range: ClosedRange<Int>) -> Int? {
        guard let node = fields[key] else { return nil }
        guard case .number(let value) = node.value, value == value.rounded(),
              Double(range.lowerBound) <= value, value <= Double(range.upperBound) else {
            problem(fields.path(key), node, "expected a whole number from \(range.lowerBound) to \(range.upperBound), "
                + "got \(node.kindName)")
            return nil
        }
        return Int(value)
    }

    mutating func bool(_ fields: Fields, _ key: String) -> Bool? {
        guard let node = fields[key] else { return nil }
        guard case .bool(let value) = node.value else {
            problem(fields.path(key), node, "expected true or false, got \(node.kindName)")
            return nil
        }
        return value
    }

    /// A string that must be one of `choices`.
    mutating func choice(_ node: JSONNode, _ path: String, _ choices: [String]) -> String? {
        guard case .string(let text) = node.value, choices.contains(text) else {
            problem(path, node, "expected one of " + choices.map { "\"\($0)\"" }.joined(separator: ", ")
                + ", got \(node.kindName)")
            return nil
        }
        return text
    }

    /// The elements of an array of `1…limit` elements.
    mutating func elements(_ node: JSONNode, _ path: String, of what: String, limit: Int,
                           allowEmpty: Bool = false) -> [JSONNode]? {
        guard case .array(let elements) = node.value else {
            problem(path, node, "expected an array of \(what), got \(node.kindName)")
            return nil
        }
        if elements.isEmpty, !allowEmpty {
            problem(path, node, "expected at least one of \(what)")
            return nil
        }
        if elements.count > limit {
            problem(path, node, "\(elements.count) \(what); at most \(limit) are allowed")
            return nil
        }
        return elements
    }

    /// A list of phrases, each checked and counted against the phrase budget.
    mutating func phrases(_ node: JSONNode, _ path: String, allowEmpty: Bool = false) -> [String]? {
        guard let elements = elements(node, path, of: "phrases", limit: RuleLimits.phrases, allowEmpty: allowEmpty) else {
            return nil
        }
        let before = problems.count
        let phrases = elements.enumerated().compactMap { index, element in phrase(element, "\(path)[\(index)]") }
        return problems.count == before ? phrases : nil
    }

    /// One phrase: matched on word boundaries, case-insensitively, with any run of whitespace
    /// as one space; a trailing `*` lifts the boundary at its end. No other syntax.
    mutating func phrase(_ node: JSONNode, _ path: String) -> String? {
        guard case .string(let text) = node.value else {
            problem(path, node, "expected a phrase (a string), got \(node.kindName)")
            return nil
        }
        if text.utf8.count > RuleLimits.phraseBytes {
            problem(path, node, "a phrase of \(text.utf8.count) bytes; at most \(RuleLimits.phraseBytes) are allowed")
            return nil
        }
        if text.dropLast().contains("*") {
            problem(path, node, "a '*' wildcard may only end a phrase (rules take no regular expressions), "
                + "got \(JSONText.quoted(text))")
            return nil
        }
        if PhraseMatcher.normalize(text).bytes.isEmpty {
            problem(path, node, "an empty phrase")
            return nil
        }
        if !budget.spend(text), !budget.reported {
            budget.reported = true
            problem(path, node, "too many phrases: rule files may hold at most \(RuleLimits.phrases) phrases and "
                + "\(RuleLimits.automatonBytes >> 10) KiB of phrase text in all; larger vocabularies belong in a "
                + "compiled detector")
        }
        return text
    }
}
