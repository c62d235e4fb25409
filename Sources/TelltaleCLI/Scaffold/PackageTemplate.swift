/// The files around a starter detector: its tests, and for `--package` a whole package that
/// builds its own `telltale` with the detector beside the built-in ones.
///
/// Placeholders as in `DetectorTemplate`, plus `{{telltalePath}}` and `{{detector}}` (the
/// expression that yields the detector in a test).
enum PackageTemplate {
    /// Checks shared by both layouts: the detector reports a claim in the assistant's own words
    /// and not the same words quoted.
    static let behaviorTests = #"""
            @Test func reportsClaimsInTheAssistantsOwnWordsOnly() throws {
                let set = DetectorSet([{{detector}}])
                let said = Conversation(id: "said", turns: [
                    .user("Will the backup job run tonight?"),
                    .assistant("Yes, it will definitely work tonight."),
                ])
                let quoted = Conversation(id: "quoted", turns: [
                    .user("Will the backup job run tonight?"),
                    .assistant("The runbook says \"it will definitely work\", but nobody has tried it."),
                ])
                #expect(set.findings(in: said).map(\.turn) == [1])
                #expect(set.findings(in: quoted).isEmpty)
            }
        """#

    /// In this repository: the detector is tested through `Builtins`, so the test also fails
    /// until the module is registered.
    static let repositoryTests = #"""
        import Telltale
        import TelltaleBuiltins
        import Testing

        /// {{title}}'s own behavior. Its examples and the derived checks run in DetectorExamplesTests,
        /// like every compiled-in detector's.
        @Suite struct {{Name}}DetectorTests {
            static let detector = Builtins.detectors.first { $0.description.id == "{{id}}" }

            @Test func isCompiledIn() {
                #expect(Self.detector != nil,
                        "add \"{{Name}}\" to detectorModules in Package.swift and register it in Builtins.swift")
            }

        {{behaviorTests}}
        }

        """#

    static let packageTests = #"""
        import {{Name}}
        import Telltale
        import TelltaleTesting
        import Testing

        @Test func passesTheSelfTest() {
            #expect(DetectorSelfTest.failures(of: {{Name}}Detector()) == [])
        }

        @Suite struct {{Name}}DetectorTests {
        {{behaviorTests}}
        }

        """#

    static let manifest = #"""
        // swift-tools-version: 6.1
        import PackageDescription

        // {{title}}: a Telltale detector in a package of its own. `swift run telltale-{{id}} scan FILE`
        // runs it beside the built-in detectors; `swift test` runs its examples and derived checks.
        let package = Package(
            name: "{{Name}}",
            platforms: [.macOS(.v13)],
            products: [
                .library(name: "{{Name}}", targets: ["{{Name}}"]),
                .executable(name: "telltale-{{id}}", targets: ["{{Name}}CLI"]),
            ],
            dependencies: [.package(name: "Telltale", path: "{{telltalePath}}")],
            targets: [
                .target(name: "{{Name}}", dependencies: [.product(name: "Telltale", package: "Telltale")]),
                .executableTarget(name: "{{Name}}CLI", dependencies: [
                    "{{Name}}",
                    .product(name: "TelltaleCLI", package: "Telltale"),
                    .product(name: "TelltaleBuiltins", package: "Telltale"),
                ]),
                .testTarget(name: "{{Name}}Tests", dependencies: [
                    "{{Name}}",
                    .product(name: "Telltale", package: "Telltale"),
                    .product(name: "TelltaleTesting", package: "Telltale"),
                ]),
            ]
        )

        """#

    static let main = #"""
        import {{Name}}
        import TelltaleBuiltins
        import TelltaleCLI

        // The stock command line, with this package's detector beside the built-in ones.
        TelltaleCommandLine.run(detectors: Builtins.detectors + [{{Name}}Detector()], readers: Builtins.readers)

        """#

    static let gitignore = ".build/\nPackage.resolved\n"
}
