import Foundation

/// How a scan runs.
public struct ScanOptions: Sendable {
    /// Worker threads; 1 runs everything on the calling thread.
    public var threads = max(ProcessInfo.processInfo.activeProcessorCount, 1)
    /// A reader name that overrides sniffing for every file.
    public var format: String?
    /// Bytes of line-framed input per unit of work.
    public var unitSize = 1 << 20
    /// Scan only conversations whose id hashes to this shard: `(index, count)`, index from 0.
    /// Facts about reading a file (records, rejections, skipped lines) are counted only by the
    /// shard its path hashes to, so the summaries of all shards add up to the whole run's.
    public var shard: (index: Int, count: Int)?
    /// Standard input is a piece of this file, starting at this line: records, conversation ids
    /// and reports name it instead of `-`, so pieces scanned apart add up to the whole file.
    public var stdinOrigin: SourceLocation?
    /// Polled between units; returning true stops the scan cleanly (Ctrl-C, a closed pipe).
    public var shouldStop: @Sendable () -> Bool = { false }
    /// Stop at the first rejected record or unreadable file instead of reporting it and going
    /// on: nothing after it is read, and the summary says the scan was interrupted.
    public var stopsAtBadInput = false
    /// Runs on the worker thread for every scanned conversation, with the analysis the detectors
    /// shared (cue hits, context signals); its value rides along in `ConversationResult.extra`,
    /// so per-conversation analytics scale with the workers.
    public var perConversation: (@Sendable (ConversationAnalysis, [Finding]) -> any Sendable)?

    public init() {}
}

/// Runs a detector set over a stream of transcript files: sniffs each file's format, cuts it into
/// units, analyzes units on worker threads, and reports results in input order.
///
/// Memory stays bounded by `threads × unitSize` (plus the largest single record), whatever
/// the corpus size.
public final class Engine: @unchecked Sendable {
    public let detectors: DetectorSet
    public let readers: [any TranscriptReader]
    public let options: ScanOptions

    public init(detectors: DetectorSet, readers: [any TranscriptReader], options: ScanOptions = ScanOptions()) {
        self.detectors = detectors
        self.readers = readers
        self.options = options
    }

    /// Scans files and directories (recursively, in sorted order); `-` is standard input.
    public func scan(_ paths: [String], observer: any ScanObserver) -> ScanSummary {
        var summary = ScanSummary()
        var tally = FileTally()
        var openFile: UnitResult.FileEnd?
        let deliver: (UnitResult) -> Void = { [options] result in
            summary.bytesRead += result.bytes
            openFile = result.fileEnd == nil ? result.file : nil
            for rejection in result.rejections { observer.rejected(rejection) }
            for conversation in result.conversations {
                summary.add(conversation)
                observer.scanned(conversation)
            }
            summary.recordsRejected += result.rejections.count
            tally.add(result.tally)
            if let end = result.fileEnd {
                var report = FileReport(path: end.path, format: end.format)
                tally.fill(&report)
                report.problem = end.problem
                tally = FileTally()
                summary.files.append(report)
                observer.finished(report)
            }
            observer.progressed(bytesRead: summary.bytesRead)
            if options.stopsAtBadInput, summary.stoppedAtBadInput == nil {
                summary.stoppedAtBadInput = result.rejections.first?.description
                    ?? result.fileEnd.flatMap { $0.isUnread ? "\($0.path): \($0.problem ?? "")" : nil }
            }
        }
        let splitter = UnitSplitter(readers: readers, options: options)
        let files = InputExpansion.expand(paths)
        let shouldStop = { [options] in summary.stoppedAtBadInput != nil || options.shouldStop() }
        if options.threads <= 1 {
            for unit in splitter.units(of: files) {
                deliver(process(unit))
                if shouldStop() { summary.interrupted = true; break }
            }
        } else {
            summary.interrupted = runParallel(splitter, files, deliver, shouldStop)
        }
        if summary.interrupted, let file = openFile {
            // Counts of the part read so far, so every file's report still reconciles.
            var report = FileReport(path: file.path, format: file.format)
            tally.fill(&report)
            report.problem = UnitResult.FileEnd.stopped
            summary.files.append(report)
            observer.finished(report)
        }
        return summary
    }

    private func runParallel(_ splitter: UnitSplitter, _ files: [InputExpansion.Entry],
                             _ deliver: (UnitResult) -> Void, _ shouldStop: () -> Bool) -> Bool {
        let work = BoundedQueue<WorkUnit>(capacity: options.threads * 2)
        let done = ReorderBuffer<UnitResult>(window: options.threads * 4)
        let stopFlag = StopFlag()
        let producer = startThread(name: "telltale.read") { [options] in
            for unit in splitter.units(of: files) {
                done.waitForRoom(unit.sequence)
                if stopFlag.isSet || options.shouldStop() { stopFlag.set(); break }
                work.push(unit)
            }
            work.close()
        }
        var workers: [DispatchGroup] = []
        for index in 0..<options.threads {
            workers.append(startThread(name: "telltale.work.\(index)") { [self] in
                while let unit = work.pop() { done.put(unit.sequence, process(unit)) }
            })
        }
        let closer = startThread(name: "telltale.join") { [workers] in
            producer.wait()
            for worker in workers { worker.wait() }
            done.finish()
        }
        // Once stopped, results already under way are taken (so no thread waits for room)
        // but not delivered: nothing past the stop reaches the observer.
        while let result = done.take() {
            guard !stopFlag.isSet else { continue }
            deliver(result)
            if shouldStop() { stopFlag.set() }
        }
        closer.wait()
        return stopFlag.isSet
    }

    /// Analyzes one conversation with the engine's detectors.
    public func findings(in conversation: Conversation) -> [Finding] {
        detectors.findings(in: conversation)
    }

    func process(_ unit: WorkUnit) -> UnitResult {
        var result = UnitResult(sequence: unit.sequence, bytes: unit.bytes.count)
        var output = ReadOutput()
        var records = 0
        var leftUnread = false
        switch unit.kind {
        case .lines(let reader):
            // A file of another shard reports its bad records there; here its lines are read on.
            let stops = options.stopsAtBadInput && isInShard(unit.path)
            (records, leftUnread) = readLines(unit, reader: reader, stoppingAtRejection: stops, into: &output)
        case .document(let reader):
            readDocument(unit, reader: reader, into: &output)
            records = output.conversations.count + output.rejections.count + output.skipped
        case .problem, .empty:
            break
        }
        output.noteTruncatedLastLine(of: unit)
        let format = unit.readerIndex.map { readers[$0].format.name }
        result.file = UnitResult.FileEnd(path: unit.path, format: format)
        output.conversations.removeAll { !isInShard($0.id) }
        for analysis in detectors.analyses(of: output.conversations) {
            result.conversations.append(evaluate(analysis, format: format ?? "unknown"))
        }
        if !isInShard(unit.path) {
            (records, output.rejections, output.skipped, output.invalidUTF8) = (0, [], 0, 0)
        }
        result.rejections = output.rejections
        result.tally.add(records: records, output: output)
        if unit.endsFile {
            var problem = leftUnread ? UnitResult.FileEnd.stopped : nil
            if case .problem(let reason) = unit.kind { problem = reason }
            if case .empty = unit.kind { problem = UnitResult.FileEnd.empty }
            result.fileEnd = UnitResult.FileEnd(path: unit.path, format: format, problem: problem)
        }
        return result
    }

    private func evaluate(_ analysis: ConversationAnalysis, format: String) -> ConversationResult {
        let conversation = analysis.conversation
        let findings = detectors.findings(in: analysis)
        return ConversationResult(
            id: conversation.id, source: conversation.source, format: format, metadata: conversation.metadata,
            turnCount: conversation.turns.count,
            assistantTurns: conversation.turns.reduce(0) { $0 + ($1.isAssistantMessage ? 1 : 0) },
            findings: findings, extra: options.perConversation?(analysis, findings))
    }

    /// Whether a conversation id — or, for facts about reading a file, its path — falls in this
    /// run's shard.
    private func isInShard(_ id: String) -> Bool {
        guard let shard = options.shard, shard.count > 1 else { return true }
        return Int(StableHash.of(id) % UInt64(shard.count)) == shard.index
    }
}

/// Per-file counts, summed over the units of one file in input order.
struct FileTally {
    var records = 0, conversations = 0, rejected = 0, skipped = 0, invalidUTF8 = 0

    mutating func add(_ other: FileTally) {
        records += other.records
        conversations += other.conversations
        rejected += other.rejected
        skipped += other.skipped
        invalidUTF8 += other.invalidUTF8
    }

    mutating func add(records: Int, output: ReadOutput) {
        self.records += records
        conversations += output.conversations.count
        rejected += output.rejections.count
        skipped += output.skipped
        invalidUTF8 += output.invalidUTF8
    }

    func fill(_ report: inout FileReport) {
        report.records = records
        report.conversations = conversations
        report.rejected = rejected
        report.skipped = skipped
        report.invalidUTF8 = invalidUTF8
    }
}

final class StopFlag: @unchecked Sendable {
    private var value = false
    private let lock = NSLock()
    var isSet: Bool { lock.lock(); defer { lock.unlock() }; return value }
    func set() { lock.lock(); value = true; lock.unlock() }
}
