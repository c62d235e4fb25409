/// Inline SVG charts: no script, no external font, readable when printed.
enum SVGChart {
    struct Bar {
        var label: String
        var value: Double
        var caption: String
        var color: String
    }

    static let labelWidth = 190, barWidth = 430, rowHeight = 26

    /// Horizontal bars scaled to the largest value, each with a caption after it.
    static func bars(_ bars: [Bar]) -> String {
        let largest = bars.map(\.value).max() ?? 0
        let width = labelWidth + barWidth + 220
        var svg = open(width: width, height: bars.count * rowHeight + 4, title: "bar chart")
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight
            let length = largest > 0 ? max(bar.value / largest * Double(barWidth), bar.value > 0 ? 2 : 0) : 0
            svg += label(bar.label, x: labelWidth - 8, y: y + 17, anchor: "end")
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y + 5)\" width=\"\(format(length))\" height=\"16\" rx=\"2\" fill=\"\(bar.color)\"/>"
            svg += label(bar.caption, x: labelWidth + Int(length) + 6, y: y + 17, anchor: "start", muted: true, limit: 60)
        }
        return svg + "</svg>"
    }

    struct Stack {
        var label: String
        var parts: [Int]
    }

    /// One full-width bar per row, split by share; each segment wide enough shows its percentage.
    static func stacked(_ rows: [Stack], names: [String], colors: [String]) -> String {
        let width = labelWidth + barWidth + 90
        var svg = open(width: width, height: rows.count * rowHeight + 30, title: "shares")
        for (index, row) in rows.enumerated() {
            let y = index * rowHeight
            let total = row.parts.reduce(0, +)
            svg += label(row.label, x: labelWidth - 8, y: y + 17, anchor: "end")
            var x = Double(labelWidth)
            for (part, count) in row.parts.enumerated() where total > 0 && count > 0 {
                let length = Double(count) / Double(total) * Double(barWidth)
                svg += "<rect x=\"\(format(x))\" y=\"\(y + 4)\" width=\"\(format(length))\" height=\"18\" fill=\"\(colors[part])\">"
                    + "<title>\(HTML.escape(names[part])): \(count)</title></rect>"
                if length >= 34 {
                    svg += "<text x=\"\(format(x + length / 2))\" y=\"\(y + 17)\" text-anchor=\"middle\" class=\"inbar\">"
                        + Percent.of(count, total) + "</text>"
                }
                x += length
            }
            svg += label(total == 0 ? "none" : "n = \(total)", x: labelWidth + barWidth + 8, y: y + 17, anchor: "start", muted: true, limit: 20)
        }
        var x = labelWidth
        let legendY = rows.count * rowHeight + 18
        for (index, name) in names.enumerated() {
            svg += "<rect x=\"\(x)\" y=\"\(legendY - 10)\" width=\"12\" height=\"12\" fill=\"\(colors[index])\"/>"
            svg += label(name, x: x + 16, y: legendY, anchor: "start")
            x += 16 + name.count * 7 + 22
        }
        return svg + "</svg>"
    }

    /// A square matrix as shaded cells with the count in each. Off-diagonal cells are shaded
    /// against the largest off-diagonal count, so rare pairs still show beside large totals; the
    /// diagonal (totals) is shaded in gray against its own largest.
    static func heatMap(labels: [String], values: [[Int]]) -> String {
        let cell = 64, left = 150, top = 96
        let size = labels.count * cell
        let cells = values.enumerated().flatMap { row, counts in counts.enumerated().map { (row == $0.offset, $0.element) } }
        let largestPair = cells.filter { !$0.0 }.map(\.1).max() ?? 0
        let largestTotal = cells.filter { $0.0 }.map(\.1).max() ?? 0
        // Room on the right for the last column's slanted label.
        var svg = open(width: left + size + 110, height: top + size + 10, title: "co-occurrence heat map")
        for (index, name) in labels.enumerated() {
            let center = left + index * cell + cell / 2
            svg += "<text x=\"\(center)\" y=\"\(top - 8)\" transform=\"rotate(-35 \(center) \(top - 8))\" class=\"axis\">\(HTML.escape(name))</text>"
            svg += label(name, x: left - 8, y: top + index * cell + cell / 2 + 5, anchor: "end")
        }
        for (row, counts) in values.enumerated() {
            for (column, count) in counts.enumerated() {
                let largest = row == column ? largestTotal : largestPair
                let shade = largest > 0 ? Double(count) / Double(largest) : 0
                let x = left + column * cell, y = top + row * cell
                svg += "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(cell - 2)\" height=\"\(cell - 2)\" fill=\"\(heat(shade, total: row == column))\">"
                    + "<title>\(HTML.escape(labels[row])) + \(HTML.escape(labels[column])): \(count)</title></rect>"
                svg += "<text x=\"\(x + cell / 2 - 1)\" y=\"\(y + cell / 2 + 4)\" text-anchor=\"middle\" class=\"\(shade > 0.55 ? "inbar" : "cell")\">\(count)</text>"
            }
        }
        return svg + "</svg>"
    }

    /// White to deep blue for pairs, to slate gray for totals.
    static func heat(_ shade: Double, total: Bool) -> String {
        let from = (247.0, 249.0, 252.0), to = total ? (96.0, 106.0, 120.0) : (31.0, 78.0, 140.0)
        func mix(_ a: Double, _ b: Double) -> Int { Int((a + (b - a) * shade).rounded()) }
        return "rgb(\(mix(from.0, to.0)),\(mix(from.1, to.1)),\(mix(from.2, to.2)))"
    }

    private static func open(width: Int, height: Int, title: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(width)\" height=\"\(height)\" viewBox=\"0 0 \(width) \(height)\" "
            + "role=\"img\" aria-label=\"\(HTML.escape(title))\">"
    }

    /// Text on the chart; axis labels are clipped so they stay beside their bar.
    private static func label(_ text: String, x: Int, y: Int, anchor: String, muted: Bool = false, limit: Int = 26) -> String {
        "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\"\(muted ? " class=\"muted\"" : "")>\(HTML.escape(text.clipped(limit)))</text>"
    }

    private static func format(_ value: Double) -> String {
        String(Double(Int(value * 10)) / 10)
    }
}
