namespace Search.Core.Searching.Queries;

/// <summary>A query word split into parts the index knows (see <see cref="QueryCompoundSplitter"/>).</summary>
/// <param name="Word">The word as typed.</param>
/// <param name="Parts">The parts as written in the word, lower-case, linking elements removed ("ukraine", "krieg"), for telling the user.</param>
/// <param name="Terms">The parts as the body field holds them ("ukrain", "krieg"): search these.</param>
internal sealed record CompoundSplit(string Word, IReadOnlyList<string> Parts, IReadOnlyList<string> Terms);
