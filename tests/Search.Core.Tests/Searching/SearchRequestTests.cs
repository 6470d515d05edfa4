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
}
