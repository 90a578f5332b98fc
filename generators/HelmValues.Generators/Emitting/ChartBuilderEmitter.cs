using HelmValues.Generators.Model;

namespace HelmValues.Generators.Emitting;

/// <summary>Emits the fluent, immutable builder of a generated record.</summary>
/// <remarks>
/// <c>WithoutX()</c> unsets any property. <c>WithX(null)</c> unsets too, except where <c>WithX</c> also takes a configure
/// function: there the call is ambiguous (CS0121), so the docs of those methods name only <c>WithoutX()</c>.
/// k8s.Models values are copied on the way in (the Kubernetes builders' <c>From(value).Build()</c>), so a caller's
/// later change to an object it passed never reaches what was built.
/// The builder wraps one immutable record and every method returns a new builder, so a half-configured
/// builder can be shared and reused. This will produce code as follows:
/// <code>
/// public sealed partial class ConfigBuilder
/// {
///     private readonly Config _value;
///     public ConfigBuilder WithDebug(bool? value) =&gt; new(_value with { Debug = value });
///     public ConfigBuilder WithoutDebug() =&gt; new(_value with { Debug = null });
///     public ConfigBuilder AddTag(string value) =&gt; new(_value with { Tags = global::HelmValues.Collections.ValueList.Append(_value.Tags, value) });
///     public ConfigBuilder WithAgentConfig(global::System.Func&lt;AgentConfigBuilder, AgentConfigBuilder&gt; configure) =&gt; ...;
///     public Config Build() =&gt; _value;
/// }
/// </code>
/// </remarks>
internal static class ChartBuilderEmitter
{
    private const string ValueList = RuntimeNames.ValueList;
    private const string ValueMap = RuntimeNames.ValueMap;
    private const string NullKeys = RuntimeNames.NullKeys;

    public static void Write(SourceWriter writer, ObjectTypeSpec type)
    {
        var builder = type.Name + "Builder";
        writer.WriteLine(
            $"/// <summary>Builds <see cref=\"{type.Name}\"/> fluently. Every method returns a new builder; none changes this one.</summary>"
        );
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public sealed partial class {builder}");
        using (writer.WriteBlock())
        {
            // Records are immutable, so every new builder can start from the one empty record.
            writer.WriteLine($"private static readonly {type.Name} EmptyValue = new();");
            writer.WriteLine();
            writer.WriteLine($"private readonly {type.Name} _value;");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Starts from empty values: nothing set, nothing written.</summary>");
            writer.WriteLine($"public {builder}() : this(EmptyValue) {{ }}");
            writer.WriteLine();
            writer.WriteLine($"private {builder}({type.Name} value) => _value = value;");
            writer.WriteLine();
            writer.WriteLine($"/// <summary>Starts from existing values.</summary>");
            writer.WriteLine($"/// <param name=\"value\">The values to start from.</param>");
            writer.WriteLine($"public static {builder} From({type.Name} value)");
            using (writer.WriteBlock())
            {
                writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(value);");
                writer.WriteLine("return new(value);");
            }

            foreach (var property in type.Properties)
            {
                WriteProperty(writer, builder, property);
            }

            if (type.AdditionalProperties is { } additional)
            {
                var valueType = ChartTypeSyntax.TypeName(additional);
                writer.WriteLine();
                writer.WriteLine("/// <summary>Sets a key the schema does not declare (the object is open).</summary>");
                writer.WriteLine("/// <param name=\"key\">The YAML key.</param>");
                writer.WriteLine("/// <param name=\"value\">Its value.</param>");
                writer.WriteLine($"public {builder} WithAdditionalProperty(string key, {valueType} value)");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(key);");
                    writer.WriteLine(
                        $"return new(_value with {{ {type.AdditionalPropertiesName} = {ValueMap}.Set(_value.{type.AdditionalPropertiesName}, key, {ChartTypeSyntax.Copy(additional, "value")}) }});"
                    );
                }
            }

            writer.WriteLine();
            writer.WriteLine($"/// <summary>The values built so far.</summary>");
            writer.WriteLine($"public {type.Name} Build() => _value;");
        }
    }

    private static void WriteProperty(SourceWriter writer, string builder, PropertySpec property)
    {
        var type = property.Type;
        var typeName = ChartTypeSyntax.TypeName(type);
        var doc = $"<c>{SourceWriter.Escape(property.Key)}</c>";
        var without = $"<see cref=\"Without{property.Name}\"/>";
        writer.WriteLine();
        switch (type.Kind)
        {
            case TypeKind.Array:
                var item = ChartTypeSyntax.TypeName(type.Element!);
                var copiedItems = ChartTypeSyntax.Copy(type.Element!, "x1");
                var items = copiedItems == "x1" ? "values" : $"global::System.Linq.Enumerable.Select(values, static x1 => {copiedItems})";
                writer.WriteLine($"/// <summary>Replaces {doc} with <paramref name=\"values\"/> (null unsets it).</summary>");
                writer.WriteLine("/// <param name=\"values\">The new items, in order.</param>");
                Obsolete(writer, property);
                writer.WriteLine(
                    $"public {builder} With{property.Name}(global::System.Collections.Generic.IEnumerable<{item}>? values) => new(_value with {{ {property.Name} = values is null ? null : {ValueList}.From({items}) }});"
                );
                writer.WriteLine();
                writer.WriteLine($"/// <summary>Appends one item to {doc}.</summary>");
                writer.WriteLine("/// <param name=\"value\">The item.</param>");
                Obsolete(writer, property);
                writer.WriteLine(
                    $"public {builder} Add{property.ItemName}({item} value) => new(_value with {{ {property.Name} = {ValueList}.Append(_value.{property.Name}, {ChartTypeSyntax.Copy(type.Element!, "value")}) }});"
                );
                if (ConfigureBuilder(type.Element!) is { } itemBuilder)
                {
                    writer.WriteLine();
                    writer.WriteLine($"/// <summary>Appends one item to {doc}, built by <paramref name=\"configure\"/>.</summary>");
                    writer.WriteLine("/// <param name=\"configure\">Configures a new item.</param>");
                    Obsolete(writer, property);
                    writer.WriteLine(
                        $"public {builder} Add{property.ItemName}(global::System.Func<{itemBuilder}, {itemBuilder}> configure)"
                    );
                    using (writer.WriteBlock())
                    {
                        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(configure);");
                        writer.WriteLine(
                            $"return new(_value with {{ {property.Name} = {ValueList}.Append(_value.{property.Name}, configure(new {itemBuilder}()).Build()) }});"
                        );
                    }
                }

                break;
            case TypeKind.Map:
                var value = ChartTypeSyntax.TypeName(type.Element!);
                var copiedValue = ChartTypeSyntax.Copy(type.Element!, "x1.Value");
                var entries =
                    copiedValue == "x1.Value"
                        ? "entries"
                        : $"global::System.Linq.Enumerable.Select(entries, static x1 => new global::System.Collections.Generic.KeyValuePair<string, {value}>(x1.Key, {copiedValue}))";
                writer.WriteLine(
                    $"/// <summary>Replaces {doc} with <paramref name=\"entries\"/> (null unsets it). Keys are written in ordinal order.</summary>"
                );
                writer.WriteLine("/// <param name=\"entries\">The new entries.</param>");
                Obsolete(writer, property);
                writer.WriteLine(
                    $"public {builder} With{property.Name}(global::System.Collections.Generic.IEnumerable<global::System.Collections.Generic.KeyValuePair<string, {value}>>? entries) => new(_value with {{ {property.Name} = entries is null ? null : {ValueMap}.From({entries}) }});"
                );
                writer.WriteLine();
                writer.WriteLine($"/// <summary>Sets one entry of {doc}, replacing any entry with the same key.</summary>");
                writer.WriteLine("/// <param name=\"key\">The key.</param>");
                writer.WriteLine("/// <param name=\"value\">The value.</param>");
                Obsolete(writer, property);
                writer.WriteLine($"public {builder} With{property.ItemName}(string key, {value} value)");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(key);");
                    writer.WriteLine(
                        $"return new(_value with {{ {property.Name} = {ValueMap}.Set(_value.{property.Name}, key, {ChartTypeSyntax.Copy(type.Element!, "value")}) }});"
                    );
                }

                break;
            default:
                var copied = ChartTypeSyntax.Copy(type, "value");
                var nested = ConfigureBuilder(type);
                // With a configure overload beside it, WithX(null) does not compile (CS0121): only WithoutX() unsets.
                writer.WriteLine(
                    nested is null
                        ? $"/// <summary>Sets {doc}; null unsets it, as {without} does.</summary>"
                        : $"/// <summary>Sets {doc}; {without} unsets it.</summary>"
                );
                writer.WriteLine(
                    copied == "value"
                        ? "/// <param name=\"value\">The new value.</param>"
                        : "/// <param name=\"value\">The new value, copied: later changes to it do not change what this builder builds.</param>"
                );
                Obsolete(writer, property);
                writer.WriteLine(
                    $"public {builder} With{property.Name}({typeName}? value) => new(_value with {{ {property.Name} = {(copied == "value" ? "value" : $"value is null ? null : {copied}")} }});"
                );
                if (nested is { } nestedBuilder)
                {
                    // An unset value starts from the new builder's empty value: no record or state is allocated for it.
                    var start = $"_value.{property.Name} is null ? new {nestedBuilder}() : {nestedBuilder}.From(_value.{property.Name})";
                    writer.WriteLine();
                    writer.WriteLine(
                        $"/// <summary>Sets {doc} with <paramref name=\"configure\"/>, starting from its current value.</summary>"
                    );
                    writer.WriteLine("/// <param name=\"configure\">Configures the value.</param>");
                    Obsolete(writer, property);
                    writer.WriteLine(
                        $"public {builder} With{property.Name}(global::System.Func<{nestedBuilder}, {nestedBuilder}> configure)"
                    );
                    using (writer.WriteBlock())
                    {
                        writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(configure);");
                        writer.WriteLine($"return new(_value with {{ {property.Name} = configure({start}).Build() }});");
                    }
                }

                break;
        }

        var key = Naming.IdentifierNames.Literal(property.Key);
        writer.WriteLine();
        writer.WriteLine($"/// <summary>Unsets {doc}: it is not written, so the chart's default applies.</summary>");
        Obsolete(writer, property);
        writer.WriteLine(
            $"public {builder} Without{property.Name}() => new(_value with {{ {property.Name} = null, NullKeys = {NullKeys}.Without(_value.NullKeys, {key}) }});"
        );
        writer.WriteLine();
        writer.WriteLine(
            $"/// <summary>Writes {doc} as <c>null</c>, which deletes the chart's default (Helm's coalescing); <see cref=\"Without{property.Name}\"/> keeps the default instead.</summary>"
        );
        Obsolete(writer, property);
        writer.WriteLine(
            $"public {builder} WithNull{property.Name}() => new(_value with {{ {property.Name} = null, NullKeys = {NullKeys}.With(_value.NullKeys, {key}) }});"
        );
    }

    private static void Obsolete(SourceWriter writer, PropertySpec property)
    {
        if (property.Deprecated is not null)
        {
            writer.WriteLine($"[global::System.Obsolete({Naming.IdentifierNames.Literal(property.Deprecated)})]");
        }
    }

    /// <summary>The builder that can configure a value of this type, if there is one.</summary>
    private static string? ConfigureBuilder(TypeRef type) =>
        type.Kind switch
        {
            TypeKind.Object => type.Name + "Builder",
            TypeKind.External when type.Builder.Length > 0 => type.Builder,
            _ => null,
        };
}
