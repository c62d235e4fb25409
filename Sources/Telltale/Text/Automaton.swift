/// Transitions of the automaton, one row per state, `1 << shift` entries per row (one per byte
/// class, padded). An entry holds the target state's number with the top bit set when that
/// state has outputs. Sixteen-bit entries halve the table (and its cache misses) whenever the
/// states fit.
enum TransitionTable: Sendable {
    case narrow([UInt16])
    case wide([UInt32])
}

/// Builds the dense Aho–Corasick table behind `PhraseMatcher`.
struct Automaton {
    var table: TransitionTable = .wide([])
    /// log2 of the row width.
    var shift = 0
    /// Per state, by number: range into `outputs`.
    var outputRanges: [Range<Int32>] = []
    var outputs: [Int32] = []

    init(variants: [PhraseMatcher.Variant], classOf: [UInt8], classCount: Int) {
        // Trie with a dense row of children per state (-1: none); state 0 is the root.
        var children = [Int32](repeating: -1, count: classCount)
        var ownOutputs: [[Int32]] = [[]]
        var endsWithSpace: [Bool] = [false]
        for (variantIndex, variant) in variants.enumerated() {
            var state = 0
            for byte in variant.bytes {
                let symbol = Int(classOf[Int(byte)])
                let next = children[state * classCount + symbol]
                if next >= 0 {
                    state = Int(next)
                } else {
                    let created = ownOutputs.count
                    children.append(contentsOf: repeatElement(-1, count: classCount))
                    ownOutputs.append([])
                    endsWithSpace.append(symbol == 1)
                    children[state * classCount + symbol] = Int32(created)
                    state = created
                }
            }
            ownOutputs[state].append(Int32(variantIndex))
        }

        let stateCount = ownOutputs.count
        var delta = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int](repeating: 0, count: stateCount)
        var merged = ownOutputs
        var queue: [Int] = []
        for symbol in 0..<classCount where children[symbol] >= 0 {
            delta[symbol] = children[symbol]
            queue.append(Int(children[symbol]))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            merged[state] += merged[fail[state]]
            for symbol in 0..<classCount {
                let child = Int(children[state * classCount + symbol])
                if child >= 0 {
                    fail[child] = Int(delta[fail[state] * classCount + symbol])
                    delta[state * classCount + symbol] = Int32(child)
                    queue.append(child)
                } else {
                    delta[state * classCount + symbol] = delta[fail[state] * classCount + symbol]
                }
            }
            // A run of whitespace reads as one space: stay put on more of it.
            if endsWithSpace[state], children[state * classCount + 1] < 0 {
                delta[state * classCount + 1] = Int32(state)
            }
        }

        // Number states breadth-first, so the shallow states that most bytes visit share
        // cache lines and pages.
        let order = [0] + queue
        var number = [Int](repeating: 0, count: stateCount)
        for (position, state) in order.enumerated() { number[state] = position }
        while 1 << shift < classCount { shift += 1 }
        var entries = [UInt32](repeating: 0, count: stateCount << shift)
        let flag: UInt32 = stateCount < 1 << 15 ? 1 << 15 : 1 << 31
        for (position, state) in order.enumerated() {
            for symbol in 0..<classCount {
                let target = Int(delta[state * classCount + symbol])
                entries[position << shift + symbol] = UInt32(number[target]) | (merged[target].isEmpty ? 0 : flag)
            }
        }
        table = flag == 1 << 15 ? .narrow(entries.map { UInt16($0) }) : .wide(entries)
        outputRanges.reserveCapacity(stateCount)
        for state in order {
            let lower = Int32(outputs.count)
            outputs += merged[state]
            outputRanges.append(lower..<Int32(outputs.count))
        }
    }
}
