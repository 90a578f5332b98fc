using System;
using System.Collections.Generic;

namespace HelmValues.Output;

/// <summary>
/// The files a run produces, in ordinal order of path. Writing it (<see cref="OutputWriter"/>) or checking a
/// directory against it (<see cref="OutputChecker"/>) gives the same bytes on every machine.
/// </summary>
public sealed class OutputSet
{
    /// <summary>The index file each written directory gets: the files HelmValues wrote there, so it can remove them later.</summary>
    public const string IndexFileName = ".helmvalues-files";

    /// <summary>Creates a set. Paths must be relative, use <c>/</c>, and be unique.</summary>
    /// <param name="files">The files.</param>
    /// <exception cref="ArgumentException">A path is absolute, leaves the directory, or appears twice.</exception>
    public OutputSet(IEnumerable<OutputFile> files)
        : this(new List<OutputFile>(files ?? throw new ArgumentNullException(nameof(files)))) { }

    // Keeps and sorts the list it is given: Owning's callers hand theirs over. Problems name the public constructor's parameter.
    private OutputSet(List<OutputFile> list)
    {
        // Unstable, but only equal paths could change places, and a set with those is refused below.
        list.Sort(static (a, b) => string.CompareOrdinal(a.Path, b.Path));
        List<string>? problems = null;
        for (var i = 0; i < list.Count; i++)
        {
            var same = 1;
            while (i + same < list.Count && list[i + same].Path == list[i].Path)
            {
                same++;
            }

            if (same > 1)
            {
                (problems ??= []).Add($"{list[i].Path}: appears {same} times");
                i += same - 1;
            }
        }

        foreach (var file in list)
        {
            if (!IsSafeRelativePath(file.Path))
            {
                (problems ??= []).Add($"{file.Path}: must be a relative path with '/' separators, inside the output directory");
            }
        }

        if (problems is not null)
        {
            throw new ArgumentException("Invalid output set:\n  " + string.Join("\n  ", problems), "files");
        }

        Files = list;
    }

    /// <summary>
    /// A set of <paramref name="files"/>, which it keeps (sorted) instead of copying: the caller must not use the list after.
    /// </summary>
    internal static OutputSet Owning(List<OutputFile> files, IReadOnlyList<string> setupCommands) =>
        new(files) { SetupCommands = setupCommands };

    /// <summary>The files, in ordinal order of path.</summary>
    public IReadOnlyList<OutputFile> Files { get; }

    /// <summary>
    /// Commands to run in the cluster before applying the files: they create what the files reference but must not hold, such
    /// as Secrets with credentials (values elided). <see cref="OutputCommandLine"/> prints them after a write that changed files.
    /// </summary>
    public IReadOnlyList<string> SetupCommands { get; init; } = [];

    /// <summary>The index file's text: a header and one path per line.</summary>
    public string IndexContent => _indexContent ??= string.Create(IndexLength(), this, static (text, set) => set.WriteIndex(text));

    private string? _indexContent;

    /// <summary>The length of <see cref="IndexContent"/>.</summary>
    internal int IndexLength()
    {
        var length = GeneratedHeader.Line.Length + 1;
        for (var i = 0; i < Files.Count; i++)
        {
            length += Files[i].Path.Length + 1;
        }

        return length;
    }

    /// <summary>
    /// Writes <see cref="IndexContent"/> into <paramref name="text"/> (<see cref="IndexLength"/> characters): the writer
    /// encodes it from there, and a fleet makes no index string per stack.
    /// </summary>
    internal void WriteIndex(Span<char> text)
    {
        GeneratedHeader.Line.CopyTo(text);
        var at = GeneratedHeader.Line.Length;
        text[at++] = '\n';
        for (var i = 0; i < Files.Count; i++)
        {
            Files[i].Path.CopyTo(text[at..]);
            at += Files[i].Path.Length;
            text[at++] = '\n';
        }
    }

    /// <summary>True when the set has a file at <paramref name="path"/>.</summary>
    internal bool Contains(string path) => BinarySearch(path) >= 0;

    private int BinarySearch(string path)
    {
        var (low, high) = (0, Files.Count - 1);
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(Files[middle].Path, path);
            if (order == 0)
            {
                return middle;
            }

            (low, high) = order < 0 ? (middle + 1, high) : (low, middle - 1);
        }

        return -1;
    }

    private static bool IsSafeRelativePath(string path)
    {
        if (path.Length == 0 || path == IndexFileName || path.StartsWith('/') || path.AsSpan().IndexOfAny('\\', ':') >= 0)
        {
            return false;
        }

        var rest = path.AsSpan();
        while (true)
        {
            var end = rest.IndexOf('/');
            var segment = end < 0 ? rest : rest[..end];
            if (segment is [] or "." or "..")
            {
                return false;
            }

            if (end < 0)
            {
                return true;
            }

            rest = rest[(end + 1)..];
        }
    }
}
