// swift-tools-version: 6.1
import PackageDescription

// A package of its own that adds a detector (Capitulation) and a transcript reader (QAFormat)
// to Telltale without forking it, and builds a `telltale-custom` command line with both.
let package = Package(
    name: "CustomDetector",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "Capitulation", targets: ["Capitulation"]),
        .library(name: "QAFormat", targets: ["QAFormat"]),
        .executable(name: "telltale-custom", targets: ["TelltaleCustom"]),
    ],
    dependencies: [.package(name: "Telltale", path: "../..")],
    targets: [
        .target(name: "Capitulation", dependencies: [.product(name: "Telltale", package: "Telltale")]),
        .target(name: "QAFormat", dependencies: [.product(name: "Telltale", package: "Telltale")]),
        .executableTarget(name: "TelltaleCustom", dependencies: [
            "Capitulation", "QAFormat",
            .product(name: "TelltaleCLI", package: "Telltale"),
            .product(name: "TelltaleBuiltins", package: "Telltale"),
        ]),
        .testTarget(name: "CapitulationTests", dependencies: [
            "Capitulation", "QAFormat",
            .product(name: "Telltale", package: "Telltale"),
            .product(name: "TelltaleBuiltins", package: "Telltale"),
            .product(name: "TelltaleTesting", package: "Telltale"),
        ]),
    ]
)
