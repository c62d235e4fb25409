import Capitulation
import QAFormat
import TelltaleBuiltins
import TelltaleCLI

// The stock command line, with this package's detector and reader beside the built-in ones:
// `telltale-custom scan chats.qa`, `telltale-custom explain capitulation`, and every other command.
TelltaleCommandLine.run(detectors: Builtins.detectors + [CapitulationDetector()],
                        readers: Builtins.readers + [QAReader()])
