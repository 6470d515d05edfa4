using Search.Core.Analysis;

namespace Search.Core.Tests.Analysis;

public class CompoundPartsCacheTests
{
    [Fact]
    public void Create_WordAndParts_RoundTrips()
    {
        // Act
        var parts = CompoundParts.Create("friedensgespräche", "friedensgesprach", ["fried", "gesprach"]);

        // Assert
        Assert.Equal("friedensgespräche", new string(parts.Word));
        Assert.Equal("friedensgesprach", new string(parts.Stem));
        Assert.Equal(2, parts.Count);
        Assert.Equal(["fried", "gesprach"], parts.ToArray());
    }

    [Fact]
    public void Create_NoParts_HasWordAndCountZero()
    {
        // Act
        var parts = CompoundParts.Create("regierung", "regierung", []);

        // Assert
        Assert.Equal("regierung", new string(parts.Word));
        Assert.Equal("regierung", new string(parts.Stem));
        Assert.Equal(0, parts.Count);
    }

    [Fact]
    public void TryGet_AddedWord_ReturnsItsParts()
    {
        // Arrange
        var cache = new CompoundPartsCache(64);
        cache.Add(CompoundParts.Create("landesregierung", "landesregierung", ["land", "regierung"]));

        // Act
        bool found = cache.TryGet("landesregierung", out var parts);
        bool other = cache.TryGet("landesregierun", out _);

        // Assert
        Assert.True(found);
        Assert.Equal(["land", "regierung"], parts.ToArray());
        Assert.False(other);
    }

    [Fact]
    public void Add_MoreWordsThanCapacity_StaysBoundedAndCorrect()
    {
        // Arrange
        var cache = new CompoundPartsCache(16);

        // Act
        for (int i = 0; i < 1000; i++)
        {
            cache.Add(CompoundParts.Create($"wort{i}", $"wort{i}", [$"teil{i}"]));
        }

        int hits = Enumerable.Range(0, 1000).Count(i => cache.TryGet($"wort{i}", out _));

        // Assert
        Assert.Equal(16, cache.Capacity);
        Assert.InRange(hits, 1, 16);
        Assert.All(Enumerable.Range(0, 1000), i =>
        {
            if (cache.TryGet($"wort{i}", out var parts))
            {
                Assert.Equal([$"teil{i}"], parts.ToArray());
            }
        });
    }

    [Fact]
    public void TryGet_ConcurrentAddsAndReads_NeverReturnsAnotherWordsParts()
    {
        // Arrange
        var cache = new CompoundPartsCache(8);
        int wrong = 0;

        // Act
        Parallel.For(0, 20_000, i =>
        {
            int n = i % 50;
            if (cache.TryGet($"wort{n}", out var parts) && parts.ToArray()[0] != $"teil{n}")
            {
                Interlocked.Increment(ref wrong);
            }

            cache.Add(CompoundParts.Create($"wort{n}", $"wort{n}", [$"teil{n}"]));
        });

        // Assert
        Assert.Equal(0, wrong);
    }
}
