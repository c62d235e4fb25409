import Telltale

/// Writes message text of a requested length from its own word list, with cue phrases planted
/// at given densities and, sometimes, a fenced code block. Text only has to look like chat to
/// the scanner: word and sentence lengths, markdown, escapes, some non-ASCII.
struct TextSynthesizer {
    /// Cue phrases by cue, as bytes, and the cumulative share of hits up to each cue.
    private let phrases: [[[UInt8]]]
    private let cumulativeShare: [Double]

    init(cues: CueSource) {
        phrases = cues.phrases.map { $0.map { Array($0.utf8) } }
        var running = 0.0
        cumulativeShare = cues.names.enumerated().map { index, name in
            running += cues.phrases[index].isEmpty ? 0 : CorpusProfile.cueShare[name] ?? CorpusProfile.unmeasuredCueShare
            return running
        }
    }

    private static let words: [String] = """
        the a an of to in for on with by from at as is are was be this that these it its we you they
        function value result file line module config request response server client table query index
        cache buffer stream parser token handler method class struct field record batch worker thread
        queue process build test suite branch commit merge release version package import export path
        directory folder option argument default setting variable constant return call loop array list
        map set string number integer float boolean object key pair item entry node tree graph edge
        network socket port address header body payload schema model layer weight output input data
        user account session login password email message channel event signal timer clock date time
        first second third next last new old small large simple complex clean raw final main local
        remote global shared private public internal external current previous original updated
        change update add remove rename move copy check read write open close start stop run load save
        parse format convert compute filter sort group count match split join trim wrap handle create
        delete insert select fetch send receive render display show print log trace measure
        because since when while after before then so but and or if unless until where which whose
        here there now always rarely already soon quite very rather fairly mostly nearly
        """.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)

    private static let accented = ["café", "naïve", "résumé", "straße", "año", "señal", "über", "déjà", "→", "✓", "📦"]
    private static let lowercase = (words + accented).map { Array($0.utf8) }
    private static let capitalized = (words + accented).map { Array(($0.prefix(1).uppercased() + $0.dropFirst()).utf8) }
    private static let contraction = Array(" don’t".utf8)

    private static let codeLines = [
        "let value = compute(input, options: .default)", "if result == nil { return }",
        "for item in items where item.isValid {", "    total += item.count", "}",
        "def handle(request):", "    data = json.loads(request.body)", "    return {\"status\": \"ok\"}",
        "const path = \"C:\\\\Users\\\\dev\\\\project\";", "print(f\"{name}: {value!r}\")",
        "SELECT id, name FROM users WHERE active = 1;", "    raise ValueError(\"bad input\")",
        "npm run build && npm test", "git commit -m \"update parser\"", "\tfmt.Println(\"done\")",
    ]

    /// A message of about `bytes` UTF-8 bytes with about `hitsPerKB` cue phrases per KB.
    func message(bytes target: Int, hitsPerKB: Double, fenceChance: Double, random: inout SeededRandom) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(target + 64)
        let perByte = hitsPerKB / 1024
        let fenceAt = random.chance(fenceChance) ? Int(Double(target) * (0.2 + 0.4 * random.unit())) : -1
        var sentenceWords = 0
        var sentenceLength = 6 + Int(random.next() % 14)
        var lineStart = true
        while out.count < target {
            if fenceAt >= 0, out.count >= fenceAt, out.count < fenceAt + 8 {
                appendFence(to: &out, bytes: max(target / 3, 40), random: &random)
                lineStart = true
                continue
            }
            if lineStart, random.chance(0.08) { out += Array("- ".utf8) }
            let choice = random.chance(0.01) ? Self.words.count + Int(random.next() % UInt64(Self.accented.count))
                : Int(random.next() % UInt64(Self.words.count))
            let word = sentenceWords == 0 ? Self.capitalized[choice] : Self.lowercase[choice]
            if !lineStart { out.append(0x20) }
            out += word
            if random.chance(0.004) { out += Self.contraction }
            lineStart = false
            sentenceWords += 1
            if perByte > 0, random.chance(perByte * Double(word.count + 1)) {
                out.append(0x20)
                out += plantedPhrase(&random)
            }
            if sentenceWords >= sentenceLength {
                out.append(random.chance(0.85) ? UInt8(ascii: ".") : random.chance(0.5) ? UInt8(ascii: "?") : UInt8(ascii: "!"))
                sentenceWords = 0
                sentenceLength = 6 + Int(random.next() % 14)
                if random.chance(0.2) {
                    out += random.chance(0.5) ? [0x0A, 0x0A] : [0x0A]
                    lineStart = true
                }
            }
        }
        return out
    }

    private func plantedPhrase(_ random: inout SeededRandom) -> [UInt8] {
        let roll = random.unit() * (cumulativeShare.last ?? 0)
        let cue = cumulativeShare.firstIndex { $0 > roll } ?? phrases.indices.last { !phrases[$0].isEmpty }!
        return random.pick(phrases[cue])
    }

    private func appendFence(to out: inout [UInt8], bytes: Int, random: inout SeededRandom) {
        if let last = out.last, last != 0x0A { out.append(0x0A) }
        out += Array("```\n".utf8)
        let end = out.count + bytes
        while out.count < end {
            out += Array(random.pick(Self.codeLines).utf8)
            out.append(0x0A)
        }
        out += Array("```\n".utf8)
    }
}

/// JSON text built up as bytes, for writing to a file.
struct JSONBytes {
    var bytes: [UInt8] = []

    mutating func raw(_ text: String) { bytes += Array(text.utf8) }

    mutating func string(_ text: String) { raw(JSONText.quoted(text)) }

    mutating func string(_ content: [UInt8]) { string(String(decoding: content, as: UTF8.self)) }
}
