#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Telltale

/// `--origin-header`: standard input starts with one line `#origin FILE:LINE` naming the file
/// and line its first record came from. A piece of a file cut out elsewhere (a Spark
/// partition) then reports the same file, lines and conversation ids as the whole file does,
/// so the summaries of the pieces merge into the summary of the file. A piece with no lines, or
/// only blank ones, adds nothing.
enum OriginHeader {
    static let prefix = "#origin "

    /// Reads the header line from standard input, leaving the rest unread. Nil when standard
    /// input is empty: a piece with no lines contributes nothing.
    static func read(descriptor: Int32 = STDIN_FILENO) throws -> SourceLocation? {
        var bytes: [UInt8] = []
        var byte: UInt8 = 0
        while bytes.count < 65_536 {
            #if canImport(Glibc)
            let count = Glibc.read(descriptor, &byte, 1)
            #else
            let count = Darwin.read(descriptor, &byte, 1)
            #endif
            if count < 0, errno == EINTR { continue }
            if count <= 0 { break }
            if byte == 0x0A { break }
            bytes.append(byte)
        }
        if bytes.isEmpty { return nil }
        return try parse(String(decoding: bytes, as: UTF8.self))
    }

    static func parse(_ line: String) throws -> SourceLocation {
        let line = line.hasSuffix("\r") ? String(line.dropLast()) : line
        guard line.hasPrefix(prefix), let colon = line.lastIndex(of: ":"),
              let number = Int(line[line.index(after: colon)...]), number >= 1 else {
            throw OriginError(line: String(line.prefix(120)))
        }
        let file = String(line[line.index(line.startIndex, offsetBy: prefix.count)..<colon])
        guard !file.isEmpty else { throw OriginError(line: line) }
        return SourceLocation(file: file, line: number)
    }
}

struct OriginError: Error, CustomStringConvertible {
    var line: String
    var description: String {
        "-:1: with --origin-header, standard input must start with '#origin FILE:LINE', found '\(line)'"
    }
}
