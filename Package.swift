// swift-tools-version: 6.1
import PackageDescription

/// Detector and reader modules, each a target under Plugins/ and a trait of the same name.
/// A build composes any subset: `swift build --disable-default-traits --traits Spiraling,AllFormats`.
let detectorModules = ["Spiraling", "Hiding", "Overthinking", "Bundling", "DeadlinePressure"]
let formatModules = ["OpenAIFormat", "ShareGPTFormat", "AnthropicHHFormat", "PlainTextFormat",
                     "ClaudeCodeFormat", "SWEAgentFormat", "AiderFormat", "TerminalFormat",
                     "SpecStoryFormat"]
let pluginModules = detectorModules + formatModules

let package = Package(
    name: "Telltale",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "telltale", targets: ["TelltaleTool"]),
        .executable(name: "telltale-bench", targets: ["TelltaleBench"]),
        .library(name: "Telltale", targets: ["Telltale"]),
        .library(name: "TelltaleCLI", targets: ["TelltaleCLI"]),
        .library(name: "TelltaleBuiltins", targets: ["TelltaleBuiltins"]),
        .library(name: "TelltaleTesting", targets: ["TelltaleTesting"]),
        .library(name: "TelltaleBaseline", targets: ["TelltaleBaseline"]),
    ] + pluginModules.map { .library(name: $0, targets: [$0]) },
    traits: Set(pluginModules.map { Trait(name: $0, description: "Compile in the \($0) module") } + [
        .trait(name: "AllDetectors", description: "Every built-in detector", enabledTraits: Set(detectorModules)),
        .trait(name: "AllFormats", description: "Every built-in transcript reader", enabledTraits: Set(formatModules)),
        .default(enabledTraits: ["AllDetectors", "AllFormats"]),
    ]),
    targets: [
        .target(name: "Telltale", path: "Sources/Telltale"),
        .target(name: "TelltaleCLI", dependencies: ["Telltale", "TelltaleBaseline", "TelltaleTesting"], path: "Sources/TelltaleCLI"),
        .target(name: "TelltaleBaseline", dependencies: ["Telltale"], path: "Sources/TelltaleBaseline"),
        .target(
            name: "TelltaleBuiltins",
            dependencies: pluginModules.map { .target(name: $0, condition: .when(traits: [$0])) },
            path: "Sources/TelltaleBuiltins"),
        .target(name: "TelltaleTesting", dependencies: ["Telltale"], path: "Sources/TelltaleTesting"),
        .executableTarget(name: "TelltaleTool", dependencies: ["TelltaleCLI", "TelltaleBuiltins"], path: "Sources/telltale"),
        .executableTarget(
            name: "TelltaleBench", dependencies: ["Telltale", "TelltaleBuiltins"], path: "Benchmarks/TelltaleBench"),
        .testTarget(
            name: "TelltaleTests",
            dependencies: ["Telltale", "TelltaleCLI", "TelltaleBuiltins", "TelltaleTesting", "TelltaleBaseline"],
            path: "Tests/TelltaleTests"),
    ] + pluginModules.map { .target(name: $0, dependencies: ["Telltale"], path: "Plugins/\($0)") }
)
