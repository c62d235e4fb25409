/// Turns input files into work units: sniffs each file's format from its first bytes, then
/// cuts line-framed files at line breaks into units of about `unitSize` bytes, and reads
/// document-framed files whole.
struct UnitSplitter: @unchecked Sendable {
    let readers: [any TranscriptReader]
    let options: ScanOptions
    static let headSize = 64 * 1024

    func units(of files: [InputExpansion.Entry]) -> AnySequence<WorkUnit> {
        AnySequence { () -> AnyIterator<WorkUnit> in
            var sequence = 0
            var fileIndex = 0
            var pending: [WorkUnit] = []
            var current: FileCursor?
            return AnyIterator {
                while true {
                    if !pending.isEmpty { return pending.removeFirst() }
                    if var cursor = current {
                        if let unit = cursor.next(sequence: &sequence) {
                            current = cursor.finished ? nil : cursor
                            return unit
                        }
                        current = nil
                    }
                    guard fileIndex < files.count else { return nil }
                    let entry = files[fileIndex]
                    defer { fileIndex += 1 }
                    switch open(entry, index: fileIndex, sequence: &sequence) {
                    case .unit(let unit): pending.append(unit)
                    case .cursor(let cursor): current = cursor
                    }
                }
            }
        }
    }

    private enum Opened {
        case unit(WorkUnit)
        case cursor(FileCursor)
    }

    private func open(_ entry: InputExpansion.Entry, index: Int, sequence: inout Int) -> Opened {
        let origin = entry.path == "-" ? options.stdinOrigin : nil
        let name = origin?.file ?? entry.path
        func problem(_ reason: String) -> Opened {
            defer { sequence += 1 }
            return .unit(WorkUnit(sequence: sequence, fileIndex: index, path: name, kind: .problem(reason),
                                  readerIndex: nil, bytes: [], firstLine: 1, endsFile: true))
        }
        if let reason = entry.problem { return problem(reason) }
        do {
            let file = try InputFile(path: entry.path)
            let head = try file.read(count: Self.headSize)
            if head.isEmpty || head.allSatisfy(isSpace) {
                defer { sequence += 1 }
                return .unit(WorkUnit(sequence: sequence, fileIndex: index, path: name, kind: .empty,
                                      readerIndex: nil, bytes: [], firstLine: 1, endsFile: true))
            }
            switch chooseReader(FileHead(path: name, bytes: head, isComplete: file.reachedEnd)) {
            case .failure(let failure):
                return problem(failure.reason)
            case .success(let readerIndex):
                return .cursor(FileCursor(file: file, name: name, firstLine: max(origin?.line ?? 1, 1), fileIndex: index,
                                          readerIndex: readerIndex, reader: readers[readerIndex], buffer: head,
                                          unitSize: options.unitSize))
            }
        } catch {
            return problem(error.reason)
        }
    }

    private func chooseReader(_ head: FileHead) -> Result<Int, ChoiceFailure> {
        if let forced = options.format {
            guard let index = readers.firstIndex(where: { $0.format.name == forced }) else {
                return .failure(ChoiceFailure("format '\(forced)' is not compiled into this build"))
            }
            return .success(index)
        }
        if head.bytes.prefix(8192).contains(0) { return .failure(ChoiceFailure("binary file (NUL bytes)")) }
        let scored = readers.indices.map { ($0, readers[$0].confidence(for: head)) }.filter { $0.1 > 0 }
        guard let best = scored.max(by: { $0.1 < $1.1 || ($0.1 == $1.1 && $0.0 > $1.0) }) else {
            return .failure(ChoiceFailure("no reader recognizes this content (try --format)"))
        }
        return .success(best.0)
    }
}

struct ChoiceFailure: Error {
    var reason: String
    init(_ reason: String) { self.reason = reason }
}

/// Reading position in one file being cut into units.
struct FileCursor {
    let file: InputFile
    /// The path records and reports name: the file's own, or the origin given for standard input.
    let name: String
    let fileIndex: Int
    let readerIndex: Int
    let reader: any TranscriptReader
    var buffer: [UInt8]
    let unitSize: Int
    var line: Int
    var finished = false

    init(file: InputFile, name: String, firstLine: Int, fileIndex: Int, readerIndex: Int, reader: any TranscriptReader,
         buffer: [UInt8], unitSize: Int) {
        self.file = file
        self.name = name
        line = firstLine
        self.fileIndex = fileIndex
        self.readerIndex = readerIndex
        self.reader = reader
        self.buffer = buffer
        self.unitSize = unitSize
    }

    mutating func next(sequence: inout Int) -> WorkUnit? {
        guard !finished else { return nil }
        do {
            switch reader.framing {
            case .document:
                while !file.reachedEnd { buffer = try file.read(count: max(unitSize, buffer.count), after: buffer[...]) }
                finished = true
                return unit(.document(reader), bytes: buffer, sequence: &sequence)
            case .lines:
                return try nextLines(sequence: &sequence)
            }
        } catch {
            finished = true
            return unit(.problem(error.reason), bytes: [], sequence: &sequence)
        }
    }

    private mutating func nextLines(sequence: inout Int) throws(InputError) -> WorkUnit {
        while true {
            if file.reachedEnd {
                finished = true
                return unit(.lines(reader), bytes: buffer, sequence: &sequence)
            }
            if buffer.count >= unitSize, let cut = lastNewline(in: buffer) {
                let rest = buffer[(cut + 1)...]
                let bytes = Array(buffer[...cut])
                let emitted = unit(.lines(reader), bytes: bytes, sequence: &sequence)
                buffer = try file.read(count: unitSize, after: rest)
                return emitted
            }
            // Too little for a unit, or one line longer than a unit: read more, growing
            // geometrically so a 200 MB line costs linear time.
            buffer = try file.read(count: max(unitSize, buffer.count), after: buffer[...])
        }
    }

    private func lastNewline(in bytes: [UInt8]) -> Int? {
        bytes.lastIndex(of: 0x0A)
    }

    private mutating func unit(_ kind: WorkUnit.Kind, bytes: [UInt8], sequence: inout Int) -> WorkUnit {
        let unit = WorkUnit(sequence: sequence, fileIndex: fileIndex, path: name, kind: kind,
                            readerIndex: readerIndex, bytes: bytes, firstLine: line, endsFile: finished)
        sequence += 1
        line += Self.countLines(bytes)
        return unit
    }

    static func countLines(_ bytes: [UInt8]) -> Int {
        // Lines of JSON are long: finding each break beats counting the bytes between them.
        bytes.withUnsafeBufferPointer { buffer in
            var count = 0, start = 0
            while let newline = ByteSearch.firstIndex(of: 0x0A, in: buffer, from: start) {
                count += 1
                start = newline + 1
            }
            return count
        }
    }
}

extension Error {
    var reason: String {
        if let error = self as? InputError { return error.reason }
        if let error = self as? ChoiceFailure { return error.reason }
        return "\(self)"
    }
}
