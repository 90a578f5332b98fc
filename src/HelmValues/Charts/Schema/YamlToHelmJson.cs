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

    // Objects with more properties than this find a repeated key with a dictionary rather than a scan.
    private const int ScanThreshold = 32;

    // Containers, and scalars Helm cannot hold, converted so far: an alias is the very node its anchor names, and
    // converting it once keeps a problem from being reported twice. A scalar that converts cleanly needs no entry:
    // converting it again gives the same value.
    private readonly Dictionary<YamlSourceNode, HelmJson> _converted = new(ReferenceEqualityComparer.Instance);
    private readonly IReadOnlyDictionary<YamlSourceNode, HelmJson>? _shared;
    private readonly List<SchemaViolation> _problems;
    private readonly PathStack _path = new();

    // True when converting a tree to share (ConvertShared): every node is remembered, scalars too, and keys are interned, as
    // the schema's property names are, so that every validation finds them by identity (see PropertySchemas).
    private readonly bool _forSharing;

    private YamlToHelmJson(List<SchemaViolation> problems, IReadOnlyDictionary<YamlSourceNode, HelmJson>? shared, bool forSharing)
    {
        _problems = problems;
        _shared = shared;
        _forSharing = forSharing;
    }

    /// <summary>
    /// Converts <paramref name="root"/> (null: an empty document, which Helm reads as <c>{}</c>), adding a violation
    /// (keyword <c>type</c>) for every value Helm cannot turn into JSON.
    /// </summary>
    /// <param name="root">The values.</param>
    /// <param name="problems">Where the violations go.</param>
    /// <param name="shared">Nodes already converted (<see cref="ConvertShared"/>): these are not converted again.</param>
    public static HelmJson Convert(
        YamlSourceNode? root,
        List<SchemaViolation> problems,
        IReadOnlyDictionary<YamlSourceNode, HelmJson>? shared = null
    )
    {
        if (root is null)
        {
            return HelmJson.FromProperties([], null);
        }

        return new YamlToHelmJson(problems, shared, forSharing: false).Value(root);
    }

    /// <summary>
    /// Converts a tree that many conversions share (a chart's defaults, under every coalesced values file) once: every
    /// node with its value, for <see cref="Convert"/> to reuse. Empty when any value of the tree is not JSON, so that
    /// such a value is reported, at its place, by every conversion that meets it.
    /// </summary>
    public static IReadOnlyDictionary<YamlSourceNode, HelmJson> ConvertShared(YamlSourceNode? root)
    {
        var problems = new List<SchemaViolation>();
        var converter = new YamlToHelmJson(problems, null, forSharing: true);
        if (root is not null)
        {
            converter.Value(root);
        }

        return problems.Count == 0 ? converter._converted : new Dictionary<YamlSourceNode, HelmJson>();
    }

    private HelmJson Value(YamlSourceNode node)
    {
        if ((_shared is not null && _shared.TryGetValue(node, out var done)) || _converted.TryGetValue(node, out done))
        {
            return done;
        }

        if (node is YamlSourceScalar scalar)
        {
            var value = Scalar(scalar);
            if (_forSharing || value.Kind == HelmJsonKind.NotJson)
            {
                _converted[node] = value;
            }

            return value;
        }

        var container = node switch
        {
            YamlSourceSequence sequence => Sequence(sequence),
            YamlSourceMapping mapping => Mapping(mapping),
            _ => throw new ArgumentException($"Unknown node type {node.GetType()}.", nameof(node)),
        };
        _converted[node] = container;
        return container;
    }

    private HelmJson Sequence(YamlSourceSequence sequence)
    {
        var items = new HelmJson[sequence.Items.Count];
        for (var i = 0; i < items.Length; i++)
        {
            _path.Push(i);
            items[i] = Value(sequence.Items[i]);
            _path.Pop();
        }

        return HelmJson.FromItems(items, sequence);
    }

    private HelmJson Mapping(YamlSourceMapping mapping)
    {
        var entries = mapping.Entries;
        var properties = new HelmJsonProperty[entries.Count];
        var count = 0;
        var positions = entries.Count > ScanThreshold ? new Dictionary<string, int>(entries.Count, StringComparer.Ordinal) : null;
        for (var i = 0; i < entries.Count; i++)
        {
            var (keyNode, valueNode) = entries[i];
            var key = Key(keyNode.Value, keyNode.IsPlain, keyNode.Tag, out var problem);
            if (key is null)
            {
                Report(keyNode, problem!);
                continue;
            }

            if (_forSharing)
            {
                key = string.Intern(key);
            }

            _path.Push(key);
            var property = new HelmJsonProperty(key, Value(valueNode), keyNode);
            _path.Pop();
            var earlier = Earlier(properties, count, positions, key);
            if (earlier >= 0)
            {
                properties[earlier] = property;
            }
            else
            {
                positions?.Add(key, count);
                properties[count++] = property;
            }
        }

        return HelmJson.FromProperties(count == properties.Length ? properties : properties[..count], mapping);
    }

    // Where an earlier key that became the same JSON key is, or -1.
    private static int Earlier(HelmJsonProperty[] properties, int count, Dictionary<string, int>? positions, string key)
    {
        if (positions is not null)
        {
            return positions.TryGetValue(key, out var earlier) ? earlier : -1;
        }

        for (var i = 0; i < count; i++)
        {
            if (properties[i].Name == key)
            {
                return i;
            }
        }

        return -1;
    }

    private HelmJson Scalar(YamlSourceScalar scalar)
    {
        var value = ScalarValue(scalar.Value, scalar.IsPlain, scalar.Tag, scalar);
        if (value.Kind == HelmJsonKind.NotJson)
        {
            Report(scalar, value.Text!);
        }

        return value;
    }

    /// <summary>
    /// The JSON value of an untagged scalar with no position, as <see cref="YamlWriter"/> writes it (plain or quoted);
    /// of kind <see cref="HelmJsonKind.NotJson"/>, with the reason, when Helm cannot hold it.
    /// </summary>
    public static HelmJson WrittenScalar(string text, bool isPlain) => ScalarValue(text, isPlain, null, null);

    /// <summary>The JSON key of an untagged key as <see cref="YamlWriter"/> writes it, or null when Helm cannot make one.</summary>
    public static string? WrittenKey(string text, bool isPlain) => Key(text, isPlain, null, out _);

    private static HelmJson ScalarValue(string text, bool isPlain, string? tag, YamlSourceScalar? node)
    {
        var resolved = Resolve(text, isPlain, tag);
        switch (resolved.Kind)
        {
            case ScalarKind.Null:
                return HelmJson.Null(node);
            case ScalarKind.Boolean:
                return HelmJson.FromBoolean(resolved.Boolean, node);
            case ScalarKind.Int64:
            case ScalarKind.UInt64:
            case ScalarKind.Float:
                return double.IsFinite(resolved.Number)
                    ? HelmJson.FromNumber(JsonDecimal.FromDouble(resolved.Number), node)
                    : HelmJson.NotJson(
                        $"is {text}, which JSON cannot hold: Helm converts values to JSON and refuses the file (quote it for a string)",
                        node
                    );
            case ScalarKind.String:
                return HelmJson.FromString(resolved.Text!, node);
            default:
                return HelmJson.NotJson(resolved.Text!, node);
        }
    }

    // The JSON key sigs.k8s.io/yaml makes of a key, or null (with the problem) when it fails.
    private static string? Key(string text, bool isPlain, string? tag, out string? problem)
    {
        problem = null;
        var resolved = Resolve(text, isPlain, tag);
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
                problem = $"the key `{text}` is null, which JSON cannot hold as a key: Helm refuses the file (quote the key)";
                return null;
            case ScalarKind.UInt64:
                problem =
                    $"the key `{text}` is an integer above 2^63-1, which Helm cannot turn into a JSON key: it refuses the file (quote the key)";
                return null;
            default:
                problem = resolved.Text;
                return null;
        }
    }

    // go-yaml v2's resolve(): the tag decides when there is one (quoted or not), else quoting makes a string and
    // plain text is resolved by its shape.
    private static Resolved Resolve(string text, bool isPlain, string? tag)
    {
        if (tag == YamlSourceScalar.StringTag || (tag is null && !isPlain))
        {
            return Resolved.String(text);
        }

        if (tag == TagPrefix + "binary")
        {
            return Binary(text);
        }

        var resolved = ResolvePlain(text);
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
            return Resolved.String(text);
        }

        if (matches == false)
        {
            return Resolved.Failure($"Helm cannot read `{text}` as {ShortTag(tag)} and refuses the file");
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

    private void Report(YamlSourceNode node, string message) => _problems.Add(new SchemaViolation(_path.ToString(), node, "type", message));

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
