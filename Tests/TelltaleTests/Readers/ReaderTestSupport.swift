import Foundation
import Telltale
import TelltaleBuiltins

/// The real transcript corpora beside the checkout; tests that need them are skipped when
/// they are absent.
enum Corpus {
    static let root = SharedCorpora.root

    static let isAvailable = root != nil
    static func path(_ relative: String) -> String { (root ?? "") + "/" + relative }

    /// The whole corpora, scanned once with every built-in reader and shared by the tests.
    static let scan = ScanRead([root ?? ""])

    /// What the shared scan read from the file or folder at `relative`.
    static func read(_ relative: String) -> ScanRead { scan.under(path(relative)) }
}

/// What a scan read, collected through the engine exactly as `telltale scan` reads it.
struct ScanRead {
    var conversations: [Conversation] = []
    var rejections: [Rejection] = []
    var files: [FileReport] = []

    var turns: [Turn] { conversations.flatMap(\.turns) }
    var assistantTurns: Int { turns.filter(\.isAssistantMessage).count }
    var userTurns: Int { turns.filter { $0.role == .user }.count }
    var toolResults: Int { turns.filter { $0.kind == .toolResult }.count }
    var toolCalls: Int { turns.filter { $0.kind == .toolCall }.count }
    var failedToolResults: Int { turns.filter { $0.kind == .toolResult && $0.isError }.count }

    /// Scans `paths` with `readers`, every file sniffed unless `format` forces one.
    init(_ paths: [String], readers: [any TranscriptReader] = Builtins.readers, format: String? = nil) {
        var options = ScanOptions()
        options.threads = 1
        options.format = format
        options.perConversation = { analysis, _ in analysis.conversation }
        let collector = Collector()
        _ = Engine(detectors: DetectorSet([]), readers: readers, options: options).scan(paths, observer: collector)
        conversations = collector.results.compactMap { $0.extra as? Conversation }
        rejections = collector.rejections
        files = collector.files
    }

    private init(conversations: [Conversation], rejections: [Rejection], files: [FileReport]) {
        self.conversations = conversations
        self.rejections = rejections
        self.files = files
    }

    /// The part of this read that came from the file or folder at `path`.
    func under(_ path: String) -> ScanRead {
        let within = { (file: String) in file == path || file.hasPrefix(path + "/") }
        return ScanRead(conversations: conversations.filter { within($0.source.file) },
                        rejections: rejections.filter { within($0.location.file) }, files: files.filter { within($0.path) })
    }

    private final class Collector: ScanObserver {
        var results: [ConversationResult] = []
        var rejections: [Rejection] = []
        var files: [FileReport] = []
        func scanned(_ result: ConversationResult) { results.append(result) }
        func rejected(_ rejection: Rejection) { rejections.append(rejection) }
        func finished(_ file: FileReport) { files.append(file) }
    }
}

/// Reads `text` as one document record, the way the engine hands a whole file to a reader.
func read(_ text: String, with reader: some TranscriptReader, file: String = "fixture.md") throws -> ReadOutput {
    var output = ReadOutput()
    let bytes = Array(text.utf8)
    try bytes.withUnsafeBufferPointer { buffer in
        try reader.read(Record(bytes: buffer, file: file, line: 1), into: &output)
    }
    return output
}

/// How sure `reader` is of `text` as the head of a whole file.
func confidence(of reader: some TranscriptReader, for text: String, path: String = "fixture.md") -> Double {
    reader.confidence(for: FileHead(path: path, bytes: Array(text.utf8), isComplete: true))
}
