import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Telltale
import TelltaleBuiltins

/// `telltale-bench matcher FILE…`: the phrase automaton alone, with every compiled-in phrase, over
/// the files' bytes cut into 4 KB texts: what matching costs apart from reading and judging.
enum MatcherBenchmark {
    static func run(_ paths: [String], rounds: Int = 5) {
        let matcher = PhraseMatcher(phrases: DetectorSet(Builtins.detectors).lexicon.phrases)
        var bytes: [UInt8] = []
        for path in paths {
            guard let file = fopen(path, "rb") else { continue }
            var buffer = [UInt8](repeating: 0, count: 1 << 20)
            while true {
                let count = fread(&buffer, 1, buffer.count, file)
                if count <= 0 { break }
                bytes += buffer[..<count]
            }
            fclose(file)
        }
        var best = Double.infinity, matches = 0
        bytes.withUnsafeBufferPointer { all in
            let texts = stride(from: 0, to: all.count, by: 4096).map {
                UnsafeBufferPointer(rebasing: all[$0..<min($0 + 4096, all.count)])
            }
            for _ in 0..<rounds {
                var found = 0
                let start = seconds()
                matcher.forEachMatch(inEach: texts) { _, _ in found += 1 }
                best = min(best, seconds() - start)
                matches = found
            }
        }
        let megabytes = Double(bytes.count) / 1_000_000
        print("matcher: \(matcher.phrases.count) phrases, \(String(format: "%.1f", megabytes)) MB, \(matches) matches, "
            + "best of \(rounds): \(String(format: "%.3f", best)) s, \(String(format: "%.1f", megabytes / best)) MB/s")
    }

    private static func seconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }
}
