import Telltale

/// The corpus report: one self-contained HTML file (inline CSS and SVG, no script, nothing
/// fetched) answering the three questions of the pattern spec — how failure is handled, who
/// detects it, whether a correction takes — with pattern rates and examples around them.
struct HTMLReport {
    let summary: Summary

    var page: String {
        let sections = ReportSections(summary: summary)
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Telltale corpus report</title>
            <style>\(ReportStyle.css)</style>
            </head><body><main>
            <h1>Telltale corpus report</h1>
            \(sections.overview)
            \(sections.patternRates)
            \(sections.recovery)
            \(sections.detection)
            \(sections.corrections)
            \(sections.breakdowns)
            \(sections.positions)
            \(sections.cooccurrence)
            \(ReportExamples(summary: summary).section)
            \(sections.definitions)
            </main></body></html>

            """
    }
}

/// Colors shared by the charts and the legend.
enum ReportPalette {
    static let patterns: [PatternID: String] = [
        .spiraling: "#d9822b", .hiding: "#c23b3b", .overthinking: "#7b5ea7", .bundling: "#2a7f9e",
        .deadlinePressure: "#b39a1b",
    ]
    static let others = ["#5b6b7d", "#8a6d5a", "#4f8a5b", "#9a5a80"]
    static let outcomes = ["#3a9d5d", "#d9822b", "#c23b3b", "#a7adb5"]
    static let detection = ["#3b6fb6", "#8e5bb5", "#5f8f7f"]

    static func color(of pattern: PatternID, at index: Int) -> String {
        patterns[pattern] ?? others[index % others.count]
    }
}

enum ReportStyle {
    static let css = """
        body{margin:0;background:#f4f5f7;color:#1d232b;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
        main{max-width:1080px;margin:0 auto;padding:28px 32px 60px}
        h1{font-size:28px;margin:0 0 18px}
        h2{font-size:20px;margin:0 0 4px}
        h3{font-size:16px;margin:18px 0 6px}
        section{background:#fff;border:1px solid #dde1e6;border-radius:8px;padding:20px 24px;margin:0 0 20px}
        p.lead{color:#56606b;margin:0 0 14px}
        .cards{display:flex;flex-wrap:wrap;gap:12px}
        .card{flex:1 1 150px;background:#f7f8fa;border:1px solid #e3e6ea;border-radius:6px;padding:10px 14px}
        .card b{display:block;font-size:24px}
        .card span{color:#56606b;font-size:13px}
        svg{display:block;max-width:100%;height:auto;font-size:13px}
        svg text{fill:#1d232b}
        svg text.muted{fill:#56606b}
        svg text.inbar{fill:#fff;font-size:12px;font-weight:600}
        svg text.cell{fill:#1d232b;font-size:12px}
        svg text.axis{font-size:12px}
        table{border-collapse:collapse;width:100%;font-size:14px;margin:6px 0}
        th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #e6e9ed;vertical-align:top}
        th{background:#f7f8fa;font-weight:600}
        td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
        .meter{display:inline-block;height:9px;background:#c9d3de;border-radius:2px;margin-left:6px;vertical-align:middle}
        .note{color:#56606b;font-size:13px}
        ol.examples{padding-left:22px;margin:4px 0}
        ol.examples li{margin:0 0 12px}
        .where{color:#56606b;font-size:13px;word-break:break-all}
        blockquote{margin:4px 0 0;padding:8px 12px;background:#f7f8fa;border-left:3px solid #c9d3de;overflow-wrap:anywhere}
        mark{background:#ffe08a;padding:0 2px;border-radius:2px}
        dl{margin:0}dt{font-weight:600;margin-top:8px}dd{margin:0 0 0 0;color:#3b444e}
        """
}
