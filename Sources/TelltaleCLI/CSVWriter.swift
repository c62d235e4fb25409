import Telltale

/// Comma-separated values as RFC 4180 defines them: CRLF line ends, and a field holding a
/// comma, a double quote, CR or LF is quoted with its quotes doubled. pandas, spreadsheets and
/// Python's `csv` read it back exactly.
enum CSV {
    static func field(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacing("\"", with: "\"\"") + "\""
    }

    static func row(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }
}

/// `--csv FILE`: one row per finding, with where it came from, for pandas and spreadsheets.
final class CSVFindingWriter: ScanObserver {
    static let columns = ["conversation", "file", "line", "format", "model", "turn", "pattern", "detector", "rule",
                          "score", "start", "end", "excerpt", "message"]
    let output: OutputFile

    init(output: OutputFile) {
        self.output = output
        output.write(CSV.row(Self.columns))
    }

    func scanned(_ result: ConversationResult) {
        for finding in result.findings {
            output.write(CSV.row([
                finding.conversation, result.source.file, String(result.source.line), result.format,
                result.metadata["model"] ?? "", String(finding.turn), finding.pattern.rawValue, finding.detector,
                finding.rule, JSONText.number(finding.score, digits: 3), String(finding.start), String(finding.end),
                finding.excerpt, finding.message,
            ]))
        }
    }

    func rejected(_ rejection: Rejection) {}
    func finished(_ file: FileReport) {}
}
