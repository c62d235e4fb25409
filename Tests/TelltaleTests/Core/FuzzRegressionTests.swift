import Foundation
import Telltale
import TelltaleBuiltins
import TelltaleTesting
import Testing

/// Every input a fuzzer ever crashed on (`Tests/Fixtures/Fuzz/TARGET/`), and the fuzzers'
/// seeds (`Fuzz/seeds/TARGET/`), run through the same harness the fuzzers run: no crash, no
/// broken invariant.
@Suite struct FuzzRegressionTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// (target, file) for every file in the two folders.
    static var inputs: [(String, String)] {
        let manager = FileManager.default
        return ["Tests/Fixtures/Fuzz", "Fuzz/seeds"].flatMap { folder -> [(String, String)] in
            let base = root.appendingPathComponent(folder).path
            let targets = ((try? manager.contentsOfDirectory(atPath: base)) ?? []).sorted()
            return targets.flatMap { target in
                ((try? manager.contentsOfDirectory(atPath: base + "/" + target)) ?? []).sorted()
                    .filter { !$0.hasPrefix(".") }.map { (target, base + "/" + target + "/" + $0) }
            }
        }
    }

    @Test func everyKeptInputPassesItsHarness() throws {
        let inputs = Self.inputs
        #expect(inputs.count >= 10, "the seeds are there")
        for (name, path) in inputs {
            let target = try #require(FuzzHarness.target(named: name, readers: Builtins.readers, detectors: Builtins.detectors),
                                      "\(path): no fuzz target '\(name)'")
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
            let problems = bytes.withUnsafeBufferPointer { target($0) }
            #expect(problems.isEmpty, "\(path): \(problems)")
        }
    }
}
