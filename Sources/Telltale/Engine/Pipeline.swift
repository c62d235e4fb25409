import Foundation

/// A bounded first-in first-out queue between threads; `push` blocks when full, which is what
/// keeps memory independent of corpus size.
final class BoundedQueue<Element>: @unchecked Sendable {
    /// Taken slots are cleared at once, so a unit's bytes are freed when a worker is done
    /// with them, not when the array is next compacted.
    private var items: [Element?] = []
    private var head = 0
    private let capacity: Int
    private var closed = false
    private let condition = NSCondition()

    init(capacity: Int) {
        self.capacity = max(capacity, 1)
    }

    func push(_ item: Element) {
        condition.lock()
        while items.count - head >= capacity, !closed { condition.wait() }
        if !closed { items.append(item) }
        condition.broadcast()
        condition.unlock()
    }

    /// The next item, or nil once the queue is closed and drained.
    func pop() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while head == items.count, !closed { condition.wait() }
        guard head < items.count else { return nil }
        let item = items[head]
        items[head] = nil
        head += 1
        if head > 64, head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        condition.broadcast()
        return item
    }

    /// No more pushes; waiting consumers drain what is left, then get nil.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Collects results that finish out of order and hands them back in sequence order.
final class ReorderBuffer<Element>: @unchecked Sendable {
    private var pending: [Int: Element] = [:]
    private var next = 0
    private var finished = false
    private let condition = NSCondition()
    private let window: Int

    /// `window` bounds how far ahead of the oldest unfinished result workers may run.
    init(window: Int) {
        self.window = max(window, 1)
    }

    /// Blocks while `sequence` is too far ahead of what the consumer has taken.
    func waitForRoom(_ sequence: Int) {
        condition.lock()
        while sequence >= next + window, !finished { condition.wait() }
        condition.unlock()
    }

    func put(_ sequence: Int, _ element: Element) {
        condition.lock()
        pending[sequence] = element
        condition.broadcast()
        condition.unlock()
    }

    /// The next element in sequence order; nil after `finish()` once nothing is pending.
    func take() -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while pending[next] == nil, !(finished && pending.isEmpty) { condition.wait() }
        guard let element = pending.removeValue(forKey: next) else { return nil }
        next += 1
        condition.broadcast()
        return element
    }

    func finish() {
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }
}

/// Starts a thread with a stack large enough for readers and detectors, returning a handle to
/// wait on.
func startThread(name: String, _ body: @escaping @Sendable () -> Void) -> DispatchGroup {
    let group = DispatchGroup()
    group.enter()
    let thread = Thread {
        body()
        group.leave()
    }
    thread.name = name
    thread.stackSize = 8 << 20
    thread.start()
    return group
}
