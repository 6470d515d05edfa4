namespace Search.Core.Indexing;

/// <summary>Thrown when a folder holds no usable index: none at all, something else, or a damaged one.</summary>
/// <remarks>
/// The message speaks to a program's author (it names library calls). A program that talks to its own users can
/// word its advice from <see cref="Problem"/> and <see cref="IndexPath"/>.
/// </remarks>
public sealed class IndexUnavailableException : SearchException
{
    /// <summary>Creates the exception for <paramref name="indexPath"/> with the reason in <paramref name="message"/>.</summary>
    public IndexUnavailableException(string indexPath, IndexProblem problem, string message, Exception? inner = null)
        : base(message, inner)
    {
        IndexPath = indexPath;
        Problem = problem;
    }

    /// <summary>The folder that was opened.</summary>
    public string IndexPath { get; }

    /// <summary>What is wrong with it.</summary>
    public IndexProblem Problem { get; }
}
