namespace HelmValues.Yaml;

/// <summary>What a YAML parser turns an untagged plain scalar into.</summary>
internal enum YamlScalarKind
{
    /// <summary>A string: safe to write without quotes.</summary>
    String,

    /// <summary><c>~</c>, <c>null</c>, <c>Null</c>, <c>NULL</c> or the empty scalar.</summary>
    Null,

    /// <summary><c>true</c>/<c>false</c>, and in YAML 1.1 also <c>yes</c>, <c>no</c>, <c>on</c>, <c>off</c>, <c>y</c>, <c>n</c>.</summary>
    Boolean,

    /// <summary>An integer, including YAML 1.1 octal (<c>0755</c>), binary, hex and sexagesimal (<c>1:20</c>) forms.</summary>
    Integer,

    /// <summary>A float, including <c>1e3</c>, <c>.5</c>, <c>.inf</c> and <c>.nan</c>.</summary>
    Float,

    /// <summary>A YAML 1.1 timestamp such as <c>2001-12-14</c>.</summary>
    Timestamp,

    /// <summary>Another non-string type: the merge key <c>&lt;&lt;</c> or the YAML 1.1 value key <c>=</c>.</summary>
    Other,
}
