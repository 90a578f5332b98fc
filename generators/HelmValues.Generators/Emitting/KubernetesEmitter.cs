using System.Collections.Generic;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Emitting;

/// <summary>Spec → C# for the Kubernetes builders: one file per builder, with its codec, plus the metadata shortcuts and the codecs' registration.</summary>
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
        var withRules = KubernetesCodecEmitter.TypesWithRules(spec);
        var metaBuilder = spec.Types.FirstOrDefault(t => t.DefinitionName == ObjectMetaDefinition)?.BuilderName;
        foreach (var type in spec.Types)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, Origin, spec.Namespace);
            KubernetesBuilderEmitter.Write(writer, type, metaBuilder is null ? "" : MetadataInterface, withRules);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, type.BuilderName), writer.ToString());
        }

        if (metaBuilder is not null)
        {
            var writer = new SourceWriter();
            GeneratedFile.WriteHeader(writer, Origin, spec.Namespace);
            WriteMetadataShortcuts(writer, metaBuilder);
            yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, MetadataInterface), writer.ToString());
        }

        var registration = new SourceWriter();
        GeneratedFile.WriteHeader(registration, Origin, spec.Namespace);
        WriteRegistration(registration, spec);
        yield return new GeneratedFile(GeneratedFile.HintFor(spec.Namespace, "KubernetesCodecRegistration"), registration.ToString());
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

    // Every codec, in a catalog registered with the runtime when the assembly loads: manifests are written through it by
    // type, and the generated code of charts in other assemblies finds the codecs of the objects their values hold. The
    // catalog makes a codec on its type's first use. It switches on the type's name and makes each codec in a method of its
    // own, so that asking for one type loads that type only (precompiled code resolves the types a method names before the
    // method first runs).
    private static void WriteRegistration(SourceWriter writer, KubernetesSpec spec)
    {
        writer.WriteLine(
            $"/// <summary>Registers the codecs of this namespace's Kubernetes types with <see cref=\"{RuntimeNames.KubernetesCodecs}\"/>.</summary>"
        );
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine("internal static class KubernetesCodecRegistration");
        using (writer.WriteBlock())
        {
            writer.WriteLine("/// <summary>Runs when the assembly loads, before any of its code.</summary>");
            writer.WriteLine("[global::System.Runtime.CompilerServices.ModuleInitializer]");
            writer.WriteLine($"internal static void Register() => {RuntimeNames.KubernetesCodecs}.RegisterCatalog(Create);");
            writer.WriteLine();
            writer.WriteLine(
                "/// <summary>The codec of <paramref name=\"type\"/> when it is one of this namespace's types; null otherwise.</summary>"
            );
            writer.WriteLine($"private static {RuntimeNames.KubernetesCodec}? Create(global::System.Type type) => type.Name switch");
            using (writer.WriteBlock(";"))
            {
                foreach (var type in spec.Types)
                {
                    writer.WriteLine($"{IdentifierNames.Literal(SimpleName(type))} => Make{SimpleName(type)}(type),");
                }

                writer.WriteLine("_ => null,");
            }

            foreach (var type in spec.Types)
            {
                var b = type.BuilderName;
                var kind = type.Kind is null ? "" : $", {IdentifierNames.Literal(type.ApiVersion!)}, {IdentifierNames.Literal(type.Kind)}";
                writer.WriteLine();
                writer.WriteLine(
                    $"private static {RuntimeNames.KubernetesCodec}? Make{SimpleName(type)}(global::System.Type type) => type == typeof({type.ClrType}) ? new {RuntimeNames.KubernetesCodec}<{type.ClrType}>({b}.WriteYaml, {b}.ReadYaml, {b}.ValidateYaml{kind}) : null;"
                );
            }
        }
    }

    // V1Pod for global::k8s.Models.V1Pod: the name Type.Name gives, unique among the namespace's types.
    private static string SimpleName(KubeTypeSpec type) => type.ClrType.Substring(type.ClrType.LastIndexOf('.') + 1);
}
