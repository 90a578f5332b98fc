using HelmValues.Generators.Diagnostics;

namespace HelmValues.Generators.Model;

/// <summary>The output of reading one Kubernetes definitions file (and the kinds file naming it, if any).</summary>
/// <remarks>Cached by the incremental pipeline: keep it immutable and value-equal.</remarks>
/// <param name="Index">Every definition and its C# type, for resolving chart refs.</param>
/// <param name="Kubernetes">The builders to generate, when a kinds file asks for them.</param>
/// <param name="Diagnostics">What went wrong.</param>
internal sealed record DefinitionsResult(DefinitionsIndex Index, KubernetesSpec? Kubernetes, EquatableArray<DiagnosticInfo> Diagnostics);
