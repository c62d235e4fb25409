/// A rule's examples: `{"triggering": [...], "nonTriggering": [...]}`, each a conversation in
/// the gold format's shape, `{"note", "turn", "messages": [{"role", "content", "isError"}]}`.
extension RuleDecoder {
    mutating func examples(_ node: JSONNode, _ path: String, roles: Set<Role>) -> ([Example], [Example]) {
        guard let fields = fields(node, path, allowed: ["triggering", "nonTriggering"]) else { return ([], []) }
        func list(_ key: String) -> [Example] {
            guard let node = fields[key],
                  let elements = elements(node, fields.path(key), of: "examples", limit: RuleLimits.examples) else { return [] }
            return elements.enumerated().compactMap { index, element in
                example(element, fields.path(key) + "[\(index)]", roles: roles)
            }
        }
        return (list("triggering"), list("nonTriggering"))
    }

    private mutating func example(_ node: JSONNode, _ path: String, roles: Set<Role>) -> Example? {
        guard let fields = fields(node, path, allowed: ["note", "turn", "messages"], required: ["messages"]),
              let messagesNode = fields["messages"],
              let elements = elements(messagesNode, fields.path("messages"), of: "messages", limit: RuleLimits.examples)
        else { return nil }
        let before = problems.count
        let turns = elements.enumerated().compactMap { index, element in
            turn(element, fields.path("messages") + "[\(index)]")
        }
        let note = string(fields, "note") ?? ""
        guard problems.count == before else { return nil }
        let explicit = integer(fields, "turn", in: 0...(turns.count - 1))
        guard problems.count == before else { return nil }
        let example = Example(note, turn: explicit, turns)
        let judged = turns[example.judgedTurn]
        if explicit == nil, !judged.isAssistantMessage {
            problem(path, node, "no assistant message to judge; name the judged message with \"turn\"")
        } else if !roles.contains(judged.role) {
            problem(fields.path(explicit == nil ? "messages" : "turn"), fields["turn"] ?? messagesNode,
                    "the judged message has role \"\(judged.role.rawValue)\", but the rule judges only "
                        + roles.map { "\"\($0.rawValue)\"" }.sorted().joined(separator: " and ") + " messages")
        }
        return problems.count == before ? example : nil
    }

    private mutating func turn(_ node: JSONNode, _ path: String) -> Turn? {
        guard let fields = fields(node, path, allowed: ["role", "content", "isError"], required: ["role", "content"]),
              let roleNode = fields["role"], let contentNode = fields["content"] else { return nil }
        let role = choice(roleNode, fields.path("role"), Role.allCases.map(\.rawValue)).flatMap(Role.init(rawValue:))
        let isError = bool(fields, "isError") ?? false
        guard case .string(let content) = contentNode.value else {
            problem(fields.path("content"), contentNode, "expected a string, got \(contentNode.kindName)")
            return nil
        }
        guard let role else { return nil }
        return Turn(role: role, kind: role == .tool ? .toolResult : .message, text: content, isError: isError)
    }
}
