/// Where an assistant turn falls in its conversation: thirds of the conversation's assistant
/// turns, judged by the turn's midpoint. The k-th of n turns (from 0) sits at (k + ½) / n: below
/// ⅓ is early, below ⅔ middle, the rest late. A lone turn is middle; of two, one is early and one
/// late; of three, one each.
public enum TurnPosition: String, CaseIterable, Sendable, Comparable {
    case early, middle, late

    public init(ordinal: Int, of count: Int) {
        let midpoint = 3 * (2 * ordinal + 1)
        if midpoint < 2 * count {
            self = .early
        } else if midpoint < 4 * count {
            self = .middle
        } else {
            self = .late
        }
    }

    public static func < (a: TurnPosition, b: TurnPosition) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}
