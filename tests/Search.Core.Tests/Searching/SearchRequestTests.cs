using Search.Core.Searching;

namespace Search.Core.Tests.Searching;

public sealed class SearchRequestTests
{
    [Fact]
    public void Lists_ChangedByTheCallerAfterwards_LeaveTheRequestAsItWas()
    {
        // Arrange: the request kept the caller's array, so results.Request changed with it
        string[] actors = ["Angela Merkel"];
        DateSpan[] dates = [new(new DateOnly(2020, 1, 1), new DateOnly(2020, 12, 31))];
        var request = new SearchRequest { Actors = actors, ExcludeDates = dates };

        // Act
        actors[0] = "George W. Bush";
        dates[0] = new DateSpan(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31));

        // Assert
        Assert.Equal(["Angela Merkel"], request.Actors);
        Assert.Equal(2020, request.ExcludeDates[0].From.Year);
        Assert.False(request.Actors is string[], "The request hands out an array a caller could change.");
    }

    [Fact]
    public void Equals_ListsWithTheSameValues_EqualAndHashAlike()
    {
        // Arrange: records compare lists by reference, so two requests naming the same actor were not equal
        var a = new SearchRequest { Text = "Wahl", Actors = ["Angela Merkel"], Locations = ["Berlin"], ExcludeDates = [new(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31))] };
        var b = new SearchRequest { Text = "Wahl", Actors = ["Angela Merkel"], Locations = ["Berlin"], ExcludeDates = [new(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 31))] };

        // Act
        var cache = new Dictionary<SearchRequest, int> { [a] = 1 };

        // Assert
        Assert.Equal(a, b);
        Assert.True(a == b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.True(cache.ContainsKey(b));
        Assert.NotEqual(a, b with { Actors = ["Angela Merkel", "Olaf Scholz"] });
        Assert.NotEqual(a, b with { Actors = ["Olaf Scholz"] });
        Assert.False(a.Equals(null));
    }

    [Fact]
    public void Equals_EverySettingCounts()
    {
        // Arrange: a setting left out of Equals would make two different requests one cache entry
        var request = new SearchRequest();
        var properties = typeof(SearchRequest).GetProperties().Where(p => p.CanWrite).ToList();
        Assert.True(properties.Count >= 18, $"Only {properties.Count} settings found.");

        foreach (var property in properties)
        {
            var changed = request with { };
            object value = property.PropertyType switch
            {
                var t when t == typeof(string) => "anders",
                var t when t == typeof(int) => 3,
                var t when t == typeof(bool) => true,
                var t when t == typeof(DateOnly?) => new DateOnly(2020, 5, 5),
                var t when t == typeof(SearchSort) => SearchSort.Newest,
                var t when t == typeof(SyntaxErrorHandling) => SyntaxErrorHandling.SearchWords,
                var t when t == typeof(IReadOnlyList<string>) => new[] { "Berlin" },
                var t when t == typeof(IReadOnlyList<DateSpan>) => new[] { new DateSpan(new DateOnly(2020, 1, 1), new DateOnly(2020, 1, 2)) },
                var t => throw new InvalidOperationException($"No test value for {property.Name} ({t})."),
            };

            // Act
            property.SetValue(changed, value);

            // Assert
            Assert.False(request.Equals(changed), $"{property.Name} is left out of Equals.");
        }
    }
}
