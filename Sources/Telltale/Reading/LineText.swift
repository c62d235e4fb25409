/// Trimming that line-oriented text readers share.
extension StringProtocol {
    /// Without `character` at either end.
    public func trimming(_ character: Character) -> SubSequence {
        let start = firstIndex { $0 != character } ?? endIndex
        let end = lastIndex { $0 != character }.map { index(after: $0) } ?? start
        return self[start..<Swift.max(start, end)]
    }
}

extension String {
    /// Without blank lines at the start and the end.
    public func trimmingBlankLines() -> String {
        let lines = split(separator: "\n", omittingEmptySubsequences: false)
        let body = lines.drop { $0.allSatisfy(\.isWhitespace) }.reversed().drop { $0.allSatisfy(\.isWhitespace) }.reversed()
        return body.joined(separator: "\n")
    }
}
