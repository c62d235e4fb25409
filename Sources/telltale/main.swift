import TelltaleBuiltins
import TelltaleCLI

TelltaleCommandLine.run(detectors: Builtins.detectors, readers: Builtins.readers)
