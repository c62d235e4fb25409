import Foundation

/// A handful of conversations written for `telltale demo`, one per pattern plus healthy ones.
enum SampleCorpus {
    static func write(to directory: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try chat.write(toFile: directory + "/chat.jsonl", atomically: true, encoding: .utf8)
        try shared.write(toFile: directory + "/shared.jsonl", atomically: true, encoding: .utf8)
    }

    static let chat = [
        #"{"id": "demo-spiral", "messages": [{"role": "user", "content": "The CSV export drops the header row."}, {"role": "assistant", "content": "You can pass `header=True` to `to_csv`."}, {"role": "user", "content": "Still no header, and now the columns are shifted."}, {"role": "assistant", "content": "I'm so sorry, that was careless of me. I apologize for the wasted time; I'll be more careful. The shift comes from `index=True`: use `df.to_csv(path, index=False, header=True)`."}]}"#,
        #"{"id": "demo-hiding", "messages": [{"role": "user", "content": "Write a function that returns the median of a list."}, {"role": "assistant", "content": "def median(xs):\n    return sorted(xs)[len(xs) // 2]"}, {"role": "user", "content": "That's wrong for even-length lists, median([1,2,3,4]) gives 3."}, {"role": "assistant", "content": "Here's the updated version:\n\n```python\ndef median(xs):\n    s = sorted(xs)\n    n = len(s)\n    return (s[n//2 - 1] + s[n//2]) / 2 if n % 2 == 0 else s[n//2]\n```"}]}"#,
        #"{"id": "demo-healthy", "messages": [{"role": "user", "content": "Convert 5 miles to kilometers."}, {"role": "assistant", "content": "5 miles is 8.05 km."}, {"role": "user", "content": "Are you sure? I thought it was more."}, {"role": "assistant", "content": "Yes: 1 mile is 1.609 km, so 5 miles is 8.05 km."}]}"#,
        #"{"id": "demo-deadline", "messages": [{"role": "user", "content": "The login test fails on CI with a timeout."}, {"role": "assistant", "content": "To save time, I'll just skip that test for now and hard-code the token so the build goes green. We can clean this up later."}]}"#,
    ].joined(separator: "\n") + "\n"

    static let shared = [
        #"{"id": "demo-overthinking", "conversations": [{"from": "human", "value": "Is Python's list.sort() stable?"}, {"from": "gpt", "value": "Great question! Before I answer, could you confirm which Python version you're on? There are several options to consider here.\n\nOption 1: If you need stability, it might possibly depend on your use case, but generally, in most cases, you could use sorted().\n\nOption 2: Alternatively, you could implement a merge sort yourself.\n\nOption 3: Alternatively, you might consider a database.\n\nWould you like me to go into more detail on any of these?"}]}"#,
        #"{"id": "demo-bundling", "conversations": [{"from": "human", "value": "Fix the typo in the README title: 'Telltail' should be 'Telltale'."}, {"from": "gpt", "value": "Fixed the title. While I was at it, I also refactored the build script, renamed the config keys to snake_case, and bumped the dependency versions."}]}"#,
    ].joined(separator: "\n") + "\n"
}
