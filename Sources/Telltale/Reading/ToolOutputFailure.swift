/// Whether printed tool output plainly shows a failure, for formats that keep a tool's output
/// but no error flag (chat histories, terminal captures, markdown exports).
///
/// The rule is narrow on purpose: a line must *announce* a failure, not merely mention one, so
/// output that talks about errors ("added error handling") stays a success. A line announces a
/// failure when it
/// - opens a Python traceback, or opens with an error label: a word ending in `Error:` or
///   `Exception:` (`TypeError:`, `litellm.APIError:`, `Error:`, `error[E0308]:`), `fatal:`,
///   `npm ERR!`, `ERROR`;
/// - reports failed tests: it opens with `FAILED` / `FAIL`, counts failures or errors
///   (`2 failed`, `Found 3 errors`), or ends a check line with `Failed` (pre-commit hooks);
/// - reports a failed edit or command: "failed to match", "did not conform to the edit format",
///   "String to replace not found", "command not found", "No such file or directory",
///   "Permission denied", "non-zero exit", a non-zero `exit code`, or it opens with
///   "Failed to", "Unable to" or "Cannot".
public enum ToolOutputFailure {
    public static func isShown(in text: String) -> Bool {
        text.split(whereSeparator: \.isNewline).contains { isShown(inLine: $0) }
    }

    static let openings = ["Traceback (most recent call last)", "FAILED", "FAIL ", "FAIL:", "--- FAIL", "npm ERR!",
                           "fatal:", "ERROR", "[ERROR]", "Failed to ", "Unable to ", "Cannot "]
    static let phrases = ["failed to match", "did not conform to the edit format", "String to replace not found",
                          "command not found", "No such file or directory", "Permission denied", "non-zero exit"]

    static func isShown(inLine raw: Substring) -> Bool {
        let line = raw.drop { $0 == " " || $0 == "\t" }
        if openings.contains(where: { line.hasPrefix($0) }) || opensWithErrorLabel(line) { return true }
        if phrases.contains(where: { line.contains($0) }) { return true }
        if line.hasSuffix("Failed"), line.dropLast(6).hasSuffix(".") { return true }
        return countsFailures(line) || hasNonZeroExitCode(line)
    }

    /// `TypeError: …`, `litellm.APIError: …`, `Error: …`, `error[E0308]: …`.
    private static func opensWithErrorLabel(_ line: Substring) -> Bool {
        let word = line.prefix { $0 != " " }
        guard word.hasSuffix(":") else { return false }
        var label = word.dropLast()
        if label.hasSuffix("]"), let bracket = label.lastIndex(of: "[") { label = label[..<bracket] }
        return label.hasSuffix("Error") || label.hasSuffix("Exception") || label == "error"
    }

    /// A positive count before `failed`, `error` or `errors`: `1 failed, 2 passed`, `Found 3 errors`.
    private static func countsFailures(_ line: Substring) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "=" })
        for (index, word) in words.enumerated().dropFirst() where word == "failed" || word == "error" || word == "errors" {
            if let count = Int(words[index - 1]), count > 0 { return true }
        }
        return false
    }

    private static func hasNonZeroExitCode(_ line: Substring) -> Bool {
        for marker in ["exit code ", "Exit code ", "exit status "] {
            guard let range = line.firstRange(of: marker) else { continue }
            if let code = Int(line[range.upperBound...].prefix { $0.isNumber || $0 == "-" }), code != 0 { return true }
        }
        return false
    }
}
