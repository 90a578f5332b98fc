using System;
using System.Collections.Generic;
using HelmValues.Generators.Diagnostics;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Parsing;

/// <summary>The MSBuild properties the generator reads, as text → <see cref="GeneratorOptions"/> + diagnostics.</summary>
internal static class OptionsReader
{
    /// <summary>The property the package's targets build from <c>HelmValuesRef</c> items.</summary>
    public const string RefsProperty = "HelmValuesRefs";

    /// <summary>
    /// Reads the options. <paramref name="refs"/> is <c>prefix=target</c> entries joined by <c>|</c> (the package's
    /// <c>_HelmValuesCollectRefs</c> target writes it from <c>&lt;HelmValuesRef Include="prefix" MapTo="target" /&gt;</c>
    /// items). Neither character can be escaped: URLs do not need <c>|</c>, and the split is at the last <c>=</c> because a
    /// URL may hold one but a target (<c>kubernetes</c> or a file name) does not.
    /// </summary>
    public static OptionsResult Read(string? rootNamespace, string? chartsNamespace, string? refs)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var mappings = new List<RefMapping>();
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in (refs ?? "").Split('|'))
        {
            var entry = raw.Trim();
            if (entry.Length == 0)
            {
                continue;
            }

            var equals = entry.LastIndexOf('=');
            var prefix = equals < 0 ? "" : entry.Substring(0, equals).Trim();
            var target = equals < 0 ? "" : entry.Substring(equals + 1).Trim();
            if (prefix.Length == 0 || target.Length == 0)
            {
                diagnostics.Add(
                    DiagnosticInfo.Global(
                        DiagnosticDescriptors.InvalidBuildProperty,
                        RefsProperty,
                        $"'{entry}' is not 'url-prefix=target' (use <HelmValuesRef Include=\"url-prefix\" MapTo=\"kubernetes or a file name\" />)"
                    )
                );
            }
            else if (!prefixes.Add(prefix))
            {
                diagnostics.Add(
                    DiagnosticInfo.Global(
                        DiagnosticDescriptors.InvalidBuildProperty,
                        RefsProperty,
                        $"the prefix '{prefix}' is mapped twice"
                    )
                );
            }
            else
            {
                mappings.Add(new RefMapping(prefix, target));
            }
        }

        // Ordinal order, so the cached options do not depend on the order of the items in the project file.
        mappings.Sort((a, b) => string.CompareOrdinal(a.Prefix, b.Prefix));
        var options = new GeneratorOptions(
            Namespace("RootNamespace", rootNamespace, diagnostics) ?? GeneratorOptions.Default.RootNamespace,
            Namespace("HelmValuesNamespace", chartsNamespace, diagnostics),
            mappings.ToEquatableArray()
        );
        return new OptionsResult(options, diagnostics.ToEquatableArray());
    }

    // Generated types go into this namespace: a value C# cannot declare is reported, and the default used.
    private static string? Namespace(string property, string? value, List<DiagnosticInfo> diagnostics)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value!.Trim();
        if (IdentifierNames.IsNamespace(trimmed))
        {
            return trimmed;
        }

        diagnostics.Add(
            DiagnosticInfo.Global(
                DiagnosticDescriptors.InvalidBuildProperty,
                property,
                $"'{trimmed}' is not a C# namespace (identifiers joined by dots, no keywords); chart types use the default namespace instead"
            )
        );
        return null;
    }
}
