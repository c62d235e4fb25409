import Telltale

/// `telltale detectors`: what this build can find.
struct DetectorsCommand: Command {
    let name = "detectors"
    let summary = "List the compiled-in detectors (or, with --phrases, every phrase they match)."
    let usage = "telltale detectors [--phrases] [--rules FILE…]"
    let options: [Option] = [
        .flag("--phrases", "Print every phrase of the shared automaton, one per line (for grep-like baselines)."),
        .rules,
    ]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let detectors = try RuleFiles.adding(arguments.values("--rules"), to: context.detectors)
        if arguments.has("--phrases") {
            for phrase in DetectorSet(detectors).lexicon.phrases {
                context.out.write(phrase.hasSuffix("*") ? String(phrase.dropLast()) + "\n" : phrase + "\n")
            }
            return ExitCode.ok
        }
        for detector in detectors {
            let description = detector.description
            context.out.write(description.id.padding(to: 20) + "threshold "
                + JSONText.number(description.defaultThreshold, digits: 2).padding(to: 6) + description.summary + "\n")
        }
        return ExitCode.ok
    }
}

/// `telltale explain ID`: a detector's documentation and examples.
struct ExplainCommand: Command {
    let name = "explain"
    let summary = "Print a detector's description, rationale, cues and examples."
    let usage = "telltale explain DETECTOR-ID [--rules FILE…]"
    let options: [Option] = [.rules]

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let detectors = try RuleFiles.adding(arguments.values("--rules"), to: context.detectors)
        let ids = detectors.map(\.description.id).joined(separator: ", ")
        guard arguments.positionals.count == 1, let id = arguments.positionals.first else {
            throw UsageError("name one detector: " + ids)
        }
        guard let detector = detectors.first(where: { $0.description.id == id }) else {
            throw UsageError("unknown detector '\(id)'; this build has: " + ids)
        }
        let description = detector.description
        var text = "\(description.name) (\(description.id)) — pattern \(description.pattern.rawValue), "
            + "default threshold \(JSONText.number(description.defaultThreshold, digits: 2))\n\n"
            + "\(description.summary)\n\nWhy: \(description.rationale)\n\nCues:\n"
        for cue in detector.vocabulary.cues {
            text += "  \(cue.name) (weight \(JSONText.number(cue.weight, digits: 2))): "
                + cue.phrases.prefix(8).map { "\"\($0)\"" }.joined(separator: ", ")
                + (cue.phrases.count > 8 ? ", … (\(cue.phrases.count) phrases)" : "") + "\n"
        }
        text += "\nReports:\n" + Self.render(description.triggeringExamples)
        text += "\nDoes not report:\n" + Self.render(description.nonTriggeringExamples)
        context.out.write(text)
        return ExitCode.ok
    }

    static func render(_ examples: [Example]) -> String {
        examples.map { example in
            let turns = example.turns.enumerated().map { index, turn in
                let marker = index == example.judgedTurn ? "→" : " "
                let speaker = turn.kind == .message ? turn.role.rawValue : turn.kind.rawValue
                return "   \(marker) \(speaker): " + turn.text.replacingNewlines()
            }
            return "  • \(example.note)\n" + turns.joined(separator: "\n")
        }.joined(separator: "\n") + "\n"
    }
}

/// `telltale formats`: what this build can read.
struct FormatsCommand: Command {
    let name = "formats"
    let summary = "List the compiled-in transcript readers and what each recognizes."
    let usage = "telltale formats"
    let options: [Option] = []

    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32 {
        let indent = String(repeating: " ", count: 14)
        for reader in context.readers {
            let format = reader.format
            var text = format.name.padding(to: 14) + format.summary + "\n"
            if !format.recognizedBy.isEmpty { text += indent + "recognized by " + format.recognizedBy + "\n" }
            text += indent + "files: " + format.filePatterns.joined(separator: ", ") + " — found in " + format.whereFound + "\n"
            context.out.write(text)
        }
        return ExitCode.ok
    }
}

extension String {
    func replacingNewlines() -> String {
        split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " ⏎ ")
    }
}
