using Search.Core.Facets;

namespace Search.Core.Tests.Facets;

/// <summary>
/// Issue 16: facet data is built on pool threads as soon as a reader opens, while the first search may ask for the
/// same data. Each value must be built once, one field must not wait for another, and a failed build (a reader closed
/// under the warm-up) must not stay cached for the searches after it.
/// </summary>
public sealed class BuiltOnceTests
{
    [Fact]
    public async Task Get_ManyCallersOfOneKey_BuildItOnceAndShareIt()
    {
        // Arrange
        var values = new Dictionary<string, Lazy<object>>(StringComparer.Ordinal);
        var builds = 0;
        using var release = new ManualResetEventSlim();

        // Act
        var callers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => BuiltOnce.Get(values, "actor", release, (gate, _) =>
        {
            Interlocked.Increment(ref builds);
            gate.Wait();
            return new object();
        }))).ToArray();
        await Task.Delay(50);
        release.Set();
        var results = await Task.WhenAll(callers);

        // Assert
        Assert.Equal(1, builds);
        Assert.All(results, r => Assert.Same(results[0], r));
    }

    [Fact]
    public async Task Get_AnotherKeyWhileOneIsBuilding_DoesNotWait()
    {
        // Arrange
        var values = new Dictionary<string, Lazy<string>>(StringComparer.Ordinal);
        using var release = new ManualResetEventSlim();
        var slow = Task.Run(() => BuiltOnce.Get(values, "actor", release, (gate, key) =>
        {
            gate.Wait();
            return key;
        }));
        SpinWait.SpinUntil(() => { lock (values) { return values.ContainsKey("actor"); } }, TimeSpan.FromSeconds(5));

        // Act
        var other = Task.Run(() => BuiltOnce.Get(values, "location", 0, (_, key) => key));

        // Assert: the second key is built while the first still waits
        Assert.Equal("location", await other.WaitAsync(TimeSpan.FromSeconds(5)));
        Assert.False(slow.IsCompleted);
        release.Set();
        Assert.Equal("actor", await slow);
    }

    [Fact]
    public void Get_BuildThatThrew_IsBuiltAgainByTheNextCaller()
    {
        // Arrange
        var values = new Dictionary<string, Lazy<string>>(StringComparer.Ordinal);
        var attempts = 0;
        string Build(int _, string key) => Interlocked.Increment(ref attempts) == 1 ? throw new ObjectDisposedException("reader") : key;

        // Act
        Assert.Throws<ObjectDisposedException>(() => BuiltOnce.Get(values, "actor", 0, Build));
        var second = BuiltOnce.Get(values, "actor", 0, Build);
        var third = BuiltOnce.Get(values, "actor", 0, Build);

        // Assert
        Assert.Equal("actor", second);
        Assert.Equal("actor", third);
        Assert.Equal(2, attempts);
    }
}
