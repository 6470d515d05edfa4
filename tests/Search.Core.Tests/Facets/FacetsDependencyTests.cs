using System.Reflection;
using Search.Core.Searching;

namespace Search.Core.Tests.Facets;

/// <summary>Searching uses Facets, never the other way round (no loop between the two folders).</summary>
public sealed class FacetsDependencyTests
{
    [Fact]
    public void FacetsTypes_ReferenceNoSearchingType()
    {
        // Arrange
        const BindingFlags all = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var facetTypes = typeof(SearchIndex).Assembly.GetTypes().Where(t => t.Namespace == "Search.Core.Facets").ToList();
        Assert.Contains(facetTypes, t => t.Name == "FacetFilters");

        // Act
        var offenders = new List<string>();
        foreach (var type in facetTypes)
        {
            foreach (var member in type.GetMembers(all))
            {
                var used = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    _ => [],
                };
                offenders.AddRange(used.SelectMany(Flatten).Where(t => t.Namespace == "Search.Core.Searching").Select(t => $"{type.Name}.{member.Name}: {t.Name}"));
            }
        }

        // Assert
        Assert.Empty(offenders);
    }

    private static IEnumerable<Type> Flatten(Type type)
    {
        yield return type;
        if (type.HasElementType)
        {
            foreach (var inner in Flatten(type.GetElementType()!))
            {
                yield return inner;
            }
        }

        if (type.IsGenericType)
        {
            foreach (var inner in type.GetGenericArguments().SelectMany(Flatten))
            {
                yield return inner;
            }
        }
    }
}
