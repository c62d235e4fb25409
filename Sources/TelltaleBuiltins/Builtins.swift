import Telltale
#if Spiraling
import Spiraling
#endif
#if Hiding
import Hiding
#endif
#if Overthinking
import Overthinking
#endif
#if Bundling
import Bundling
#endif
#if DeadlinePressure
import DeadlinePressure
#endif
#if OpenAIFormat
import OpenAIFormat
#endif
#if ShareGPTFormat
import ShareGPTFormat
#endif
#if AnthropicHHFormat
import AnthropicHHFormat
#endif
#if PlainTextFormat
import PlainTextFormat
#endif
#if ClaudeCodeFormat
import ClaudeCodeFormat
#endif
#if SWEAgentFormat
import SWEAgentFormat
#endif
#if AiderFormat
import AiderFormat
#endif
#if TerminalFormat
import TerminalFormat
#endif
#if SpecStoryFormat
import SpecStoryFormat
#endif

/// The detectors and readers this build was composed with, chosen by package traits.
///
/// This file is the only place that names built-in modules; the core and the CLI take lists.
public enum Builtins {
    public static var detectors: [any Detector] {
        var detectors: [any Detector] = []
        #if Spiraling
        detectors.append(SpiralingDetector())
        #endif
        #if Hiding
        detectors.append(HidingDetector())
        #endif
        #if Overthinking
        detectors.append(OverthinkingDetector())
        #endif
        #if Bundling
        detectors.append(BundlingDetector())
        #endif
        #if DeadlinePressure
        detectors.append(DeadlinePressureDetector())
        #endif
        return detectors
    }

    public static var readers: [any TranscriptReader] {
        var readers: [any TranscriptReader] = []
        #if OpenAIFormat
        readers.append(OpenAIReader())
        #endif
        #if ShareGPTFormat
        readers.append(ShareGPTReader())
        #endif
        #if AnthropicHHFormat
        readers.append(AnthropicHHReader())
        #endif
        #if PlainTextFormat
        readers.append(PlainTextReader())
        #endif
        #if ClaudeCodeFormat
        readers.append(ClaudeCodeReader())
        #endif
        #if SWEAgentFormat
        readers.append(SWEAgentReader())
        #endif
        #if AiderFormat
        readers.append(AiderReader())
        #endif
        #if TerminalFormat
        readers.append(TerminalReader())
        #endif
        #if SpecStoryFormat
        readers.append(SpecStoryReader())
        #endif
        return readers
    }
}
