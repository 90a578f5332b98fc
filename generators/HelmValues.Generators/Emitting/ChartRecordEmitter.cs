using System.Collections.Generic;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Emitting;

/// <summary>Emits one generated record: properties, YAML writer and reader, and validation.</summary>
/// <remarks>
/// This will produce code as follows:
/// <code>
/// public sealed partial record AgentConfig : global::HelmValues.IValuesObject
/// {
///     public string? Endpoint { get; init; }
///     public void WriteYaml(global::HelmValues.Yaml.YamlWriter writer) { writer.BeginMapping(); writer.WriteProperty("endpoint", Endpoint); writer.EndMapping(); }
///     public static AgentConfig ReadYaml(global::HelmValues.Yaml.YamlReader reader, global::HelmValues.Yaml.YamlSourceNode node) { ... }
///     public void Validate(global::HelmValues.Validation.ValidationContext context) { ... }
/// }
/// </code>
/// </remarks>
internal static class ChartRecordEmitter
{
    // Private members generated next to the properties start with a lower-case letter, which no property name does.
    private const string KeysField = "_keys";
    private const string NullKeysField = "_nullKeys";
    private const string NullKeysRuntime = RuntimeNames.NullKeys;

    private const string Hidden =
        "[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]";

    public static void Write(SourceWriter writer, ChartSpec chart, ObjectTypeSpec type)
    {
        var isRoot = type.Name == chart.RootTypeName;
        writer.WriteDoc(
            "summary",
            isRoot
                ? (chart.RootSummary ?? $"Values for the {chart.ChartName} Helm chart (values.yaml).")
                    + (type.Summary is null ? "" : "\n" + type.Summary)
                : type.Summary ?? $"Generated from {type.SchemaPath}."
        );
        var remarks = type.IsClosed ? "Closed: loading YAML with a key not listed here is an error. " : "";
        if (type.Properties.Any(p => p.DefaultJson is not null))
        {
            remarks += "The defaults named on properties come from the chart schema, for reference: Helm never applies schema defaults.";
        }

        writer.WriteDoc("remarks", remarks.Trim());

        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public sealed partial record {type.Name} : {RuntimeNames.ValuesObject}");
        using (writer.WriteBlock())
        {
            foreach (var property in type.Properties)
            {
                WriteProperty(writer, property);
            }

            if (type.AdditionalProperties is { } additional)
            {
                writer.WriteLine(
                    "/// <summary>Keys the schema does not declare, with their values (the object is open). Written after the declared keys.</summary>"
                );
                writer.WriteLine(
                    $"public global::System.Collections.Generic.IReadOnlyDictionary<string, {ChartTypeSyntax.TypeName(additional)}>? {type.AdditionalPropertiesName} {{ get; init; }}"
                );
                writer.WriteLine();
            }

            WriteNullKeys(writer);
            if (isRoot)
            {
                WriteRootMembers(writer, type);
            }

            WriteWriter(writer, type);
            WriteReader(writer, type);
            var validator = new ChartValidatorEmitter();
            validator.WriteValidate(writer, type);
            validator.WritePatternFields(writer);
        }

        writer.WriteLine();
        ChartBuilderEmitter.Write(writer, type);
    }

    private static void WriteProperty(SourceWriter writer, PropertySpec property)
    {
        var key = $"<c>{SourceWriter.Escape(property.Key)}</c>";
        if (property.Summary is { } summary)
        {
            writer.WriteDoc("summary", summary);
        }
        else
        {
            writer.WriteDocLine($"<summary>The {key} value.</summary>");
        }

        var remarks = $"YAML key: {key}.";
        if (property.DefaultJson is { } defaultJson)
        {
            remarks += $" Chart default: <c>{SourceWriter.Escape(defaultJson)}</c>.";
        }

        if (property.Required)
        {
            remarks += " Required.";
        }

        if (property.Reserved is { } reserved)
        {
            remarks += " Reserved: " + SourceWriter.Escape(reserved);
        }

        writer.WriteDocLine($"<remarks>{remarks}</remarks>");
        if (property.Deprecated is { } deprecated)
        {
            writer.WriteLine($"[global::System.Obsolete({IdentifierNames.Literal(deprecated)})]");
        }

        var typeName = ChartTypeSyntax.TypeName(property.Type) + "?";
        if (ChartTypeSyntax.ToValueCollection(property.Type, "value", 1) is { } collection)
        {
            // Whatever list or dictionary is assigned, the record keeps a ValueList or ValueMap copy, so records compare by value.
            var field = BackingField(property);
            writer.WriteLine(
                $"public {typeName} {property.Name} {{ get => {field}; init => {field} = value is null ? null : {collection}; }}"
            );
            writer.WriteLine();
            writer.WriteLine($"private readonly {typeName} {field};");
        }
        else
        {
            writer.WriteLine($"public {typeName} {property.Name} {{ get; init; }}");
        }

        writer.WriteLine();
    }

    private static void WriteNullKeys(SourceWriter writer)
    {
        writer.WriteLine(
            "/// <summary>Keys written as <c>null</c>: in Helm a null deletes the chart's default for its key. Sorted, each once; a key that has a value here is written with its value.</summary>"
        );
        writer.WriteLine(
            $"public global::System.Collections.Generic.IReadOnlyList<string> NullKeys {{ get => {NullKeysField}; init => {NullKeysField} = {NullKeysRuntime}.From(value); }}"
        );
        writer.WriteLine();
        writer.WriteLine(
            $"private readonly global::System.Collections.Generic.IReadOnlyList<string> {NullKeysField} = {NullKeysRuntime}.None;"
        );
        writer.WriteLine();
    }

    // Property names start with an upper-case letter or `_`, so `_` + name never equals another member (`_keys`, `_pattern0`).
    private static string BackingField(PropertySpec property) => "_" + property.Name;

    private static void WriteRootMembers(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine(
            "/// <summary>Writes these values as a values.yaml document: keys in ordinal order, YAML 1.1-safe, LF, final newline.</summary>"
        );
        writer.WriteLine($"public string ToYaml() => {RuntimeNames.ValuesDocument}.ToYaml(this);");
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Checks every rule the schema and the hand-written rules know, and Helm's verdict on these values over the chart's defaults, returning all problems at once.</summary>"
        );
        writer.WriteLine($"public {RuntimeNames.ValidationResult} Validate() => {RuntimeNames.ValuesDocument}.Validate(this, Chart);");
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Loads a values.yaml strictly and validates it as an override of the chart's defaults, returning the values and every problem (never throws for bad input).</summary>"
        );
        writer.WriteLine("/// <param name=\"yaml\">The text of a values.yaml file.</param>");
        writer.WriteLine(
            $"public static {RuntimeNames.ValuesLoadResult}<{type.Name}> Load(string yaml) => {RuntimeNames.ValuesDocument}.Load(yaml, static (reader, node) => ReadYaml(reader, node), Chart);"
        );
        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Loads values files layered as <c>helm -f a.yaml -f b.yaml</c> layers them (later files win) and validates them over the chart's defaults; errors name the file.</summary>"
        );
        writer.WriteLine("/// <param name=\"files\">The values files, first to last.</param>");
        writer.WriteLine(
            $"public static {RuntimeNames.ValuesLoadResult}<{type.Name}> Load(params {RuntimeNames.ValuesFile}[] files) => {RuntimeNames.ValuesDocument}.Load(files, static (reader, node) => ReadYaml(reader, node), Chart);"
        );
        writer.WriteLine();
        writer.WriteLine("/// <summary>Loads a values.yaml strictly and validates it.</summary>");
        writer.WriteLine("/// <param name=\"yaml\">The text of a values.yaml file.</param>");
        writer.WriteLine(
            "/// <exception cref=\"global::HelmValues.Validation.ValidationException\">The file has errors; the exception lists all of them.</exception>"
        );
        // Called as a static method: an extension call needs `using HelmValues;`, which user namespaces do not have.
        writer.WriteLine($"public static {type.Name} FromYaml(string yaml) => {RuntimeNames.ValuesDocument}.GetValueOrThrow(Load(yaml));");
        writer.WriteLine();
    }

    /// <summary>The root record's <c>Chart</c>: the chart's schema and defaults, in a file of their own (they are long).</summary>
    public static void WriteChart(SourceWriter writer, ChartSpec chart)
    {
        writer.WriteLine($"public sealed partial record {chart.RootTypeName}");
        using (writer.WriteBlock())
        {
            writer.WriteLine(
                "/// <summary>The chart as Helm sees it: its values schema (self-contained) and default values, which <see cref=\"Load(string)\"/> and <see cref=\"Validate()\"/> judge values against.</summary>"
            );
            writer.WriteLine(
                $"public static {RuntimeNames.HelmChart} Chart {{ get; }} = new({IdentifierNames.Literal(chart.ChartName)}, _schemaJson, {(chart.DefaultsYaml is null ? "null" : "_defaultsYaml")}, {(chart.StrictSchemaJson is null ? "null" : "_strictSchemaJson")}, {(chart.DefaultsEvents is null ? "null" : "_defaultsEvents")});"
            );
            writer.WriteLine();
            writer.WriteLine($"private const string _schemaJson = {IdentifierNames.Literal(chart.SchemaJson)};");
            if (chart.StrictSchemaJson is { } strict)
            {
                writer.WriteLine();
                writer.WriteLine($"private const string _strictSchemaJson = {IdentifierNames.Literal(strict)};");
            }

            if (chart.DefaultsYaml is { } defaults)
            {
                writer.WriteLine();
                writer.WriteLine($"private const string _defaultsYaml = {IdentifierNames.Literal(defaults)};");
            }

            if (chart.DefaultsEvents is { } events)
            {
                writer.WriteLine();
                writer.WriteLine($"private const string _defaultsEvents = {IdentifierNames.Literal(events)};");
            }
        }
    }

    private static void WriteWriter(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine("/// <summary>Writes these values as a YAML mapping.</summary>");
        writer.WriteLine("/// <param name=\"writer\">The writer.</param>");
        writer.WriteLine(Hidden);
        writer.WriteLine($"public void WriteYaml({RuntimeNames.YamlWriter} writer)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(writer);");
            if (type.Properties.Count > 0)
            {
                // Most properties of a record are unset and few records list null keys: an unset property costs a test,
                // not a call (this runs twice per document, for Helm's verdict and for the text).
                writer.WriteLine($"var listsNulls = {NullKeysField}.Count != 0;");
            }

            writer.WriteLine("writer.BeginMapping();");
            foreach (var property in type.Properties)
            {
                writer.WriteLine($"if ({property.Name} is not null)");
                using (writer.WriteBlock())
                {
                    writer.WriteLine(WriteStatement(property));
                }

                writer.WriteLine("else if (listsNulls)");
                using (writer.WriteBlock())
                {
                    writer.WriteLine($"writer.WriteListedNull({NullKeysField}, {IdentifierNames.Literal(property.Key)}, isUnset: true);");
                }

                writer.WriteLine();
            }

            if (type.AdditionalProperties is { } additional)
            {
                writer.WriteLine($"writer.WriteEntries({type.AdditionalPropertiesName}, {ChartTypeSyntax.WriteLambda(additional, 1)});");
                writer.WriteLine($"writer.WriteListedNulls({NullKeysField}, {KeysField}, {type.AdditionalPropertiesName});");
            }
            else
            {
                writer.WriteLine($"writer.WriteListedNulls({NullKeysField}, {KeysField});");
            }

            writer.WriteLine("writer.EndMapping();");
        }

        writer.WriteLine();
    }

    private static string WriteStatement(PropertySpec property)
    {
        var key = IdentifierNames.Literal(property.Key);
        return property.Type.Kind switch
        {
            TypeKind.String or TypeKind.Boolean or TypeKind.Integer or TypeKind.Long or TypeKind.Number =>
                $"writer.WriteProperty({key}, {property.Name});",
            TypeKind.Duration => $"writer.WriteDurationProperty({key}, {property.Name});",
            TypeKind.Enum or TypeKind.StringOrNumber =>
                $"writer.WriteValueProperty({key}, {property.Name}, {ChartTypeSyntax.WriteLambda(property.Type, 1)});",
            _ => $"writer.WriteProperty({key}, {property.Name}, {ChartTypeSyntax.WriteLambda(property.Type, 1)});",
        };
    }

    private static void WriteReader(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine(
            "/// <summary>Reads these values from a YAML mapping, reporting every problem to <paramref name=\"reader\"/>.</summary>"
        );
        writer.WriteLine("/// <param name=\"reader\">Collects problems with their paths and positions.</param>");
        writer.WriteLine("/// <param name=\"node\">The mapping to read.</param>");
        writer.WriteLine(Hidden);
        writer.WriteLine($"public static {type.Name} ReadYaml({RuntimeNames.YamlReader} reader, {RuntimeNames.YamlSourceNode} node)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(reader);");
            var locals = type
                .Properties.Select((p, i) => (Property: p, Local: "value" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))
                .ToList();
            foreach (var (property, local) in locals)
            {
                writer.WriteLine($"{ChartTypeSyntax.TypeName(property.Type)}? {local} = default;");
            }

            if (type.AdditionalProperties is { } additional)
            {
                writer.WriteLine(
                    $"global::System.Collections.Generic.Dictionary<string, {ChartTypeSyntax.TypeName(additional)}>? additional = null;"
                );
            }

            writer.WriteLine("global::System.Collections.Generic.List<string>? nulls = null;");
            writer.WriteLine($"foreach (var entry in reader.ReadMapping(node, {KeysField}))");
            using (writer.WriteBlock())
            {
                // A null is kept apart from "not set": written back, it deletes the chart's default as it did here.
                writer.WriteLine($"if ({RuntimeNames.YamlReader}.IsNull(entry.Value))");
                using (writer.WriteBlock())
                {
                    writer.WriteLine("(nulls ??= new()).Add(entry.Key);");
                    writer.WriteLine("continue;");
                }

                // An object with no keys of its own (`additionalProperties: false` alone) has nothing to switch on.
                if (locals.Count > 0 || type.AdditionalProperties is not null)
                {
                    writer.WriteLine();
                    writer.WriteLine("switch (entry.Key)");
                    using (writer.WriteBlock())
                    {
                        foreach (var (property, local) in locals)
                        {
                            writer.WriteLine($"case {IdentifierNames.Literal(property.Key)}:");
                            writer.WriteLine($"    {local} = {ChartTypeSyntax.ReadExpression(property.Type, "reader", "entry.Value", 1)};");
                            writer.WriteLine("    break;");
                        }

                        if (type.AdditionalProperties is { } extra)
                        {
                            var read = ChartTypeSyntax.ReadExpression(extra, "reader", "entry.Value", 1);
                            writer.WriteLine("default:");
                            writer.WriteLine($"    if ({read} is {{ }} extra)");
                            writer.WriteLine("    {");
                            writer.WriteLine("        (additional ??= new(global::System.StringComparer.Ordinal))[entry.Key] = extra;");
                            writer.WriteLine("    }");
                            writer.WriteLine();
                            writer.WriteLine("    break;");
                        }
                    }
                }
            }

            writer.WriteLine();
            writer.WriteLine($"return new {type.Name}");
            using (writer.WriteBlock(";"))
            {
                foreach (var (property, local) in locals)
                {
                    writer.WriteLine($"{property.Name} = {local},");
                }

                if (type.AdditionalProperties is not null)
                {
                    writer.WriteLine(
                        $"{type.AdditionalPropertiesName} = additional is null ? null : {RuntimeNames.ValueMap}.From(additional),"
                    );
                }

                writer.WriteLine($"NullKeys = {NullKeysRuntime}.From(nulls),");
            }
        }

        writer.WriteLine();
        WriteKeySet(writer, type);
    }

    private static void WriteKeySet(SourceWriter writer, ObjectTypeSpec type)
    {
        var known = string.Join(", ", type.Properties.Select(p => IdentifierNames.Literal(p.Key)));
        writer.WriteLine($"private static readonly {RuntimeNames.YamlKeySet} {KeysField} = new(");
        writer.WriteLine($"    new string[] {{ {known} }},");
        writer.WriteLine($"    isClosed: {(type.IsClosed ? "true" : "false")},");
        writer.WriteLine($"    removed: {Notes(type.Removed)},");
        var options = new List<string> { $"misplaced: {Notes(type.Misplaced)}" };
        if (type.KeyCase is { } keyCase)
        {
            options.Add($"keyCase: {RuntimeNames.YamlKeyCase}.{keyCase}");
        }

        if (type.UnknownKeysIgnored)
        {
            options.Add("unknownKeysIgnored: true");
        }

        for (var i = 0; i < options.Count; i++)
        {
            writer.WriteLine($"    {options[i]}{(i == options.Count - 1 ? ");" : ",")}");
        }

        writer.WriteLine();
    }

    private static string Notes(EquatableArray<KeyNote> notes)
    {
        if (notes.Count == 0)
        {
            return "null";
        }

        var entries = notes.Select(n => $"[{IdentifierNames.Literal(n.Key)}] = {IdentifierNames.Literal(n.Note)}");
        return $"new global::System.Collections.Generic.Dictionary<string, string> {{ {string.Join(", ", entries)} }}";
    }
}
