import Telltale
import Testing

@Suite struct ToolOutputFailureTests {
    @Test(arguments: [
        "Traceback (most recent call last):\n  File \"app.py\", line 3",
        "litellm.APIError: APIError: OpenAIException - Your request was blocked.",
        "Error: File does not exist.",
        "error[E0308]: mismatched types",
        "fatal: not a git repository (or any of the parent directories): .git",
        "npm ERR! missing script: test",
        "FAILED tests/test_dates.py::test_leap_day - AssertionError",
        "=========== 2 failed, 5 passed in 0.31s ===========",
        "Found 3 errors in 1 file (checked 4 source files)",
        "trim trailing whitespace.................................................Failed",
        "# 1 SEARCH/REPLACE block failed to match!",
        "The LLM did not conform to the edit format.",
        "zsh: command not found: pytest",
        "cat: notes.txt: No such file or directory",
        "Process exited with exit code 2",
        "Cannot create new file - file already exists.",
    ])
    func recognizesAnnouncedFailures(_ output: String) {
        #expect(ToolOutputFailure.isShown(in: output))
    }

    @Test(arguments: [
        "Applied edit to src/errors.py",
        "Commit 1b2614a feat: add error handling to the parser",
        "===== 4 passed, 0 failed in 0.12s =====",
        "Found 0 errors",
        "exit code 0",
        "web/package/src/errors/context.ts",
        "The function raises ValueError when the input is empty.",
        "Tokens: 2.4k sent, 104 received.",
    ])
    func leavesMentionsOfErrorsAlone(_ output: String) {
        #expect(!ToolOutputFailure.isShown(in: output))
    }
}
