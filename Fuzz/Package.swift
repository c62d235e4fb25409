// swift-tools-version: 6.1
import PackageDescription

// libFuzzer targets for the readers, the JSON scanner and the phrase matcher. Built apart from
// the main package because every module must be compiled with `-sanitize=fuzzer`; see run.sh.
let package = Package(
    name: "TelltaleFuzz",
    dependencies: [.package(name: "Telltale", path: "..")],
    targets: [
        .executableTarget(name: "TelltaleFuzz", dependencies: [
            .product(name: "Telltale", package: "Telltale"),
            .product(name: "TelltaleBuiltins", package: "Telltale"),
            .product(name: "TelltaleTesting", package: "Telltale"),
        ]),
    ]
)
