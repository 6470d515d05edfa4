using System.Reflection;
using PublicApiGenerator;
using Search.Core.Searching;
using Search.Core.Tests.TestSupport;

namespace Search.Core.Tests.PublicApi;

/// <summary>Guards the public API of Search.Core: a snapshot, no Lucene types, sealed or immutable types.</summary>
public sealed class PublicApiTests
{
    private static readonly Assembly Core = typeof(SearchIndex).Assembly;

    [Fact]
    public void PublicApi_MatchesApprovedSnapshot()
    {
        // Arrange
        var folder = Path.Combine(RepoPaths.Root, "tests", "Search.Core.Tests", "PublicApi");
        var approvedPath = Path.Combine(folder, "Search.Core.approved.txt");
        var receivedPath = Path.Combine(folder, "Search.Core.received.txt");

        // Act
        var api = Core.GeneratePublicApi(new ApiGeneratorOptions { IncludeAssemblyAttributes = false }).ReplaceLineEndings("\n");

        // Assert
        var approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : "";
        if (api != approved)
        {
            File.WriteAllText(receivedPath, api);
            Assert.Fail($"The public API of Search.Core changed. If that is intended, review {receivedPath} and copy it over {approvedPath}.");
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void PublicApi_HasNoLuceneTypes()
    {
        var offenders = new List<string>();
        foreach (var type in Core.GetExportedTypes())
        {
            if (type.BaseType is { } baseType && IsLucene(baseType))
            {
                offenders.Add($"{type.Name} : {baseType.Name}");
            }

            foreach (var member in type.GetMembers(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                var types = member switch
                {
                    MethodInfo m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType),
                    ConstructorInfo c => c.GetParameters().Select(p => p.ParameterType),
                    PropertyInfo p => [p.PropertyType],
                    FieldInfo f => [f.FieldType],
                    EventInfo e => [e.EventHandlerType!],
                    _ => [],
                };
                offenders.AddRange(types.Where(IsLucene).Select(t => $"{type.Name}.{member.Name}: {t.Name}"));
            }
        }

        Assert.Empty(offenders);
    }

    [Fact]
    public void PublicTypes_AreSealedStaticRecordsEnumsOrTheExceptionBase()
    {
        var open = Core.GetExportedTypes()
            .Where(t => t.IsClass && !t.IsSealed && !t.IsAbstract && t != typeof(SearchException))
            .Select(t => t.FullName)
            .ToList();

        Assert.Empty(open);
    }

    private static bool IsLucene(Type type) =>
        type.Namespace?.StartsWith("Lucene", StringComparison.Ordinal) == true
        || (type.IsGenericType && type.GetGenericArguments().Any(IsLucene))
        || (type.HasElementType && IsLucene(type.GetElementType()!));
}
