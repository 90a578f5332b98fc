using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Threading;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// What Helm knows of a chart when it judges values files: the chart's <c>values.schema.json</c> and its default
/// <c>values.yaml</c>. The generator gives every generated chart one (<c>AgentStackK8sValues.Chart</c>).
/// </summary>
/// <remarks>
/// Helm's verdict on values files is: coalesce the defaults with the files in order (<see cref="HelmCoalescing"/>),
/// then validate the result against the schema. <see cref="Check(ValuesFile[])"/> gives exactly that verdict, with
/// every broken rule, each pointing at the file, line and column of the value at fault.
/// </remarks>
public sealed class HelmChart
{
    // Records, not tuples: Lazy of a class is compiled ahead of time with the framework, Lazy of a tuple by the JIT when an
    // app starts, on the way to its first validation.
    private readonly Lazy<ParsedSchema> _schema;
    private readonly Lazy<YamlDocument?> _defaults;
    private readonly Lazy<ConvertedDefaults> _convertedDefaults;
    private readonly Lazy<BuiltDefaults> _defaultsForBuilt;
    private readonly string? _defaultsEvents;

    /// <summary>Describes a chart. Generated code calls this; the schema starts parsing on the thread pool at once, the defaults on first use.</summary>
    /// <param name="name">The chart's name, such as <c>agent-stack-k8s</c>.</param>
    /// <param name="schemaJson">The chart's values schema, self-contained (remote <c>$ref</c>s already inlined).</param>
    /// <param name="defaultsYaml">The chart's <c>values.yaml</c>, or null when the chart has none.</param>
    /// <param name="strictSchemaJson">The schema with HelmValues' overlay applied (see <see cref="StrictSchemaJson"/>), or null when there is no overlay.</param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public HelmChart(string name, string schemaJson, string? defaultsYaml, string? strictSchemaJson = null)
        : this(name, schemaJson, defaultsYaml, strictSchemaJson, defaultsEvents: null) { }

    /// <summary>
    /// Describes a chart, with the generator's record of YamlDotNet's parsing events for <paramref name="defaultsYaml"/>:
    /// the first validation replays them instead of parsing the defaults, which spares an app's start YamlDotNet's first
    /// parse. Generated code calls this.
    /// </summary>
    /// <param name="name">The chart's name, such as <c>agent-stack-k8s</c>.</param>
    /// <param name="schemaJson">The chart's values schema, self-contained (remote <c>$ref</c>s already inlined).</param>
    /// <param name="defaultsYaml">The chart's <c>values.yaml</c>, or null when the chart has none.</param>
    /// <param name="strictSchemaJson">The schema with HelmValues' overlay applied (see <see cref="StrictSchemaJson"/>), or null when there is no overlay.</param>
    /// <param name="defaultsEvents">
    /// The recording of <paramref name="defaultsYaml"/>'s events, or null: the defaults are parsed then (as they are when
    /// the recording comes from another version of YamlDotNet than the app's).
    /// </param>
    [EditorBrowsable(EditorBrowsableState.Never)]
    public HelmChart(string name, string schemaJson, string? defaultsYaml, string? strictSchemaJson, string? defaultsEvents)
    {
        Name = name ?? throw new ArgumentNullException(nameof(name));
        SchemaJson = schemaJson ?? throw new ArgumentNullException(nameof(schemaJson));
        DefaultsYaml = defaultsYaml;
        StrictSchemaJson = strictSchemaJson ?? schemaJson;
        _defaultsEvents = defaultsEvents;
        _schema = new Lazy<ParsedSchema>(ParseSchema, LazyThreadSafetyMode.ExecutionAndPublication);
        _defaults = new Lazy<YamlDocument?>(ParseDefaults, LazyThreadSafetyMode.ExecutionAndPublication);
        _convertedDefaults = new Lazy<ConvertedDefaults>(ConvertDefaults, LazyThreadSafetyMode.ExecutionAndPublication);
        _defaultsForBuilt = new Lazy<BuiltDefaults>(DefaultsForBuilt, LazyThreadSafetyMode.ExecutionAndPublication);

        // Every validation needs the schema, and its first parse takes tens of milliseconds (a large part of a small app's start):
        // it starts now, on the thread pool, while the app builds its values and the first validation parses the defaults
        // and the user's files. Whichever thread gets to the schema first parses it; the other waits for it.
        ThreadPool.UnsafeQueueUserWorkItem(static chart => chart.ParseSchemaAhead(), this, preferLocal: false);
    }

    /// <summary>The chart's name.</summary>
    public string Name { get; }

    /// <summary>
    /// The chart's values schema as Helm sees it, in one self-contained document: every remote <c>$ref</c> (such as
    /// the Kubernetes definitions Helm would download) is inlined, so it works offline.
    /// </summary>
    public string SchemaJson { get; }

    /// <summary>
    /// The schema with the overlay HelmValues reads the chart with, self-contained too: for agent-stack-k8s, the
    /// controller's rules (closed objects, enums, Go duration patterns, the keys it really reads). Without an overlay,
    /// <see cref="SchemaJson"/>. This is what <c>helmvalues schema</c> exports for editors and offline <c>helm lint</c>.
    /// </summary>
    public string StrictSchemaJson { get; }

    /// <summary>The chart's default values (<c>values.yaml</c>), or null when the chart has none.</summary>
    public string? DefaultsYaml { get; }

    /// <summary>The name errors give the chart's defaults: <c>&lt;chart&gt;/values.yaml</c>.</summary>
    public string DefaultsName => Name + "/values.yaml";

    /// <summary>
    /// Helm's verdict on <paramref name="files"/> (as <c>helm install -f</c> takes them, in order), and nothing more:
    /// the files are coalesced with the chart's defaults and the result is validated against the chart's schema.
    /// Typed loading (<c>Load</c> on the generated record) adds the rules the schema cannot say.
    /// </summary>
    /// <param name="files">The values files, first to last.</param>
    /// <returns>Every problem, each with its file, line and column.</returns>
    public ValidationResult Check(params ValuesFile[] files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var errors = new List<ValidationError>();
        if (ValuesLayers.Parse(files, named: true, errors) is { } user)
        {
            errors.AddRange(Validate(user));
        }

        return new ValidationResult(errors);
    }

    /// <summary>True once the schema is parsed (tests check that a new chart parses it without being asked).</summary>
    internal bool SchemaParsed => _schema.IsValueCreated;

    /// <summary>How many times validations took a verdict on the defaults from the memo (tests check it is used).</summary>
    internal long DefaultsMemoHits => _convertedDefaults.IsValueCreated ? _convertedDefaults.Value.Memo?.Hits ?? 0 : 0;

    /// <summary>Coalesces <paramref name="user"/> (the user's files, merged) with the defaults and validates the result.</summary>
    internal IReadOnlyList<ValidationError> Validate(YamlSourceNode user)
    {
        var errors = new List<ValidationError>();
        if (UsableSchema(errors) is not { } schema)
        {
            return errors;
        }

        // The defaults are the same under every values file: their JSON form is made once, and coalescing shares
        // their nodes wherever the user changes nothing, so only what the user wrote is converted each time.
        var violations = new List<SchemaViolation>();
        var (shared, memo) = _convertedDefaults.Value;
        schema.Validate(HelmCoalescing.Coalesce(_defaults.Value?.Root, user), violations, shared, memo);
        AddViolations(violations, errors);
        return errors;
    }

    /// <summary>
    /// <see cref="Validate(YamlSourceNode)"/> on built values, as written (the tree a reader would make of their text), with
    /// the same verdict. Values without a position (they were never text) give errors without a line and column.
    /// </summary>
    internal IReadOnlyList<ValidationError> ValidateWritten<TState>(TState state, Action<YamlWriter, TState> write)
    {
        var errors = new List<ValidationError>();
        if (UsableSchema(errors) is not { } schema)
        {
            return errors;
        }

        var built = _defaultsForBuilt.Value.Usable && HelmJsonSink.TryWrite(state, write, out var user) ? user : null;
        return ValidateBuilt(schema, built, state, write, errors);
    }

    /// <summary>
    /// <see cref="ValidateWritten{TState}"/>, with the text of what <paramref name="write"/> writes after
    /// <paramref name="prefix"/> (as <see cref="YamlWriter.SerializeUtf8{TState}(string, TState, Action{YamlWriter, TState})"/>
    /// writes it) from the same walk: for values that are judged and then written.
    /// </summary>
    internal IReadOnlyList<ValidationError> ValidateWrittenWithText<TState>(
        string prefix,
        TState state,
        Action<YamlWriter, TState> write,
        out byte[] text
    )
    {
        var built = HelmJsonSink.TryWriteWithText(prefix, state, write, out var user, out text) ? user : null;
        var errors = new List<ValidationError>();
        return UsableSchema(errors) is { } schema ? ValidateBuilt(schema, built, state, write, errors) : errors;
    }

    // Built values nearly always go straight to JSON (`built`) and are coalesced with the defaults' JSON, made once: no tree
    // and no conversion per validation. What that cannot judge the same way (see HelmJsonSink) takes the tree. `errors` is
    // the caller's empty list, which takes the violations.
    private IReadOnlyList<ValidationError> ValidateBuilt<TState>(
        ChartSchema schema,
        HelmJson? built,
        TState state,
        Action<YamlWriter, TState> write,
        List<ValidationError> errors
    )
    {
        var defaults = _defaultsForBuilt.Value;
        if (!defaults.Usable || built is not { Kind: HelmJsonKind.Object } user)
        {
            return Validate(YamlWriter.WriteTree(state, write));
        }

        var violations = new List<SchemaViolation>();
        schema.ValidateConverted(HelmCoalescing.Coalesce(defaults.Json, user), violations, _convertedDefaults.Value.Memo);
        AddViolations(violations, errors);
        return errors;
    }

    // The schema, or null (with the reason in `errors`) when Helm refuses every values file of this chart.
    private ChartSchema? UsableSchema(List<ValidationError> errors)
    {
        // The defaults first: the schema may still be parsing on the thread pool (see the constructor).
        if (_defaults.Value is { Problems.Count: > 0 } broken)
        {
            // A chart whose values.yaml does not parse cannot be installed either; say so rather than guess.
            errors.AddRange(broken.Problems);
            return null;
        }

        if (_schema.Value.Schema is not { } schema)
        {
            // Helm cannot compile such a schema either, and so refuses every values file.
            errors.Add(
                new ValidationError("", $"the chart's values schema cannot be used, so Helm refuses any values: {_schema.Value.Error}")
            );
        }

        return _schema.Value.Schema;
    }

    private static void AddViolations(List<SchemaViolation> violations, List<ValidationError> errors)
    {
        foreach (var violation in violations)
        {
            var node = violation.Node;
            errors.Add(
                new ValidationError(
                    violation.Path,
                    $"{violation.Message} (chart schema: {violation.Keyword})",
                    ValidationSeverity.Error,
                    node?.Line,
                    node?.Column,
                    node?.Source,
                    violation.Keyword
                )
            );
        }
    }

    // The defaults as JSON for coalescing built values (null: the chart has none), usable when coalescing JSON keys is
    // coalescing the tree's keys: the defaults are a mapping that converts cleanly, each key to the JSON key of its own
    // text. Else (never for a chart of ours) built values take the tree, as loaded files do.
    private BuiltDefaults DefaultsForBuilt()
    {
        if (_defaults.Value?.Root is not { } root)
        {
            return new(true, null);
        }

        var converted = _convertedDefaults.Value.Nodes;
        if (root is not YamlSourceMapping || !converted.TryGetValue(root, out var json))
        {
            return new(false, null);
        }

        foreach (var (node, value) in converted)
        {
            if (node is YamlSourceMapping mapping && !KeysAreText(mapping, value))
            {
                return new(false, null);
            }
        }

        return new(true, json);
    }

    private static bool KeysAreText(YamlSourceMapping mapping, HelmJson json)
    {
        // As many properties as keys: no two keys became one.
        if (json.Properties.Length != mapping.Entries.Count)
        {
            return false;
        }

        for (var i = 0; i < mapping.Entries.Count; i++)
        {
            if (json.Properties[i].Name != mapping.Entries[i].Key.Value)
            {
                return false;
            }
        }

        return true;
    }

    // The defaults' JSON, made once and shared by every validation, with the memo of what the schema found valid in it.
    private ConvertedDefaults ConvertDefaults()
    {
        var nodes = YamlToHelmJson.ConvertShared(_defaults.Value?.Root);
        return new(nodes, SchemaMemo.ForSharedTree(nodes.Values));
    }

    private ParsedSchema ParseSchema()
    {
        try
        {
            return new(ChartSchema.Parse(SchemaJson), null);
        }
        catch (FormatException e)
        {
            return new(null, e.Message);
        }
    }

    private void ParseSchemaAhead()
    {
        try
        {
            _ = _schema.Value;
        }
        catch (Exception)
        {
            // The validating thread gets the same exception from the Lazy, which keeps it: a work item that threw would end
            // the process instead.
        }
    }

    private YamlDocument? ParseDefaults() =>
        DefaultsYaml is null ? null : YamlDocumentReader.Read(DefaultsYaml, DefaultsName, _defaultsEvents);

    // The schema, or why Helm cannot compile it.
    private sealed record ParsedSchema(ChartSchema? Schema, string? Error);

    // The defaults' JSON by the YAML node it comes from, and the memo of what the schema found valid in it.
    private sealed record ConvertedDefaults(IReadOnlyDictionary<YamlSourceNode, HelmJson> Nodes, SchemaMemo? Memo);

    // Whether built values can be coalesced with the defaults' JSON (see DefaultsForBuilt), and that JSON.
    private sealed record BuiltDefaults(bool Usable, HelmJson? Json);
}
