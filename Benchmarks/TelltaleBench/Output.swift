#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A file written with `fwrite`, with errors that name the path.
final class FileOutput {
    let path: String
    private var handle: UnsafeMutablePointer<FILE>?

    init(path: String) throws(BenchError) {
        self.path = path
        guard let handle = fopen(path, "wb") else {
            throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))")
        }
        self.handle = handle
    }

    func write(_ bytes: [UInt8]) throws(BenchError) {
        guard let handle else { return }
        let written = bytes.withUnsafeBufferPointer { fwrite($0.baseAddress, 1, $0.count, handle) }
        if written != bytes.count { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    func write(_ text: String) throws(BenchError) { try write(Array(text.utf8)) }

    func close() throws(BenchError) {
        guard let handle else { return }
        self.handle = nil
        if fclose(handle) != 0 { throw BenchError("cannot write \(path): \(String(cString: strerror(errno)))") }
    }

    deinit { if let handle { fclose(handle) } }
}

/// Progress and errors on standard error, unbuffered.
enum FileHandleOutput {
    static func error(_ text: String) {
        var text = text
        text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
    }
}
