import Telltale

/// mini-swe-agent trajectories (`*.traj.json`): one JSON document per file with `messages`.
///
/// The first `user` message is the task; every later `user` message is the environment's
/// command output and becomes a tool result, failed when its `<returncode>` is not 0.
public struct SWEAgentReader: TranscriptReader {
    public init() {}

    public let format = FormatDescription(
        name: "swe-agent",
        summary: "mini-swe-agent / SWE-agent trajectories: one JSON document with \"messages\" per file",
        filePatterns: ["*.traj.json", "*.traj"],
        whereFound: "trajectories/ folders of SWE-bench runs",
        recognizedBy: "a JSON document with `trajectory_format`, `mini_version`, or `exit_status` and `submission`; "
            + "else a `.traj.json` name on a JSON document")

    public let framing = Framing.document

    public func confidence(for head: FileHead) -> Double {
        guard head.bytes.first(where: { !($0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09) }) == UInt8(ascii: "{") else {
            return 0
        }
        if head.contains("\"trajectory_format\"") || head.contains("\"mini_version\"") { return 0.95 }
        if head.contains("\"exit_status\"") && head.contains("\"submission\"") { return 0.9 }
        return head.fileName.hasSuffix(".traj.json") ? 0.85 : 0
    }

    public func read(_ record: Record, into output: inout ReadOutput) throws {
        var turns: [Turn]?
        var id: String?
        var exitStatus: String?
        var model: String?
        var scanner = JSONScanner(record.bytes)
        try scanner.object { key, value in
            switch key {
            case "instance_id": id = try value.scalarText()
            case "messages", "history": turns = try Self.turns(&value)
            case "info":
                guard try value.kind() == .object else { return }
                try value.object { key, value in
                    switch key {
                    case "exit_status": exitStatus = try value.optionalString()
                    case "config": model = try Self.modelName(&value)
                    default: break
                    }
                }
            default: break
            }
        }
        try scanner.finish()
        guard let turns else { throw RecordError.unrecognized("no \"messages\" in trajectory") }
        output.invalidUTF8 += scanner.invalidUTF8Strings
        var metadata = ["format": format.name, "error-flags": "explicit"]
        if let exitStatus { metadata["exit_status"] = exitStatus }
        if let model { metadata["model"] = model }
        let name = String(record.file.split(separator: "/").last ?? "")
        output.conversations.append(Conversation(
            id: id ?? String(name.prefix { $0 != "." }), source: record.location, metadata: metadata, turns: turns))
    }

    private static func turns(_ scanner: inout JSONScanner) throws -> [Turn] {
        var turns: [Turn] = []
        var sawTask = false
        try scanner.array { message in
            var role = "user", text = ""
            try message.object { key, value in
                switch key {
                case "role": role = try value.optionalString() ?? "user"
                case "content": text = try value.contentText()
                default: break
                }
            }
            switch role {
            case "assistant": turns.append(.assistant(text))
            case "system": turns.append(.system(text))
            default:
                if sawTask {
                    turns.append(.toolResult(text, isError: returnCode(in: text).map { $0 != 0 } ?? false))
                } else {
                    turns.append(.user(text))
                    sawTask = true
                }
            }
        }
        return turns
    }

    static func returnCode(in text: String) -> Int? {
        guard let open = text.firstRange(of: "<returncode>"),
              let close = text[open.upperBound...].firstRange(of: "</returncode>") else { return nil }
        return Int(text[open.upperBound..<close.lowerBound].trimmingPrefix(" "))
    }

    /// `info.config.model.model_name`, when present.
    private static func modelName(_ scanner: inout JSONScanner) throws -> String? {
        guard try scanner.kind() == .object else { return nil }
        var name: String?
        try scanner.object { key, value in
            guard key == "model", try value.kind() == .object else { return }
            try value.object { key, value in
                if key == "model_name" { name = try value.optionalString() }
            }
        }
        return name
    }
}
