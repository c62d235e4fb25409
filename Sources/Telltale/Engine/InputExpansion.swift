import Foundation

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
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            return [Entry(path: path, problem: "no such file or directory")]
        }
        guard isDirectory.boolValue else { return [Entry(path: path)] }
        return walk(path)
    }

    /// Hidden folders are walked (`.specstory`, `.claude` hold transcripts); version-control
    /// folders and linked folders (which can loop) are not.
    private static func walk(_ directory: String) -> [Entry] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else {
            return [Entry(path: directory, problem: "cannot read directory")]
        }
        var entries: [Entry] = []
        for name in names.sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
            guard name != ".git", name != ".hg", name != ".svn" else { continue }
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            let attributes = try? manager.attributesOfItem(atPath: path)
            let type = attributes?[.type] as? FileAttributeType
            switch type {
            case .typeDirectory?:
                entries += walk(path)
            case .typeSymbolicLink?:
                var isDirectory: ObjCBool = false
                if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                    entries.append(Entry(path: path))
                }
            case .typeRegular?:
                entries.append(Entry(path: path))
            case nil:
                entries.append(Entry(path: path, problem: "cannot read file attributes"))
            default:
                continue
            }
        }
        return entries
    }
}
