import Telltale
import TelltaleBuiltins

/// The cue phrases of the compiled-in detectors, grouped by cue and named `owner/cue`, where
/// the owner is `context` (the shared context vocabulary) or a detector id. The generator
/// plants phrases of each cue at its measured share of hits, so edits to the phrase lists
/// carry over to the corpus.
struct CueSource {
    /// `owner/cue` names, e.g. `spiraling/apology`.
    let names: [String]
    let phrases: [[String]]

    init() {
        let detectors = Builtins.detectors
        let lexicon = DetectorSet(detectors).lexicon
        let owners = ["context"] + detectors.map(\.description.id)
        var names: [String] = [], phrases: [[String]] = []
        for (owner, vocabulary) in zip(owners, lexicon.vocabularies) {
            for cue in vocabulary.cues {
                names.append("\(owner)/\(cue.name)")
                phrases.append(cue.phrases.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 })
            }
        }
        self.names = names
        self.phrases = phrases
    }

    /// One `owner/cue<TAB>phrase` line per phrase, for `measure_corpora.py`.
    var table: String {
        zip(names, phrases).flatMap { name, list in list.map { "\(name)\t\($0)\n" } }.joined()
    }
}
