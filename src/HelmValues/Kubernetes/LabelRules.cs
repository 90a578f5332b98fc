using System.Collections.Generic;
using HelmValues.Validation;

namespace HelmValues.Kubernetes;

/// <summary>The API server's rules for label keys and values, wherever labels are written or copied onto an object.</summary>
internal static class LabelRules
{
    /// <summary>Reports each invalid key and value of <paramref name="labels"/>, in ordinal order of key.</summary>
    public static void Check(ValidationContext context, ValuePath path, IEnumerable<KeyValuePair<string, string>> labels)
    {
        var entries = new List<KeyValuePair<string, string>>(labels);
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (key, value) in entries)
        {
            if (KubernetesNames.CheckQualifiedName(key) is { } keyProblem)
            {
                context.AddError(path.Key(key), "the key " + keyProblem);
            }

            if (value is not null && KubernetesNames.CheckLabelValue(value) is { } valueProblem)
            {
                context.AddError(path.Key(key), valueProblem);
            }
        }
    }
}
