import Foundation
@testable import TelltaleCLI
import Testing

/// What `telltale new-detector` writes and refuses. That the written code builds and passes is
/// checked by .ci/run, which builds a generated package.
@Suite final class NewDetectorCommandTests {
    let runner: CommandRunner

    init() throws { runner = try CommandRunner() }
    deinit { runner.remove() }

    private func contents(_ path: String) throws -> String {
        try String(contentsOfFile: runner.directory + "/" + path, encoding: .utf8)
    }

    @Test func writesAPluginModuleWithItsTest() throws {
        try FileManager.default.createDirectory(atPath: runner.directory + "/Plugins", withIntermediateDirectories: true)
        let result = try runner.run(["new-detector", "HTTPErrorHiding", "--output", runner.directory])
        #expect(result.status == 0)
        let detector = try contents("Plugins/HTTPErrorHiding/HTTPErrorHidingDetector.swift")
        #expect(detector.contains("public struct HTTPErrorHidingDetector: Detector {"))
        let examples = try contents("Plugins/HTTPErrorHiding/HTTPErrorHidingExamples.swift")
        #expect(examples.contains(#"id: "http-error-hiding","#) && examples.contains(#"name: "HTTP error hiding","#))
        #expect(examples.components(separatedBy: "Example(\"").count - 1 == 16)
        let test = try contents("Tests/TelltaleTests/HTTPErrorHidingDetectorTests.swift")
        #expect(test.contains(#"$0.description.id == "http-error-hiding""#))
        #expect(test.contains("DetectorSet([try #require(Self.detector)])"))
        #expect(!(detector + examples + test).contains("{{"))
        #expect(result.out.contains("add \"HTTPErrorHiding\" to detectorModules"))
    }

    @Test func needsACheckoutWithPluginsUnlessAPackageIsAsked() throws {
        let result = try runner.run(["new-detector", "Capitulation", "--output", runner.directory])
        #expect(result.status == 2 && result.err.contains("has no Plugins/ folder"))
    }

    @Test func neverOverwritesAFile() throws {
        let existing = try runner.write("Plugins/Capitulation/CapitulationExamples.swift", "// mine\n")
        let result = try runner.run(["new-detector", "Capitulation", "--output", runner.directory])
        #expect(result.status == 2 && result.err.contains("not overwriting existing files: \(existing)"))
        #expect(try contents("Plugins/Capitulation/CapitulationExamples.swift") == "// mine\n")
        #expect(!FileManager.default.fileExists(atPath: runner.directory + "/Plugins/Capitulation/CapitulationDetector.swift"))
    }

    @Test func writesAPackageThatDependsOnTelltaleByPath() throws {
        _ = try runner.write("telltale/Package.swift", "let package = Package(\n    name: \"Telltale\",\n)\n")
        let package = runner.directory + "/work/Capitulation"
        let result = try runner.run(["new-detector", "CapitulationDetector", "--package", "--output", package,
                                     "--telltale", runner.directory + "/telltale"])
        #expect(result.status == 0)
        let manifest = try contents("work/Capitulation/Package.swift")
        #expect(manifest.contains(#".package(name: "Telltale", path: "../../telltale")"#))
        #expect(manifest.contains(#".executable(name: "telltale-capitulation", targets: ["CapitulationCLI"])"#))
        let tests = try contents("work/Capitulation/Tests/CapitulationTests/CapitulationTests.swift")
        #expect(tests.contains("#expect(DetectorSelfTest.failures(of: CapitulationDetector()) == [])"))
        for file in ["Sources/Capitulation/CapitulationDetector.swift", "Sources/Capitulation/CapitulationExamples.swift",
                     "Sources/CapitulationCLI/main.swift", ".gitignore"] {
            #expect(FileManager.default.fileExists(atPath: package + "/" + file), "\(file)")
        }
    }

    @Test func aPackageNeedsATelltaleCheckout() throws {
        let result = try runner.run(["new-detector", "Capitulation", "--package", "--output", runner.directory + "/p",
                                     "--telltale", runner.directory])
        #expect(result.status == 2 && result.err.contains("holds no Telltale package"))
    }

    @Test(arguments: ["capitulation", "Cap itulation", "X", "Telltale", "Ünicode", ""])
    func refusesNamesThatAreNotNewModuleNames(_ name: String) throws {
        let result = try runner.run(["new-detector", name, "--package", "--output", runner.directory + "/p"])
        #expect(result.status == 2)
        #expect(!FileManager.default.fileExists(atPath: runner.directory + "/p"))
    }

    @Test func derivesIdAndTitleFromTheModuleName() throws {
        let name = try DetectorName("Gpt4HedgingDetector")
        #expect(name.typeName == "Gpt4Hedging" && name.id == "gpt4-hedging" && name.title == "Gpt4 hedging")
        #expect(try DetectorName("DeadlinePressure").id == "deadline-pressure")
    }

    @Test func computesRelativePaths() {
        #expect(NewDetectorCommand.relativePath(from: "/a/b/c", to: "/a/x") == "../../x")
        #expect(NewDetectorCommand.relativePath(from: "/a/b", to: "/a/b") == ".")
        #expect(NewDetectorCommand.relativePath(from: "/a", to: "/a/b/c") == "b/c")
    }
}
