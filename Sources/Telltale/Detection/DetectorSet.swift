/// A composed set of detectors with their shared automaton: the unit the engine runs.
///
/// It knows nothing about any particular detector; order is the order given, and findings come
/// out sorted by turn, then detector, then offset.
public struct DetectorSet: Sendable {
    public let detectors: [any Detector]
    public let lexicon: Lexicon
    /// When set, replaces every detector's default threshold.
    public var minimumScore: Double?

    public init(_ detectors: [any Detector], minimumScore: Double? = nil) {
        var seen: Set<String> = []
        for detector in detectors {
            precondition(seen.insert(detector.description.id).inserted, "duplicate detector id \(detector.description.id)")
        }
        self.detectors = detectors
        self.minimumScore = minimumScore
        lexicon = Lexicon([ContextCue.vocabulary] + detectors.map(\.vocabulary), outputCues: ContextCue.output.map(\.rawValue))
    }

    public var descriptions: [DetectorDescription] { detectors.map(\.description) }

    /// The patterns the detectors report, each once, in detector order (several detectors may
    /// report one pattern: a rule file beside a compiled-in detector).
    public var patterns: [PatternID] {
        var seen: Set<PatternID> = []
        return descriptions.map(\.pattern).filter { seen.insert($0).inserted }
    }

    /// The same detectors with their shared lexicon, keeping only those whose id passes.
    public func filter(_ isIncluded: (DetectorDescription) -> Bool) -> DetectorSet {
        DetectorSet(detectors.filter { isIncluded($0.description) }, minimumScore: minimumScore)
    }

    /// Findings for one conversation at or above each detector's threshold.
    public func findings(in conversation: Conversation) -> [Finding] {
        findings(in: analysis(of: conversation))
    }

    /// A fresh analysis of the conversation over this set's lexicon, to share between the
    /// detectors and whatever reads the conversation after them (corpus analytics).
    public func analysis(of conversation: Conversation) -> ConversationAnalysis {
        ConversationAnalysis(conversation, lexicon: lexicon)
    }

    /// Analyses of several conversations, their texts scanned together up front: what the
    /// engine does with the conversations of one unit of input.
    public func analyses(of conversations: [Conversation]) -> [ConversationAnalysis] {
        let analyses = conversations.map(analysis(of:))
        ConversationAnalysis.scanTogether(analyses)
        return analyses
    }

    /// Findings from an analysis made by `analysis(of:)`.
    public func findings(in analysis: ConversationAnalysis) -> [Finding] {
        let conversation = analysis.conversation
        guard conversation.turns.contains(where: \.isAssistantMessage) else { return [] }
        var findings: [Finding] = []
        for (index, detector) in detectors.enumerated() {
            let description = detector.description
            let threshold = minimumScore ?? description.defaultThreshold
            let view = DetectorView(analysis: analysis, owner: index + 1, description: description, threshold: threshold)
            for finding in detector.analyze(view) where finding.score >= threshold {
                guard !Suppression.silences(finding, in: conversation.turns[finding.turn].text) else { continue }
                findings.append(finding)
            }
        }
        let order = Dictionary(uniqueKeysWithValues: detectors.enumerated().map { ($1.description.id, $0) })
        return findings.sorted {
            ($0.turn, order[$0.detector] ?? 0, $0.start, $0.rule) < ($1.turn, order[$1.detector] ?? 0, $1.start, $1.rule)
        }
    }
}

/// Inline markers that silence findings on a turn, for curated transcripts and gold sets:
/// `telltale-ignore` silences every pattern on the turn, `telltale-ignore: spiraling, hiding`
/// only those named (pattern or detector ids).
public enum Suppression {
    public static let marker = "telltale-ignore"

    public static func silences(_ finding: Finding, in text: String) -> Bool {
        // Most turns have no marker: a byte search says so without walking characters (an ASCII
        // marker has no other spelling). A hit is confirmed with the character search.
        guard text.containsUTF8(markerBytes), let range = text.firstRange(of: marker) else { return false }
        let rest = text[range.upperBound...]
        guard rest.first == ":" else { return true }
        let names = rest.dropFirst().prefix { $0 != "\n" }
            .split(whereSeparator: { $0 == "," || $0.isWhitespace })
            .map { $0.lowercased() }.filter { $0 != "-->" && $0 != "*/" }
        return names.isEmpty || names.contains(finding.pattern.rawValue) || names.contains(finding.detector)
    }

    private static let markerBytes = Array(marker.utf8)
}
