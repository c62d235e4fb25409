import Foundation
import Telltale

/// Writes a deterministic synthetic corpus: OpenAI JSONL, ShareGPT JSONL and Claude Code
/// session logs in the byte shares of `CorpusProfile.mix`, all text from `TextSynthesizer`.
struct CorpusGenerator {
    let cues: CueSource
    let text: TextSynthesizer
    static let partBytes = 64 << 20
    /// Raised whenever the generator writes different bytes, so cached corpora are not reused.
    static let version = 2

    init(cues: CueSource) {
        self.cues = cues
        text = TextSynthesizer(cues: cues)
    }

    /// The corpus directory for this size and seed, generated unless a complete one exists.
    func ensure(megabytes: Int, seed: UInt64, under work: String) throws(BenchError) -> String {
        // The planted phrases come from the compiled-in detectors, so their lists name the corpus too.
        let phrases = String(StableHash.of(cues.table) & 0xFFFF_FFFF, radix: 16)
        let directory = "\(work)/corpus-v\(Self.version)-\(phrases)-\(megabytes)mb-seed\(seed)"
        let marker = directory + ".complete"
        if access(marker, F_OK) == 0 { return directory }
        FileHandleOutput.error("generating \(megabytes) MB corpus in \(directory)…\n")
        try? FileManager.default.removeItem(atPath: directory)
        for sub in ["", "/openai", "/sharegpt", "/claude-code"] { try makeDirectory(directory + sub) }
        let total = megabytes << 20
        var random = SeededRandom(seed: seed)
        for (format, share) in CorpusProfile.mix {
            let budget = Int(Double(total) * share)
            switch format {
            case "openai": try writeLines(budget, "\(directory)/openai", &random, openAIConversation)
            case "sharegpt": try writeLines(budget, "\(directory)/sharegpt", &random, shareGPTConversation)
            default: try writeSessions(budget, "\(directory)/claude-code", &random)
            }
        }
        try FileOutput(path: marker).close()
        return directory
    }

    private func makeDirectory(_ path: String) throws(BenchError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw BenchError("cannot create \(path): \(error.localizedDescription)")
        }
    }

    private func writeLines(_ budget: Int, _ directory: String, _ random: inout SeededRandom,
                            _ conversation: (Int, inout SeededRandom, inout JSONBytes) -> Void) throws(BenchError) {
        var written = 0, part = 0, index = 0
        while written < budget {
            part += 1
            let file = try FileOutput(path: partPath(part, in: directory))
            var partBytes = 0
            while partBytes < Self.partBytes, written + partBytes < budget {
                var json = JSONBytes()
                conversation(index, &random, &json)
                json.bytes.append(0x0A)
                index += 1
                partBytes += json.bytes.count
                try file.write(json.bytes)
            }
            written += partBytes
            try file.close()
        }
    }

    private func shareGPTConversation(_ index: Int, _ random: inout SeededRandom, _ json: inout JSONBytes) {
        let turns = CorpusProfile.ShareGPT.turns.sample(&random)
        json.raw("{\"id\": \"sg-\(index)-\(random.hex(6))\", \"conversations\": [")
        for turn in 0..<turns {
            let isUser = turn % 2 == 0
            let profile = isUser ? CorpusProfile.ShareGPT.user : CorpusProfile.ShareGPT.assistant
            json.raw(turn == 0 ? "{\"from\": " : ", {\"from\": ")
            json.raw(isUser ? "\"human\", \"value\": " : "\"gpt\", \"value\": ")
            json.string(message(profile, &random))
            json.raw(", \"language\": \"en\", \"sentiment\": {\"neg\": 0.0\(random.next() % 10), \"pos\": 0.\(random.next() % 100)}}")
        }
        json.raw("], \"conversation_metadata\": {\"turns\": \(turns), \"source\": \"synthetic\"}}")
    }

    private func openAIConversation(_ index: Int, _ random: inout SeededRandom, _ json: inout JSONBytes) {
        let turns = CorpusProfile.OpenAIAgent.turns.sample(&random)
        json.raw("{\"id\": \"oa-\(index)-\(random.hex(6))\", \"model\": \"synthetic-model\", \"messages\": [")
        json.raw("{\"role\": \"system\", \"content\": ")
        json.string(text.message(bytes: CorpusProfile.OpenAIAgent.systemBytes, hitsPerKB: 0, fenceChance: 0, random: &random))
        json.raw("}, {\"role\": \"user\", \"content\": ")
        json.string(message(CorpusProfile.ShareGPT.user, &random))
        json.raw("}")
        for turn in 2..<max(turns, 3) {
            if turn % 2 == 0 {
                json.raw(", {\"role\": \"assistant\", \"content\": ")
                json.string(message(CorpusProfile.OpenAIAgent.assistant, &random))
                if random.chance(0.5) {
                    json.raw(", \"tool_calls\": [{\"id\": \"call_\(random.hex(8))\", \"type\": \"function\", "
                        + "\"function\": {\"name\": \"bash\", \"arguments\": \"{\\\"command\\\": \\\"ls -la src\\\"}\"}}]")
                }
                json.raw(", \"extra\": {\"usage\": {\"prompt_tokens\": \(random.next() % 90000), \"completion_tokens\": \(random.next() % 900)}}}")
            } else {
                json.raw(", {\"role\": \"tool\", \"tool_call_id\": \"call_\(random.hex(8))\", \"content\": ")
                json.string(message(CorpusProfile.OpenAIAgent.tool, &random))
                json.raw("}")
            }
        }
        json.raw("]}")
    }

    private func message(_ profile: MessageProfile, _ random: inout SeededRandom) -> [UInt8] {
        text.message(bytes: profile.bytes.sample(&random), hitsPerKB: profile.hitsPerKB,
                     fenceChance: profile.fenceChance, random: &random)
    }

    private func writeSessions(_ budget: Int, _ directory: String, _ random: inout SeededRandom) throws(BenchError) {
        var written = 0
        var index = 0
        while written < budget {
            index += 1
            // Every corpus holds one session of the largest size and none larger, so peak memory
            // compares across corpus sizes instead of following the largest sample drawn.
            let largest = CorpusProfile.ClaudeCode.largestFile
            let size = index == 1 ? largest : min(CorpusProfile.ClaudeCode.fileBytes.sample(&random), largest)
            let target = min(size, budget - written)
            let file = try FileOutput(path: partPath(index, in: directory))
            var session = ClaudeSession(id: random.uuid(), random: &random)
            var fileBytes = 0
            while fileBytes < max(target, 1) {
                var json = JSONBytes()
                session.nextEvent(self, &random, &json)
                json.bytes.append(0x0A)
                fileBytes += json.bytes.count
                try file.write(json.bytes)
            }
            written += fileBytes
            try file.close()
        }
    }

    func claudeMessage(_ profile: MessageProfile, _ random: inout SeededRandom) -> [UInt8] {
        message(profile, &random)
    }
}

/// `directory/part-00042.jsonl`: names that sort in writing order.
func partPath(_ number: Int, in directory: String) -> String {
    let digits = String(number)
    return directory + "/part-" + String(repeating: "0", count: max(0, 5 - digits.count)) + digits + ".jsonl"
}
