import Telltale

extension OverthinkingDetector {
    static let documentation = DetectorDescription(
        id: "overthinking",
        name: "Overthinking",
        pattern: .overthinking,
        summary: "Machinery out of proportion to the request: unrequested option menus, permission loops, "
            + "stacked hedges, deliberation loops, sections that dwarf a simple question.",
        rationale: "Hedging everything, generating three options for every decision and asking permission "
            + "constantly makes the work crawl. The detector counts options, permission requests, hedges per "
            + "100 words and deliberation markers, and compares the answer's size and structure with the "
            + "request; it backs off when the user asked for options, depth or a review.",
        defaultThreshold: 0.5,
        triggeringExamples: [
            Example("an unrequested menu for a one-answer question", [
                .user("How do I get the length of a list in Python?"),
                .assistant("There are several ways to do this.\n\nOption 1: use `len(items)`.\n\nOption 2: "
                    + "alternatively, loop and count.\n\nOption 3: alternatively, use `sum(1 for _ in items)`."),
            ]),
            Example("asking permission instead of acting on a clear request", [
                .user("Rename the function get_data to fetch_data in utils.py."),
                .assistant("Before I proceed, could you confirm that you want me to rename it? Should I also "
                    + "update the callers?"),
            ]),
            Example("hedges stacked on a plain fact", [
                .user("Does water boil at 100 °C at sea level?"),
                .assistant("It might possibly depend, but generally, in most cases, water typically tends to boil "
                    + "at around 100 °C, although it could potentially vary and perhaps be somewhat different."),
            ]),
            Example("qualifiers piled on each part of a plain fact", [
                .user("What's the default port for PostgreSQL?"),
                .assistant("It is probably, in most cases, 5432, though it might perhaps differ, and setups "
                    + "typically, in general, keep that one."),
            ]),
            Example("a deliberation loop", [
                .user("What's 15% of 80?"),
                .assistant("15% of 80 is 12. Wait, actually, let me reconsider. Hmm, on second thought, 10% is 8 "
                    + "and 5% is 4, so... wait, yes, 12."),
            ]),
            Example("ten headed sections for a yes/no question", [
                .user("Is JSON a subset of JavaScript?"),
                .assistant("# Overview\nMostly.\n# History\nIt came from JS.\n# Syntax\nSimilar.\n# Edge cases\n"
                    + "Line separators.\n# ES2019\nFixed.\n# Parsers\nVary.\n# Recommendations\nUse JSON.parse.\n"
                    + "# Summary\nYes, since ES2019."),
            ]),
            Example("the user names it afterwards", [
                .user("Which port does HTTPS use?"),
                .assistant("Generally 443, although it might depend on your setup, and perhaps in some cases a "
                    + "different port could be used. Would you like me to list the options?"),
                .user("You're overthinking this, just answer."),
            ]),
            Example("permission requests stacked at the end of a simple task", [
                .user("Add a newline at the end of main.swift."),
                .assistant("I can do that. Would you like me to add it now? Should I also check the other files? "
                    + "Do you want me to run the formatter afterwards?"),
            ]),
            Example("an agent deliberating in its visible reply", [
                .user("Fix the failing import in app.py."),
                .assistant("Hmm, the import fails. Wait, maybe it's the path. Actually, let me reconsider, it could "
                    + "be the package name. Hold on, let me double-check the module. On second thought it's the path."),
            ]),
        ],
        nonTriggeringExamples: [
            Example("a direct answer with a routine caveat", [
                .user("How long does it take to boil an egg?"),
                .assistant("About 9–12 minutes for hard-boiled. Results may vary with altitude."),
            ]),
            Example("suggestions phrased as questions answer the request", [
                .user("My tomato seedlings are tall and floppy. What should I do?"),
                .assistant("They are stretching for light. Why not move them to a south window? Or maybe add a "
                    + "cheap grow light for a few hours a day? Have you tried brushing them gently each day?"),
            ]),
            Example("the user asked for options", [
                .user("What are my options for deploying a small Flask app?"),
                .assistant("Option 1: a PaaS like Render. Option 2: a container on Fly.io. Option 3: a VPS with "
                    + "gunicorn and nginx. Alternatively, serverless with Zappa."),
            ]),
            Example("one genuine clarifying question on an ambiguous request", [
                .user("Convert the file."),
                .assistant("Which format should the file be converted to?"),
            ]),
            Example("honest single uncertainty", [
                .user("When was the library's 2.0 release?"),
                .assistant("I'm not sure; I think it was 2019."),
            ]),
            Example("a thorough review that was asked for", [
                .user("Please do a thorough review of this design and walk me through the trade-offs."),
                .assistant("# Data model\nSound.\n# API\nToo chatty.\n# Caching\nMissing.\n# Errors\nUntyped.\n"
                    + "# Testing\nThin.\n# Deployment\nFine.\n# Summary\nFix the API and add caching."),
            ]),
            Example("an offer after a complete answer", [
                .user("How do I undo the last git commit but keep the changes?"),
                .assistant("Run `git reset --soft HEAD~1`. Your changes stay staged."),
            ]),
            Example("one hedge per claim on a question with no sure answer", [
                .user("Why does my sourdough come out dense?"),
                .assistant("The starter is probably weak. Proofing time might be too short. Your kitchen is likely "
                    + "cold in winter. Flour with less protein often gives a tighter crumb. Kneading less usually "
                    + "helps too. I think the starter is the first thing to check."),
            ]),
            Example("hedges inside quoted text", [
                .user("Rewrite this sentence to sound less hedged."),
                .assistant("Original: \"It might possibly perhaps be generally somewhat likely to rain.\" "
                    + "Rewritten: It will probably rain."),
            ]),
            Example("a short plan before doing a multi-step task", [
                .user("Set up a Python project with tests."),
                .assistant("Creating `pyproject.toml`, a `src/` package and a `tests/` folder with one passing test."),
            ]),
        ])
}
