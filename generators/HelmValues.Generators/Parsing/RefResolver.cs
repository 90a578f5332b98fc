using System;
using System.Collections.Generic;
using HelmValues.Generators.Json;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Parsing;

/// <summary>The document a schema node belongs to: local <c>$ref</c>s resolve inside it.</summary>
internal sealed record SchemaDocument(JsonNode Root, string Path);

/// <summary>Where a <c>$ref</c> leads: a schema node to generate a type for, or an existing C# type.</summary>
internal sealed class ResolvedRef
{
    private ResolvedRef(JsonNode? node, SchemaDocument? document, string pointer, TypeRef? external, string? error)
    {
        Node = node;
        Document = document;
        Pointer = pointer;
        External = external;
        Error = error;
    }

    public JsonNode? Node { get; }

    public SchemaDocument? Document { get; }

    /// <summary>The JSON pointer of the target, <c>#/$defs/Foo</c>, for type names and messages.</summary>
    public string Pointer { get; }

    public TypeRef? External { get; }

    public string? Error { get; }

    public static ResolvedRef ToNode(JsonNode node, SchemaDocument document, string pointer) => new(node, document, pointer, null, null);

    public static ResolvedRef ToType(TypeRef type) => new(null, null, "", type, null);

    public static ResolvedRef Failed(string error) => new(null, null, "", null, error);
}

/// <summary>
/// Resolves <c>$ref</c>s without any network access: local pointers, other schema documents given as
/// AdditionalFiles, and Kubernetes definitions mapped straight to <c>k8s.Models</c> types.
/// </summary>
/// <remarks>
/// The chart points at <c>https://raw.githubusercontent.com/.../v1.35.0/_definitions.json#/definitions/io.k8s.api.core.v1.PodSpec</c>.
/// Any ref whose fragment is <c>/definitions/io.k8s.…</c> is looked up in the Kubernetes definitions files we were
/// given (real charts point at several hosts serving the same file); other URLs must be mapped in x-helmvalues.refs or by HelmValuesRef items.
/// </remarks>
internal sealed class RefResolver
{
    private const string KubernetesPrefix = "/definitions/io.k8s.";

    private readonly ChartSettings _settings;
    private readonly EquatableArray<InputFile> _documents;
    private readonly EquatableArray<DefinitionsIndex> _definitions;
    private readonly EquatableArray<InputFile> _definitionFiles;
    private readonly Dictionary<string, SchemaDocument?> _parsedDocuments = new(StringComparer.OrdinalIgnoreCase);
    private List<SchemaDocument>? _parsedDefinitions;

    public RefResolver(
        ChartSettings settings,
        EquatableArray<InputFile> documents,
        EquatableArray<DefinitionsIndex> definitions,
        EquatableArray<InputFile> definitionFiles
    )
    {
        _settings = settings;
        _documents = documents;
        _definitions = definitions;
        _definitionFiles = definitionFiles;
    }

    /// <summary>What a <c>$ref</c> means for the generated types: a schema node, or a Kubernetes model type.</summary>
    public ResolvedRef Resolve(string reference, SchemaDocument current) => Resolve(reference, current, asNode: false);

    /// <summary>
    /// The schema node a <c>$ref</c> points at, Kubernetes definitions included (for <see cref="SchemaBundler"/>, which
    /// copies what Helm would download).
    /// </summary>
    public ResolvedRef ResolveNode(string reference, SchemaDocument current) => Resolve(reference, current, asNode: true);

    private ResolvedRef Resolve(string reference, SchemaDocument current, bool asNode)
    {
        var hash = reference.IndexOf('#');
        var location = hash < 0 ? reference : reference.Substring(0, hash);
        var fragment = hash < 0 ? "" : reference.Substring(hash + 1);

        if (location.Length == 0)
        {
            return ResolveIn(current, fragment);
        }

        var target = MappedTarget(location);
        if (
            target == ChartSettings.KubernetesTarget
            || (target is null && IsAbsolute(location) && fragment.StartsWith(KubernetesPrefix, StringComparison.Ordinal))
        )
        {
            return asNode ? ResolveKubernetesNode(fragment) : ResolveKubernetes(fragment);
        }

        if (target is null && IsAbsolute(location))
        {
            return ResolvedRef.Failed(
                $"remote references are never fetched; map '{location}' to a file in x-helmvalues.refs, or to \"kubernetes\" (or add <HelmValuesRef Include=\"{location}\" MapTo=\"...\" /> to the project)"
            );
        }

        var fileName = target ?? System.IO.Path.GetFileName(location);
        var document = Document(fileName);
        return document is null
            ? ResolvedRef.Failed($"no schema document '{fileName}' among the AdditionalFiles (name it *.schema.json)")
            : ResolveIn(document, fragment);
    }

    private static ResolvedRef ResolveIn(SchemaDocument document, string fragment)
    {
        var node = JsonPointer.Resolve(document.Root, fragment);
        return node is null
            ? ResolvedRef.Failed($"'#{fragment}' does not exist in '{System.IO.Path.GetFileName(document.Path)}'")
            : ResolvedRef.ToNode(node, document, "#" + fragment);
    }

    private ResolvedRef ResolveKubernetes(string fragment)
    {
        if (!fragment.StartsWith("/definitions/", StringComparison.Ordinal))
        {
            return ResolvedRef.Failed($"a Kubernetes reference must look like '#/definitions/<name>', not '#{fragment}'");
        }

        if (_definitions.Count == 0)
        {
            return ResolvedRef.Failed("no Kubernetes definitions file (*.definitions.json) is among the AdditionalFiles");
        }

        var name = fragment.Substring("/definitions/".Length);
        foreach (var index in _definitions)
        {
            foreach (var entry in index.Entries)
            {
                if (entry.Name == name)
                {
                    return ResolvedRef.ToType(KubernetesTypes.ChartTypeFor(entry));
                }
            }
        }

        return ResolvedRef.Failed($"no definition '{name}' in {_definitions[0].FileName}");
    }

    private ResolvedRef ResolveKubernetesNode(string fragment)
    {
        if (_parsedDefinitions is null)
        {
            _parsedDefinitions = new List<SchemaDocument>();
            foreach (var file in _definitionFiles)
            {
                if (JsonParser.Parse(file.Path, file.Text).Root is { } root)
                {
                    _parsedDefinitions.Add(new SchemaDocument(root, file.Path));
                }
            }
        }

        foreach (var document in _parsedDefinitions)
        {
            if (JsonPointer.Resolve(document.Root, fragment) is { } node)
            {
                return ResolvedRef.ToNode(node, document, "#" + fragment);
            }
        }

        return ResolvedRef.Failed($"no definition at '#{fragment}' in the Kubernetes definitions files");
    }

    private string? MappedTarget(string location)
    {
        foreach (var mapping in _settings.Refs)
        {
            if (location.StartsWith(mapping.Key, StringComparison.Ordinal))
            {
                return mapping.Value;
            }
        }

        return null;
    }

    private SchemaDocument? Document(string fileName)
    {
        if (_parsedDocuments.TryGetValue(fileName, out var cached))
        {
            return cached;
        }

        SchemaDocument? document = null;
        foreach (var file in _documents)
        {
            if (string.Equals(file.FileName, fileName, StringComparison.OrdinalIgnoreCase))
            {
                var parsed = JsonParser.Parse(file.Path, file.Text);
                document = parsed.Root is null ? null : new SchemaDocument(parsed.Root, file.Path);
                break;
            }
        }

        _parsedDocuments[fileName] = document;
        return document;
    }

    private static bool IsAbsolute(string location) => location.IndexOf("://", StringComparison.Ordinal) > 0;
}
