/// A piece of one input file, ready for a worker.
struct WorkUnit: @unchecked Sendable {
    enum Kind {
        /// Whole lines (the unit ends at a line break or the end of the file).
        case lines(any TranscriptReader)
        /// The whole file.
        case document(any TranscriptReader)
        /// The file could not be read or no reader takes it.
        case problem(String)
        case empty
    }

    var sequence: Int
    var fileIndex: Int
    var path: String
    var kind: Kind
    var readerIndex: Int?
    var bytes: [UInt8]
    /// 1-based line number of `bytes[0]`.
    var firstLine: Int
    var endsFile: Bool
}

/// A worker's output for one unit.
struct UnitResult: Sendable {
    struct FileEnd: Sendable {
        static let empty = "empty file"
        static let stopped = "not read to the end: the scan stopped"
        var path: String
        var format: String?
        var problem: String?

        /// The file could not be read, or no reader took it (an empty file holds nothing to lose).
        var isUnread: Bool { problem != nil && problem != Self.empty }
    }

    var sequence: Int
    var bytes: Int
    var conversations: [ConversationResult] = []
    var rejections: [Rejection] = []
    var tally = FileTally()
    /// The file the unit is part of, and the reader that took it.
    var file = FileEnd(path: "")
    /// Set on a file's last unit.
    var fileEnd: FileEnd?
}

extension Engine {
    /// Reads each non-blank line of a unit as a record. A line the file's reader does not
    /// recognize goes to another line reader that claims it (files that mix formats), else it
    /// is rejected with its reason; with `stoppingAtRejection`, nothing after it is read.
    /// Returns the number of records, and whether records were left unread.
    func readLines(_ unit: WorkUnit, reader: any TranscriptReader, stoppingAtRejection: Bool,
                   into output: inout ReadOutput) -> (records: Int, leftUnread: Bool) {
        var records = 0
        var leftUnread = false
        unit.bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            var line = unit.firstLine
            while start < buffer.count {
                let end = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) ?? buffer.count
                var slice = UnsafeBufferPointer(rebasing: buffer[start..<end])
                if let last = slice.last, last == 0x0D { slice = UnsafeBufferPointer(rebasing: slice.dropLast()) }
                if !slice.allSatisfy(isSpace) {
                    records += 1
                    read(Record(bytes: slice, file: unit.path, line: line), with: reader, into: &output)
                    if stoppingAtRejection, !output.rejections.isEmpty {
                        leftUnread = !UnsafeBufferPointer(rebasing: buffer[min(end + 1, buffer.count)...]).allSatisfy(isSpace)
                        return
                    }
                }
                start = end + 1
                line += 1
            }
        }
        return (records, leftUnread)
    }

    private func read(_ record: Record, with reader: any TranscriptReader, into output: inout ReadOutput) {
        do {
            try reader.read(record, into: &output)
        } catch let error as RecordError {
            if case .unrecognized = error, let other = lineReader(claiming: record, besides: reader.format.name) {
                do { try other.read(record, into: &output) } catch {
                    output.reject(record.location, Self.reason(error))
                }
                return
            }
            output.reject(record.location, error.reason)
        } catch {
            output.reject(record.location, Self.reason(error))
        }
    }

    private func lineReader(claiming record: Record, besides name: String) -> (any TranscriptReader)? {
        let head = FileHead(path: record.file, bytes: Array(record.bytes.prefix(64 * 1024)), isComplete: true)
        return readers.filter { $0.framing == .lines && $0.format.name != name }
            .map { ($0, $0.confidence(for: head)) }
            .filter { $0.1 > 0 }
            .max { $0.1 < $1.1 }?.0
    }

    func readDocument(_ unit: WorkUnit, reader: any TranscriptReader, into output: inout ReadOutput) {
        unit.bytes.withUnsafeBufferPointer { buffer in
            let record = Record(bytes: buffer, file: unit.path, line: unit.firstLine)
            do { try reader.read(record, into: &output) } catch {
                output.reject(record.location, Self.reason(error))
            }
        }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? RecordError { return error.reason }
        if let error = error as? JSONError { return "invalid JSON: \(error)" }
        return "\(error)"
    }
}

extension Framing: Equatable {}

/// A stable 64-bit hash (FNV-1a) for sharding: the same id lands in the same shard on every
/// machine and every run, unlike `Hasher`.
public enum StableHash {
    public static func of(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}

extension ReadOutput {
    /// A line-framed file whose last line has no line break was most likely cut off mid-write (a
    /// log still being written, a copy that ran out of space); rejections of that line say so. A
    /// document is one record whatever its last byte.
    mutating func noteTruncatedLastLine(of unit: WorkUnit) {
        guard case .lines = unit.kind, unit.endsFile, let last = unit.bytes.last, last != 0x0A, !rejections.isEmpty
        else { return }
        let lastLine = unit.firstLine + FileCursor.countLines(unit.bytes)
        for index in rejections.indices where rejections[index].location == SourceLocation(file: unit.path, line: lastLine) {
            rejections[index].reason += " (the last line, with no line break after it: cut off mid-write?)"
        }
    }
}
