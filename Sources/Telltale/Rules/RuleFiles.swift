import Foundation

/// Detectors declared in JSON rule files (`telltale scan --rules FILE`), built at load time.
///
/// A rule becomes an ordinary `Detector`: its phrases join the shared automaton beside the
/// compiled-in detectors', so rules cost what compiled cues cost per byte scanned. Loading is
/// all or nothing: any problem in any file, and no rule runs.
public enum RuleFiles {
    /// The detectors of every rule in `paths`, checked against the `existing` detectors they
    /// will run beside: a rule's id must be new.
    public static func detectors(from paths: [String], alongside existing: [any Detector]) throws(RuleFileError)
        -> [any Detector] {
        var loader = RuleLoader(existing: existing)
        for path in paths { loader.load(path) }
        return try loader.finish()
    }

    /// The detectors of one rule file given as bytes; `file` names it in problems.
    public static func detectors(json: [UInt8], file: String, alongside existing: [any Detector]) throws(RuleFileError)
        -> [any Detector] {
        var loader = RuleLoader(existing: existing)
        loader.decode(json, file: file)
        return try loader.finish()
    }
}

/// One thing wrong with a rule file: where (file, line, column, JSON path) and what was expected.
public struct RuleProblem: Sendable, Hashable, CustomStringConvertible {
    public var file: String
    /// 1-based; 0 when the problem concerns the file as a whole.
    public var line: Int
    public var column: Int
    /// The JSON path of the offending value, e.g. `rules[2].proximity.within`; empty for the file.
    public var path: String
    public var message: String

    public var description: String {
        let location = line > 0 ? "\(file):\(line):\(column)" : file
        return location + ": " + (path.isEmpty ? "" : path + ": ") + message
    }
}

/// Every problem found in the rule files of one load.
public struct RuleFileError: Error, Sendable, CustomStringConvertible {
    public var problems: [RuleProblem]

    public var description: String { problems.map(\.description).joined(separator: "\n") }
}

/// Reads rule files one by one, then checks what only the whole set can show.
struct RuleLoader {
    private var problems: [RuleProblem] = []
    private var rules: [Rule] = []
    /// Where each id was first declared: a rule path and file, or nil for an existing detector.
    private var owners: [String: String?] = [:]
    private var budget = PhraseBudget()

    init(existing: [any Detector]) {
        for detector in existing { owners[detector.description.id] = .some(nil) }
    }

    mutating func load(_ path: String) {
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: path)
            if attributes[.type] as? FileAttributeType == .typeDirectory {
                return fileProblem(path, "is a directory, not a rule file")
            }
            let size = attributes[.size] as? Int ?? 0
            if size > RuleLimits.fileBytes {
                return fileProblem(path, "\(size) bytes; rule files are limited to \(RuleLimits.fileBytes >> 20) MiB")
            }
            decode([UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path)
        } catch {
            fileProblem(path, "cannot be read (no such file, or no permission)")
        }
    }

    mutating func decode(_ bytes: [UInt8], file: String) {
        guard bytes.count <= RuleLimits.fileBytes else {
            return fileProblem(file, "\(bytes.count) bytes; rule files are limited to \(RuleLimits.fileBytes >> 20) MiB")
        }
        bytes.withUnsafeBufferPointer { buffer in
            let root: JSONNode
            do {
                root = try JSONNode.parse(buffer, maxDepth: RuleLimits.nestingDepth)
            } catch {
                let offset = (error as? JSONError)?.offset ?? 0
                let position = TextPosition(offset: offset, in: buffer)
                problems.append(RuleProblem(file: file, line: position.line, column: position.column, path: "",
                                            message: "invalid JSON: \((error as? JSONError)?.message ?? "\(error)")"))
                return
            }
            var decoder = RuleDecoder(file: file, bytes: buffer, budget: budget)
            let decoded = decoder.decodeFile(root)
            budget = decoder.budget
            for entry in decoded {
                let id = entry.rule.id
                if let owner = owners[id] {
                    decoder.problem(entry.path + ".id", entry.idNode, "\"\(id)\" is already the id of "
                        + (owner ?? "a compiled-in detector"))
                } else {
                    owners[id] = "\(entry.path) in \(file)"
                    rules.append(entry.rule)
                }
            }
            problems += decoder.problems
        }
        if rules.count > RuleLimits.rules {
            fileProblem(file, "\(rules.count) rules loaded in all; at most \(RuleLimits.rules) are allowed")
        }
    }

    private mutating func fileProblem(_ file: String, _ message: String) {
        problems.append(RuleProblem(file: file, line: 0, column: 0, path: "", message: message))
    }

    func finish() throws(RuleFileError) -> [any Detector] {
        guard problems.isEmpty else { throw RuleFileError(problems: problems) }
        return rules.map(RuleDetector.init)
    }
}
