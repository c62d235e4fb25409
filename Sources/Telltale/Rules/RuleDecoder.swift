/// Reads one rule file's JSON into rules. Every problem is recorded with the file, line and
/// JSON path (`rules[2].proximity.within`) and what was expected; a rule with any problem is
/// left out, and the loader runs nothing when there is one.
struct RuleDecoder {
    let file: String
    let bytes: UnsafeBufferPointer<UInt8>
    var budget: PhraseBudget
    var problems: [RuleProblem] = []

    /// A decoded rule with the node of its id, for messages about duplicate ids.
    struct Decoded {
        var rule: Rule
        var path: String
        var idNode: JSONNode
    }

    static let kindKeys = ["phrases", "occurrence", "proximity", "density", "sequence"]
    static let ruleKeys = ["id", "pattern", "name", "summary", "rationale", "message", "threshold", "score", "roles",
                           "scope"] + kindKeys + ["context", "examples"]

    mutating func decodeFile(_ root: JSONNode) -> [Decoded] {
        guard let top = fields(root, "", allowed: ["$schema", "version", "rules"], required: ["rules"]) else { return [] }
        if top["version"] != nil, integer(top, "version", in: 1...1) == nil { return [] }
        guard let list = top["rules"], let elements = elements(list, "rules", of: "rules", limit: RuleLimits.rules) else {
            return []
        }
        return elements.enumerated().compactMap { index, element in rule(element, "rules[\(index)]") }
    }

    /// Defaults a rule hands to its phrase groups.
    struct GroupDefaults {
        var name: String
        var weight: Double
        var scope: Cue.Scope
    }

    private mutating func rule(_ node: JSONNode, _ path: String) -> Decoded? {
        guard let fields = fields(node, path, allowed: Self.ruleKeys, required: ["id", "pattern", "summary", "message"]) else {
            return nil
        }
        let before = problems.count
        let id = identifier(fields, "id")
        let pattern = identifier(fields, "pattern")
        let summary = string(fields, "summary")
        let message = string(fields, "message")
        let name = string(fields, "name") ?? id ?? ""
        let rationale = string(fields, "rationale") ?? ""
        let threshold = number(fields, "threshold", in: 0...1) ?? 0.5
        let score = number(fields, "score", in: 0...1) ?? 0.6
        let roles = fields["roles"].flatMap { self.roles($0, fields.path("roles")) } ?? [.assistant]
        let scope = fields["scope"].flatMap { self.scope($0, fields.path("scope")) } ?? .voice
        let defaults = GroupDefaults(name: id ?? "rule", weight: score, scope: scope)
        let kinds = Self.kindKeys.filter { fields[$0] != nil }
        var kind: Rule.Kind?
        if kinds.count == 1 {
            kind = self.kind(kinds[0], fields[kinds[0]]!, fields.path(kinds[0]), defaults)
        } else {
            problem(path, node, kinds.isEmpty
                ? "missing the rule's kind: one of " + Self.kindKeys.map { "\"\($0)\"" }.joined(separator: ", ")
                : "one kind per rule, got " + kinds.map { "\"\($0)\"" }.joined(separator: " and "))
        }
        let context = fields["context"].map { self.context($0, fields.path("context"), pattern: pattern) }
            ?? Rule.ContextAdjustments()
        let examples = fields["examples"].map { self.examples($0, fields.path("examples"), roles: roles) } ?? ([], [])
        guard problems.count == before, let id, let pattern, let summary, let message, let kind, let context else {
            return nil
        }
        let rule = Rule(id: id, pattern: PatternID(pattern), name: name, summary: summary, rationale: rationale,
                        message: message, threshold: threshold, score: score, roles: roles, kind: kind, context: context,
                        triggeringExamples: examples.0, nonTriggeringExamples: examples.1)
        return Decoded(rule: rule, path: path, idNode: fields["id"]!)
    }

    private mutating func roles(_ node: JSONNode, _ path: String) -> Set<Role>? {
        guard let elements = elements(node, path, of: "roles", limit: Role.allCases.count) else { return nil }
        let names = Role.allCases.map(\.rawValue)
        let roles = elements.enumerated().compactMap { index, element in
            choice(element, "\(path)[\(index)]", names).flatMap(Role.init(rawValue:))
        }
        return roles.count == elements.count ? Set(roles) : nil
    }

    private mutating func scope(_ node: JSONNode, _ path: String) -> Cue.Scope? {
        choice(node, path, ["prose", "anywhere"]).map { $0 == "prose" ? .voice : .anywhere }
    }

    private mutating func kind(_ key: String, _ node: JSONNode, _ path: String, _ defaults: GroupDefaults) -> Rule.Kind? {
        if key == "phrases" { return phraseList(node, path, defaults).map(Rule.Kind.phrases) }
        let allowed: [String: [String]] = [
            "occurrence": ["cues", "atLeast", "atMost"], "proximity": ["first", "second", "within", "ordered"],
            "density": ["cues", "per100Words", "minWords"], "sequence": ["failure", "previousUser", "acknowledgment", "cues"],
        ]
        let required: [String: [String]] = [
            "occurrence": ["cues"], "proximity": ["first", "second", "within"], "density": ["cues", "per100Words"],
        ]
        guard let fields = fields(node, path, allowed: allowed[key] ?? [], required: required[key] ?? []) else { return nil }
        let before = problems.count
        func list(_ name: String) -> [PhraseGroup]? { fields[name].flatMap { phraseList($0, fields.path(name), defaults) } }
        let kind: Rule.Kind?
        switch key {
        case "occurrence":
            let atLeast = integer(fields, "atLeast", in: 0...RuleLimits.hits) ?? 1
            let atMost = integer(fields, "atMost", in: 0...RuleLimits.hits)
            if let atMost, atMost < atLeast {
                problem(fields.path("atMost"), fields["atMost"], "expected at least atLeast (\(atLeast)), got \(atMost)")
            }
            kind = list("cues").map { .occurrence($0, atLeast: atLeast, atMost: atMost) }
        case "proximity":
            let (first, second) = (list("first"), list("second"))
            let within = integer(fields, "within", in: 0...RuleLimits.words)
            let ordered = bool(fields, "ordered") ?? false
            kind = first.flatMap { first in second.flatMap { second in
                within.map { .proximity(first: first, second: second, within: $0, ordered: ordered) }
            } }
        case "density":
            let rate = number(fields, "per100Words", in: 0.01...100)
            let minimumWords = integer(fields, "minWords", in: 0...1_000_000) ?? 0
            kind = list("cues").flatMap { cues in rate.map { .density(cues, per100Words: $0, minimumWords: minimumWords) } }
        default:
            kind = sequence(fields, path, defaults)
        }
        return problems.count == before ? kind : nil
    }

    private mutating func sequence(_ fields: Fields, _ path: String, _ defaults: GroupDefaults) -> Rule.Kind? {
        if fields["failure"] == nil, fields["previousUser"] == nil {
            problem(path, fields.node, "a sequence needs \"failure\" or \"previousUser\": what comes before the turn")
        }
        let failure = fields["failure"].flatMap { failureCondition($0, fields.path("failure")) }
        let acknowledged = fields["acknowledgment"]
            .flatMap { choice($0, fields.path("acknowledgment"), ["absent", "present"]) }.map { $0 == "present" }
        let previousUser = fields["previousUser"].flatMap { phraseList($0, fields.path("previousUser"), defaults) } ?? []
        let cues = fields["cues"].flatMap { phraseList($0, fields.path("cues"), defaults) } ?? []
        return .sequence(Rule.Sequence(failure: failure, previousUser: previousUser, acknowledged: acknowledged, cues: cues))
    }

    /// `true` for any failure, or `{"kinds": […], "minStrength": x}`.
    private mutating func failureCondition(_ node: JSONNode, _ path: String) -> Rule.FailureCondition? {
        let all = Set(FailureSignal.Kind.allCases)
        if case .bool(true) = node.value { return Rule.FailureCondition(kinds: all, minimumStrength: 0) }
        if case .bool = node.value {
            problem(path, node, "expected true or an object with \"kinds\" and \"minStrength\", got false")
            return nil
        }
        guard let fields = fields(node, path, allowed: ["kinds", "minStrength"]) else { return nil }
        let strength = number(fields, "minStrength", in: 0...1) ?? 0
        guard let kindsNode = fields["kinds"] else { return Rule.FailureCondition(kinds: all, minimumStrength: strength) }
        let names = FailureSignal.Kind.allCases.map(\.rawValue)
        guard let elements = elements(kindsNode, fields.path("kinds"), of: "failure kinds", limit: names.count) else {
            return nil
        }
        let kinds = elements.enumerated().compactMap { index, element in
            choice(element, fields.path("kinds") + "[\(index)]", names).flatMap(FailureSignal.Kind.init(rawValue:))
        }
        return kinds.count == elements.count ? Rule.FailureCondition(kinds: Set(kinds), minimumStrength: strength) : nil
    }

    /// Phrases and phrase groups: strings form one group with the rule's defaults, each object
    /// is a group of its own (`name`, `weight`, `phrases`, `exceptions`, `negatable`, …).
    private mutating func phraseList(_ node: JSONNode, _ path: String, _ defaults: GroupDefaults) -> [PhraseGroup]? {
        guard let elements = elements(node, path, of: "phrases or phrase groups", limit: RuleLimits.phrases) else {
            return nil
        }
        let before = problems.count
        var loose: [String] = []
        var groups: [PhraseGroup] = []
        for (index, element) in elements.enumerated() {
            let elementPath = "\(path)[\(index)]"
            switch element.value {
            case .string: phrase(element, elementPath).map { loose.append($0) }
            case .object: group(element, elementPath, defaults).map { groups.append($0) }
            default: problem(elementPath, element, "expected a phrase (string) or a phrase group (object), got \(element.kindName)")
            }
        }
        if !loose.isEmpty {
            groups.insert(PhraseGroup(name: defaults.name, weight: defaults.weight, phrases: loose, scope: defaults.scope), at: 0)
        }
        return problems.count == before ? groups : nil
    }

    private mutating func group(_ node: JSONNode, _ path: String, _ defaults: GroupDefaults) -> PhraseGroup? {
        let keys = ["name", "weight", "phrases", "exceptions", "negatable", "sentenceInitial", "scope", "minProseWords",
                    "followedBy", "within"]
        guard let fields = fields(node, path, allowed: keys, required: ["phrases"]) else { return nil }
        let before = problems.count
        var group = PhraseGroup(name: identifier(fields, "name") ?? defaults.name,
                                weight: number(fields, "weight", in: 0...1) ?? defaults.weight,
                                phrases: fields["phrases"].flatMap { phrases($0, fields.path("phrases")) } ?? [],
                                scope: fields["scope"].flatMap { scope($0, fields.path("scope")) } ?? defaults.scope)
        group.exceptions = fields["exceptions"].flatMap { phrases($0, fields.path("exceptions"), allowEmpty: true) } ?? []
        group.negatable = bool(fields, "negatable") ?? false
        group.sentenceInitial = bool(fields, "sentenceInitial") ?? false
        group.minimumProseWords = integer(fields, "minProseWords", in: 0...RuleLimits.words) ?? 0
        group.followedBy = fields["followedBy"].flatMap { phrases($0, fields.path("followedBy")) } ?? []
        group.within = integer(fields, "within", in: 0...RuleLimits.words) ?? 0
        if (fields["followedBy"] == nil) != (fields["within"] == nil) {
            problem(path, node, "\"followedBy\" and \"within\" go together: a follower phrase and how many words may come between")
        }
        return problems.count == before ? group : nil
    }

    private mutating func context(_ node: JSONNode, _ path: String, pattern: String?) -> Rule.ContextAdjustments? {
        let keys = ["afterFailure", "repeatedCue", "userNamesPattern", "userAskedFor", "counterCues"]
        guard let fields = fields(node, path, allowed: keys) else { return nil }
        let before = problems.count
        var context = Rule.ContextAdjustments()
        context.afterFailure = number(fields, "afterFailure", in: 0...1) ?? 0
        context.repeatedCue = number(fields, "repeatedCue", in: 0...1) ?? 0
        if let naming = fields["userNamesPattern"] {
            let namingPath = fields.path("userNamesPattern")
            if case .number = naming.value {
                context.userNamesPattern = number(fields, "userNamesPattern", in: 0...1) ?? 0
            } else if let object = self.fields(naming, namingPath, allowed: ["add", "phrases"], required: ["add"]) {
                context.userNamesPattern = number(object, "add", in: 0...1) ?? 0
                context.userNamingPhrases = object["phrases"].flatMap { phrases($0, object.path("phrases")) } ?? []
            }
            if let pattern, !PatternID.builtIn.contains(PatternID(pattern)), context.userNamingPhrases.isEmpty {
                problem(namingPath, naming, "the pattern \"\(pattern)\" has no built-in naming phrases; "
                    + "give {\"add\": x, \"phrases\": [...]}")
            }
        }
        if let asked = fields["userAskedFor"],
           let object = self.fields(asked, fields.path("userAskedFor"), allowed: ["phrases", "reduce"],
                                    required: ["phrases", "reduce"]) {
            context.userAskedFor = object["phrases"].flatMap { phrases($0, object.path("phrases")) } ?? []
            context.userAskedForReduction = number(object, "reduce", in: 0...1) ?? 0
        }
        if let counter = fields["counterCues"],
           let object = self.fields(counter, fields.path("counterCues"), allowed: ["phrases", "atLeast", "reduce"],
                                    required: ["phrases", "reduce"]) {
            context.counterCues = object["phrases"].flatMap { phrases($0, object.path("phrases")) } ?? []
            context.counterCueCount = integer(object, "atLeast", in: 1...RuleLimits.hits) ?? 1
            context.counterCueReduction = number(object, "reduce", in: 0...1) ?? 0
        }
        return problems.count == before ? context : nil
    }
}
