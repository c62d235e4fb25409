import Telltale

/// The highest-scoring findings per pattern, with the cue highlighted in its sentence. All
/// transcript text is escaped: the page shows what the transcript said, never runs it.
struct ReportExamples {
    let summary: Summary

    var section: String {
        let lists = summary.layout.patterns.map { pattern -> String in
            let examples = summary.examples[pattern]?.elements ?? []
            let items = examples.map(item).joined()
            return HTML.text("h3", pattern.rawValue)
                + (items.isEmpty ? "<p class=\"note\">No findings.</p>" : "<ol class=\"examples\">\(items)</ol>")
        }.joined()
        return "<section><h2>Top examples</h2><p class=\"lead\">The \(summary.layout.topK) highest-scoring findings per "
            + "pattern (ties broken by conversation, file and turn), the cue marked.</p>\(lists)</section>"
    }

    private func item(_ example: ExampleFinding) -> String {
        // Formats without ids name a conversation by its file and line; say that only once.
        let location = example.file + (example.line > 0 ? ":\(example.line)" : "")
        let place = example.file.isEmpty || location == example.conversation ? "" : " · " + location
        let meta = "score \(JSONText.number(example.score, digits: 3)) · \(example.rule) · conversation "
            + example.conversation + ", turn \(example.turn)" + place
        return "<li><div class=\"where\">\(HTML.escape(meta))</div><blockquote>\(HTML.escape(example.before))"
            + "<mark>\(HTML.escape(example.cue))</mark>\(HTML.escape(example.after))</blockquote></li>"
    }
}
