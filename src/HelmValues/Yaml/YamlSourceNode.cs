namespace HelmValues.Yaml;

/// <summary>
/// A node of a parsed YAML source document, with the file, line and column it was read from: a <see cref="YamlSourceScalar"/>, <see cref="YamlSourceMapping"/> or <see cref="YamlSourceSequence"/>.
/// </summary>
/// <remarks>
/// Nodes are immutable. An alias (<c>*name</c>) is resolved to the very node its anchor names, so one node object
/// may appear several times in a tree; the reader bounds how many nodes that can add up to.
/// </remarks>
public abstract class YamlSourceNode
{
    private protected YamlSourceNode(int line, int column, int size, int height)
    {
        Line = line;
        Column = column;
        Size = size;
        Height = height;
    }

    /// <summary>The name of the file the node was read from (as the caller named it), or null for unnamed text.</summary>
    /// <remarks>Nodes of several files meet in one tree when Helm's layers are merged; errors name the file of the node.</remarks>
    public string? Source { get; internal init; }

    /// <summary>The 1-based line where the node starts in the YAML text.</summary>
    public int Line { get; }

    /// <summary>The 1-based column where the node starts in the YAML text.</summary>
    public int Column { get; }

    /// <summary>How many nodes this node stands for once aliases are expanded (itself included).</summary>
    internal int Size { get; }

    /// <summary>How many collections deep the node goes (0 for a scalar, 1 for a list of scalars).</summary>
    internal int Height { get; }

    /// <summary>Names the node in an error message: "a mapping", "a list", "the string \"x\"".</summary>
    internal abstract string Describe();
}
