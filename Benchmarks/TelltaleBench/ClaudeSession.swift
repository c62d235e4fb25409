/// One synthetic Claude Code session, written an event (line) at a time: a user prompt, then
/// steps of optional thinking, optional text, a tool call and its result, with snapshot and
/// progress events mixed in.
struct ClaudeSession {
    let id: String
    private var step = 0
    private var pendingResult: String?
    private var previous = "null"

    init(id: String, random: inout SeededRandom) {
        self.id = id
    }

    mutating func nextEvent(_ generator: CorpusGenerator, _ random: inout SeededRandom, _ json: inout JSONBytes) {
        let profile = CorpusProfile.ClaudeCode.self
        let uuid = random.uuid()
        defer { previous = "\"\(uuid)\""; step += 1 }
        if step > 0, random.chance(profile.otherEventChance) {
            json.raw("{\"type\":\"file-history-snapshot\",\"messageId\":\"\(uuid)\",\"snapshot\":{\"messageId\":\"\(uuid)\","
                + "\"trackedFileBackups\":{},\"timestamp\":\"2026-01-10T23:53:42.223Z\"},\"isSnapshotUpdate\":false}")
            return
        }
        let header = "{\"parentUuid\":\(previous),\"isSidechain\":false,\"userType\":\"external\",\"cwd\":\"/home/dev/project\","
            + "\"sessionId\":\"\(id)\",\"version\":\"2.1.3\",\"gitBranch\":\"main\","
        if let toolID = pendingResult {
            pendingResult = nil
            json.raw(header + "\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":[{\"tool_use_id\":\"\(toolID)\","
                + "\"type\":\"tool_result\",\"content\":")
            json.string(generator.claudeMessage(profile.toolResult, &random))
            json.raw(",\"is_error\":\(random.chance(0.08))}]},\"uuid\":\"\(uuid)\",\"timestamp\":\"2026-01-10T23:54:03.497Z\"}")
            return
        }
        if step == 0 || random.chance(0.04) {
            json.raw(header + "\"type\":\"user\",\"message\":{\"role\":\"user\",\"content\":")
            json.string(generator.claudeMessage(profile.user, &random))
            json.raw("},\"uuid\":\"\(uuid)\",\"timestamp\":\"2026-01-10T23:53:42.214Z\"}")
            return
        }
        let messageID = "msg_" + random.hex(20)
        json.raw(header + "\"type\":\"assistant\",\"message\":{\"id\":\"\(messageID)\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\"synthetic-model\",\"content\":[")
        let roll = random.unit()
        if roll < profile.thinkingShare {
            json.raw("{\"type\":\"thinking\",\"thinking\":")
            json.string(generator.claudeMessage(profile.thinking, &random))
            json.raw(",\"signature\":\"\(random.hex(64))\"}")
        } else if roll < profile.thinkingShare + profile.textShare {
            json.raw("{\"type\":\"text\",\"text\":")
            json.string(generator.claudeMessage(profile.assistant, &random))
            json.raw("}")
        } else {
            let toolID = "toolu_" + random.hex(24)
            pendingResult = toolID
            json.raw("{\"type\":\"tool_use\",\"id\":\"\(toolID)\",\"name\":\"Bash\",\"input\":{\"command\":")
            json.string(generator.claudeMessage(profile.toolInput, &random))
            json.raw(",\"description\":\"Run the command\"}}")
        }
        json.raw("],\"stop_reason\":null,\"usage\":{\"input_tokens\":\(random.next() % 50000),\"output_tokens\":\(random.next() % 900)}},"
            + "\"uuid\":\"\(uuid)\",\"timestamp\":\"2026-01-10T23:54:05.112Z\"}")
    }
}
