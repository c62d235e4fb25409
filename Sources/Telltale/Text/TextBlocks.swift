/// A line of text: its byte range without the line break, and its indentation.
struct Line {
    var range: Range<Int>
    /// First byte after the leading spaces and tabs.
    var contentStart: Int
    var indent: Int
    var isBlank: Bool { contentStart >= range.upperBound }

    static func split(_ bytes: [UInt8]) -> [Line] {
        var lines: [Line] = []
        var start = 0
        while start <= bytes.count {
            let end = bytes.withUnsafeBufferPointer { ByteSearch.firstIndex(of: 0x0A, in: $0, from: start) } ?? bytes.count
            var lineEnd = end
            if lineEnd > start, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            var content = start, indent = 0
            while content < lineEnd, bytes[content] == 0x20 || bytes[content] == 0x09 {
                indent += bytes[content] == 0x09 ? 4 : 1
                content += 1
            }
            lines.append(Line(range: start..<lineEnd, contentStart: content, indent: indent))
            if end >= bytes.count { break }
            start = end + 1
        }
        return lines
    }

    static func paragraphs(_ lines: [Line], _ bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var open: Int?
        var last = 0
        for line in lines {
            if line.isBlank {
                if let start = open { result.append(start..<last) }
                open = nil
            } else {
                if open == nil { open = line.range.lowerBound }
                last = line.range.upperBound
            }
        }
        if let start = open { result.append(start..<last) }
        return result
    }

    func starts(with prefix: StaticString, in bytes: [UInt8], caseInsensitive: Bool = false) -> Bool {
        let count = prefix.utf8CodeUnitCount
        guard range.upperBound - contentStart >= count else { return false }
        for offset in 0..<count {
            let actual = bytes[contentStart + offset], expected = prefix.utf8Start[offset]
            if caseInsensitive ? (actual | 0x20) != (expected | 0x20) : actual != expected { return false }
        }
        return true
    }
}

/// Finds line-level regions: fenced and indented code, block quotes, drafted letters, logs.
struct BlockScanner {
    let bytes: [UInt8]
    let lines: [Line]

    func scan() -> [TextStructure.Region] {
        var regions: [TextStructure.Region] = []
        var index = 0
        var previousProse: Line?
        var previousBlank = true
        while index < lines.count {
            let line = lines[index]
            if let fence = fenceMarker(line) {
                let end = closingFence(after: index, marker: fence)
                regions.append(region(.fencedCode, from: index, through: end))
                index = end + 1
                previousBlank = false
                continue
            }
            if !line.isBlank, bytes[line.contentStart] == UInt8(ascii: ">") {
                regions.append(region(.blockQuote, from: index, through: index))
            } else if line.indent >= 4, !line.isBlank, previousBlank,
                      previousProse.map({ !isListItem($0) && $0.indent < 4 }) ?? true {
                var end = index
                while end + 1 < lines.count, lines[end + 1].isBlank || lines[end + 1].indent >= 4 { end += 1 }
                while end > index, lines[end].isBlank { end -= 1 }
                regions.append(region(.indentedCode, from: index, through: end))
                index = end + 1
                previousBlank = false
                continue
            } else if line.starts(with: "Traceback (most recent call last)", in: bytes) {
                var end = index
                while end + 1 < lines.count, lines[end + 1].indent > 0, !lines[end + 1].isBlank { end += 1 }
                if end + 1 < lines.count, !lines[end + 1].isBlank { end += 1 }
                regions.append(region(.log, from: index, through: end))
                index = end + 1
                continue
            } else if isLogLine(line) {
                regions.append(region(.log, from: index, through: index))
            } else if isLetterOpening(line) {
                let end = letterEnd(from: index)
                regions.append(region(.letter, from: index, through: end))
                index = end + 1
                continue
            }
            if !line.isBlank { previousProse = line }
            previousBlank = line.isBlank
            index += 1
        }
        return regions
    }

    private func region(_ kind: TextStructure.RegionKind, from first: Int, through last: Int) -> TextStructure.Region {
        TextStructure.Region(kind: kind, range: lines[first].range.lowerBound..<lines[last].range.upperBound)
    }

    private func fenceMarker(_ line: Line) -> (byte: UInt8, count: Int)? {
        guard !line.isBlank else { return nil }
        let first = bytes[line.contentStart]
        guard first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else { return nil }
        var count = 0
        while line.contentStart + count < line.range.upperBound, bytes[line.contentStart + count] == first { count += 1 }
        return count >= 3 ? (first, count) : nil
    }

    private func closingFence(after open: Int, marker: (byte: UInt8, count: Int)) -> Int {
        var index = open + 1
        while index < lines.count {
            if let fence = fenceMarker(lines[index]), fence.byte == marker.byte, fence.count >= marker.count {
                let rest = bytes[(lines[index].contentStart + fence.count)..<lines[index].range.upperBound]
                if rest.allSatisfy(isSpace) { return index }
            }
            index += 1
        }
        return lines.count - 1
    }

    private func isListItem(_ line: Line) -> Bool {
        guard !line.isBlank else { return false }
        let first = bytes[line.contentStart]
        if first == UInt8(ascii: "-") || first == UInt8(ascii: "*") || first == UInt8(ascii: "+") { return true }
        var index = line.contentStart
        while index < line.range.upperBound, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
        return index > line.contentStart && index < line.range.upperBound
            && (bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: ")"))
    }

    private static let logPrefixes: [StaticString] = ["[INFO]", "[WARN", "[ERROR]", "[DEBUG]", "ERROR:", "WARNING:", "INFO:",
                                      "DEBUG:", "FATAL:", "npm ERR!", "E   ", "FAILED ", "PASSED ", "    at "]

    private func isLogLine(_ line: Line) -> Bool {
        guard !line.isBlank else { return false }
        if Self.logPrefixes.contains(where: { line.starts(with: $0, in: bytes) }) { return true }
        // 2024-01-31 12:00:00 or 2024-01-31T12:00
        let start = line.contentStart
        guard line.range.upperBound - start >= 16 else { return false }
        for (offset, expected) in Self.dateShape.enumerated() {
            let byte = bytes[start + offset]
            switch expected {
            case UInt8(ascii: "d"): if !(0x30...0x39).contains(byte) { return false }
            case UInt8(ascii: "?"): if byte != 0x20, byte != UInt8(ascii: "T") { return false }
            default: if byte != expected { return false }
            }
        }
        return true
    }

    private static let dateShape = Array("dddd-dd-dd?dd:dd".utf8)

    private func isLetterOpening(_ line: Line) -> Bool {
        if line.starts(with: "Subject:", in: bytes, caseInsensitive: true) { return true }
        guard line.starts(with: "Dear ", in: bytes) else { return false }
        let length = line.range.upperBound - line.contentStart
        return length <= 60 && bytes[line.range.upperBound - 1] == UInt8(ascii: ",")
    }

    private static let signOffs = ["best regards", "kind regards", "warm regards", "regards", "sincerely",
                                   "yours truly", "yours sincerely", "best wishes", "best", "cheers",
                                   "thanks", "thank you", "respectfully", "warmly"]

    /// A drafted letter runs to its sign-off and the name under it, else to the end of the text.
    private func letterEnd(from start: Int) -> Int {
        var index = start + 1
        while index < lines.count {
            let line = lines[index]
            let content = String(decoding: bytes[line.contentStart..<line.range.upperBound], as: UTF8.self)
                .lowercased().trimmingTrailing(",.!")
            if Self.signOffs.contains(content) {
                var end = index
                if end + 1 < lines.count, !lines[end + 1].isBlank, lines[end + 1].range.count < 60 { end += 1 }
                return end
            }
            index += 1
        }
        return lines.count - 1
    }
}

extension String {
    func trimmingTrailing(_ characters: String) -> String {
        var result = Substring(self)
        while let last = result.last, characters.contains(last) || last.isWhitespace { result.removeLast() }
        return String(result)
    }
}
