using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace HelmValues.Kubernetes;

/// <summary>
/// The rules of one Kubernetes definition that its <c>k8s.Models</c> type does not carry: which fields are
/// required and which values an enum field allows. Generated from the bundled definitions.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KubernetesTypeRules
{
    /// <summary>Creates the rules of one type.</summary>
    /// <param name="required">JSON names of the required fields.</param>
    /// <param name="enums">JSON name → the allowed values, for enum fields.</param>
    public KubernetesTypeRules(string[] required, IReadOnlyDictionary<string, string[]>? enums)
    {
        ArgumentNullException.ThrowIfNull(required);
        Required = required;
        Enums = enums ?? new Dictionary<string, string[]>();
    }

    /// <summary>JSON names of the required fields.</summary>
    public IReadOnlyList<string> Required { get; }

    /// <summary>JSON name → the allowed values, for enum fields.</summary>
    public IReadOnlyDictionary<string, string[]> Enums { get; }
}
