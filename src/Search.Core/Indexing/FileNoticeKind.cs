namespace Search.Core.Indexing;

/// <summary>What kind of thing a <see cref="FileNotice"/> tells (for messages in another language than the notice's English).</summary>
public enum FileNoticeKind
{
    /// <summary>The file is not valid UTF-8 and was read as Windows-1252.</summary>
    ReadAsWindows1252,
}
