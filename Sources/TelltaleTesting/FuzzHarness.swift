import Foundation
import Telltale

/// What the fuzzers run on each input, and what their regression tests run on each input a
/// fuzzer ever crashed: one part of the reading and matching pipeline, fed arbitrary bytes,
/// with the invariants that must hold whatever the bytes are.
///
/// Each entry point returns the invariants the input broke (empty means none). A crash or a
/// hang inside is a finding too; the fuzzer reports those itself.
public enum FuzzHarness {
    /// The entry point a fuzz target stands for: `json`, `phrases`, or a reader's format name;
    /// nil for any other name. The fuzzer and the regression tests pick targets the same way.
    public static func target(named name: String, readers: [any TranscriptReader], detectors: [any Detector])
        -> (@Sendable (UnsafeBufferPointer<UInt8>) -> [String])? {
        switch name {
        case "json": return { scanJSON($0) }
        case "phrases": return { matchPhrases($0) }
        default:
            guard let reader = readers.first(where: { $0.format.name == name }) else { return nil }
            let set = DetectorSet(detectors)
            return { read($0, with: reader, detectors: set) }
        }
    }

    /// Walks any JSON value through `JSONScanner`: every string, key, number and literal.
    /// Valid JSON (as Foundation reads it) must be accepted, and skipping a value must end
    /// where reading it does.
    public static func scanJSON(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        var problems: [String] = []
        var walker = JSONScanner(bytes)
        var skipper = JSONScanner(bytes)
        let walked = (try? JSONWalk.value(&walker, depth: 0)) != nil
        let skipped = Result { try skipper.skipValue() }
        if walked, case .failure(let error) = skipped {
            problems.append("read as a value but not skipped: \(error)")
        }
        if walked, walker.position != skipper.position {
            problems.append("reading ended at \(walker.position), skipping at \(skipper.position)")
        }
        if let canonical = JSONWalk.reserialized(bytes) {
            canonical.withUnsafeBufferPointer { canonical in
                var reader = JSONScanner(canonical)
                if (try? JSONWalk.value(&reader, depth: 0)) == nil || (try? reader.finish()) == nil {
                    problems.append("valid JSON rejected: \(String(decoding: canonical, as: UTF8.self))")
                }
            }
        }
        var content = JSONScanner(bytes)
        _ = try? content.contentText()
        var raw = JSONScanner(bytes)
        _ = try? raw.rawValue()
        var scalar = JSONScanner(bytes)
        _ = try? scalar.scalarText()
        return problems
    }

    /// Input: phrases, one per line, then a blank line, then text. Every match must lie inside
    /// the text, name a phrase of the list, and read as that phrase once normalized; the
    /// `String` and byte entry points must agree.
    public static func matchPhrases(_ bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        let split = firstBlankLine(in: bytes) ?? bytes.count
        let phrases = String(decoding: UnsafeBufferPointer(rebasing: bytes[..<split]), as: UTF8.self)
            .split(separator: "\n").prefix(64).map { String($0.prefix(64)) }
        let text = UnsafeBufferPointer(rebasing: bytes[min(split + 2, bytes.count)...])
        let matcher = PhraseMatcher(phrases: phrases)
        var problems: [String] = []
        var byBytes: [PhraseMatcher.Match] = []
        matcher.forEachMatch(in: text) { byBytes.append($0) }
        for match in byBytes {
            guard match.start >= 0, match.start < match.end, match.end <= text.count,
                  matcher.phrases.indices.contains(match.phrase) else {
                problems.append("match \(match) outside the text of \(text.count) bytes or the \(matcher.phrases.count) phrases")
                continue
            }
            let found = PhraseMatcher(phrases: [String(decoding: UnsafeBufferPointer(rebasing: text[match.start..<match.end]), as: UTF8.self)])
            let wanted = matcher.phrases[match.phrase]
            let wantedBase = wanted.hasSuffix("*") ? String(wanted.dropLast()) : wanted
            if found.phrases.first.map({ $0 != wantedBase }) ?? true {
                problems.append("match \(match) reads \(found.phrases) for phrase \(wanted)")
            }
        }
        if matcher.matches(in: String(decoding: text, as: UTF8.self)) != byBytes, String(validating: text, as: UTF8.self) != nil {
            problems.append("String and byte matching disagree")
        }
        return problems
    }

    /// Sniffs the input with `reader`, reads it as the engine would (line by line, or whole),
    /// and runs `detectors` over every conversation read. Findings must point at an assistant
    /// turn of their conversation, inside its text, with a score in 0…1.
    public static func read(_ bytes: UnsafeBufferPointer<UInt8>, with reader: any TranscriptReader,
                            detectors: DetectorSet) -> [String] {
        _ = reader.confidence(for: FileHead(path: "fuzz", bytes: Array(bytes.prefix(64 * 1024)), isComplete: bytes.count <= 64 * 1024))
        var output = ReadOutput()
        switch reader.framing {
        case .document:
            _ = try? reader.read(Record(bytes: bytes, file: "fuzz", line: 1), into: &output)
        case .lines:
            var start = 0, line = 1
            while start <= bytes.count {
                let end = bytes[start...].firstIndex(of: 0x0A) ?? bytes.count
                _ = try? reader.read(Record(bytes: UnsafeBufferPointer(rebasing: bytes[start..<end]), file: "fuzz", line: line), into: &output)
                start = end + 1
                line += 1
            }
        }
        var problems: [String] = []
        // Conversations scanned together, as the engine scans a unit's.
        for analysis in detectors.analyses(of: output.conversations) {
            let conversation = analysis.conversation
            for finding in detectors.findings(in: analysis) {
                guard conversation.turns.indices.contains(finding.turn) else {
                    problems.append("finding on turn \(finding.turn) of \(conversation.turns.count)")
                    continue
                }
                let length = conversation.turns[finding.turn].text.utf8.count
                if !(0...1).contains(finding.score) { problems.append("score \(finding.score)") }
                if finding.start < 0 || finding.start > finding.end || finding.end > length {
                    problems.append("span \(finding.start)..<\(finding.end) in a turn of \(length) bytes")
                }
            }
        }
        return problems
    }

    private static func firstBlankLine(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        guard bytes.count >= 2 else { return nil }
        return (0..<(bytes.count - 1)).first { bytes[$0] == 0x0A && bytes[$0 + 1] == 0x0A }
    }
}

/// A reader of any JSON value, recursive only to a fixed depth (deeper values are skipped,
/// which never recurses).
enum JSONWalk {
    static func value(_ scanner: inout JSONScanner, depth: Int) throws {
        switch try scanner.kind() {
        case .object where depth < 32:
            try scanner.object { key, value in
                _ = key.string
                try JSONWalk.value(&value, depth: depth + 1)
            }
        case .array where depth < 32:
            try scanner.array { try JSONWalk.value(&$0, depth: depth + 1) }
        case .object, .array, .null: try scanner.skipValue()
        case .string: _ = try scanner.string()
        case .number: _ = try scanner.number()
        case .bool: _ = try scanner.bool()
        }
    }

    /// The bytes as Foundation reads and writes them back, when it reads them: JSON that is
    /// valid beyond doubt (Foundation's reader also takes trailing commas and other laxities,
    /// its writer never produces them). Only plain UTF-8 is asked about: Foundation also takes
    /// UTF-16 and UTF-32, which transcripts never are.
    static func reserialized(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8]? {
        guard !bytes.contains(0), String(validating: bytes, as: UTF8.self) != nil, bytes.first != 0xEF,
              let value = try? JSONSerialization.jsonObject(with: Data(buffer: bytes), options: [.fragmentsAllowed]),
              let data = try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed]) else { return nil }
        return Array(data)
    }
}
