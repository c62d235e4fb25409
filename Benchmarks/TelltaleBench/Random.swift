/// SplitMix64: a small, fast generator whose output depends only on its seed, so the same
/// seed writes the same corpus on every machine.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }

    /// Uniform in 0..<1.
    mutating func unit() -> Double { Double(next() >> 11) / Double(1 << 53) }

    mutating func chance(_ probability: Double) -> Bool { unit() < probability }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    mutating func hex(_ count: Int) -> String {
        let digits = Array("0123456789abcdef")
        return String((0..<count).map { _ in digits[Int(next() & 15)] })
    }

    mutating func uuid() -> String { "\(hex(8))-\(hex(4))-\(hex(4))-\(hex(4))-\(hex(12))" }
}

/// A distribution given by a few quantiles, sampled by log-linear interpolation between them:
/// message lengths span four orders of magnitude, so interpolating logs keeps the shape.
struct Quantiles: Sendable {
    /// (probability, value) pairs in increasing order.
    let points: [(Double, Double)]

    init(_ table: [Double: Double]) {
        let sorted = table.sorted { $0.key < $1.key }
        var points = sorted.map { ($0.key, $0.value) }
        if let first = points.first { points.insert((0, max(first.1 / 4, 1)), at: 0) }
        if let last = points.last { points.append((1, last.1 * 3)) }
        self.points = points
    }

    func sample(_ random: inout SeededRandom) -> Int {
        let u = random.unit()
        var index = 1
        while index < points.count - 1, points[index].0 < u { index += 1 }
        let (p0, v0) = points[index - 1], (p1, v1) = points[index]
        let fraction = p1 > p0 ? (u - p0) / (p1 - p0) : 0
        let value = exp(log(v0) + fraction * (log(v1) - log(v0)))
        return max(Int(value.rounded()), 1)
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
