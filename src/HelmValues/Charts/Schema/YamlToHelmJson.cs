using System;
using System.Collections.Generic;
using System.Text;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// Turns a YAML tree into the JSON value Helm validates: what go-yaml v2 decodes into <c>interface{}</c>, passed through
/// sigs.k8s.io/yaml's JSON conversion and read back by <c>encoding/json</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Plain scalars resolve with YAML 1.1 rules (<see cref="Yaml11Scalars.ResolveGoYamlV2"/>): <c>on</c> is true,
/// <c>0755</c> is 493, <c>~</c> is null. Quoted and <c>!!str</c> scalars are strings.</item>
/// <item>Every number becomes a float64 (<c>encoding/json</c> decodes into <c>interface{}</c> that way), held as the
/// exact decimal Go's <c>%v</c> writes for it (see <see cref="JsonDecimal"/>).</item>
/// <item>A timestamp stays the string it was written as: go-yaml v2 keeps timestamp-like scalars as strings when it
/// decodes into <c>interface{}</c> ("for backward compatibility", decode.go).</item>
/// <item>Keys become strings: integers in decimal, floats as <see cref="GoFloatKey"/> writes them, booleans as
/// <c>true</c>/<c>false</c>. A null key or an integer key above 2^63-1 makes sigs.k8s.io/yaml fail, as do <c>.inf</c> and
/// <c>.nan</c> values (<c>json.Marshal</c> refuses them): Helm then refuses the whole file, so these are reported.</item>
/// <item>Two keys that become the same string (<c>1</c> and <c>"1"</c>): the later one wins. Helm keeps one of them in
/// an unspecified order (a Go map's).</item>
/// </list>
/// </remarks>
internal sealed class YamlToHelmJson
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    private readonly Dictionary<YamlNode, HelmJson> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly List<SchemaViolation> _problems;

    private YamlToHelmJson(List<SchemaViolation> problems)
    {
        _problems = problems;
    }

    /// <summary>
    /// Converts <paramref name="root"/> (null: an empty document, which Helm reads as <c>{}</c>), adding a violation
    /// (keyword <c>type</c>) for every value Helm cannot turn into JSON.
    /// </summary>
    public static HelmJson Convert(YamlNode? root, List<SchemaViolation> problems)
    {
        if (root is null)
        {
            return HelmJson.FromProperties([], null);
        }

        return new YamlToHelmJson(problems).Value(root, ValuePath.Root);
    }

    private HelmJson Value(YamlNode node, ValuePath path)
    {
        // An alias is the very node its anchor names: convert it once.
        if (_converted.TryGetValue(node, out var done))
        {
            return done;
        }

        var value = node switch
        {
            YamlScalarNode scalar => Scalar(scalar, path),
            YamlSequenceNode sequence => Sequence(sequence, path),
            YamlMappingNode mapping => Mapping(mapping, path),
            _ => throw new ArgumentException($"Unknown node type {node.GetType()}.", nameof(node)),
        };
        _converted[node] = value;
        return value;
    }

    private HelmJson Sequence(YamlSequenceNode sequence, ValuePath path)
    {
        var items = new HelmJson[sequence.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            items[i] = Value(sequence.Items[i], path.Index(i));
        }

        return HelmJson.FromItems(items, sequence);
    }

    private HelmJson Mapping(YamlMappingNode mapping, ValuePath path)
    {
        var properties = new List<HelmJsonProperty>(mapping.Entries.Count);
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in mapping.Entries)
        {
            var key = Key(keyNode, out var problem);
            if (key is null)
            {
                Report(path, keyNode, problem!);
                continue;
            }

            var property = new HelmJsonProperty(key, Value(valueNode, path.Key(key)), keyNode);
            if (positions.TryGetValue(key, out var earlier))
            {
                properties[earlier] = property;
            }
            else
            {
                positions[key] = properties.Count;
                properties.Add(property);
            }
        }

        return HelmJson.FromProperties(properties.ToArray(), mapping);
    }

    private HelmJson Scalar(YamlScalarNode scalar, ValuePath path)
    {
        var resolved = Resolve(scalar);
        switch (resolved.Kind)
        {
            case ScalarKind.Null:
                return HelmJson.Null(scalar);
            case ScalarKind.Boolean:
                return HelmJson.FromBoolean(resolved.Boolean, scalar);
            case ScalarKind.Int64:
            case ScalarKind.UInt64:
            case ScalarKind.Float:
                if (!double.IsFinite(resolved.Number))
                {
                    var problem =
                        $"is {scalar.Value}, which JSON cannot hold: Helm converts values to JSON and refuses the file (quote it for a string)";
                    Report(path, scalar, problem);
                    return HelmJson.NotJson(problem, scalar);
                }

                return HelmJson.FromNumber(JsonDecimal.FromDouble(resolved.Number), scalar);
            case ScalarKind.String:
                return HelmJson.FromString(resolved.Text!, scalar);
            default:
                Report(path, scalar, resolved.Text!);
                return HelmJson.NotJson(resolved.Text!, scalar);
        }
    }

    // The JSON key sigs.k8s.io/yaml makes of a key, or null (with the problem) when it fails.
    private static string? Key(YamlScalarNode key, out string? problem)
    {
        problem = null;
        var resolved = Resolve(key);
        switch (resolved.Kind)
        {
            case ScalarKind.String:
                return resolved.Text;
            case ScalarKind.Boolean:
                return resolved.Boolean ? "true" : "false";
            case ScalarKind.Int64:
                return resolved.Integer.ToString(System.Globalization.CultureInfo.InvariantCulture);
            case ScalarKind.Float:
                return GoFloatKey.Format(resolved.Number);
            case ScalarKind.Null:
                problem = $"the key `{key.Value}` is null, which JSON cannot hold as a key: Helm refuses the file (quote the key)";
                return null;
            case ScalarKind.UInt64:
                problem =
                    $"the key `{key.Value}` is an integer above 2^63-1, which Helm cannot turn into a JSON key: it refuses the file (quote the key)";
                return null;
            default:
                problem = resolved.Text;
                return null;
        }
    }

    // go-yaml v2's resolve(): the tag decides when there is one (quoted or not), else quoting makes a string and
    // plain text is resolved by its shape.
    private static Resolved Resolve(YamlScalarNode scalar)
    {
        var tag = scalar.Tag;
        if (tag == YamlScalarNode.StringTag || (tag is null && !scalar.IsPlain))
        {
            return Resolved.String(scalar.Value);
        }

        if (tag == TagPrefix + "binary")
        {
            return Binary(scalar.Value);
        }

        var resolved = ResolvePlain(scalar.Value);
        if (tag is null)
        {
            return resolved;
        }

        bool? matches = tag switch
        {
            TagPrefix + "int" => resolved.Kind is ScalarKind.Int64 or ScalarKind.UInt64,
            TagPrefix + "float" => resolved.Kind is ScalarKind.Int64 or ScalarKind.UInt64 or ScalarKind.Float,
            TagPrefix + "bool" => resolved.Kind == ScalarKind.Boolean,
            TagPrefix + "null" => resolved.Kind == ScalarKind.Null,
            TagPrefix + "timestamp" => resolved.Kind == ScalarKind.String && resolved.WasTimestamp,
            _ => null,
        };
        if (matches is null)
        {
            // Tags go-yaml v2 does not resolve (local tags, !!seq on a scalar) leave the text as a string.
            return Resolved.String(scalar.Value);
        }

        if (matches == false)
        {
            return Resolved.Failure($"Helm cannot read `{scalar.Value}` as {ShortTag(tag)} and refuses the file");
        }

        if (tag == TagPrefix + "float" && resolved.Kind != ScalarKind.Float)
        {
            // go-yaml v2 turns an integer under !!float into a float64 (which changes how it is written as a key).
            return Resolved.FromFloat(resolved.Number);
        }

        return resolved;
    }

    private static Resolved ResolvePlain(string text)
    {
        switch (Yaml11Scalars.ResolveGoYamlV2(text))
        {
            case YamlScalarKind.Null:
                return new Resolved(ScalarKind.Null);
            case YamlScalarKind.Boolean:
                Yaml11Scalars.TryParseBoolean(text, out var boolean);
                return new Resolved(ScalarKind.Boolean) { Boolean = boolean };
            case YamlScalarKind.Integer:
                var integerKind = YamlNumberSyntax.ParseGoInteger(text.AsSpan(), out var integer);
                Yaml11Scalars.TryParseFloat(text, out var asDouble);
                return new Resolved(integerKind == YamlNumberSyntax.GoInteger.Int64 ? ScalarKind.Int64 : ScalarKind.UInt64)
                {
                    Integer = integer,
                    Number = asDouble,
                };
            case YamlScalarKind.Float:
                Yaml11Scalars.TryParseFloat(text, out var number);
                return Resolved.FromFloat(number);
            case YamlScalarKind.Timestamp:
                return Resolved.String(text) with { WasTimestamp = true };
            default:
                // Strings, and the merge key `<<` used as a plain value, which go-yaml v2 keeps as its text.
                return Resolved.String(text);
        }
    }

    private static Resolved Binary(string text)
    {
        try
        {
            // go-yaml v2 decodes !!binary into a Go string; encoding/json replaces invalid UTF-8 with U+FFFD.
            var bytes = System.Convert.FromBase64String(text.Replace("\n", "", StringComparison.Ordinal));
            return Resolved.String(new UTF8Encoding(false, false).GetString(bytes));
        }
        catch (FormatException)
        {
            return Resolved.Failure("is not valid base64 under !!binary: Helm refuses the file");
        }
    }

    private static string ShortTag(string tag) =>
        tag.StartsWith(TagPrefix, StringComparison.Ordinal) ? "!!" + tag[TagPrefix.Length..] : tag;

    private void Report(ValuePath path, YamlNode node, string message) =>
        _problems.Add(new SchemaViolation(path.ToString(), node, "type", message));

    private enum ScalarKind
    {
        Null,
        Boolean,
        Int64,
        UInt64,
        Float,
        String,
        Failure,
    }

    private readonly record struct Resolved(ScalarKind Kind)
    {
        public bool Boolean { get; init; }

        public long Integer { get; init; }

        public double Number { get; init; }

        public string? Text { get; init; }

        public bool WasTimestamp { get; init; }

        public static Resolved String(string text) => new(ScalarKind.String) { Text = text };

        public static Resolved FromFloat(double value) => new(ScalarKind.Float) { Number = value };

        public static Resolved Failure(string problem) => new(ScalarKind.Failure) { Text = problem };
    }
}
