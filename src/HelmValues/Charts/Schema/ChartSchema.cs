using System;
using System.Collections.Generic;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>
/// A chart's values schema (<c>values.schema.json</c>), parsed once, immutable and thread-safe, that validates YAML
/// trees with Helm's verdict.
/// </summary>
/// <remarks>
/// <para>
/// What Helm does, and so what this follows (read from the sources, August 2026):
/// <list type="bullet">
/// <item>Helm 3.18+ and 4 validate the chart's defaults coalesced with the user's values against the schema in
/// <c>ValidateAgainstSingleSchema</c> (https://github.com/helm/helm/blob/main/pkg/chart/common/util/jsonschema.go) with
/// github.com/santhosh-tekuri/jsonschema/v6 (v6.0.3 in Helm's go.mod): <c>jsonschema.NewCompiler()</c>, the schema added as
/// <c>file:///values.schema.json</c>, no <c>DefaultDraft</c>, no <c>AssertFormat</c>.</item>
/// <item>So a schema without <c>$schema</c> is draft 2020-12, v6's latest (compiler.go, <c>DefaultDraft</c>: "By default,
/// this library uses the latest draft supported"), and <c>format</c> is asserted for drafts 4, 6 and 7 only (compiler.go,
/// <c>AssertFormat</c>: "for draft-07: enabled. for draft/2019-09: disabled unless..."; objcompiler.go asserts when
/// <c>draftVersion &lt; 2019</c>). Enabling it for every draft is proposed in https://github.com/helm/helm/pull/31937 (open).</item>
/// <item>v6 validates the schema against its draft's meta-schema first, compiles <c>pattern</c> with Go's <c>regexp</c>
/// (RE2), reports a <c>$ref</c> cycle that consumes no data as an error, and compares numbers as <c>big.Rat</c>.</item>
/// <item>The values are what <c>sigs.k8s.io/yaml.Unmarshal</c> makes of the YAML (https://github.com/kubernetes-sigs/yaml,
/// yaml.go): go-yaml v2 (YAML 1.1 scalars; timestamps kept as strings for <c>interface{}</c>, decode.go), keys turned
/// into strings, then <c>encoding/json</c>, which makes every number a float64. See <see cref="YamlToHelmJson"/>.</item>
/// </list>
/// </para>
/// <para>
/// Not done here: the coalescing itself (pass the coalesced tree), the schemas of subcharts (Helm applies each to the
/// subchart's key), and fetching remote <c>$ref</c>s (Helm downloads them; here they must be given to
/// <see cref="Parse(string, IReadOnlyDictionary{string, string})"/>, else they are a <see cref="FormatException"/>).
/// </para>
/// </remarks>
internal sealed class ChartSchema
{
    private readonly SchemaNode _root;
    private readonly bool _usesUnevaluated;

    private ChartSchema(SchemaNode root, SchemaDraft draft, bool usesUnevaluated)
    {
        _root = root;
        Draft = draft;
        _usesUnevaluated = usesUnevaluated;
    }

    /// <summary>The draft the schema is read with.</summary>
    public SchemaDraft Draft { get; }

    /// <summary>
    /// Parses the schema text. Throws <see cref="FormatException"/> with a clear message for text that is not a JSON
    /// schema (an object, or <c>true</c>/<c>false</c>), that its draft's meta-schema refuses (Helm refuses every values
    /// file then), whose regexes Go cannot compile, or that uses a <c>$ref</c> it cannot resolve (remote or file
    /// references, which Helm would download or read).
    /// </summary>
    public static ChartSchema Parse(string json) => Parse(json, new Dictionary<string, string>());

    /// <summary>
    /// Parses the schema text, with the documents its remote <c>$ref</c>s point to (which Helm would download), by
    /// absolute URI without fragment: for a chart that refers to published Kubernetes definitions, the bundled copy.
    /// Each document is checked against its own draft (2020-12 without <c>$schema</c>), as Helm does.
    /// </summary>
    public static ChartSchema Parse(string json, IReadOnlyDictionary<string, string> documents)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(documents);
        var document = SchemaDocument.Load(json, documents);
        var root = SchemaCompiler.Compile(document, out var usesUnevaluated);
        return new ChartSchema(root, document.Draft, usesUnevaluated);
    }

    /// <summary>
    /// Adds a violation for every rule the (coalesced) values break. <paramref name="root"/> null is an empty document,
    /// which Helm sees as <c>{}</c>. No violation means Helm accepts the values.
    /// </summary>
    /// <param name="root">The values.</param>
    /// <param name="violations">Where the violations go.</param>
    /// <param name="shared">Nodes of the tree converted once for all validations (<see cref="YamlToHelmJson.ConvertShared"/>).</param>
    /// <param name="memo">The memo of the <paramref name="shared"/> nodes, if any.</param>
    public void Validate(
        YamlSourceNode? root,
        List<SchemaViolation> violations,
        IReadOnlyDictionary<YamlSourceNode, HelmJson>? shared = null,
        SchemaMemo? memo = null
    )
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (root is not null and not YamlSourceMapping && !IsNull(root))
        {
            // Helm reads values into a map: a list or scalar document fails to load.
            violations.Add(
                new SchemaViolation(
                    "",
                    root,
                    "type",
                    $"must be a mapping at the top level (is {(root is YamlSourceSequence ? "a list" : "a scalar")}): Helm cannot load it"
                )
            );
            return;
        }

        ValidateConverted(YamlToHelmJson.Convert(root is YamlSourceMapping ? root : null, violations, shared), violations, memo);
    }

    /// <summary>Adds a violation for every rule the (coalesced) values, already an object as Helm holds it, break.</summary>
    /// <param name="value">The values.</param>
    /// <param name="violations">Where the violations go.</param>
    /// <param name="memo">
    /// The memo of the shared tree (a chart's defaults) whose nodes <paramref name="value"/> may hold, if any: subtrees of
    /// it already found valid against the same schema nodes are not evaluated again (same verdict, less work).
    /// </param>
    public void ValidateConverted(HelmJson value, List<SchemaViolation> violations, SchemaMemo? memo = null) =>
        SchemaEvaluator.Validate(_root, value, _usesUnevaluated, violations, memo: memo);

    private static bool IsNull(YamlSourceNode node) =>
        node is YamlSourceScalar { IsPlain: true, Tag: null } scalar && Yaml11Scalars.ResolveGoYamlV2(scalar.Value) == YamlScalarKind.Null;
}
