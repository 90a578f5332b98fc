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
/// Helm (3.18 and later, and 4) validates the chart's defaults coalesced with the user's values files against the
/// schema with github.com/santhosh-tekuri/jsonschema/v6 (pkg/chart/common/util/jsonschema.go, <c>ValidateAgainstSingleSchema</c>:
/// <c>jsonschema.NewCompiler()</c>, the schema added as <c>file:///values.schema.json</c>, no <c>DefaultDraft</c> and no
/// <c>AssertFormat</c>). So: a schema without <c>$schema</c> is draft 2020-12 (v6's latest); <c>format</c> is asserted
/// for drafts 4, 6 and 7 and is an annotation for 2019-09 and 2020-12; <c>pattern</c> is a Go (RE2) regex; numbers
/// compare exactly. The values are what Helm's YAML loader (sigs.k8s.io/yaml over go-yaml v2) makes of the YAML:
/// see <see cref="YamlToHelmJson"/>.
/// </para>
/// <para>
/// Not done here: the coalescing itself (pass the coalesced tree), and the schemas of subcharts, which Helm applies to
/// the subchart's key.
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
    public static ChartSchema Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = SchemaDocument.Load(json);
        var root = SchemaCompiler.Compile(document, out var usesUnevaluated);
        return new ChartSchema(root, document.Draft, usesUnevaluated);
    }

    /// <summary>
    /// Adds a violation for every rule the (coalesced) values break. <paramref name="root"/> null is an empty document,
    /// which Helm sees as <c>{}</c>. No violation means Helm accepts the values.
    /// </summary>
    public void Validate(YamlNode? root, List<SchemaViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (root is not null and not YamlMappingNode && !IsNull(root))
        {
            // Helm reads values into a map: a list or scalar document fails to load.
            violations.Add(
                new SchemaViolation(
                    "",
                    root,
                    "type",
                    $"must be a mapping at the top level (is {(root is YamlSequenceNode ? "a list" : "a scalar")}): Helm cannot load it"
                )
            );
            return;
        }

        var value = YamlToHelmJson.Convert(root is YamlMappingNode ? root : null, violations);
        SchemaEvaluator.Validate(_root, value, _usesUnevaluated, violations);
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { IsPlain: true, Tag: null } scalar && Yaml11Scalars.ResolveGoYamlV2(scalar.Value) == YamlScalarKind.Null;
}
