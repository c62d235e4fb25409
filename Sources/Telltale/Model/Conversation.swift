/// One conversation, normalized from whatever format it was read from.
///
/// Turn indices are stable: a reader keeps one turn per source message wherever the source
/// has messages, so a gold label's `turn` and a finding's `turn` address the same text.
public struct Conversation: Sendable, Hashable {
    public var id: String
    public var source: SourceLocation
    /// Free-form facts about the conversation: `format`, `model`, `source`, `file`, …
    public var metadata: [String: String]
    public var turns: [Turn]

    public init(id: String, source: SourceLocation = .unknown, metadata: [String: String] = [:], turns: [Turn]) {
        self.id = id
        self.source = source
        self.metadata = metadata
        self.turns = turns
    }

    /// The turns a detector judges: the assistant's own messages.
    public var assistantTurnIndices: [Int] {
        turns.indices.filter { turns[$0].isAssistantMessage }
    }
}

/// Where a conversation came from, for error messages and for `--by file`.
public struct SourceLocation: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based line of the record that opened the conversation; 0 when not line-based.
    public var line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    public static let unknown = SourceLocation(file: "", line: 0)

    public var description: String { line > 0 ? "\(file):\(line)" : file }
}

public enum Role: String, Sendable, Hashable, CaseIterable {
    case system, user, assistant, tool
}

/// One turn of a conversation.
public struct Turn: Sendable, Hashable {
    /// What the turn carries; tool traffic and hidden reasoning are turns too, so nothing a
    /// source holds is lost, but detectors judge only assistant messages.
    public enum Kind: String, Sendable, Hashable {
        case message, reasoning, toolCall = "tool_call", toolResult = "tool_result"
    }

    public var role: Role
    public var kind: Kind
    public var text: String
    /// Set when the source marks the turn as failed (a tool result with `is_error`, a non-zero exit).
    public var isError: Bool
    /// Tool name for tool calls and results, when the source gives one.
    public var toolName: String?
    /// Tool calls made inside this message (formats that attach calls to an assistant message).
    public var toolCalls: [ToolCall]

    public init(role: Role, kind: Kind = .message, text: String, isError: Bool = false,
                toolName: String? = nil, toolCalls: [ToolCall] = []) {
        self.role = role
        self.kind = kind
        self.text = text
        self.isError = isError
        self.toolName = toolName
        self.toolCalls = toolCalls
    }

    public var isAssistantMessage: Bool { role == .assistant && kind == .message }

    public static func system(_ text: String) -> Turn { Turn(role: .system, text: text) }
    public static func user(_ text: String) -> Turn { Turn(role: .user, text: text) }
    public static func assistant(_ text: String) -> Turn { Turn(role: .assistant, text: text) }
    public static func toolResult(_ text: String, isError: Bool = false, name: String? = nil) -> Turn {
        Turn(role: .tool, kind: .toolResult, text: text, isError: isError, toolName: name)
    }
    public static func toolCall(_ name: String, _ arguments: String) -> Turn {
        Turn(role: .tool, kind: .toolCall, text: arguments, toolName: name)
    }
}

public struct ToolCall: Sendable, Hashable {
    public var name: String
    public var arguments: String

    public init(name: String, arguments: String) {
        self.name = name
        self.arguments = arguments
    }
}
