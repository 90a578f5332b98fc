using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>
/// The parsed schema text: its draft, and where every <c>$id</c> and anchor points, so that <c>$ref</c>s can be resolved
/// the way Helm's validator resolves them.
/// </summary>
/// <remarks>
/// Helm adds the chart's schema to its compiler as <c>file:///values.schema.json</c>, which is the base URI of the
/// document (a root <c>$id</c> replaces it). Only references into this document resolve here; Helm would download
/// remote ones (http, https) or read files, which a validator of values must not do, so those are a
/// <see cref="FormatException"/>.
/// </remarks>
internal sealed class SchemaDocument
{
    /// <summary>The URI Helm gives the chart's schema.</summary>
    public const string DocumentUri = "file:///values.schema.json";

    private readonly JsonDocument _json;
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Uri, string Anchor), string> _anchors = [];
    private readonly Dictionary<string, string> _baseUris = new(StringComparer.Ordinal);

    private SchemaDocument(JsonDocument json, SchemaDraft draft)
    {
        _json = json;
        Draft = draft;
    }

    /// <summary>The draft: the one <c>$schema</c> names, or 2020-12 (Helm's validator's default) when there is none.</summary>
    public SchemaDraft Draft { get; }

    /// <summary>The root value.</summary>
    public JsonElement Root => _json.RootElement;

    /// <summary>True when some schema has <c>$recursiveAnchor: true</c> or a <c>$dynamicAnchor</c>, which make references dynamic.</summary>
    public bool HasDynamicAnchors { get; private set; }

    /// <summary>Parses and checks the schema text, and indexes its identifiers.</summary>
    public static SchemaDocument Load(string text)
    {
        JsonDocument json;
        try
        {
            // Go's encoding/json has no practical depth limit; 1000 covers any real schema and keeps recursion bounded.
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1000 });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"values.schema.json is not valid JSON: {exception.Message}", exception);
        }

        var root = json.RootElement;
        if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"values.schema.json must hold a JSON object (a schema), not {SchemaJson.Describe(root)}");
        }

        var document = new SchemaDocument(json, DraftOf(root));
        document.Index();
        return document;
    }

    /// <summary>The value at <paramref name="location"/> (a JSON pointer fragment from the document root), or null.</summary>
    public JsonElement? Find(string location)
    {
        var element = Root;
        if (location == SchemaJson.RootLocation)
        {
            return element;
        }

        foreach (var token in location[2..].Split('/'))
        {
            var name = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child))
            {
                element = child;
            }
            else if (
                element.ValueKind == JsonValueKind.Array
                && name.Length > 0
                && name.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0
                && (name == "0" || name[0] != '0')
                && int.TryParse(name, out var index)
                && index < element.GetArrayLength()
            )
            {
                element = element[index];
            }
            else
            {
                return null;
            }
        }

        return element;
    }

    /// <summary>
    /// The location a <c>$ref</c> (or <c>$recursiveRef</c>/<c>$dynamicRef</c>) written at <paramref name="location"/>
    /// points to. Throws <see cref="FormatException"/> when it points outside this document or at nothing.
    /// </summary>
    public string Resolve(string location, string reference)
    {
        var hash = reference.IndexOf('#', StringComparison.Ordinal);
        var uriPart = hash < 0 ? reference : reference[..hash];
        var fragment = hash < 0 ? "" : reference[(hash + 1)..];
        var baseUri = BaseUriOf(location);
        string target;
        try
        {
            target = uriPart.Length == 0 ? baseUri : Normalize(new Uri(new Uri(baseUri), uriPart));
        }
        catch (UriFormatException)
        {
            throw SchemaJson.Error(location, $"cannot resolve $ref \"{reference}\": not a valid URI reference");
        }

        if (!_resources.TryGetValue(target, out var resource))
        {
            throw SchemaJson.Error(
                location,
                $"cannot resolve $ref \"{reference}\": {target} is not this schema or a part of it with an $id (Helm would fetch it; remote and file references are not supported)"
            );
        }

        string decoded;
        try
        {
            decoded = Uri.UnescapeDataString(fragment);
        }
        catch (UriFormatException)
        {
            throw SchemaJson.Error(location, $"cannot resolve $ref \"{reference}\": bad percent-encoding");
        }

        if (decoded.Length == 0 || decoded[0] == '/')
        {
            var pointed = resource + Canonical(decoded, location, reference);
            return Find(pointed) is not null
                ? pointed
                : throw SchemaJson.Error(location, $"cannot resolve $ref \"{reference}\": nothing at {pointed}");
        }

        return _anchors.TryGetValue((target, decoded), out var anchored)
            ? anchored
            : throw SchemaJson.Error(location, $"cannot resolve $ref \"{reference}\": no anchor \"{decoded}\" in {target}");
    }

    private static SchemaDraft DraftOf(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("$schema", out var schema))
        {
            return SchemaDraft.Draft2020;
        }

        if (schema.ValueKind != JsonValueKind.String)
        {
            throw SchemaJson.Error("#/$schema", $"must be a string (is {SchemaJson.Describe(schema)})");
        }

        return SchemaDrafts.FromUri(schema.GetString()!)
            ?? throw SchemaJson.Error(
                "#/$schema",
                $"unknown meta-schema \"{schema.GetString()}\": Helm knows draft-04, draft-06, draft-07, 2019-09 and 2020-12 (http or https json-schema.org URIs)"
            );
    }

    // Walks every subschema position (checking the schema on the way) and records base URIs, resources and anchors.
    private void Index()
    {
        _resources[DocumentUri] = SchemaJson.RootLocation;
        SchemaShapeCheck.Check(Root, Draft, Visit);
    }

    private void Visit(string location, JsonElement schema)
    {
        var baseUri = location == SchemaJson.RootLocation ? DocumentUri : BaseUriOf(Parent(location));
        if (schema.ValueKind != JsonValueKind.Object)
        {
            _baseUris[location] = baseUri;
            return;
        }

        if (
            location != SchemaJson.RootLocation
            && schema.TryGetProperty("$schema", out var nested)
            && nested.ValueKind == JsonValueKind.String
        )
        {
            if (SchemaDrafts.FromUri(nested.GetString()!) is var draft && draft != Draft && IdOf(schema) is not null)
            {
                throw SchemaJson.Error(location, "a part of the schema names another draft in $schema; mixing drafts is not supported");
            }
        }

        if (IdOf(schema) is { } id)
        {
            var hash = id.IndexOf('#', StringComparison.Ordinal);
            var uriPart = hash < 0 ? id : id[..hash];
            var anchor = hash < 0 ? "" : id[(hash + 1)..];
            if (uriPart.Length > 0)
            {
                try
                {
                    baseUri = Normalize(new Uri(new Uri(baseUri), uriPart));
                }
                catch (UriFormatException)
                {
                    throw SchemaJson.Error(location, $"$id \"{id}\" is not a valid URI reference");
                }

                _resources.TryAdd(baseUri, location);
            }

            // Before 2019-09, "$id": "#name" (or "uri#name") names a plain anchor.
            if (anchor.Length > 0 && Draft < SchemaDraft.Draft2019)
            {
                _anchors.TryAdd((baseUri, Uri.UnescapeDataString(anchor)), location);
            }
        }

        _baseUris[location] = baseUri;
        foreach (var keyword in (string[])["$anchor", "$dynamicAnchor"])
        {
            if (
                Draft >= SchemaDraft.Draft2019
                && schema.TryGetProperty(keyword, out var anchor)
                && anchor.ValueKind == JsonValueKind.String
            )
            {
                _anchors.TryAdd((baseUri, anchor.GetString()!), location);
            }
        }

        HasDynamicAnchors |=
            schema.TryGetProperty("$dynamicAnchor", out _)
            || (schema.TryGetProperty("$recursiveAnchor", out var recursive) && recursive.ValueKind == JsonValueKind.True);
    }

    // $id (id in draft 4); before 2019-09 an $id next to a $ref is ignored, as the $ref's siblings are.
    private string? IdOf(JsonElement schema)
    {
        if (Draft < SchemaDraft.Draft2019 && schema.TryGetProperty("$ref", out _))
        {
            return null;
        }

        return schema.TryGetProperty(Draft == SchemaDraft.Draft4 ? "id" : "$id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    // The base URI in force at a location: that of the nearest enclosing schema position.
    private string BaseUriOf(string location)
    {
        while (true)
        {
            if (_baseUris.TryGetValue(location, out var baseUri))
            {
                return baseUri;
            }

            if (location == SchemaJson.RootLocation)
            {
                return DocumentUri;
            }

            location = Parent(location);
        }
    }

    private static string Parent(string location) => location[..location.LastIndexOf('/')];

    // A pointer from a fragment, re-escaped in our canonical form (so equal places have equal locations).
    private static string Canonical(string pointer, string location, string reference)
    {
        if (pointer.Length == 0)
        {
            return "";
        }

        var result = "";
        foreach (var token in pointer[1..].Split('/'))
        {
            for (var i = 0; i < token.Length; i++)
            {
                if (token[i] == '~' && (i + 1 >= token.Length || token[i + 1] is not ('0' or '1')))
                {
                    throw SchemaJson.Error(
                        location,
                        $"cannot resolve $ref \"{reference}\": '~' must be followed by 0 or 1 in a JSON pointer"
                    );
                }
            }

            result = SchemaJson.Child(
                result,
                token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)
            );
        }

        return result;
    }

    // URIs compared without a fragment, in System.Uri's normal form.
    private static string Normalize(Uri uri) =>
        uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);
}
