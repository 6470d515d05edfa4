namespace Search.Benchmarks.Macro;

/// <summary>Percentiles as the Java peer's script computes them (p50 = sorted[n / 2]).</summary>
internal static class Stats
{
    public static double P50(IEnumerable<double> values) => At(values, 0.5);

    public static double P95(IEnumerable<double> values) => At(values, 0.95);

    public static double Median(IEnumerable<double> values) => P50(values);

    private static double At(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        var index = q == 0.5 ? sorted.Length / 2 : (int)Math.Ceiling(q * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
