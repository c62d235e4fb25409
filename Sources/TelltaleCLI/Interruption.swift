#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Ctrl-C (SIGINT) or SIGTERM during a scan. The first asks the scan to stop after the work in
/// hand, so every line already written is whole and the summary says the run was interrupted;
/// a second ends the process at once (a scan waiting on input that never comes).
enum Interruption {
    private static let received = Atomic<Int32>(0)

    /// The signal received since `catchSignals`, if any.
    static var signal: Int32? {
        let number = received.load(ordering: .relaxed)
        return number == 0 ? nil : number
    }

    /// The conventional status of a run ended by a signal: 128 + its number (130 for Ctrl-C).
    static var exitStatus: Int32? { signal.map { 128 + $0 } }

    static var signalName: String? {
        signal.map { $0 == SIGINT ? "SIGINT" : $0 == SIGTERM ? "SIGTERM" : "signal \($0)" }
    }

    static func catchSignals() {
        received.store(0, ordering: .relaxed)
        // A launcher may hand down a mask that blocks them (Foundation's Process does); blocked,
        // Ctrl-C would do nothing until the scan ended on its own.
        var set = sigset_t()
        sigemptyset(&set)
        for number in [SIGINT, SIGTERM] { sigaddset(&set, number) }
        pthread_sigmask(SIG_UNBLOCK, &set, nil)
        for number in [SIGINT, SIGTERM] {
            // Only async-signal-safe work here: an atomic store and signal(2).
            _ = setHandler(number) { number in
                Interruption.received.store(number, ordering: .relaxed)
                _ = setHandler(number, SIG_DFL)
            }
        }
    }

    /// Back to the default: the signals end the process.
    static func release() {
        for number in [SIGINT, SIGTERM] { _ = setHandler(number, SIG_DFL) }
    }
}

private func setHandler(_ number: Int32, _ handler: (@convention(c) (Int32) -> Void)?) -> (@convention(c) (Int32) -> Void)? {
    #if canImport(Glibc)
    Glibc.signal(number, handler)
    #else
    Darwin.signal(number, handler)
    #endif
}
