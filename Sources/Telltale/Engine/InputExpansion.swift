import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line paths into the files to scan: directories recursively, in byte order
/// of their paths, so every run sees files in the same order.
public enum InputExpansion {
    public struct Entry: Sendable, Hashable {
        public var path: String
        /// Set when the path cannot be scanned (missing, unreadable); reported, never dropped.
        public var problem: String?
    }

    public static func expand(_ paths: [String]) -> [Entry] {
        paths.flatMap(expand(path:))
    }

    private static func expand(path: String) -> [Entry] {
        if path == "-" { return [Entry(path: "-")] }
        var status = stat()
        guard stat(path, &status) == 0 else { return [Entry(path: path, problem: systemReason(errno))] }
        // A named pipe or device named on the command line is read (`<(command)` is a pipe).
        guard status.st_mode & S_IFMT == S_IFDIR else { return [Entry(path: path)] }
        return walk(path)
    }

    /// Hidden folders are walked (`.specstory`, `.claude` hold transcripts); version-control
    /// folders are not. Whatever else is found but not read — linked folders (which can loop),
    /// broken links, pipes, sockets, devices — is reported, never passed over in silence.
    private static func walk(_ directory: String) -> [Entry] {
        let manager = FileManager.default
        guard opendir(directory).map({ closedir($0) }) != nil, let names = try? manager.contentsOfDirectory(atPath: directory) else {
            return [Entry(path: directory, problem: "cannot read directory: " + systemReason(errno))]
        }
        var entries: [Entry] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard name != ".git", name != ".hg", name != ".svn" else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0 else {
                entries.append(Entry(path: path, problem: "cannot read file attributes: " + systemReason(errno)))
                continue
            }
            switch status.st_mode & S_IFMT {
            case S_IFDIR:
                entries += walk(path)
            case S_IFREG:
                entries.append(Entry(path: path))
            case S_IFLNK:
                if stat(path, &status) != 0 {
                    entries.append(Entry(path: path, problem: "broken symbolic link: " + systemReason(errno)))
                } else if status.st_mode & S_IFMT == S_IFREG {
                    entries.append(Entry(path: path))
                } else {
                    entries.append(Entry(path: path, problem: "symbolic link to a \(kind(status.st_mode)): not followed"))
                }
            default:
                entries.append(Entry(path: path, problem: "\(kind(status.st_mode)): skipped"))
            }
        }
        return entries
    }
}

/// What a file that is not a regular file is, for the report of why it was not read.
private func kind(_ mode: mode_t) -> String {
    switch mode & S_IFMT {
    case S_IFDIR: "directory"
    case S_IFIFO: "named pipe"
    case S_IFSOCK: "socket"
    default: "device file"
    }
}

/// The system's message for an error number, as the rest of a sentence: "no such file or directory".
public func systemReason(_ number: Int32) -> String {
    let message = String(cString: strerror(number))
    return message.prefix(1).lowercased() + message.dropFirst()
}
