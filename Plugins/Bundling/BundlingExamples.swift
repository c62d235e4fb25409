import Telltale

extension BundlingDetector {
    static let documentation = DetectorDescription(
        id: "bundling",
        name: "Bundling",
        pattern: .bundling,
        summary: "Separate things treated as one: unrequested extra changes tied into the asked-for one, or "
            + "distinct problems conflated into one cause or one answer.",
        rationale: "Two orthogonal things bundled together hide each other: a fix mixed with a refactor is "
            + "harder to review, revert and trust, and a shared cause claimed for unrelated symptoms sends the "
            + "user the wrong way. The detector looks for scope-creep and conflation language and backs off when "
            + "the user asked for several things or for broad cleanup.",
        defaultThreshold: 0.45,
        triggeringExamples: [
            Example("scope creep on a one-line fix", [
                .user("Fix the typo in the error message in login.py."),
                .assistant("Fixed the typo. While I was at it, I also refactored the session handling and renamed "
                    + "a few variables for clarity."),
            ]),
            Example("a bonus change nobody asked for", [
                .user("Bump the version to 1.4.2."),
                .assistant("Bumped to 1.4.2. As a bonus, I upgraded all the dependencies to their latest versions."),
            ]),
            Example("took the liberty", [
                .user("Add a docstring to parse_date."),
                .assistant("Added the docstring. I also took the liberty of rewriting the function to use regex."),
            ]),
            Example("two problems conflated into one cause", [
                .user("The page loads slowly, and separately the logo is missing on mobile."),
                .assistant("Both of these come from the same root cause: the CDN configuration. Fix the CDN and "
                    + "both go away."),
            ]),
            Example("several unrequested changes reported with the fix", [
                .user("The save button doesn't work."),
                .assistant("Fixed the click handler. I've also reformatted the stylesheet, and I also removed the "
                    + "unused analytics code."),
            ]),
            Example("an agent reporting extra edits", [
                .user("Make test_parse pass."),
                .toolResult("1 passed"),
                .assistant("test_parse passes now. Along the way, I also cleaned up the imports across the module "
                    + "and restructured the fixtures."),
            ]),
            Example("the user names it afterwards", [
                .user("Change the button color to green."),
                .assistant("Done — the button is green, and I also updated the font sizes."),
                .user("Those are two separate things, I only asked for the color."),
            ]),
            Example("bundled cleanup in a bug fix", [
                .user("Fix the off-by-one in the pagination."),
                .assistant("The off-by-one is fixed. I also noticed and fixed some unrelated style issues and "
                    + "modernized the syntax in the same commit."),
            ]),
            Example("two extra edits announced one after the other", [
                .user("Exclude the vendor folder from the lint step."),
                .assistant("Excluded it from the lint step. Let me also remove it from the formatter, and I'll also "
                    + "change the type checker settings to match."),
            ]),
            Example("a change list longer than the request", [
                .user("Make the retry count configurable."),
                .toolResult("18 passed"),
                .assistant("Done. Summary:\n\n- Added a `retries` setting read from the environment.\n"
                    + "- Renamed `do_request` to `send` for consistency.\n- Removed the old backoff helper.\n"
                    + "- Bumped the HTTP client to its next minor release."),
            ]),
        ],
        nonTriggeringExamples: [
            Example("the same connective repeated in prose", [
                .user("Why do people keep a journal?"),
                .assistant("Writing things down helps people notice patterns and also calms them down. It gives "
                    + "them a record to look back on and also a habit that anchors the day."),
            ]),
            Example("a requested multi-part task, done part by part", [
                .user("Please 1. fix the typo and 2. rename the config key to snake_case."),
                .assistant("1. Typo fixed. 2. Renamed `apiKey` to `api_key`, and I also updated its two call sites."),
            ]),
            Example("a rename and its call sites", [
                .user("Rename fetchData to loadData."),
                .assistant("Renamed `fetchData` to `loadData` and updated the three call sites that use it."),
            ]),
            Example("the user invited broader cleanup", [
                .user("Fix the bug in the parser and clean up anything else you see."),
                .assistant("Fixed the bug. While I was at it, I also cleaned up the tokenizer."),
            ]),
            Example("two problems kept apart", [
                .user("The page is slow and the logo is missing on mobile."),
                .assistant("These are separate. The slowness comes from an unindexed query; the missing logo is a "
                    + "wrong path in the mobile stylesheet."),
            ]),
            Example("extra change mentioned inside a code comment", [
                .user("Fix the null check."),
                .assistant("```python\n# while I was at it, I also refactored this (old note)\nif user is None:\n    return\n```"),
            ]),
            Example("a plain single fix", [
                .user("Fix the typo in the title."),
                .assistant("Fixed: 'Recieve' is now 'Receive'."),
            ]),
            Example("a suggestion, not a change", [
                .user("Why is this test flaky?"),
                .assistant("It depends on wall-clock time. Inject a clock and the flakiness goes away."),
            ]),
            Example("quoting the user's request back", [
                .user("Do the migration and also update the docs."),
                .assistant("Migration done, and the docs now describe the new schema."),
            ]),
        ])
}
