namespace Search.Tui; internal static class Placeholder { }
