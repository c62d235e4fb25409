import Foundation

/// The non-blank lines of a small JSON Lines file (gold sets, findings files), each as a record
/// with its 1-based line number.
enum JSONLines {
    static func forEachRecord(in path: String, _ body: (Record) throws(EvaluationInputError) -> Void) throws(EvaluationInputError) {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw EvaluationInputError(SourceLocation(file: path, line: 0), exists ? "cannot read the file" : "no such file")
        }
        let bytes = [UInt8](data)
        try bytes.withUnsafeBufferPointer { buffer throws(EvaluationInputError) in
            var start = 0
            var line = 1
            while start < buffer.count {
                let end = buffer[start...].firstIndex(of: 0x0A) ?? buffer.count
                var slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if slice.last == 0x0D { slice = UnsafeBufferPointer(rebasing: slice.dropLast()) }
                if !slice.allSatisfy(isSpace) { try body(Record(bytes: slice, file: path, line: line)) }
                start = end + 1
                line += 1
            }
        }
    }
}

/// Why a line's fields cannot be used; the caller adds the location.
struct LineProblem: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

extension Record {
    /// Runs `body` over the record's JSON object, turning any failure into an error at this line.
    func scanObject(_ body: (JSONKey, inout JSONScanner) throws -> Void) throws(EvaluationInputError) {
        do {
            var scanner = JSONScanner(bytes)
            guard try scanner.kind() == .object else { throw LineProblem("not a JSON object") }
            try scanner.object(body)
            try scanner.finish()
        } catch let problem as LineProblem {
            throw EvaluationInputError(location, problem.reason)
        } catch {
            throw EvaluationInputError(location, "invalid JSON: \(error)")
        }
    }
}

extension JSONScanner {
    /// A non-negative whole number (turn indices, offsets).
    mutating func index(_ name: String) throws -> Int {
        guard try kind() == .number else { throw LineProblem("\"\(name)\" must be a whole number") }
        let value = try number()
        guard value >= 0, value == value.rounded(), value < 1e15 else {
            throw LineProblem("\"\(name)\" must be a whole number ≥ 0, got \(JSONText.number(value, digits: 6))")
        }
        return Int(value)
    }

    /// A string field, required to be a string.
    mutating func requiredString(_ name: String) throws -> String {
        guard try kind() == .string else { throw LineProblem("\"\(name)\" must be a string") }
        return try string()
    }
}
