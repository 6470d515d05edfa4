using System.Diagnostics.CodeAnalysis;

namespace Search.Core.Facets;

/// <summary>
/// A cache of values that are costly to build (facet data per segment or per reader): each key is built once, by the
/// first caller; callers of the same key wait for that build, callers of other keys build theirs side by side. A build
/// that throws is not kept, so the next caller tries again.
/// </summary>
internal static class BuiltOnce
{
    /// <summary>The value under <paramref name="key"/>, built with <paramref name="build"/>(<paramref name="state"/>, key) if there is none yet.</summary>
    /// <remarks>The annotation on <typeparamref name="T"/> is the one <see cref="Lazy{T}"/> carries (its parameterless
    /// constructor would create a <typeparamref name="T"/>), so the trimming analysis of a native build is satisfied.</remarks>
    public static T Get<TState, [DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicParameterlessConstructor)] T>(Dictionary<string, Lazy<T>> values, string key, TState state, Func<TState, string, T> build)
    {
        Lazy<T> value;
        lock (values)
        {
            if (!values.TryGetValue(key, out value!))
            {
                value = new Lazy<T>(() => build(state, key), LazyThreadSafetyMode.ExecutionAndPublication);
                values[key] = value;
            }
        }

        try
        {
            return value.Value;
        }
        catch
        {
            lock (values)
            {
                if (values.TryGetValue(key, out var kept) && ReferenceEquals(kept, value))
                {
                    values.Remove(key);
                }
            }

            throw;
        }
    }
}
