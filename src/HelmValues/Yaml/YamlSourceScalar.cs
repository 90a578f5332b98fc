namespace HelmValues.Yaml;

/// <summary>A scalar: the text of a plain, quoted or block scalar.</summary>
public sealed class YamlSourceScalar : YamlSourceNode
{
    /// <summary>The YAML 1.1 tag of strings, <c>!!str</c> in short form.</summary>
    public const string StringTag = "tag:yaml.org,2002:str";

    internal YamlSourceScalar(string value, bool isPlain, string? tag, int line, int column)
        : base(line, column, 1, 0)
    {
        Value = value;
        IsPlain = isPlain;
        Tag = tag;
    }

    /// <summary>The scalar's text after YAML's quoting, escaping and folding rules (without the quotes).</summary>
    public string Value { get; }

    /// <summary>
    /// True for an unquoted scalar, whose type YAML infers from the text (<c>on</c> is a boolean in YAML 1.1);
    /// false for a single-quoted, double-quoted or block (<c>|</c>, <c>&gt;</c>) scalar, which is always a string.
    /// </summary>
    public bool IsPlain { get; }

    /// <summary>The explicit tag written on the scalar in full form (e.g. <see cref="StringTag"/> for <c>!!str</c>), or null.</summary>
    public string? Tag { get; }

    /// <summary>True when YAML reads the scalar as a string without looking at its text: quoted, block, or tagged <c>!!str</c>.</summary>
    public bool IsExplicitString => !IsPlain || Tag == StringTag;

    /// <summary>True for a null as go-yaml v2 (and so Helm) reads it: plain <c>null</c>, <c>~</c>, <c>Null</c>, nothing.</summary>
    internal bool IsNull =>
        IsPlain && (Tag is null || Tag == "tag:yaml.org,2002:null") && Yaml11Scalars.ResolveGoYamlV2(Value) == YamlScalarKind.Null;

    internal override string Describe() => IsPlain ? $"`{Value}`" : $"the string \"{Value}\"";
}
