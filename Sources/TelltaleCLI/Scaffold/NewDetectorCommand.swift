import Foundation

/// `telltale new-detector NAME`: a starter detector, with examples and a test, that builds and
/// passes as written.
struct NewDetectorCommand: Command {
    let name = "new-detector"
    let summary = "Write a starter detector: a Plugins/ module, or with --package a package of its own."
    let usage = "telltale new-detector NAME [--package] [--output DIR] [--telltale PATH]"
    let discussion = """
        NAME is an UpperCamelCase module name (Capitulation); the detector and pattern id is its
        kebab-case form (capitulation). Without --package, DIR is a Telltale checkout (default: the
        current directory): the files go to Plugins/NAME/ and Tests/TelltaleTests/, and the module is
        registered by hand as printed. With --package, DIR is the new package (default: ./NAME), which
        depends by path on the Telltale package at --telltale (default: the current directory).
        The starter reports certainty claims about unchecked work; its examples pass as written,
        ready to be replaced with yours. Existing files are never overwritten.
        """
    let options: [Option] = [
        .flag("--package", "Write a separate Swift package that builds its own telltale with the detector."),
        .value("--output", "DIR", "Where to write (see above)."),
        .value("--telltale", "PATH", "With --package: the Telltale package to depend on."),
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        guard arguments.positionals.count == 1 else {
            throw UsageError("name the detector module, e.g. 'telltale new-detector Capitulation'")
        }
        let name = try DetectorName(arguments.positionals[0])
        let isPackage = arguments.has("--package")
        if !isPackage, arguments.has("--telltale") { throw UsageError("--telltale goes with --package") }
        let files = isPackage
            ? try packageFiles(name, directory: arguments.value("--output") ?? name.typeName,
                               telltale: arguments.value("--telltale") ?? ".")
            : try moduleFiles(name, root: arguments.value("--output") ?? ".")
        let existing = files.map(\.path).filter { FileManager.default.fileExists(atPath: $0) }
        guard existing.isEmpty else {
            throw UsageError("not overwriting existing files: " + existing.joined(separator: ", "))
        }
        for file in files {
            let directory = (file.path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try file.text.write(toFile: file.path, atomically: true, encoding: .utf8)
            context.out.write("wrote \(file.path)\n")
        }
        context.out.write(isPackage ? packageNextSteps(name, arguments.value("--output") ?? name.typeName)
                                    : moduleNextSteps(name))
        return ExitCode.ok
    }

    private func moduleFiles(_ name: DetectorName, root: String) throws(UsageError) -> [(path: String, text: String)] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root + "/Plugins", isDirectory: &isDirectory), isDirectory.boolValue else {
            throw UsageError("\(root) has no Plugins/ folder: run this in a Telltale checkout, or use --package")
        }
        let module = "\(root)/Plugins/\(name.typeName)"
        return [
            ("\(module)/\(name.typeName)Detector.swift", name.render(DetectorTemplate.detector)),
            ("\(module)/\(name.typeName)Examples.swift", name.render(DetectorTemplate.examples)),
            ("\(root)/Tests/TelltaleTests/\(name.typeName)DetectorTests.swift",
             name.render(PackageTemplate.repositoryTests, detector: "try #require(Self.detector)")),
        ]
    }

    private func packageFiles(_ name: DetectorName, directory: String,
                              telltale: String) throws(UsageError) -> [(path: String, text: String)] {
        let manifest = (try? String(contentsOfFile: telltale + "/Package.swift", encoding: .utf8)) ?? ""
        guard manifest.contains("name: \"Telltale\"") else {
            throw UsageError("--telltale: \(telltale) holds no Telltale package (give the path of a Telltale checkout)")
        }
        let telltalePath = Self.relativePath(from: directory, to: telltale)
        let type = name.typeName
        return [
            ("\(directory)/Package.swift", name.render(PackageTemplate.manifest, telltalePath: telltalePath)),
            ("\(directory)/.gitignore", PackageTemplate.gitignore),
            ("\(directory)/Sources/\(type)/\(type)Detector.swift", name.render(DetectorTemplate.detector)),
            ("\(directory)/Sources/\(type)/\(type)Examples.swift", name.render(DetectorTemplate.examples)),
            ("\(directory)/Sources/\(type)CLI/main.swift", name.render(PackageTemplate.main)),
            ("\(directory)/Tests/\(type)Tests/\(type)Tests.swift",
             name.render(PackageTemplate.packageTests, detector: "\(type)Detector()")),
        ]
    }

    private func moduleNextSteps(_ name: DetectorName) -> String {
        """

        Next, compile it in:
          1. Package.swift: add "\(name.typeName)" to detectorModules.
          2. Sources/TelltaleBuiltins/Builtins.swift: add
               #if \(name.typeName)
               import \(name.typeName)
               #endif
             and in `detectors`
               #if \(name.typeName)
               detectors.append(\(name.typeName)Detector())
               #endif
          3. swift test --filter "\(name.typeName)|DetectorExamplesTests"

        """
    }

    private func packageNextSteps(_ name: DetectorName, _ directory: String) -> String {
        """

        Next:
          swift test --package-path \(directory)
          swift run --package-path \(directory) telltale-\(name.id) explain \(name.id)

        """
    }

    /// `target` as seen from `directory` (both relative to the current directory or absolute).
    static func relativePath(from directory: String, to target: String) -> String {
        func components(_ path: String) -> [String] {
            URL(fileURLWithPath: path).standardizedFileURL.pathComponents.filter { $0 != "/" }
        }
        let from = components(directory), to = components(target)
        var common = 0
        while common < min(from.count, to.count), from[common] == to[common] { common += 1 }
        let path = Array(repeating: "..", count: from.count - common) + to[common...]
        return path.isEmpty ? "." : path.joined(separator: "/")
    }
}

/// A detector's names, from the module name the user gives: `DeadlinePressure` is the type
/// prefix, `deadline-pressure` the id, "Deadline pressure" the title.
struct DetectorName {
    let typeName: String
    let id: String
    let title: String

    static let reserved: Set<String> = ["Telltale", "TelltaleCLI", "TelltaleBuiltins", "TelltaleTesting", "TelltaleTool",
                                        "Testing", "Foundation", "XCTest", "Dispatch"]

    init(_ raw: String) throws(UsageError) {
        var name = raw
        if name.hasSuffix("Detector"), name.count > "Detector".count { name.removeLast("Detector".count) }
        let ascii = name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        guard ascii, let first = name.first, first.isUppercase, (2...50).contains(name.count) else {
            throw UsageError("'\(raw)' is not an UpperCamelCase module name of 2 to 50 letters and digits, like 'Capitulation'")
        }
        guard !Self.reserved.contains(name) else { throw UsageError("'\(name)' is already a module name; choose another") }
        typeName = name
        let words = Self.words(of: name)
        id = words.map { $0.lowercased() }.joined(separator: "-")
        title = ([words[0]] + words.dropFirst().map { $0.lowercased() }).joined(separator: " ")
    }

    /// Splits at case changes, keeping acronyms whole: `HTTPErrorHiding` → HTTP, Error, Hiding.
    static func words(of name: String) -> [String] {
        let characters = Array(name)
        var words: [String] = []
        var current = ""
        for (index, character) in characters.enumerated() {
            let previous = index > 0 ? characters[index - 1] : nil
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let startsWord = character.isUppercase && previous.map {
                !$0.isUppercase || (next?.isLowercase ?? false)
            } ?? false
            if startsWord, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current.append(character)
        }
        words.append(current)
        return words
    }

    func render(_ template: String, detector: String = "", telltalePath: String = "") -> String {
        template
            .replacingOccurrences(of: "{{behaviorTests}}", with: PackageTemplate.behaviorTests)
            .replacingOccurrences(of: "{{detector}}", with: detector)
            .replacingOccurrences(of: "{{telltalePath}}", with: telltalePath)
            .replacingOccurrences(of: "{{Name}}", with: typeName)
            .replacingOccurrences(of: "{{id}}", with: id)
            .replacingOccurrences(of: "{{title}}", with: title)
    }
}
