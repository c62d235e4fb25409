#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One finished child process: wall time, CPU time and peak resident memory from `wait4`.
struct ProcessSample {
    var seconds: Double
    var cpuSeconds: Double
    var peakRSSKilobytes: Int
    var status: Int32
}

/// Runs commands as child processes, standard output to a file (or /dev/null), and reads each
/// child's own peak RSS from its rusage — the number a user would see, not the bench's.
enum ProcessRunner {
    static func run(_ arguments: [String], stdout: String = "/dev/null", stderr: String = "/dev/null") throws(BenchError) -> ProcessSample {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var child: pid_t = 0
        let start = now()
        let spawned = posix_spawnp(&child, arguments[0], &actions, nil, &argv, environ)
        guard spawned == 0 else { throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))") }
        var status: Int32 = 0
        var usage = rusage()
        while wait4(child, &status, 0, &usage) < 0 {
            guard errno == EINTR else { throw BenchError("wait4 failed: \(String(cString: strerror(errno)))") }
        }
        let seconds = now() - start
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        return ProcessSample(seconds: seconds, cpuSeconds: cpu, peakRSSKilobytes: Int(usage.ru_maxrss), status: exitStatus)
    }

    /// True when `program` is on PATH.
    static func available(_ program: String) -> Bool {
        (try? run(["sh", "-c", "command -v \(program)"]).status) == 0
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
