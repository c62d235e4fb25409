#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file (or standard input) read in large chunks with plain `read(2)`: no whole-file copy,
/// no per-line allocation, memory bounded by the chunk size.
final class InputFile {
    let path: String
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private(set) var reachedEnd = false

    /// Opens `path`, or standard input for `-`.
    init(path: String) throws(InputError) {
        self.path = path
        if path == "-" {
            guard fcntl(STDIN_FILENO, F_GETFD) != -1 else { throw InputError(path: path, reason: "standard input is closed") }
            descriptor = STDIN_FILENO
            ownsDescriptor = false
            return
        }
        let opened = open(path, O_RDONLY)
        guard opened >= 0 else { throw InputError(path: path, reason: systemReason(errno)) }
        var status = stat()
        if fstat(opened, &status) == 0, (status.st_mode & S_IFMT) == S_IFDIR {
            close(opened)
            throw InputError(path: path, reason: "is a directory")
        }
        descriptor = opened
        ownsDescriptor = true
    }

    deinit {
        if ownsDescriptor { close(descriptor) }
    }

    /// A new buffer holding `prefix` followed by up to `count` bytes read from the file; the
    /// file is read until the buffer is full or the file ends. One allocation, no extra copy.
    func read(count: Int, after prefix: ArraySlice<UInt8> = []) throws(InputError) -> [UInt8] {
        var failure: Int32 = 0
        let buffer = [UInt8](unsafeUninitializedCapacity: prefix.count + count) { storage, initialized in
            var filled = prefix.count
            if !prefix.isEmpty {
                _ = prefix.withUnsafeBufferPointer { memcpy(storage.baseAddress!, $0.baseAddress!, prefix.count) }
            }
            while filled < storage.count {
                let result = Self.systemRead(descriptor, storage.baseAddress! + filled, storage.count - filled)
                if result < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if result == 0 { reachedEnd = true; break }
                filled += result
            }
            initialized = filled
        }
        if failure != 0 { throw InputError(path: path, reason: systemReason(failure)) }
        return buffer
    }

    private static func systemRead(_ descriptor: Int32, _ pointer: UnsafeMutablePointer<UInt8>, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.read(descriptor, pointer, count)
        #else
        Darwin.read(descriptor, pointer, count)
        #endif
    }
}

/// A file that could not be opened or read.
public struct InputError: Error, Sendable, CustomStringConvertible {
    public var path: String
    public var reason: String
    public var description: String { "\(path): \(reason)" }
}
