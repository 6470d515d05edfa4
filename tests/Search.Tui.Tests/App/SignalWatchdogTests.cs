namespace Search.Tui.Tests.App;

/// <summary>
/// After a hang-up the UI's input thread spun on the lost terminal and `search tui` never ended (found with
/// `tmux kill-session`): a signal now arms a watchdog that ends the process when the UI does not stop by itself.
/// </summary>
[Collection("SignalWatchdog")]
public sealed class SignalWatchdogTests
{
    [Fact]
    public void Arm_UiDoesNotStop_ExitsWithTheSignalsCodeAfterTheDelay()
    {
        // Arrange
        SignalWatchdog.Reset();
        using var exited = new ManualResetEventSlim();
        var code = 0;

        // Act
        var armed = SignalWatchdog.Arm(SignalWatchdog.ExitCode(1), TimeSpan.FromMilliseconds(50), c =>
        {
            code = c;
            exited.Set();
        });

        // Assert
        Assert.True(armed);
        Assert.True(exited.Wait(TimeSpan.FromSeconds(10)));
        Assert.Equal(129, code);
        SignalWatchdog.Reset();
    }

    [Fact]
    public void Arm_SecondSignal_KeepsTheFirstDeadline()
    {
        // Arrange
        SignalWatchdog.Reset();
        var calls = 0;

        // Act
        var first = SignalWatchdog.Arm(143, TimeSpan.FromHours(1), _ => Interlocked.Increment(ref calls));
        var second = SignalWatchdog.Arm(130, TimeSpan.FromMilliseconds(1), _ => Interlocked.Increment(ref calls));
        Thread.Sleep(100);

        // Assert
        Assert.True(first);
        Assert.False(second);
        Assert.Equal(0, calls);
        SignalWatchdog.Reset();
    }

    [Fact]
    public void Delay_GivesTheUiTimeToStopButEndsWithinSeconds()
    {
        Assert.InRange(SignalWatchdog.Delay, TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(5));
    }
}
