namespace HelmValues.Yaml;

/// <summary>The shape of a <see cref="YamlValue"/>.</summary>
public enum YamlValueKind
{
    /// <summary>A scalar: a string, number, boolean or null.</summary>
    Scalar,

    /// <summary>A list.</summary>
    Sequence,

    /// <summary>A mapping with string keys.</summary>
    Mapping,
}
