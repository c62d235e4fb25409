/// Builds the dense Aho–Corasick table behind `PhraseMatcher`.
struct Automaton {
    var table: [Int32] = []
    var outputRanges: [Range<Int32>] = []
    var outputs: [Int32] = []

    init(variants: [PhraseMatcher.Variant], classOf: [UInt8], classCount: Int) {
        // Trie with sparse children; state 0 is the root.
        var children: [[Int: Int]] = [[:]]
        var ownOutputs: [[Int32]] = [[]]
        var endsWithSpace: [Bool] = [false]
        for (variantIndex, variant) in variants.enumerated() {
            var state = 0
            for byte in variant.bytes {
                let symbol = Int(classOf[Int(byte)])
                if let next = children[state][symbol] {
                    state = next
                } else {
                    children.append([:])
                    ownOutputs.append([])
                    endsWithSpace.append(symbol == 1)
                    children[state][symbol] = children.count - 1
                    state = children.count - 1
                }
            }
            ownOutputs[state].append(Int32(variantIndex))
        }

        let stateCount = children.count
        var delta = [Int32](repeating: 0, count: stateCount * classCount)
        var fail = [Int](repeating: 0, count: stateCount)
        var merged = ownOutputs
        var queue: [Int] = []
        for symbol in 0..<classCount {
            if let child = children[0][symbol] {
                delta[symbol] = Int32(child)
                queue.append(child)
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            merged[state] += merged[fail[state]]
            for symbol in 0..<classCount {
                if let child = children[state][symbol] {
                    fail[child] = Int(delta[fail[state] * classCount + symbol])
                    delta[state * classCount + symbol] = Int32(child)
                    queue.append(child)
                } else {
                    delta[state * classCount + symbol] = delta[fail[state] * classCount + symbol]
                }
            }
            // A run of whitespace reads as one space: stay put on more of it.
            if endsWithSpace[state], children[state][1] == nil {
                delta[state * classCount + 1] = Int32(state)
            }
        }

        table = delta.map { $0 * Int32(classCount) }
        outputRanges.reserveCapacity(stateCount)
        for state in 0..<stateCount {
            let lower = Int32(outputs.count)
            outputs += merged[state]
            outputRanges.append(lower..<Int32(outputs.count))
        }
    }
}
