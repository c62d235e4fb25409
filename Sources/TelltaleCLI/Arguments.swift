/// A command-line option a command accepts.
struct Option {
    enum Kind { case flag, value, repeatable }

    var name: String
    var kind: Kind
    var valueName: String
    var help: String

    static func flag(_ name: String, _ help: String) -> Option {
        Option(name: name, kind: .flag, valueName: "", help: help)
    }

    static func value(_ name: String, _ valueName: String, _ help: String) -> Option {
        Option(name: name, kind: .value, valueName: valueName, help: help)
    }

    static func repeatable(_ name: String, _ valueName: String, _ help: String) -> Option {
        Option(name: name, kind: .repeatable, valueName: valueName, help: help)
    }
}

/// Arguments after parsing: positionals in order, option values by name.
struct Arguments {
    var positionals: [String] = []
    private var values: [String: [String]] = [:]

    func has(_ name: String) -> Bool { values[name] != nil }
    func value(_ name: String) -> String? { values[name]?.last }
    func values(_ name: String) -> [String] { values[name] ?? [] }

    func double(_ name: String, in range: ClosedRange<Double> = 0...1) throws(UsageError) -> Double? {
        guard let text = value(name) else { return nil }
        guard let number = Double(text), range.contains(number) else {
            throw UsageError("\(name) expects a number in \(range.lowerBound)…\(range.upperBound), got '\(text)'")
        }
        return number
    }

    func integer(_ name: String, atLeast minimum: Int = 1) throws(UsageError) -> Int? {
        guard let text = value(name) else { return nil }
        guard let number = Int(text), number >= minimum else {
            throw UsageError("\(name) expects a whole number ≥ \(minimum), got '\(text)'")
        }
        return number
    }

    /// Parses `arguments` against `options`: `--name value`, `--name=value`, flags, `--` ends
    /// options, `-` is a positional (standard input).
    static func parse(_ arguments: [String], options: [Option]) throws(UsageError) -> Arguments {
        var result = Arguments()
        var index = 0
        var onlyPositionals = false
        while index < arguments.count {
            let argument = arguments[index]
            index += 1
            if onlyPositionals || !argument.hasPrefix("--") {
                if !onlyPositionals, argument.hasPrefix("-"), argument != "-", argument.count > 1 {
                    throw UsageError("unknown option '\(argument)'")
                }
                result.positionals.append(argument)
                continue
            }
            if argument == "--" { onlyPositionals = true; continue }
            var name = argument
            var inline: String?
            if let equals = argument.firstIndex(of: "=") {
                name = String(argument[..<equals])
                inline = String(argument[argument.index(after: equals)...])
            }
            guard let option = options.first(where: { $0.name == name }) else {
                throw UsageError("unknown option '\(name)'")
            }
            switch option.kind {
            case .flag:
                guard inline == nil else { throw UsageError("\(name) takes no value") }
                result.values[name, default: []].append("")
            case .value, .repeatable:
                let value: String
                if let inline {
                    value = inline
                } else {
                    guard index < arguments.count else { throw UsageError("\(name) needs a value (\(option.valueName))") }
                    value = arguments[index]
                    index += 1
                }
                if option.kind == .value, result.values[name] != nil {
                    throw UsageError("\(name) given twice")
                }
                result.values[name, default: []].append(value)
            }
        }
        return result
    }
}

/// A mistake in how the command was called: printed with a pointer to `--help`, exit 2.
struct UsageError: Error {
    var message: String
    init(_ message: String) { self.message = message }
}
