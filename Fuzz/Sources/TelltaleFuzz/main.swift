import Foundation
import Telltale
import TelltaleBuiltins
import TelltaleTesting

// libFuzzer's driver runs `fuzzOneInput` once per input (the package's executable keeps its
// own `main`, so it hands its arguments to the driver). TELLTALE_FUZZ_TARGET picks what the
// input is fed to: `json`, `phrases`, or the name of a reader (`telltale formats`).

/// The part under test, chosen once from the environment.
private let target: @Sendable (UnsafeBufferPointer<UInt8>) -> [String] = {
    let name = ProcessInfo.processInfo.environment["TELLTALE_FUZZ_TARGET"] ?? ""
    guard let target = FuzzHarness.target(named: name, readers: Builtins.readers, detectors: Builtins.detectors) else {
        let names = ["json", "phrases"] + Builtins.readers.map(\.format.name)
        fatalError("TELLTALE_FUZZ_TARGET must be one of: \(names.joined(separator: ", ")); got '\(name)'")
    }
    return target
}()

@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(_ argc: UnsafeMutablePointer<Int32>,
                     _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                     _ body: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32) -> Int32

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let problems = target(UnsafeBufferPointer(start: data, count: size))
    if !problems.isEmpty { fatalError("broken invariants: \(problems.joined(separator: "; "))") }
    return 0
}

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzOneInput))
