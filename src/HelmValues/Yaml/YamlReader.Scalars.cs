using System;
using System.Collections.Generic;
using System.Globalization;
using HelmValues.Validation;

namespace HelmValues.Yaml;

// Typed scalars, read as go-yaml v2 reads them, with YAML 1.2 differences as warnings.
public sealed partial class YamlReader
{
    /// <summary>
    /// Reads a string. A plain scalar that YAML 1.1 reads as something else is an error
    /// ("expected a string, but YAML 1.1 reads `yes` as a boolean: quote it").
    /// </summary>
    public string? ReadString(YamlSourceNode node)
    {
        if (!TryGetScalar(node, "a string", out var scalar))
        {
            return null;
        }

        if (scalar.IsExplicitString)
        {
            return scalar.Value;
        }

        var value = scalar.Value;
        var kind = Yaml11Scalars.ResolveGoYamlV2(value);
        if (kind != YamlScalarKind.String)
        {
            Report(node, $"expected a string, but YAML 1.1 reads `{value}` as {Describe(kind)}: quote it", ValidationSeverity.Error);
            return null;
        }

        var core = Yaml11Scalars.ResolveCore12(value);
        if (core != YamlScalarKind.String)
        {
            Report(
                node,
                $"YAML 1.2 reads `{value}` as {Describe(core)}: quote it so every reader sees a string",
                ValidationSeverity.Warning
            );
        }

        return value;
    }

    /// <summary>Reads a boolean. <c>yes</c>/<c>no</c>/<c>on</c>/<c>off</c> are accepted as go-yaml v2 does, with a warning.</summary>
    public bool? ReadBoolean(YamlSourceNode node)
    {
        if (!TryGetPlainScalar(node, "a boolean (true or false)", out var scalar))
        {
            return null;
        }

        var text = scalar.Value;
        if (!Yaml11Scalars.TryParseBoolean(text, out var value))
        {
            Report(node, $"expected a boolean (true or false), but found {DescribePlain(text)}", ValidationSeverity.Error);
            return null;
        }

        if (Yaml11Scalars.ResolveCore12(text) != YamlScalarKind.Boolean)
        {
            Report(node, $"`{text}` is a boolean only in YAML 1.1: write {(value ? "true" : "false")}", ValidationSeverity.Warning);
        }

        return value;
    }

    /// <summary>Reads a 32-bit integer (any go-yaml v2 integer form: <c>42</c>, <c>0x2A</c>, <c>0o52</c>, <c>1_000</c>).</summary>
    public int? ReadInt32(YamlSourceNode node)
    {
        var value = ReadInteger(node, "an integer");
        if (value is { } v && v is < int.MinValue or > int.MaxValue)
        {
            Report(
                node,
                string.Format(CultureInfo.InvariantCulture, "{0} is out of range for a 32-bit integer", v),
                ValidationSeverity.Error
            );
            return null;
        }

        return (int?)value;
    }

    /// <summary>
    /// Reads a 64-bit integer (any go-yaml v2 integer form). One beyond ±2^53 is an error: Helm reads every number as a
    /// float64, so it would render another number (9223372036854775807 becomes 9223372036854776000, which overflows).
    /// </summary>
    public long? ReadInt64(YamlSourceNode node)
    {
        var value = ReadInteger(node, "an integer");
        if (value is { } v && v is < -MaxExactInteger or > MaxExactInteger)
        {
            var rendered = decimal.Parse(
                ((double)v).ToString("R", CultureInfo.InvariantCulture),
                NumberStyles.Float,
                CultureInfo.InvariantCulture
            );
            Report(
                node,
                string.Format(
                    CultureInfo.InvariantCulture,
                    "{0} does not survive Helm, which reads every number as a 64-bit float: it would render {1}; integers from -2^53 to 2^53 ({2}) are exact",
                    v,
                    rendered,
                    MaxExactInteger
                ),
                ValidationSeverity.Error
            );
            return null;
        }

        return value;
    }

    // 2^53: the largest magnitude up to which every integer is a float64.
    private const long MaxExactInteger = 9_007_199_254_740_992;

    /// <summary>Reads a number: a float (<c>1.5</c>, <c>1e3</c>, <c>.inf</c>) or an integer.</summary>
    public double? ReadDouble(YamlSourceNode node)
    {
        if (!TryGetPlainScalar(node, "a number", out var scalar))
        {
            return null;
        }

        var text = scalar.Value;
        if (!Yaml11Scalars.TryParseFloat(text, out var value))
        {
            Report(node, $"expected a number, but found {DescribePlain(text)}", ValidationSeverity.Error);
            return null;
        }

        var sameIn12 = Yaml11Scalars.ResolveCore12(text) switch
        {
            YamlScalarKind.Float => true,
            YamlScalarKind.Integer => YamlNumberSyntax.TryParseCoreInteger(text, out var core, out var inRange)
                && (!inRange || core == value),
            _ => false,
        };
        if (!sameIn12)
        {
            Report(node, $"YAML 1.2 reads `{text}` differently: write {YamlNumberFormat.FormatDouble(value)}", ValidationSeverity.Warning);
        }

        return value;
    }

    /// <summary>
    /// Reads a Go duration string (<c>30s</c>, <c>15m</c>, <c>1h30m</c>). A YAML number is an error: the controller
    /// would read <c>300</c> as 300 nanoseconds.
    /// </summary>
    public TimeSpan? ReadDuration(YamlSourceNode node)
    {
        if (!TryGetScalar(node, "a Go duration string such as \"30s\"", out var scalar))
        {
            return null;
        }

        var text = scalar.Value;
        if (!scalar.IsExplicitString)
        {
            switch (Yaml11Scalars.ResolveGoYamlV2(text))
            {
                case YamlScalarKind.Integer:
                    Report(
                        node,
                        $"expected a Go duration string such as \"{text}s\" or \"{text}m\", but found the number {text}, which the controller reads as {text} nanoseconds",
                        ValidationSeverity.Error
                    );
                    return null;
                case YamlScalarKind.String:
                    break;
                case var kind:
                    Report(
                        node,
                        $"expected a Go duration string such as \"30s\", but YAML 1.1 reads `{text}` as {Describe(kind)}",
                        ValidationSeverity.Error
                    );
                    return null;
            }
        }

        if (!GoDuration.TryParse(text, out var value, out var error))
        {
            Report(node, error!, ValidationSeverity.Error);
            return null;
        }

        return value;
    }

    /// <summary>
    /// Reads any value as a <see cref="YamlValue"/>, keeping plain scalars as written (<c>on</c> stays a plain
    /// <c>on</c>) and quoted ones as strings. Mapping keys must be strings for YAML 1.1.
    /// </summary>
    public YamlValue ReadValue(YamlSourceNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case YamlSourceScalar scalar:
                return ScalarValue(scalar);
            case YamlSourceSequence sequence:
                var items = new List<YamlValue>(sequence.Items.Count);
                var (parentPath, parentNode) = (_path, _current);
                for (var i = 0; i < sequence.Items.Count; i++)
                {
                    (_path, _current) = (parentPath.Index(i), sequence.Items[i]);
                    items.Add(ReadValue(sequence.Items[i]));
                }

                (_path, _current) = (parentPath, parentNode);
                return YamlValue.Sequence(items);
            default:
                var mapping = (YamlSourceMapping)node;
                var entries = new List<KeyValuePair<string, YamlValue>>(mapping.Entries.Count);
                (parentPath, parentNode) = (_path, _current);
                foreach (var entry in mapping.Entries)
                {
                    (_path, _current) = (parentPath.Key(entry.Key.Value), entry.Value);
                    if (CheckKey(entry.Key))
                    {
                        entries.Add(new KeyValuePair<string, YamlValue>(entry.Key.Value, ReadValue(entry.Value)));
                    }
                }

                (_path, _current) = (parentPath, parentNode);
                return YamlValue.Mapping(entries);
        }
    }

    private static YamlValue ScalarValue(YamlSourceScalar scalar)
    {
        var text = scalar.Value;
        if (scalar.IsExplicitString || Yaml11Scalars.ResolveGoYamlV2(text) == YamlScalarKind.String)
        {
            return YamlValue.String(text);
        }

        // Keep the text (`on`, `0755`, `~`) so it is written back with the meaning it had.
        return ScalarStyleChooser.IsValidPlain(text) ? YamlValue.Plain(text) : YamlValue.Null;
    }

    private long? ReadInteger(YamlSourceNode node, string expected)
    {
        if (!TryGetPlainScalar(node, expected, out var scalar))
        {
            return null;
        }

        var text = scalar.Value;
        var kind = Yaml11Scalars.ResolveGoYamlV2(text);
        if (kind == YamlScalarKind.Float && IntegralFloat(text) is { } whole)
        {
            // Helm reads every number as a float and renders a whole one as an integer: `1.0` reaches the controller as 1.
            var canonical = YamlNumberFormat.FormatInteger(whole);
            Report(
                node,
                $"`{text}` is the integer {canonical} to Helm, which renders it so: write {canonical}",
                ValidationSeverity.Warning
            );
            return whole;
        }

        if (kind != YamlScalarKind.Integer)
        {
            var found = kind == YamlScalarKind.Float ? $"the float `{text}`" : DescribePlain(text);
            Report(node, $"expected {expected}, but found {found}", ValidationSeverity.Error);
            return null;
        }

        if (!Yaml11Scalars.TryParseInteger(text, out var value))
        {
            Report(node, $"{text} is out of range for a 64-bit integer", ValidationSeverity.Error);
            return null;
        }

        if (!YamlNumberSyntax.TryParseCoreInteger(text, out var core, out var inRange) || !inRange || core != value)
        {
            var canonical = YamlNumberFormat.FormatInteger(value);
            Report(
                node,
                $"YAML 1.2 reads `{text}` differently from YAML 1.1 (which reads {canonical}): write {canonical}",
                ValidationSeverity.Warning
            );
        }

        return value;
    }

    // A float with no fraction, within the range where every integer is exact in a float64 (beyond it Helm would
    // render another number); null otherwise.
    private static long? IntegralFloat(string text) =>
        Yaml11Scalars.TryParseFloat(text, out var value)
        && double.IsFinite(value)
        && Math.Floor(value) == value
        && Math.Abs(value) <= MaxExactInteger
            ? (long)value
            : null;

    // A scalar, or null (no error) for a YAML null; an error for a list or mapping.
    private bool TryGetScalar(YamlSourceNode node, string expected, out YamlSourceScalar scalar)
    {
        ArgumentNullException.ThrowIfNull(node);
        scalar = null!;
        if (IsNull(node))
        {
            return false;
        }

        if (node is not YamlSourceScalar found)
        {
            Report(node, $"expected {expected}, but found {node.Describe()}", ValidationSeverity.Error);
            return false;
        }

        scalar = found;
        return true;
    }

    // Typed values must be plain: go-yaml reads a quoted "5" as a string, which the controller refuses for a number.
    private bool TryGetPlainScalar(YamlSourceNode node, string expected, out YamlSourceScalar scalar)
    {
        if (!TryGetScalar(node, expected, out scalar))
        {
            return false;
        }

        if (scalar.IsExplicitString)
        {
            Report(node, $"expected {expected}, but found the string \"{scalar.Value}\": remove the quotes", ValidationSeverity.Error);
            return false;
        }

        return true;
    }

    private static string DescribePlain(string text) =>
        Yaml11Scalars.ResolveGoYamlV2(text) switch
        {
            YamlScalarKind.String => $"the string `{text}`",
            var kind => $"`{text}` ({Describe(kind)})",
        };
}
