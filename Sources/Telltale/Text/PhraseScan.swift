/// The scanning loop of `PhraseMatcher`.
///
/// Each byte costs two dependent loads (its class, then the next state), so one walk is bound by
/// load latency, not by work. Texts are therefore walked four at a time in lockstep — four
/// independent chains of loads keep the memory system busy — and a long text is cut into four
/// stretches. A stretch starts at the root a little before its cut, far enough back (more than
/// the longest phrase) that its state is exact by the cut; a match is taken from the stretch
/// whose part of the text it ends in. Matches are reported text by text, each text's in order
/// of end offset, exactly as walking the texts one by one would.
extension PhraseMatcher {
    /// Texts shorter than this are walked in one stretch.
    static let lockstepMinimum = 1024

    /// Calls `body` for every match, in order of end offset.
    public func forEachMatch(in text: UnsafeBufferPointer<UInt8>, _ body: (Match) -> Void) {
        forEachMatch(inEach: [text]) { _, match in body(match) }
    }

    /// Calls `body` with the index of the text and the match for every match in each text:
    /// all of the first text's matches in order of end offset, then the second text's, and so on.
    public func forEachMatch(inEach texts: [UnsafeBufferPointer<UInt8>], _ body: (Int, Match) -> Void) {
        switch table {
        case .narrow(let entries): walk(texts, entries, body)
        case .wide(let entries): walk(texts, entries, body)
        }
    }

    private func walk<Entry: UnsignedInteger & FixedWidthInteger>(
        _ texts: [UnsafeBufferPointer<UInt8>], _ entries: [Entry], _ body: (Int, Match) -> Void
    ) {
        entries.withUnsafeBufferPointer { table in
            classOf.withUnsafeBufferPointer { classOf in
                let walker = Walker(matcher: self, table: table.baseAddress!, classOf: classOf.baseAddress!)
                let jobs = walker.jobs(texts)
                guard !jobs.isEmpty else { return }
                if jobs.count == 1 {
                    var lane = Lane(jobs[0], text: texts[jobs[0].text])
                    walker.finish(&lane) { body(jobs[0].text, $0) }
                    return
                }
                for (job, match) in walker.walkInLockstep(jobs, texts) { body(jobs[job].text, match) }
            }
        }
    }
}

/// A part of one text for one chain: walked from `start` to `end`, reporting matches that end
/// after `cut`.
struct Job {
    var text: Int
    var start: Int
    var cut: Int
    var end: Int
}

/// One chain's position: its job, the text, and `row`, the current state's first table entry.
struct Lane {
    var job = -1
    var text: UnsafeBufferPointer<UInt8>
    var position = 0
    var cut = 0
    var end = 0
    var row = 0

    init(_ job: Job, text: UnsafeBufferPointer<UInt8>) {
        self.text = text
        position = job.start
        cut = job.cut
        end = job.end
    }

    init() { text = UnsafeBufferPointer(start: nil, count: 0) }
}

/// The four chains of the lockstep walk: where each one's bytes start, and its current row.
struct Chains {
    var a, b, c, d: UnsafePointer<UInt8>
    var rows: (Int, Int, Int, Int)
}

struct Walker<Entry: UnsignedInteger & FixedWidthInteger> {
    let matcher: PhraseMatcher
    let table: UnsafePointer<Entry>
    let classOf: UnsafePointer<UInt8>
    /// The top bit marks entries whose target state has outputs.
    private let flag = Entry(1) << (Entry.bitWidth - 1)

    init(matcher: PhraseMatcher, table: UnsafePointer<Entry>, classOf: UnsafePointer<UInt8>) {
        self.matcher = matcher
        self.table = table
        self.classOf = classOf
    }

    /// Takes one byte; returns the entry, whose top bit says the new state has outputs.
    @inline(__always)
    func step(_ lane: inout Lane) -> Entry {
        let entry = table[lane.row &+ Int(classOf[Int(lane.text[lane.position])])]
        lane.row = Int(truncatingIfNeeded: entry & ~flag) &<< matcher.shift
        lane.position &+= 1
        return entry
    }

    /// Confirms the outputs of the state just entered, reporting those that end after the cut.
    @inline(__always)
    func emit(_ lane: Lane, _ report: (PhraseMatcher.Match) -> Void) {
        let end = lane.position
        guard end > lane.cut else { return }
        for slot in matcher.outputRanges[lane.row &>> matcher.shift] {
            let variant = matcher.variants[Int(matcher.outputs[Int(slot)])]
            if let match = matcher.confirm(variant, endingAt: end, in: lane.text) { report(match) }
        }
    }

    /// Walks a lane to the end of its job alone.
    func finish(_ lane: inout Lane, _ report: (PhraseMatcher.Match) -> Void) {
        while lane.position < lane.end {
            if step(&lane) & flag != 0 { emit(lane, report) }
        }
    }

    /// Runs all jobs, four lanes at a time while four have work; returns every match with its
    /// job, job by job, each job's in order of end offset.
    func walkInLockstep(_ jobs: [Job], _ texts: [UnsafeBufferPointer<UInt8>]) -> [(job: Int, match: PhraseMatcher.Match)] {
        // One list for all lanes (an array per job grew by reallocation, match by match).
        var found: [(job: Int, match: PhraseMatcher.Match)] = []
        var next = 0
        func load(_ lane: inout Lane) -> Bool {
            guard next < jobs.count else { lane = Lane(); return false }
            lane = Lane(jobs[next], text: texts[jobs[next].text])
            lane.job = next
            next += 1
            return true
        }
        var a = Lane(), b = Lane(), c = Lane(), d = Lane()
        var full = load(&a) && load(&b) && load(&c) && load(&d)
        while full {
            let steps = min(a.end - a.position, b.end - b.position, c.end - c.position, d.end - d.position)
            let sa = a.position, sb = b.position, sc = c.position, sd = d.position
            var chains = Chains(
                a: a.text.baseAddress! + sa, b: b.text.baseAddress! + sb,
                c: c.text.baseAddress! + sc, d: d.text.baseAddress! + sd,
                rows: (a.row, b.row, c.row, d.row))
            var i = 0
            while i < steps {
                let hits = Walker.advance(&chains, from: &i, to: steps, table: table, classOf: classOf, shift: matcher.shift)
                guard hits != 0 else { break }
                (a.row, b.row, c.row, d.row) = chains.rows
                a.position = sa + i; b.position = sb + i; c.position = sc + i; d.position = sd + i
                if hits & 1 != 0 { emit(a) { found.append((a.job, $0)) } }
                if hits & 2 != 0 { emit(b) { found.append((b.job, $0)) } }
                if hits & 4 != 0 { emit(c) { found.append((c.job, $0)) } }
                if hits & 8 != 0 { emit(d) { found.append((d.job, $0)) } }
            }
            let (ra, rb, rc, rd) = chains.rows
            a.row = ra; b.row = rb; c.row = rc; d.row = rd
            a.position = sa + steps; b.position = sb + steps; c.position = sc + steps; d.position = sd + steps
            if a.position == a.end { full = load(&a) && full }
            if b.position == b.end { full = load(&b) && full }
            if c.position == c.end { full = load(&c) && full }
            if d.position == d.end { full = load(&d) && full }
        }
        for var lane in [a, b, c, d] where lane.job >= 0 {
            let job = lane.job
            finish(&lane) { found.append((job, $0)) }
        }
        return Self.groupedByJob(found, jobs: jobs.count)
    }

    /// The matches ordered by job, keeping their order within a job (a counting sort): each
    /// lane found its job's matches in order.
    static func groupedByJob(_ found: [(job: Int, match: PhraseMatcher.Match)], jobs: Int) -> [(job: Int, match: PhraseMatcher.Match)] {
        guard let first = found.first else { return [] }
        var starts = [Int](repeating: 0, count: jobs + 1)
        for entry in found { starts[entry.job + 1] += 1 }
        for job in 0..<jobs { starts[job + 1] += starts[job] }
        return [(job: Int, match: PhraseMatcher.Match)](unsafeUninitializedCapacity: found.count) { buffer, count in
            buffer.initialize(repeating: first)
            for entry in found {
                buffer[starts[entry.job]] = entry
                starts[entry.job] += 1
            }
            count = found.count
        }
    }

    /// Steps all four chains from `i` until one enters a state with outputs, or `i` reaches
    /// `end`; returns a bit per chain that did (0 at the end). A function of its own, so the
    /// loop's pointers and rows stay in registers (inside the caller they were kept on the
    /// stack, which put a store and a reload on every chain's critical path).
    @inline(never)
    static func advance(
        _ chains: inout Chains, from i: inout Int, to end: Int,
        table: UnsafePointer<Entry>, classOf: UnsafePointer<UInt8>, shift: Int
    ) -> Int {
        let flag = Entry(1) << (Entry.bitWidth - 1), mask = ~flag
        let pa = chains.a, pb = chains.b, pc = chains.c, pd = chains.d
        var (ra, rb, rc, rd) = chains.rows
        var step = i
        var hits = 0
        while step < end {
            let ea = table[ra &+ Int(classOf[Int(pa[step])])], eb = table[rb &+ Int(classOf[Int(pb[step])])]
            let ec = table[rc &+ Int(classOf[Int(pc[step])])], ed = table[rd &+ Int(classOf[Int(pd[step])])]
            ra = Int(truncatingIfNeeded: ea & mask) &<< shift
            rb = Int(truncatingIfNeeded: eb & mask) &<< shift
            rc = Int(truncatingIfNeeded: ec & mask) &<< shift
            rd = Int(truncatingIfNeeded: ed & mask) &<< shift
            step &+= 1
            if (ea | eb | ec | ed) & flag != 0 {
                hits = (ea & flag != 0 ? 1 : 0) | (eb & flag != 0 ? 2 : 0)
                    | (ec & flag != 0 ? 4 : 0) | (ed & flag != 0 ? 8 : 0)
                break
            }
        }
        chains.rows = (ra, rb, rc, rd)
        i = step
        return hits
    }

    /// Each text as one job, or as four stretches when it is long; empty texts give none.
    func jobs(_ texts: [UnsafeBufferPointer<UInt8>]) -> [Job] {
        var jobs: [Job] = []
        jobs.reserveCapacity(texts.count)
        for (index, text) in texts.enumerated() where text.count > 0 {
            guard text.count >= PhraseMatcher.lockstepMinimum else {
                jobs.append(Job(text: index, start: 0, cut: 0, end: text.count))
                continue
            }
            let quarter = text.count / 4
            jobs.append(Job(text: index, start: 0, cut: 0, end: quarter))
            for part in 1..<4 {
                let cut = part * quarter
                jobs.append(Job(text: index, start: start(before: cut, in: text), cut: cut,
                                end: part == 3 ? text.count : cut + quarter))
            }
        }
        return jobs
    }

    /// Where a stretch cut at `cut` starts: far enough back that any phrase ending after the cut
    /// starts inside it. A whitespace run is one automaton step.
    private func start(before cut: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
        var start = cut
        var steps = 0
        while start > 0, steps <= matcher.longestVariant + 1 {
            start -= 1
            if isSpace(text[start]) {
                while start > 0, isSpace(text[start - 1]) { start -= 1 }
            }
            steps += 1
        }
        return start
    }
}
