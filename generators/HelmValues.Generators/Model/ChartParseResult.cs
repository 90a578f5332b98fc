using HelmValues.Generators.Diagnostics;

namespace HelmValues.Generators.Model;

/// <summary>The output of parsing one chart: a spec (null when the schema is unusable) and its diagnostics.</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
internal sealed record ChartParseResult(string SchemaPath, ChartSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
