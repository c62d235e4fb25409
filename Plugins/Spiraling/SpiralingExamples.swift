import Telltale

extension SpiralingDetector {
    static let documentation = DetectorDescription(
        id: "spiraling",
        name: "Spiraling",
        pattern: .spiraling,
        summary: "Contrition out of proportion to the mistake: stacked or intensified apologies, "
            + "self-criticism, promises to do better.",
        rationale: "Visible distress about a mistake costs the user attention and fixes nothing; treating "
            + "the mistake as ordinary preserves the working relationship. One plain acknowledgment followed "
            + "by the fix is the healthy shape; each further apology, self-reproach or vow about its own "
            + "conduct adds weight, more so after a failure and when the apologies grow turn over turn.",
        defaultThreshold: 0.5,
        triggeringExamples: [
            Example("two apologies and a promise", [
                .user("The total is off by one, the last row is missing."),
                .assistant("I'm so sorry about that! I apologize for the oversight. I'll be more careful with "
                    + "loop bounds. The range should be `0..<count`; here is the corrected loop."),
            ]),
            Example("self-criticism after a correction", [
                .user("You used the deprecated API again."),
                .assistant("You're right, and that was careless of me. I keep making the same mistake with this "
                    + "API. Here is the version using `fetch(using:)`."),
            ]),
            Example("intensified apology", [
                .user("This deleted my config file!"),
                .assistant("I sincerely apologize. Restoring it from the backup is the first step: run "
                    + "`cp config.bak config.toml`."),
            ]),
            Example("a vow about its own conduct", [
                .user("The date format is wrong, I asked for ISO 8601."),
                .assistant("Apologies for that. I'll pay closer attention to the format you ask for from now on. "
                    + "ISO 8601 is `2024-03-01T12:00:00Z`."),
            ]),
            Example("escalating apologies across turns", [
                .user("The import still fails."),
                .assistant("Sorry about that, I gave the wrong module name. It is `import requests`."),
                .user("Still failing, it says no module named requests."),
                .assistant("I apologize again, I should have known better. You need to install it first: "
                    + "`pip install requests`."),
            ]),
            Example("the user names it afterwards", [
                .user("The chart has the wrong colors."),
                .assistant("I'm really sorry for getting that wrong. Let me fix the palette: use `viridis`."),
                .user("Stop apologizing, just fix it."),
            ]),
            Example("distress and self-reproach in an agent log", [
                .user("Run the tests."),
                .toolResult("FAILED tests/test_parser.py::test_empty - AssertionError", isError: true),
                .assistant("I've failed you here, and that is inexcusable. The parser change I made broke the "
                    + "empty-input case. I'll fix it now."),
            ]),
            Example("apologies stacked in one reply", [
                .user("That SQL doesn't run, the column is called user_id."),
                .assistant("My apologies! Sorry for the confusion, and sorry for the wasted time. The query "
                    + "should read `SELECT user_id FROM orders`."),
            ]),
        ],
        nonTriggeringExamples: [
            Example("one plain acknowledgment, then the fix", [
                .user("The index is off by one."),
                .assistant("You're right, that index was off by one. Fixed: `items[i - 1]`."),
            ]),
            Example("formulaic apology once, followed by content", [
                .user("That's not the file I meant."),
                .assistant("I apologize for the confusion. The settings live in `app/settings.py`; the change "
                    + "goes on line 12."),
            ]),
            Example("empathy about something outside the assistant", [
                .user("My dog died yesterday and I can't focus on this report."),
                .assistant("I'm so sorry to hear about your loss. Let's keep the report short today: three "
                    + "sections, and I can draft the summary."),
            ]),
            Example("quoting an apology the user asked for", [
                .user("Write the customer email about the shipping delay."),
                .assistant("Here is a draft:\n\nDear Ms. Patel,\n\nWe sincerely apologize for the delay. Your "
                    + "order ships Monday.\n\nBest regards,\nThe Support Team"),
            ]),
            Example("apology inside a code block", [
                .user("Add an error message for failed logins."),
                .assistant("Added:\n\n```swift\nlet message = \"Sorry, we're so sorry, please try again.\"\n```"),
            ]),
            Example("no need to apologize", [
                .user("Sorry, I gave you the wrong file earlier."),
                .assistant("No need to apologize. With the right file, the error is on line 40: the loop never "
                    + "ends."),
            ]),
            Example("a refusal formula is not contrition", [
                .user("Can you tell me my neighbor's password?"),
                .assistant("Sorry, but I can't help with getting into someone else's account."),
            ]),
            Example("discussing apologies as a topic", [
                .user("How should a support agent phrase an apology?"),
                .assistant("Keep it short: name the problem, say \"we're sorry for the trouble\", and state the "
                    + "fix and the date. Avoid stacking apologies; one is enough."),
            ]),
            Example("a first answer with no apology at all", [
                .user("How do I reverse a list in Python?"),
                .assistant("Use `items.reverse()` in place, or `items[::-1]` for a reversed copy."),
            ]),
        ])
}
