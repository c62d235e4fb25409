#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Dispatch
import Telltale

/// One line of progress on standard error for long scans: bytes done of the total, throughput,
/// and time left. Shown only when standard error is a terminal and the input is large, redrawn
/// in place at most a few times a second, and erased when the scan ends or a message is printed.
final class ProgressLine {
    /// Inputs smaller than this finish before a progress line would help.
    static let minimumBytes = 64 << 20
    private static let interval: UInt64 = 250_000_000

    private let errors: OutputFile
    private let total: Int
    private let started = DispatchTime.now().uptimeNanoseconds
    private var lastDrawn: UInt64 = 0
    private var shown = false

    /// Nil when standard error is not a terminal or the input is small or of unknown size.
    init?(paths: [String], errors: OutputFile) {
        guard errors.isTerminal else { return nil }
        let total = Self.size(of: paths)
        guard total >= Self.minimumBytes else { return nil }
        self.errors = errors
        self.total = total
    }

    func update(bytesRead: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        guard now - lastDrawn >= Self.interval else { return }
        lastDrawn = now
        errors.write("\r\u{1B}[K" + Self.text(done: bytesRead, total: total, seconds: Double(now - started) / 1e9))
        errors.flush()
        shown = true
    }

    /// Erases the line, before other output or at the end.
    func clear() {
        guard shown else { return }
        errors.write("\r\u{1B}[K")
        errors.flush()
        shown = false
        lastDrawn = 0
    }

    /// `telltale: 120 / 500 MB (24%), 210 MB/s, 2 s left`
    static func text(done: Int, total: Int, seconds: Double) -> String {
        let megabytes = Double(done) / 1_048_576
        let rate = seconds > 0 ? megabytes / seconds : 0
        let percent = total > 0 ? min(done * 100 / total, 100) : 0
        var text = "telltale: \(Int(megabytes)) / \(total >> 20) MB (\(percent)%), \(Int(rate)) MB/s"
        if rate > 0, done > 0, done < total {
            text += ", \(Self.duration(Double(total - done) / 1_048_576 / rate)) left"
        }
        return text
    }

    static func duration(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded(.up))
        return whole < 60 ? "\(whole) s" : "\(whole / 60) min \(whole % 60) s"
    }

    /// Total bytes of the regular files under `paths`; 0 when standard input is among them.
    static func size(of paths: [String]) -> Int {
        var total = 0
        for entry in InputExpansion.expand(paths) where entry.problem == nil {
            guard entry.path != "-" else { return 0 }
            var status = stat()
            if stat(entry.path, &status) == 0 { total += Int(status.st_size) }
        }
        return total
    }
}

/// The run's throughput, for `--stats`.
struct ScanStats {
    var bytes: Int
    var seconds: Double
    var conversations: Int
    var assistantTurns: Int
    var threads: Int

    var text: String {
        let megabytes = Double(bytes) / 1_048_576
        let seconds = max(self.seconds, 1e-9)
        return "telltale: \(JSONText.number(megabytes, digits: 1)) MB in \(JSONText.number(seconds, digits: 2)) s: "
            + "\(JSONText.number(megabytes / seconds, digits: 1)) MB/s, "
            + "\(Int(Double(conversations) / seconds)) conversations/s, "
            + "\(Int(Double(assistantTurns) / seconds)) assistant turns/s "
            + "(\(threads) thread\(threads == 1 ? "" : "s"))\n"
    }
}
