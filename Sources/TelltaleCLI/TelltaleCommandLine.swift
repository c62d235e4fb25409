#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Telltale

/// What every command gets: the composed detectors and readers, and the output streams.
struct CommandContext {
    var detectors: [any Detector]
    var readers: [any TranscriptReader]
    var out: OutputFile
    var err: OutputFile
}

/// One `telltale` subcommand.
protocol Command {
    var name: String { get }
    var summary: String { get }
    var usage: String { get }
    var discussion: String { get }
    var options: [Option] { get }
    func run(_ arguments: Arguments, _ context: CommandContext) throws -> Int32
}

extension Command {
    var discussion: String { "" }

    var help: String {
        var lines = ["USAGE: \(usage)", "", summary]
        if !discussion.isEmpty { lines += ["", discussion] }
        let all = options + [.flag("--help", "Show this help.")]
        lines += ["", "OPTIONS:"]
        for option in all {
            let label = option.kind == .flag ? option.name : "\(option.name) \(option.valueName)"
            lines.append("  " + label.padding(to: 24) + option.help)
        }
        lines += ["", ExitCode.legend]
        return lines.joined(separator: "\n") + "\n"
    }
}

enum ExitCode {
    static let ok: Int32 = 0
    static let failure: Int32 = 1
    static let usage: Int32 = 2
    static let legend = "EXIT CODES: 0 ok (findings or not; bad input is reported), 1 the run failed (bad input "
        + "with --on-error fail, unwritable output), 2 usage error or a bad rule file, 130 or 143 the scan "
        + "was stopped by SIGINT or SIGTERM."
}

/// The `telltale` command line, as a library: a package that adds its own detectors or readers
/// builds its own CLI by calling `run` with the lists it wants.
public enum TelltaleCommandLine {
    public static func run(detectors: [any Detector], readers: [any TranscriptReader],
                           arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> Never {
        OutputFile.ignoreBrokenPipes()
        let context = CommandContext(detectors: detectors, readers: readers,
                                     out: .standardOutput, err: .standardError)
        let status = execute(arguments, context)
        context.out.flush()
        context.err.flush()
        exit(status)
    }

    static var commands: [any Command] { [
        ScanCommand(), MergeCommand(), ReportCommand(), EvalCommand(), TrainCommand(), DemoCommand(),
        DetectorsCommand(), ExplainCommand(), FormatsCommand(), TestRulesCommand(), NewDetectorCommand(),
    ] }

    static func execute(_ arguments: [String], _ context: CommandContext) -> Int32 {
        guard let first = arguments.first, first != "--help", first != "-h", first != "help" else {
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                context.out.write(command.help)
            } else {
                context.out.write(overview)
            }
            return arguments.isEmpty ? ExitCode.usage : ExitCode.ok
        }
        guard let command = commands.first(where: { $0.name == first }) else {
            context.err.write("telltale: unknown command '\(first)'\n\(overview)")
            return ExitCode.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.out.write(command.help)
            return ExitCode.ok
        }
        do {
            let parsed = try Arguments.parse(rest, options: command.options)
            return try command.run(parsed, context)
        } catch let error as UsageError {
            context.err.write("telltale \(command.name): \(error.message)\nSee 'telltale \(command.name) --help'.\n")
            return ExitCode.usage
        } catch let error as RuleFileError {
            context.err.write("telltale \(command.name): the rule files have problems; nothing was run:\n\(error)\n")
            return ExitCode.usage
        } catch {
            context.err.write("telltale \(command.name): \(error)\n")
            return ExitCode.failure
        }
    }

    static var overview: String {
        var lines = ["telltale — find how AI assistants handle their own failures, in transcripts.", "",
                     "USAGE: telltale <command> [options]", "", "COMMANDS:"]
        for command in commands { lines.append("  " + command.name.padding(to: 14) + command.summary) }
        lines += ["", "Run 'telltale <command> --help' for a command's options.", "", ExitCode.legend]
        return lines.joined(separator: "\n") + "\n"
    }
}

extension String {
    func padding(to width: Int) -> String {
        count >= width ? self + " " : self + String(repeating: " ", count: width - count)
    }
}
