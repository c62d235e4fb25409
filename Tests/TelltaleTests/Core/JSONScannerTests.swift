import Telltale
import Testing

@Suite struct JSONScannerTests {
    func parse<T>(_ json: String, _ body: (inout JSONScanner) throws -> T) throws -> T {
        var bytes = Array(json.utf8)
        return try bytes.withUnsafeMutableBufferPointer { buffer in
            var scanner = JSONScanner(UnsafeBufferPointer(buffer))
            return try body(&scanner)
        }
    }

    @Test func decodesOnlyWhatIsAskedAndSkipsTheRest() throws {
        let json = #"{"skip": {"deep": [1, {"x": "}"}, "\"]"]}, "text": "a\nb \u00e9 \ud83d\ude00 \"q\"", "n": -1.5e2, "ok": true}"#
        var text = "", number = 0.0, flag = false
        try parse(json) { scanner in
            try scanner.object { key, value in
                switch key {
                case "text": text = try value.string()
                case "n": number = try value.number()
                case "ok": flag = try value.bool()
                default: break
                }
            }
            try scanner.finish()
        }
        #expect(text == "a\nb é 😀 \"q\"")
        #expect(number == -150)
        #expect(flag)
    }

    @Test func readsContentInEveryChatShape() throws {
        let shapes = [
            #""plain""#: "plain",
            #"[{"type": "text", "text": "a"}, {"type": "image_url"}, "b"]"#: "a\n[image]\nb",
            #"{"text": "obj"}"#: "obj",
            "null": "",
        ]
        for (json, expected) in shapes {
            #expect(try parse(json) { try $0.contentText() } == expected)
        }
    }

    /// Navigated structure is checked; values a reader skips are only bracket-matched, which
    /// still catches the truncated and unterminated records real logs contain.
    @Test(arguments: [
        #"{"a": "#, #"{"a" 1}"#, #"[1, 2"#, #"{"a": tru}"#, #"{"a": 1} x"#, #"]"#, #"{"a": [1, {"b": 2]}"#,
        #"{"a": "unterminated}"#,
    ])
    func rejectsMalformedInput(_ json: String) {
        #expect(throws: JSONError.self) {
            try parse(json) { scanner in
                try scanner.object { _, value in try value.skipValue() }
                try scanner.finish()
            }
        }
    }

    @Test func rejectsABadEscapeInAStringItReads() {
        #expect(throws: JSONError.self) { try parse(#""\u12""#) { try $0.string() } }
    }

    @Test func skipsDeepNestingWithoutRecursion() throws {
        let json = String(repeating: "[", count: 10_000) + String(repeating: "]", count: 10_000)
        try parse(json) { scanner in
            try scanner.skipValue()
            try scanner.finish()
        }
    }

    @Test func countsInvalidUTF8AndReplacesIt() throws {
        var bytes = Array(#"{"t": "ok "#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8)
        let (text, invalid): (String, Int) = try bytes.withUnsafeMutableBufferPointer { buffer in
            var scanner = JSONScanner(UnsafeBufferPointer(buffer))
            var text = ""
            try scanner.object { _, value in text = try value.string() }
            return (text, scanner.invalidUTF8Strings)
        }
        #expect(text == "ok \u{FFFD}\u{FFFD}")
        #expect(invalid == 1)
    }
}
