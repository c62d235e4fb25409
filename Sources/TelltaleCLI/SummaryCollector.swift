import Telltale

/// Builds a run's summary: the workers summarize each conversation (the engine's per-conversation
/// hook), and this observer merges those summaries in input order.
final class SummaryCollector: ScanObserver {
    private(set) var summary: Summary

    init(layout: SummaryLayout) {
        summary = Summary(layout: layout)
    }

    /// Makes the engine summarize each conversation on its worker thread.
    static func install(_ layout: SummaryLayout, in options: inout ScanOptions) {
        options.perConversation = { analysis, findings in Summary(analysis: analysis, findings: findings, layout: layout) }
    }

    func scanned(_ result: ConversationResult) {
        // Every part was built with this collector's layout, so the merge cannot mismatch.
        if let part = result.extra as? Summary { try? summary.merge(part) }
    }

    func rejected(_ rejection: Rejection) {}
    func finished(_ file: FileReport) {}

    /// The summary with the engine's file counts added.
    func finish(_ scan: ScanSummary) -> Summary {
        summary.add(scan)
        return summary
    }
}

/// Hands every event to several observers, in order.
final class ObserverGroup: ScanObserver {
    private let observers: [any ScanObserver]

    init(_ observers: [any ScanObserver]) {
        self.observers = observers
    }

    func scanned(_ result: ConversationResult) { for observer in observers { observer.scanned(result) } }
    func rejected(_ rejection: Rejection) { for observer in observers { observer.rejected(rejection) } }
    func finished(_ file: FileReport) { for observer in observers { observer.finished(file) } }
    func progressed(bytesRead: Int) { for observer in observers { observer.progressed(bytesRead: bytesRead) } }
}
