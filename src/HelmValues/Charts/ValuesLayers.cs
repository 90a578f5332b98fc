using System;
using System.Collections.Generic;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Charts;

/// <summary>Parses the user's values files and merges them in order, as <c>helm -f a.yaml -f b.yaml</c> does.</summary>
internal static class ValuesLayers
{
    /// <summary>
    /// The merged values of <paramref name="files"/>, or null when any file does not parse; every parse error of every
    /// file is added to <paramref name="errors"/>, named by its file when <paramref name="named"/> (text given without a
    /// file name, as to <c>Load(string)</c>, is not).
    /// </summary>
    public static YamlSourceNode? Parse(IReadOnlyList<ValuesFile> files, bool named, List<ValidationError> errors)
    {
        if (files.Count == 0)
        {
            throw new ArgumentException("Give at least one values file.", nameof(files));
        }

        var roots = new List<YamlSourceNode>(files.Count);
        var failed = false;
        foreach (var file in files)
        {
            ArgumentNullException.ThrowIfNull(file, nameof(files));
            var document = YamlDocumentReader.Read(file.Yaml, named ? file.Name : null);
            errors.AddRange(document.Problems);
            if (document.Root is null || document.Problems.Count > 0)
            {
                failed = true;
            }
            else
            {
                roots.Add(document.Root);
            }
        }

        return failed ? null : HelmCoalescing.MergeLayers(roots);
    }
}
