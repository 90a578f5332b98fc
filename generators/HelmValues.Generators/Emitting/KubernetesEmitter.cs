using System.Collections.Generic;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Emitting;

/// <summary>Spec → C# for the Kubernetes builders: one file per builder, plus the metadata shortcuts and the schema rules table.</summary>
internal static class KubernetesEmitter
{
    private const string ObjectMetaDefinition = "io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta";
    private const string MetadataInterface = "IHasObjectMeta";

    public static void Emit(SourceProductionContext context, KubernetesSpec? spec)
    {
        if (spec is null)
        {
            return;
        }

        foreach (var file in Render(spec))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            context.AddSource(file.HintName, file.Text);
        }
    }

    public static IEnumerable<GeneratedFile> Render(KubernetesSpec spec)
    {
        const string Origin = "the Kubernetes definitions";
        var metaBuilder = spec.Types.FirstOrDefault(t => t.DefinitionName == ObjectMetaDefinition)?.BuilderName;
        foreach (var type in spec.Types)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, Origin, spec.Namespace);
            KubernetesBuilderEmitter.Write(writer, type, metaBuilder is null ? "" : MetadataInterface);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, type.BuilderName), writer.ToString());
        }

        if (metaBuilder is not null)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, Origin, spec.Namespace);
            WriteMetadataShortcuts(writer, metaBuilder);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, MetadataInterface), writer.ToString());
        }

        var rules = new SourceWriter();
        GeneratedFile.WriteHeader(rules, Origin, spec.Namespace);
        WriteRules(rules, spec);
        yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, "KubernetesSchemaRules"), rules.ToString());
    }

    // The shortcuts every object with metadata shares, on a marker interface (as Aspire does) rather than copied into each builder.
    private static void WriteMetadataShortcuts(SourceWriter writer, string metaBuilder)
    {
        writer.WriteLine("/// <summary>A builder of an object with <c>metadata</c>: name, namespace, labels and annotations.</summary>");
        writer.WriteLine("/// <typeparam name=\"TBuilder\">The builder itself, returned by every method.</typeparam>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public interface {MetadataInterface}<TBuilder>");
        writer.WriteLine($"    where TBuilder : {MetadataInterface}<TBuilder>");
        using (writer.WriteBlock())
        {
            writer.WriteLine(
                "/// <summary>Sets <c>metadata</c> with <paramref name=\"configure\"/>, starting from its current value.</summary>"
            );
            writer.WriteLine("/// <param name=\"configure\">Configures the metadata.</param>");
            writer.WriteLine($"TBuilder WithMetadata(global::System.Func<{metaBuilder}, {metaBuilder}> configure);");
        }

        writer.WriteLine();
        writer.WriteLine($"/// <summary>Metadata shortcuts for every <see cref=\"{MetadataInterface}{{TBuilder}}\"/> builder.</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("public static class ObjectMetaShortcuts");
        using (writer.WriteBlock())
        {
            WriteShortcut(writer, "WithName", "string name", "metadata.name", "m => m.WithName(name)", "name");
            WriteShortcut(
                writer,
                "WithNamespace",
                "string @namespace",
                "metadata.namespace",
                "m => m.WithNamespace(@namespace)",
                "@namespace"
            );
            WriteShortcut(
                writer,
                "WithLabel",
                "string key, string value",
                "one entry of metadata.labels",
                "m => m.WithLabel(key, value)",
                "key",
                "value"
            );
            WriteShortcut(
                writer,
                "WithAnnotation",
                "string key, string value",
                "one entry of metadata.annotations",
                "m => m.WithAnnotation(key, value)",
                "key",
                "value"
            );
        }
    }

    private static void WriteShortcut(
        SourceWriter writer,
        string method,
        string parameters,
        string what,
        string configure,
        params string[] checkedParameters
    )
    {
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Sets {what}.</summary>");
        writer.WriteLine("/// <typeparam name=\"TBuilder\">The builder.</typeparam>");
        writer.WriteLine("/// <param name=\"builder\">The builder.</param>");
        foreach (var parameter in parameters.Split(','))
        {
            var name = parameter.Trim().Split(' ')[1];
            writer.WriteLine($"/// <param name=\"{name.TrimStart('@')}\">The value.</param>");
        }

        writer.WriteLine($"public static TBuilder {method}<TBuilder>(this TBuilder builder, {parameters})");
        writer.WriteLine($"    where TBuilder : {MetadataInterface}<TBuilder>");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(builder);");
            foreach (var parameter in checkedParameters)
            {
                writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({parameter});");
            }

            writer.WriteLine($"return builder.WithMetadata({configure});");
        }
    }

    // Required fields and enums from the definitions, for validating k8s.Models objects (which do not carry them).
    private static void WriteRules(SourceWriter writer, KubernetesSpec spec)
    {
        writer.WriteLine(
            "/// <summary>The rules of the Kubernetes definitions that the k8s.Models types do not carry: required fields and allowed values.</summary>"
        );
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("internal static class KubernetesSchemaRules");
        using (writer.WriteBlock())
        {
            writer.WriteLine("/// <summary>Model type → (JSON name → allowed values) and required JSON names.</summary>");
            writer.WriteLine(
                "public static readonly global::System.Collections.Generic.IReadOnlyDictionary<global::System.Type, global::HelmValues.Kubernetes.KubernetesTypeRules> ByType ="
            );
            writer.WriteLine(
                "    new global::System.Collections.Generic.Dictionary<global::System.Type, global::HelmValues.Kubernetes.KubernetesTypeRules>"
            );
            writer.WriteLine("    {");
            foreach (var type in spec.Types.OrderBy(t => t.ClrType, System.StringComparer.Ordinal))
            {
                var required = type
                    .Properties.Where(p => p.Required && !(type.Kind is not null && p.JsonName is "apiVersion" or "kind"))
                    .Select(p => IdentifierNames.Literal(p.JsonName))
                    .ToList();
                var enums = type.Properties.Where(p => p.Enum.Count > 0).ToList();
                if (required.Count == 0 && enums.Count == 0)
                {
                    continue;
                }

                var enumText =
                    enums.Count == 0
                        ? "null"
                        : "new global::System.Collections.Generic.Dictionary<string, string[]> { "
                            + string.Join(
                                ", ",
                                enums.Select(p =>
                                    $"[{IdentifierNames.Literal(p.JsonName)}] = new[] {{ {string.Join(", ", p.Enum.Select(IdentifierNames.Literal))} }}"
                                )
                            )
                            + " }";
                var requiredText =
                    required.Count == 0 ? "global::System.Array.Empty<string>()" : $"new[] {{ {string.Join(", ", required)} }}";
                writer.WriteLine($"        [typeof({type.ClrType})] = new({requiredText}, {enumText}),");
            }

            writer.WriteLine("    };");
        }
    }
}
