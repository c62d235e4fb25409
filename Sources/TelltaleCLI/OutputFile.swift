#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import Telltale

/// A buffered output stream on a file descriptor that notices a closed pipe instead of dying
/// of SIGPIPE, so `telltale scan … | head` ends quietly.
final class OutputFile: @unchecked Sendable {
    private let descriptor: Int32
    private let ownsDescriptor: Bool
    private var buffer: [UInt8] = []
    private let capacity = 1 << 16
    /// Set once a write fails; later writes are dropped.
    private(set) var failure: String? {
        didSet { lock.lock(); broken = failure != nil; lock.unlock() }
    }
    private var broken = false
    private let lock = NSLock()

    /// Readable from any thread: the scan polls it to stop early.
    var isBroken: Bool { lock.lock(); defer { lock.unlock() }; return broken }
    private(set) var pipeClosed = false
    let isTerminal: Bool

    /// When set, output is kept in memory instead of written (tests read it back).
    private var captured: [UInt8]?

    static let standardOutput = OutputFile(descriptor: STDOUT_FILENO)
    static let standardError = OutputFile(descriptor: STDERR_FILENO)

    private init(descriptor: Int32) {
        self.descriptor = descriptor
        ownsDescriptor = false
        isTerminal = isatty(descriptor) == 1
        buffer.reserveCapacity(capacity)
    }

    /// An output that keeps what is written, for tests; `isTerminal` picks table or JSON Lines.
    init(capturingAsTerminal isTerminal: Bool = false) {
        descriptor = -1
        ownsDescriptor = false
        self.isTerminal = isTerminal
        captured = []
    }

    var capturedText: String {
        flush()
        return String(decoding: captured ?? [], as: UTF8.self)
    }

    /// Creates (or truncates) a file for writing.
    init(path: String) throws(UsageError) {
        let opened = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard opened >= 0 else { throw UsageError("cannot write \(path): \(systemReason(errno))") }
        descriptor = opened
        ownsDescriptor = true
        isTerminal = false
    }

    deinit {
        flush()
        if ownsDescriptor { close(descriptor) }
    }

    func write(_ text: String) {
        var text = text
        text.withUTF8 { write(bytes: $0) }
    }

    func write(bytes: UnsafeBufferPointer<UInt8>) {
        guard failure == nil else { return }
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { flush() }
    }

    func flush() {
        guard failure == nil, !buffer.isEmpty else { buffer.removeAll(keepingCapacity: true); return }
        if captured != nil {
            captured! += buffer
            buffer.removeAll(keepingCapacity: true)
            return
        }
        var written = 0
        buffer.withUnsafeBytes { raw in
            while written < raw.count {
                let result = systemWrite(descriptor, raw.baseAddress! + written, raw.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    pipeClosed = errno == EPIPE
                    failure = systemReason(errno)
                    return
                }
                written += result
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    private func systemWrite(_ descriptor: Int32, _ pointer: UnsafeRawPointer, _ count: Int) -> Int {
        #if canImport(Glibc)
        Glibc.write(descriptor, pointer, count)
        #else
        Darwin.write(descriptor, pointer, count)
        #endif
    }

    /// Writes to a closed pipe report EPIPE instead of killing the process.
    static func ignoreBrokenPipes() {
        signal(SIGPIPE, SIG_IGN)
    }
}
