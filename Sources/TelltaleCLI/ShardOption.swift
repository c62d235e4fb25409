/// `--shard i/n`: the i-th of n deterministic parts of the input, by conversation.
///
/// Shards count from 1 (`1/4` … `4/4`), as people number parts; the engine's index is i − 1.
enum ShardOption {
    static func parse(_ text: String) throws(UsageError) -> (index: Int, count: Int) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, let part = Int(parts[0]), let count = Int(parts[1]) else {
            throw UsageError("--shard expects i/n, e.g. 1/4, got '\(text)'")
        }
        guard count >= 1 else { throw UsageError("--shard: the number of shards must be at least 1, got \(count)") }
        guard (1...count).contains(part) else {
            throw UsageError("--shard: shards count from 1, so i must be in 1…\(count), got \(part)")
        }
        return (part - 1, count)
    }
}
