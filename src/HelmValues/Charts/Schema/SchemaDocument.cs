using System;
using System.Collections.Generic;
using System.Text.Json;

namespace HelmValues.Charts;

/// <summary>
/// The parsed schema text (and the documents its remote <c>$ref</c>s load): each document's draft, and where every
/// <c>$id</c> and anchor points, so that <c>$ref</c>s resolve the way Helm's validator resolves them.
/// </summary>
/// <remarks>
/// <para>
/// Helm adds the chart's schema to its compiler as <c>file:///values.schema.json</c>, the base URI of the document (a
/// root <c>$id</c> replaces it). A <c>$ref</c> to another document makes Helm download it (http, https) or read it
/// (file); here such documents must be given to <see cref="Load"/> by URI, and a reference to any other is a
/// <see cref="FormatException"/>: a validator of values must not fetch anything. A loaded document is checked against
/// its own draft's meta-schema, as v6 does, and has its own draft (2020-12 without <c>$schema</c>).
/// </para>
/// <para>
/// A location is a JSON pointer fragment, prefixed by the document's URI except in the chart's schema:
/// <c>#/properties/image</c>, <c>https://example.com/defs.json#/definitions/Volume</c>.
/// </para>
/// </remarks>
internal sealed class SchemaDocument
{
    /// <summary>The URI Helm gives the chart's schema.</summary>
    public const string DocumentUri = "file:///values.schema.json";

    private readonly Dictionary<string, string> _available = new(StringComparer.Ordinal);

    // A class, not a tuple, as the dictionary's value: a dictionary of a struct is compiled by the JIT when the first schema
    // is parsed, on the way to an app's first validation; one of a class is compiled ahead of time with the framework.
    private readonly Dictionary<string, LoadedDocument> _loaded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _resources = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Uri, string Anchor), string> _anchors = [];
    private readonly Dictionary<string, string> _baseUris = new(StringComparer.Ordinal);

    private SchemaDocument() { }

    /// <summary>The draft of the chart's schema: the one <c>$schema</c> names, or 2020-12 (v6's default) when there is none.</summary>
    public SchemaDraft Draft => _loaded[""].Draft;

    /// <summary>True when some schema has <c>$recursiveAnchor: true</c> or a <c>$dynamicAnchor</c>, which make references dynamic.</summary>
    public bool HasDynamicAnchors { get; private set; }

    /// <summary>
    /// Parses and checks the schema text, and indexes its identifiers. <paramref name="documents"/> holds the text of
    /// documents remote references may load, by URI (without fragment).
    /// </summary>
    public static SchemaDocument Load(string text, IReadOnlyDictionary<string, string>? documents = null)
    {
        var document = new SchemaDocument();
        foreach (var (uri, json) in documents ?? new Dictionary<string, string>())
        {
            document._available[Normalize(uri)] = json;
        }

        document.Add("", DocumentUri, text, "values.schema.json");
        return document;
    }

    /// <summary>The draft of the document holding <paramref name="location"/>.</summary>
    public SchemaDraft DraftAt(string location) => _loaded[DocumentOf(location)].Draft;

    /// <summary>The value at <paramref name="location"/>, or null.</summary>
    public JsonElement? Find(string location)
    {
        var hash = location.IndexOf('#', StringComparison.Ordinal);
        if (hash < 0 || !_loaded.TryGetValue(location[..hash], out var document))
        {
            return null;
        }

        var element = document.Root;
        var pointer = location[(hash + 1)..];
        if (pointer.Length == 0)
        {
            return element;
        }

        foreach (var token in pointer[1..].Split('/'))
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
    /// points to, loading the document it names when it is one of the given documents. Throws
    /// <see cref="FormatException"/> when it points to an unknown document or at nothing.
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

        if (!_resources.ContainsKey(target) && _available.TryGetValue(target, out var text))
        {
            Add(target, target, text, target);
        }

        if (!_resources.TryGetValue(target, out var resource))
        {
            throw SchemaJson.Error(
                location,
                $"cannot resolve $ref \"{reference}\": {target} is not this schema, a part of it with an $id, or a document given with it (Helm would fetch it; nothing is fetched here)"
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

    // Parses, checks and indexes one document. Its locations start with prefix ("" for the chart's schema).
    private void Add(string prefix, string uri, string text, string name)
    {
        JsonDocument json;
        try
        {
            // Go's encoding/json has no practical depth limit; 1000 covers any real schema and keeps recursion bounded.
            json = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 1000 });
        }
        catch (JsonException exception)
        {
            throw new FormatException($"{name} is not valid JSON: {exception.Message}", exception);
        }

        var root = json.RootElement;
        if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False))
        {
            throw new FormatException($"{name} must hold a JSON object (a schema), not {SchemaJson.Describe(root)}");
        }

        var rootLocation = prefix + SchemaJson.RootLocation;
        var draft = DraftOf(root, rootLocation);
        _loaded[prefix] = new LoadedDocument(root, draft);
        _resources[uri] = rootLocation;
        SchemaShapeCheck.Check(root, draft, rootLocation, (location, schema) => Visit(location, schema, uri, draft));
    }

    private static SchemaDraft DraftOf(JsonElement root, string rootLocation)
    {
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("$schema"u8, out var schema))
        {
            return SchemaDraft.Draft2020;
        }

        var at = SchemaJson.Child(rootLocation, "$schema");
        if (schema.ValueKind != JsonValueKind.String)
        {
            throw SchemaJson.Error(at, $"must be a string (is {SchemaJson.Describe(schema)})");
        }

        return SchemaDrafts.FromUri(schema.GetString()!)
            ?? throw SchemaJson.Error(
                at,
                $"unknown meta-schema \"{schema.GetString()}\": Helm knows draft-04, draft-06, draft-07, 2019-09 and 2020-12 (http or https json-schema.org URIs)"
            );
    }

    // Records the base URI of every subschema position, and the resources ($id) and anchors it declares.
    private void Visit(string location, JsonElement schema, string documentUri, SchemaDraft draft)
    {
        var baseUri = IsDocumentRoot(location) ? documentUri : BaseUriOf(Parent(location));
        if (schema.ValueKind != JsonValueKind.Object)
        {
            _baseUris[location] = baseUri;
            return;
        }

        if (!IsDocumentRoot(location) && schema.TryGetProperty("$schema"u8, out var nested) && nested.ValueKind == JsonValueKind.String)
        {
            if (SchemaDrafts.FromUri(nested.GetString()!) != draft && IdOf(schema, draft) is not null)
            {
                throw SchemaJson.Error(
                    location,
                    "a part of the schema names another draft in $schema; mixing drafts in one document is not supported"
                );
            }
        }

        if (IdOf(schema, draft) is { } id)
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
            if (anchor.Length > 0 && draft < SchemaDraft.Draft2019)
            {
                _anchors.TryAdd((baseUri, Uri.UnescapeDataString(anchor)), location);
            }
        }

        _baseUris[location] = baseUri;
        foreach (var keyword in (string[])["$anchor", "$dynamicAnchor"])
        {
            if (
                draft >= SchemaDraft.Draft2019
                && schema.TryGetProperty(keyword, out var anchor)
                && anchor.ValueKind == JsonValueKind.String
            )
            {
                _anchors.TryAdd((baseUri, anchor.GetString()!), location);
            }
        }

        HasDynamicAnchors |=
            schema.TryGetProperty("$dynamicAnchor"u8, out _)
            || (schema.TryGetProperty("$recursiveAnchor"u8, out var recursive) && recursive.ValueKind == JsonValueKind.True);
    }

    // $id (id in draft 4); before 2019-09 an $id next to a $ref is ignored, as the $ref's siblings are.
    private static string? IdOf(JsonElement schema, SchemaDraft draft)
    {
        if (draft < SchemaDraft.Draft2019 && schema.TryGetProperty("$ref"u8, out _))
        {
            return null;
        }

        return schema.TryGetProperty(draft == SchemaDraft.Draft4 ? "id" : "$id", out var id) && id.ValueKind == JsonValueKind.String
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

            if (IsDocumentRoot(location))
            {
                var document = DocumentOf(location);
                return document.Length == 0 ? DocumentUri : document;
            }

            location = Parent(location);
        }
    }

    private static string DocumentOf(string location) => location[..location.IndexOf('#', StringComparison.Ordinal)];

    private static bool IsDocumentRoot(string location) => location.EndsWith('#');

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
    private static string Normalize(string uri)
    {
        try
        {
            return Normalize(new Uri(uri, UriKind.Absolute));
        }
        catch (UriFormatException exception)
        {
            throw new ArgumentException($"\"{uri}\" is not an absolute URI", nameof(uri), exception);
        }
    }

    private static string Normalize(Uri uri) =>
        uri.GetComponents(UriComponents.AbsoluteUri & ~UriComponents.Fragment, UriFormat.UriEscaped);

    // A loaded document: its root and the draft it is written in.
    private sealed record LoadedDocument(JsonElement Root, SchemaDraft Draft);
}
