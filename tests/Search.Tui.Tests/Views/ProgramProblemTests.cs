using Search.Tui.Tests.TestSupport;
using Search.Tui.Views;
using Terminal.Gui.Input;

namespace Search.Tui.Tests.Views;

/// <summary>
/// A $PAGER or $EDITOR that could not run (not installed, misspelt) made the UI flicker and come back without a word;
/// the shell's English "not found" appeared only after quitting.
/// </summary>
public sealed class ProgramProblemTests : IDisposable
{
    private readonly TestIndex _index = TestIndex.News();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData(127, "wurde nicht gefunden")]
    [InlineData(126, "ließ sich nicht ausführen")]
    [InlineData(-1, "ließ sich nicht starten")]
    public void A_program_that_did_not_run_is_told_in_German(int exitCode, string expected)
    {
        var text = Search.Tui.GermanLaunchText.ProgramFailed("gibtsnicht", "PAGER", exitCode);

        Assert.NotNull(text);
        Assert.Contains(expected, text, StringComparison.Ordinal);
        Assert.Contains("„gibtsnicht“ ($PAGER)", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)] // an editor may end with an error code on purpose (vim's :cq)
    public void A_program_that_ran_says_nothing(int exitCode) =>
        Assert.Null(Search.Tui.GermanLaunchText.ProgramFailed("vi", "EDITOR", exitCode));

    [Fact]
    public void The_window_back_from_a_program_that_did_not_run_says_so_until_the_next_key()
    {
        var state = new SearchWindow.State { BackFromArticle = true, ProgramProblem = "Das Programm „gibtsnicht“ ($PAGER) wurde nicht gefunden." };
        using var ui = new Headless(_index.Backend, state: state);

        Assert.Contains("„gibtsnicht“ ($PAGER) wurde nicht gefunden", ui.Screen, StringComparison.Ordinal);
        Assert.Null(state.ProgramProblem); // said once

        ui.Window.QueryField.SetFocus();
        ui.Type("Miami");
        ui.Press(Key.Enter);
        ui.Settle();

        Assert.DoesNotContain("gibtsnicht", ui.Screen, StringComparison.Ordinal);
    }
}
