/// The `k` best elements seen, best first, where `<` means "ranks before".
///
/// With a total order the result depends only on the multiset of elements inserted, never on
/// their order or grouping, so top-k lists of shards merge into the top-k of the whole.
public struct TopK<Element: Comparable & Sendable>: Sendable {
    public let k: Int
    public private(set) var elements: [Element] = []

    public init(k: Int) {
        self.k = max(k, 0)
    }

    public mutating func insert(_ element: Element) {
        guard k > 0, elements.count < k || element < elements[elements.count - 1] else { return }
        var low = 0, high = elements.count
        while low < high {
            let middle = (low + high) / 2
            if elements[middle] <= element { low = middle + 1 } else { high = middle }
        }
        elements.insert(element, at: low)
        if elements.count > k { elements.removeLast() }
    }

    public mutating func merge(_ other: TopK<Element>) {
        for element in other.elements { insert(element) }
    }
}

extension TopK: Equatable where Element: Equatable {}
