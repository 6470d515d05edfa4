using System.Runtime.CompilerServices;

namespace Search.Cli;

/// <summary>
/// Runs Lucene.Net's static set-up (its version constants and index file-name patterns, compiled regular expressions:
/// about 50 ms of a fresh process) on a pool thread while the command line is read, instead of when the first command
/// opens an index (issue 16). A failure is left to the command that uses Lucene, which then reports it.
/// </summary>
internal static class LuceneWarmUp
{
    public static void Start() => ThreadPool.UnsafeQueueUserWorkItem(static _ =>
    {
        try
        {
            RuntimeHelpers.RunClassConstructor(typeof(Lucene.Net.Util.Constants).TypeHandle);
            RuntimeHelpers.RunClassConstructor(typeof(Lucene.Net.Index.IndexFileNames).TypeHandle);
        }
        catch (TypeInitializationException)
        {
            // Thrown again, and reported, where an index is opened.
        }
    }, null);
}
