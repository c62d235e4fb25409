import Foundation
import Telltale

/// Reads summary files for `merge` and `report`: each file holds one summary per line (a
/// `--summary` file, or the lines `--summary-only` printed for many partitions); `-` is
/// standard input.
enum SummaryFiles {
    static func load(_ paths: [String]) throws -> Summary {
        var merged: Summary?
        for path in paths {
            let text: String
            if path == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw SummaryFileError(location: path, reason: "cannot read the file")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            var found = false
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                let location = "\(path):\(index + 1)"
                let summary: Summary
                do { summary = try Summary(json: String(line)) } catch {
                    throw SummaryFileError(location: location, reason: "not a telltale summary: \(error)")
                }
                found = true
                if merged == nil {
                    merged = summary
                } else {
                    do { try merged!.merge(summary) } catch {
                        throw SummaryFileError(location: location, reason: "cannot merge with the summaries before it: \(error)")
                    }
                }
            }
            if !found { throw SummaryFileError(location: path, reason: "holds no summary") }
        }
        guard let merged else { throw UsageError("name at least one summary file") }
        return merged
    }
}

extension SummaryFiles {
    /// Writes what `merge` or `report` made to `path`, or standard output; a failed write exits 1.
    static func write(_ text: String, to path: String?, _ context: CommandContext, naming what: String) throws(UsageError) -> Int32 {
        let output = try path.map { path throws(UsageError) in try OutputFile(path: path) } ?? context.out
        output.write(text)
        output.flush()
        if let failure = output.failure, !output.pipeClosed {
            context.err.write("telltale: cannot write the \(what): \(failure)\n")
            return ExitCode.failure
        }
        return ExitCode.ok
    }
}

struct SummaryFileError: Error, CustomStringConvertible {
    var location: String
    var reason: String
    var description: String { "\(location): \(reason)" }
}
