using System.Collections.Generic;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Emitting;

/// <summary>Emits the immutable builder of one Kubernetes definition.</summary>
/// <remarks>
/// This will produce code as follows:
/// <code>
/// public sealed partial class ContainerBuilder
/// {
///     private readonly BuilderState _state;
///     public ContainerBuilder WithName(string? value) { return new(_state with { Name = value }); }
///     public ContainerBuilder AddEnv(global::System.Func&lt;EnvVarBuilder, EnvVarBuilder&gt; configure) { ... }
///     public static ContainerBuilder From(global::k8s.Models.V1Container value) { ... }
///     public global::k8s.Models.V1Container Build() =&gt; new() { Name = _state.Name, Env = ... };
///     private sealed record BuilderState { public string? Name { get; init; } public IReadOnlyList&lt;EnvVarBuilder&gt;? Env { get; init; } … }
/// }
/// </code>
/// Every method returns a new builder around a copy made with <c>with</c>, as chart builders do with their values record;
/// the state holds only immutable values and builders, so builders can be shared.
/// </remarks>
internal static class KubernetesBuilderEmitter
{
    private const string ValueList = RuntimeNames.ValueList;
    private const string ValueMap = RuntimeNames.ValueMap;
    private const string State = "BuilderState";

    public static void Write(SourceWriter writer, KubeTypeSpec type, string metadataInterface, HashSet<string> withRules)
    {
        var builder = type.BuilderName;
        var properties = type.Properties.Where(p => !IsFixed(type, p)).ToList();
        writer.WriteDocLine($"<summary>Builds <see cref=\"{type.ClrType}\"/> (<c>{type.DefinitionName}</c>).</summary>");
        writer.WriteDoc("remarks", type.Summary);
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        var interfaces = type.HasObjectMeta && metadataInterface.Length > 0 ? $" : {metadataInterface}<{builder}>" : "";
        writer.WriteLine($"public sealed partial class {builder}{interfaces}");
        using (writer.WriteBlock())
        {
            // The state is immutable, so every new builder can start from the one empty state.
            writer.WriteLine($"private static readonly {State} EmptyState = new();");
            writer.WriteLine();
            writer.WriteLine($"private readonly {State} _state;");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Starts with nothing set.</summary>");
            writer.WriteLine($"public {builder}() : this(EmptyState) {{ }}");
            writer.WriteLine();
            writer.WriteLine($"private {builder}({State} state) => _state = state;");
            foreach (var property in properties)
            {
                WriteMethods(writer, builder, property);
            }

            WriteFrom(writer, type, properties);
            WriteBuild(writer, type, properties);
            KubernetesCodecEmitter.Write(writer, type, withRules);
            WriteState(writer, properties);
        }
    }

    // apiVersion and kind are fixed by the kind itself.
    private static bool IsFixed(KubeTypeSpec type, KubePropertySpec property) =>
        type.Kind is not null && property.JsonName is "apiVersion" or "kind";

    private static void WriteMethods(SourceWriter writer, string builder, KubePropertySpec property)
    {
        var field = Field(property);
        var type = property.Type;
        var about = $"<c>{SourceWriter.Escape(property.JsonName)}</c>";
        writer.WriteLine();
        switch (type.Kind)
        {
            case TypeKind.Array:
                var item = KubernetesTypeSyntax.ParameterType(type.Element!);
                WriteSummary(writer, $"Replaces {about} (null unsets it).", property.Summary);
                writer.WriteLine("/// <param name=\"values\">The new items, in order.</param>");
                writer.WriteLine(
                    $"public {builder} With{property.MemberName}(global::System.Collections.Generic.IEnumerable<{KubernetesTypeSyntax.ModelType(type.Element!)}>? values)"
                );
                WriteBody(writer, $"values is null ? null : {KubernetesTypeSyntax.ToField(type, "values", 1)}", property.MemberName);
                writer.WriteLine();
                WriteSummary(writer, $"Appends one item to {about}.", null);
                writer.WriteLine("/// <param name=\"value\">The item.</param>");
                writer.WriteLine($"public {builder} Add{property.ItemName}({item} value)");
                WriteBody(
                    writer,
                    $"{ValueList}.Append({field}, {KubernetesTypeSyntax.ToField(type.Element!, "value", 1)})",
                    property.MemberName,
                    checkNull: "value"
                );
                if (type.Element!.Kind == TypeKind.External)
                {
                    var itemBuilder = type.Element.Builder;
                    writer.WriteLine();
                    WriteSummary(writer, $"Appends one item to {about}, built by <paramref name=\"configure\"/>.", null);
                    writer.WriteLine("/// <param name=\"configure\">Configures a new item.</param>");
                    writer.WriteLine(
                        $"public {builder} Add{property.ItemName}(global::System.Func<{itemBuilder}, {itemBuilder}> configure)"
                    );
                    WriteBody(
                        writer,
                        $"{ValueList}.Append({field}, configure(new {itemBuilder}()))",
                        property.MemberName,
                        checkNull: "configure"
                    );
                }

                break;
            case TypeKind.Map:
                var value = KubernetesTypeSyntax.ParameterType(type.Element!);
                WriteSummary(writer, $"Replaces {about} (null unsets it). Keys are written in ordinal order.", property.Summary);
                writer.WriteLine("/// <param name=\"entries\">The new entries.</param>");
                writer.WriteLine(
                    $"public {builder} With{property.MemberName}(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, {KubernetesTypeSyntax.ModelType(type.Element!)}>>? entries)"
                );
                WriteBody(writer, $"entries is null ? null : {KubernetesTypeSyntax.ToField(type, "entries", 1)}", property.MemberName);
                writer.WriteLine();
                WriteSummary(writer, $"Sets one entry of {about}, replacing any entry with the same key.", null);
                writer.WriteLine("/// <param name=\"key\">The key.</param>");
                writer.WriteLine("/// <param name=\"value\">The value.</param>");
                writer.WriteLine($"public {builder} With{property.ItemName}(string key, {value} value)");
                WriteBody(
                    writer,
                    $"{ValueMap}.Set({field}, key, {KubernetesTypeSyntax.ToField(type.Element!, "value", 1)})",
                    property.MemberName,
                    checkNull: "key",
                    checkNull2: type.Element!.IsModelValueType ? null : "value"
                );
                break;
            case TypeKind.External:
                // WithX(null) would be ambiguous with the configure overload (CS0121): WithoutX() unsets.
                WriteSummary(writer, $"Sets {about}; <see cref=\"Without{property.MemberName}\"/> unsets it.", property.Summary);
                writer.WriteLine("/// <param name=\"value\">The new value, copied.</param>");
                writer.WriteLine($"public {builder} With{property.MemberName}({type.Name}? value)");
                WriteBody(writer, $"value is null ? null : {type.Builder}.From(value)", property.MemberName);
                writer.WriteLine();
                WriteSummary(writer, $"Sets {about} with <paramref name=\"configure\"/>, starting from its current value.", null);
                writer.WriteLine("/// <param name=\"configure\">Configures the value.</param>");
                writer.WriteLine(
                    $"public {builder} With{property.MemberName}(global::System.Func<{type.Builder}, {type.Builder}> configure)"
                );
                WriteBody(writer, $"configure({field} ?? new {type.Builder}())", property.MemberName, checkNull: "configure");
                break;
            default:
                var parameter = KubernetesTypeSyntax.ModelType(type);
                parameter = parameter.EndsWith("?", System.StringComparison.Ordinal) ? parameter : parameter + "?";
                WriteSummary(writer, $"Sets {about} (null unsets it).", property.Summary);
                writer.WriteLine("/// <param name=\"value\">The new value.</param>");
                writer.WriteLine($"public {builder} With{property.MemberName}({parameter} value)");
                var stored = KubernetesTypeSyntax.IsPlainValue(type)
                    ? "value"
                    : $"value is null ? null : {KubernetesTypeSyntax.ToField(type, "value", 1)}";
                WriteBody(writer, stored, property.MemberName);
                break;
        }

        writer.WriteLine();
        WriteSummary(writer, $"Unsets {about}: it is not written.", null);
        writer.WriteLine($"public {builder} Without{property.MemberName}()");
        WriteBody(writer, "null", property.MemberName);
    }

    private static void WriteFrom(SourceWriter writer, KubeTypeSpec type, System.Collections.Generic.List<KubePropertySpec> properties)
    {
        writer.WriteLine();
        writer.WriteLine(
            $"/// <summary>A builder holding a copy of <paramref name=\"value\"/>; later changes to either do not affect the other.</summary>"
        );
        writer.WriteLine("/// <param name=\"value\">The object to copy.</param>");
        writer.WriteLine($"public static {type.BuilderName} From({type.ClrType} value)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
            writer.WriteLine($"return new(new {State}");
            using (writer.WriteBlock(");"))
            {
                foreach (var property in properties)
                {
                    var source = "value." + property.ClrName;
                    var converted =
                        property.Type.NonNullable || KubernetesTypeSyntax.IsPlainValue(property.Type)
                            ? source
                            : $"{source} is null ? null : {KubernetesTypeSyntax.ToField(property.Type, source, 1)}";
                    writer.WriteLine($"{property.MemberName} = {converted},");
                }
            }
        }
    }

    private static void WriteBuild(SourceWriter writer, KubeTypeSpec type, System.Collections.Generic.List<KubePropertySpec> properties)
    {
        writer.WriteLine();
        writer.WriteLine(
            $"/// <summary>A new <see cref=\"{type.ClrType}\"/> with what was set; each call returns a fresh object graph.</summary>"
        );
        writer.WriteLine($"public {type.ClrType} Build() => new()");
        using (writer.WriteBlock(";"))
        {
            if (type.Kind is not null)
            {
                writer.WriteLine($"ApiVersion = {IdentifierNames.Literal(type.ApiVersion!)},");
                writer.WriteLine($"Kind = {IdentifierNames.Literal(type.Kind)},");
            }

            foreach (var property in properties)
            {
                var field = Field(property);
                string value;
                if (property.Type.NonNullable)
                {
                    value = $"{field} ?? default({KubernetesTypeSyntax.ModelType(property.Type, nullable: false)})";
                }
                else if (KubernetesTypeSyntax.IsPlainValue(property.Type))
                {
                    value = field;
                }
                else
                {
                    value = $"{field} is null ? null : {KubernetesTypeSyntax.ToModel(property.Type, field, 1)}";
                }

                writer.WriteLine($"{property.ClrName} = {value},");
            }
        }
    }

    private static void WriteBody(SourceWriter writer, string value, string member, string? checkNull = null, string? checkNull2 = null)
    {
        using (writer.WriteBlock())
        {
            if (checkNull is not null)
            {
                writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({checkNull});");
            }

            if (checkNull2 is not null)
            {
                writer.WriteLine($"global::System.ArgumentNullException.ThrowIfNull({checkNull2});");
            }

            writer.WriteLine($"return new(_state with {{ {member} = {value} }});");
        }
    }

    private static void WriteSummary(SourceWriter writer, string summaryXml, string? description)
    {
        writer.WriteDocLine($"<summary>{summaryXml}</summary>");
        writer.WriteDoc("remarks", description);
    }

    // What the builder's methods read; they write it with `with` (see WriteBody).
    private static string Field(KubePropertySpec property) => "_state." + property.MemberName;

    // What was set, immutable: every method copies it with `with` and wraps the copy, as chart builders do with their
    // values record. Nested objects are builders and collections read-only, so nothing in it can change.
    private static void WriteState(SourceWriter writer, List<KubePropertySpec> properties)
    {
        writer.WriteLine();
        writer.WriteLine("/// <summary>What was set: immutable, copied with <c>with</c> by every method.</summary>");
        writer.WriteLine($"private sealed record {State}");
        using (writer.WriteBlock())
        {
            foreach (var property in properties)
            {
                writer.WriteLine($"public {KubernetesTypeSyntax.FieldType(property.Type)}? {property.MemberName} {{ get; init; }}");
            }
        }
    }
}
