using System.Collections.Generic;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace HelmValues.Generators.Naming;

/// <summary>Turns YAML keys (kebab-case, camelCase, dotted, slashed) into idiomatic C# identifiers.</summary>
internal static class IdentifierNames
{
    /// <summary>
    /// <c>pod-spec-patch</c> → <c>PodSpecPatch</c>, <c>agentToken</c> → <c>AgentToken</c>,
    /// <c>eks.amazonaws.com/role-arn</c> → <c>EksAmazonawsComRoleArn</c>, <c>2fa</c> → <c>_2fa</c>.
    /// Existing capitals are kept (<c>signingJWKSVolume</c> → <c>SigningJWKSVolume</c>). Only ASCII letters and digits
    /// are kept, and at most <see cref="MaxLength"/> of them: a key of other characters only (<c>名前</c>, <c>""</c>) becomes
    /// <c>_</c>, and clashes are numbered by the caller.
    /// </summary>
    public static string ToPascalCase(string key)
    {
        var builder = new StringBuilder(key.Length);
        var upperNext = true;
        foreach (var c in key)
        {
            if (!IsIdentifierPart(c))
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || char.IsDigit(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.Length > MaxLength ? builder.ToString(0, MaxLength) : builder.ToString();
    }

    /// <summary>
    /// The longest name taken from a key. C# allows 512 characters; this leaves room for the suffixes generated names
    /// get (<c>Builder</c>, <c>Yaml</c>, a number) and keeps hint names, which become file names, short.
    /// </summary>
    public const int MaxLength = 128;

    /// <summary>
    /// Whether <paramref name="name"/> may be used as a generated type or member name as written in a schema or overlay
    /// (<c>x-helmvalues-name</c>, <c>x-helmvalues-type-name</c>, <c>typeName</c>): an ASCII identifier starting with an
    /// upper-case letter. That rules out keywords (all lower case) and the camelCase names of generated parameters and
    /// private members, so a chosen name can never collide with or hide what the generator writes around it.
    /// </summary>
    public static bool IsTypeOrMemberName(string name)
    {
        if (name.Length == 0 || name.Length > MaxLength || name[0] is < 'A' or > 'Z')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!IsIdentifierPart(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> is a dotted C# namespace: identifiers, none of them a keyword or <c>global</c>.</summary>
    public static bool IsNamespace(string name)
    {
        foreach (var segment in name.Split('.'))
        {
            if (
                !SyntaxFacts.IsValidIdentifier(segment)
                || SyntaxFacts.GetKeywordKind(segment) != SyntaxKind.None
                || segment == "global"
                || segment.Length > MaxLength
            )
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// A best-effort English singular, for "add one item" methods: <c>Tags</c> → <c>Tag</c>,
    /// <c>HostAliases</c> → <c>HostAlias</c>, <c>Policies</c> → <c>Policy</c>. Returns the input when it is not plural.
    /// </summary>
    public static string Singularize(string name)
    {
        if (name.EndsWith("ies", System.StringComparison.Ordinal) && name.Length > 3)
        {
            return name.Substring(0, name.Length - 3) + "y";
        }

        foreach (var suffix in EsSuffixes)
        {
            if (name.EndsWith(suffix, System.StringComparison.Ordinal) && name.Length > suffix.Length)
            {
                return name.Substring(0, name.Length - 2);
            }
        }

        if (
            name.EndsWith("s", System.StringComparison.Ordinal)
            && !name.EndsWith("ss", System.StringComparison.Ordinal)
            && !name.EndsWith("us", System.StringComparison.Ordinal)
            && !name.EndsWith("is", System.StringComparison.Ordinal)
            && name.Length > 1
        )
        {
            return name.Substring(0, name.Length - 1);
        }

        return name;
    }

    /// <summary>Quotes a string as a C# regular string literal.</summary>
    public static string Literal(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                default:
                    AppendSourceSafe(builder, c);
                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Appends <paramref name="c"/>, or <c>\uXXXX</c> when it cannot stand as it is in C# source, in a literal or a comment:
    /// control characters, U+0085, U+2028 and U+2029 (which end a line in C#) and surrogates.
    /// </summary>
    public static void AppendSourceSafe(StringBuilder builder, char c)
    {
        if (c < ' ' || (c >= 0x7F && c <= 0x9F) || c is '\u2028' or '\u2029' || char.IsSurrogate(c))
        {
            builder.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
        }
        else
        {
            builder.Append(c);
        }
    }

    private static readonly string[] EsSuffixes = { "sses", "shes", "ches", "xes", "zes", "ases", "uses" };

    private static bool IsIdentifierPart(char c) => c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9';

    /// <summary>
    /// Names of System types that files using a generated namespace would see hidden or made ambiguous (`Type`, `Version`);
    /// generated types avoid them.
    /// </summary>
    public static readonly HashSet<string> SystemTypeNames = new()
    {
        "Action",
        "Array",
        "Attribute",
        "Boolean",
        "Byte",
        "Char",
        "Console",
        "Convert",
        "DateTime",
        "DateTimeOffset",
        "Decimal",
        "Delegate",
        "Dictionary",
        "Directory",
        "Double",
        "Enum",
        "Environment",
        "Exception",
        "File",
        "Func",
        "Guid",
        "Index",
        "Int16",
        "Int32",
        "Int64",
        "KeyValuePair",
        "Lazy",
        "List",
        "Math",
        "Nullable",
        "Object",
        "Path",
        "Random",
        "Range",
        "Single",
        "Span",
        "Stream",
        "String",
        "Task",
        "TimeSpan",
        "Tuple",
        "Type",
        "Uri",
        "ValueTuple",
        "Version",
        "Void",
    };

    /// <summary>Member names every generated record already has, which a property may not take.</summary>
    public static readonly HashSet<string> ReservedMemberNames = new()
    {
        "Chart",
        "Clone",
        "Deconstruct",
        "EqualityContract",
        "Equals",
        "Finalize",
        "FromYaml",
        "GetHashCode",
        "GetType",
        "Load",
        "MemberwiseClone",
        "NullKeys",
        "PrintMembers",
        "ReadYaml",
        "ToString",
        "ToYaml",
        "Validate",
        "ValidateRules",
        "WriteYaml",
    };
}
