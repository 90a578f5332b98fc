using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Emitting;

/// <summary>Emits a C# enum for a string enum, and its companion that maps members to their YAML spelling.</summary>
internal static class ChartEnumEmitter
{
    public static void Write(SourceWriter writer, EnumSpec spec)
    {
        writer.WriteDoc("summary", spec.Summary ?? $"The allowed values of {spec.Name}.");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public enum {spec.Name}");
        using (writer.WriteBlock())
        {
            foreach (var member in spec.Members)
            {
                writer.WriteDocLine($"<summary><c>{SourceWriter.Escape(member.Value)}</c></summary>");
                writer.WriteLine(member.Name + ",");
            }
        }

        writer.WriteLine();
        writer.WriteLine($"/// <summary>The YAML spelling of each <see cref=\"{spec.Name}\"/> member.</summary>");
        writer.WriteLine(GeneratedFile.GeneratedCodeAttribute);
        writer.WriteLine($"public static class {spec.Name}Yaml");
        using (writer.WriteBlock())
        {
            writer.WriteLine("/// <summary>Every member with its spelling, in declaration order.</summary>");
            writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
            writer.WriteLine(
                $"public static readonly global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, {spec.Name}>> Members ="
            );
            writer.WriteLine($"    new global::System.Collections.Generic.KeyValuePair<string, {spec.Name}>[]");
            writer.WriteLine("    {");
            foreach (var member in spec.Members)
            {
                writer.WriteLine($"        new({IdentifierNames.Literal(member.Value)}, {spec.Name}.{member.Name}),");
            }

            writer.WriteLine("    };");
            writer.WriteLine();
            writer.WriteLine("/// <summary>The value as it is written in YAML.</summary>");
            writer.WriteLine("/// <param name=\"value\">The member.</param>");
            writer.WriteLine($"public static string ToYamlString(this {spec.Name} value) =>");
            writer.WriteLine("    value switch");
            writer.WriteLine("    {");
            foreach (var member in spec.Members)
            {
                writer.WriteLine($"        {spec.Name}.{member.Name} => {IdentifierNames.Literal(member.Value)},");
            }

            writer.WriteLine("        _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),");
            writer.WriteLine("    };");
        }
    }
}
