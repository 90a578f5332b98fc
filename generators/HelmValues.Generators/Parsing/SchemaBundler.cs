using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using HelmValues.Generators.Json;

namespace HelmValues.Generators.Parsing;

/// <summary>
/// Writes a chart's values schema as one self-contained JSON document: every <c>$ref</c> that leaves the file (the
/// Kubernetes definitions Helm would download, or another schema document) is copied in under <c>$defs</c>
/// (<c>definitions</c> before draft 2019-09) and pointed at there. The runtime checks values against this document,
/// offline, exactly as Helm checks them against the original.
/// </summary>
/// <remarks>
/// <para>
/// The strict form is the schema with our overlay merged in, for editors and offline <c>helm lint</c>: our own
/// <c>x-helmvalues*</c> keywords are left out, and <c>format: duration</c> (which validators do not check) gets the
/// pattern of a Go duration.
/// </para>
/// The text is compact and deterministic: the original key order, copied definitions in the order first met, each
/// named after the last segment of its pointer (<c>io.k8s.api.core.v1.PodSpec</c>), numbered only on a clash.
/// </remarks>
internal sealed class SchemaBundler
{
    private readonly RefResolver _refs;

    // A Go duration as time.ParseDuration takes it: an optional sign, then 0 or number-unit pairs. The micro signs are
    // written as characters, not \u escapes, which Go's regular expressions (Helm's) do not know.
    private const string GoDurationPattern = "^[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$";

    private readonly SchemaDocument _root;
    private readonly string _container;
    private readonly bool _strict;
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly Dictionary<JsonNode, string> _imported = new();
    private readonly List<(string Name, JsonNode Node, SchemaDocument Document)> _pending = new();

    private SchemaBundler(RefResolver refs, SchemaDocument root, string container, bool strict)
    {
        _refs = refs;
        _root = root;
        _container = container;
        _strict = strict;
    }

    /// <summary>The bundled schema, or null with <paramref name="error"/> when a reference cannot be resolved.</summary>
    /// <param name="schema">The chart's schema, or (<paramref name="strict"/>) the schema with the overlay merged in.</param>
    /// <param name="schemaPath">The schema file, for relative references.</param>
    /// <param name="refs">Resolves references that leave the file.</param>
    /// <param name="strict">Whether to write the strict form (see the remarks).</param>
    /// <param name="error">Why the schema could not be bundled.</param>
    public static string? Bundle(JsonObject schema, string schemaPath, RefResolver refs, bool strict, out string? error)
    {
        var container = UsesDefs(schema) ? "$defs" : "definitions";
        var bundler = new SchemaBundler(refs, new SchemaDocument(schema, schemaPath), container, strict);
        try
        {
            error = null;
            return bundler.Write(schema);
        }
        catch (BundleException e)
        {
            error = e.Message;
            return null;
        }
    }

    private string Write(JsonObject schema)
    {
        // The chart's own definitions keep their names: a copied one never takes a name already used there.
        if (schema[_container] is JsonObject existing)
        {
            foreach (var property in existing.Properties)
            {
                _names.Add(property.Name);
            }
        }

        var body = new StringBuilder();
        var ownDefinitions = new StringBuilder();
        var first = true;
        foreach (var property in schema.Properties)
        {
            if (property.Name == _container && property.Value is JsonObject definitions)
            {
                WriteEntries(ownDefinitions, definitions, _root);
                continue;
            }

            if (IsOurs(property.Name) || IsOnlyAWarning(schema, property.Name))
            {
                continue;
            }

            Separator(body, ref first);
            WriteString(body, property.Name);
            body.Append(':');
            if (property.Name == "$ref" && property.Value is JsonString reference)
            {
                WriteString(body, Rewrite(reference.Value, _root));
            }
            else
            {
                WriteNode(body, property.Value, _root, property.Name);
            }
        }

        // Copying one definition can find more; each is written once, in the order met.
        var copied = new StringBuilder();
        for (var i = 0; i < _pending.Count; i++)
        {
            var (name, node, document) = _pending[i];
            if (copied.Length > 0)
            {
                copied.Append(',');
            }

            WriteString(copied, name);
            copied.Append(':');
            WriteNode(copied, node, document, null);
        }

        if (ownDefinitions.Length > 0 || copied.Length > 0)
        {
            Separator(body, ref first);
            WriteString(body, _container);
            body.Append(":{").Append(ownDefinitions);
            if (ownDefinitions.Length > 0 && copied.Length > 0)
            {
                body.Append(',');
            }

            body.Append(copied).Append('}');
        }

        return "{" + body + "}";
    }

    private void WriteEntries(StringBuilder text, JsonObject obj, SchemaDocument document)
    {
        var first = true;
        foreach (var property in obj.Properties)
        {
            Separator(text, ref first);
            WriteString(text, property.Name);
            text.Append(':');
            WriteNode(text, property.Value, document, null);
        }
    }

    private void WriteNode(StringBuilder text, JsonNode node, SchemaDocument document, string? key)
    {
        switch (node)
        {
            case JsonObject obj:
                text.Append('{');
                var first = true;
                foreach (var property in obj.Properties)
                {
                    if (IsSchema(key) && (IsOurs(property.Name) || IsOnlyAWarning(obj, property.Name)))
                    {
                        continue;
                    }

                    Separator(text, ref first);
                    WriteString(text, property.Name);
                    text.Append(':');
                    if (property.Name == "$ref" && IsSchema(key) && property.Value is JsonString reference)
                    {
                        WriteString(text, Rewrite(reference.Value, document));
                    }
                    else
                    {
                        WriteNode(
                            text,
                            property.Value,
                            document,
                            IsData(key) ? key
                                : IsNameMap(key) ? null
                                : property.Name
                        );
                    }
                }

                if (_strict && IsSchema(key) && obj["format"] is JsonString { Value: "duration" } && obj["pattern"] is null)
                {
                    Separator(text, ref first);
                    text.Append("\"pattern\":");
                    WriteString(text, GoDurationPattern);
                }

                text.Append('}');
                break;
            case JsonArray array:
                text.Append('[');
                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        text.Append(',');
                    }

                    WriteNode(text, array.Items[i], document, IsData(key) ? key : null);
                }

                text.Append(']');
                break;
            case JsonString value:
                WriteString(text, value.Value);
                break;
            case JsonNumber number:
                text.Append(number.Text);
                break;
            case JsonBoolean boolean:
                text.Append(boolean.Value ? "true" : "false");
                break;
            default:
                text.Append("null");
                break;
        }
    }

    // Our own keywords (names, notes, settings) mean nothing to other validators: the strict form leaves them out.
    private bool IsOurs(string keyword) => _strict && keyword.StartsWith("x-helmvalues", StringComparison.Ordinal);

    // Where the reader ignores unknown keys, HelmValues only warns about them: the strict schema, which says what is an
    // error, leaves them open.
    private bool IsOnlyAWarning(JsonObject schema, string keyword) =>
        _strict && keyword == "additionalProperties" && schema[SchemaKeywords.UnknownKeys] is JsonString { Value: "ignored" };

    // `$ref` is a keyword only in a schema: not in a map of names to schemas (`properties`), nor in data (`default`).
    private static bool IsSchema(string? key) => !IsNameMap(key) && !IsData(key);

    private static bool IsNameMap(string? key) =>
        key is "properties" or "patternProperties" or "$defs" or "definitions" or "dependentSchemas" or "dependencies";

    private static bool IsData(string? key) =>
        key is "enum" or "const" or "default" or "examples" || (key is not null && key.StartsWith("x-", StringComparison.Ordinal));

    // A reference inside the chart's own file stays as written; one that leaves it points at the copy.
    private string Rewrite(string reference, SchemaDocument document)
    {
        if (document == _root && reference.StartsWith("#", StringComparison.Ordinal))
        {
            return reference;
        }

        var resolved = _refs.ResolveNode(reference, document);
        if (resolved.Error is not null || resolved.Node is null || resolved.Document is null)
        {
            throw new BundleException($"cannot resolve $ref '{reference}': {resolved.Error}");
        }

        if (resolved.Document.Root == _root.Root)
        {
            return resolved.Pointer;
        }

        if (!_imported.TryGetValue(resolved.Node, out var name))
        {
            name = TakeName(resolved.Pointer, resolved.Document.Path);
            _imported.Add(resolved.Node, name);
            _pending.Add((name, resolved.Node, resolved.Document));
        }

        return "#/" + _container + "/" + name.Replace("~", "~0").Replace("/", "~1");
    }

    private string TakeName(string pointer, string documentPath)
    {
        var slash = pointer.LastIndexOf('/');
        var name =
            slash >= 0 && slash < pointer.Length - 1
                ? pointer.Substring(slash + 1).Replace("~1", "/").Replace("~0", "~")
                : System.IO.Path.GetFileNameWithoutExtension(documentPath);
        var unique = name;
        for (var i = 2; !_names.Add(unique); i++)
        {
            unique = name + "-" + i.ToString(CultureInfo.InvariantCulture);
        }

        return unique;
    }

    // `$defs` from draft 2019-09 on (and with no `$schema`, read as the newest draft); `definitions` before.
    private static bool UsesDefs(JsonObject schema) =>
        schema["$schema"] is not JsonString draft
        || !(draft.Value.Contains("draft-04") || draft.Value.Contains("draft-06") || draft.Value.Contains("draft-07"));

    private static void Separator(StringBuilder text, ref bool first)
    {
        if (!first)
        {
            text.Append(',');
        }

        first = false;
    }

    private static void WriteString(StringBuilder text, string value)
    {
        text.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    text.Append("\\\"");
                    break;
                case '\\':
                    text.Append("\\\\");
                    break;
                case < ' ':
                    text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        text.Append('"');
    }

    private sealed class BundleException(string message) : Exception(message);
}
