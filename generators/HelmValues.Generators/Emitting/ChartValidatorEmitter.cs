using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using HelmValues.Generators.Model;
using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Emitting;

/// <summary>Emits a record's <c>Validate</c> method from the schema's constraints.</summary>
/// <remarks>
/// This will produce code as follows:
/// <code>
/// public void Validate(global::HelmValues.Validation.ValidationContext context)
/// {
///     context.ValidateValueProperty("prometheus-port", PrometheusPort, static (c1, v1) =&gt; c1.CheckRange(v1, minimum: 0d, maximum: 65535d));
///     context.ValidateProperty("agent-config", AgentConfig, static (c1, v1) =&gt; v1.Validate(c1));
///     ValidateRules(context);
/// }
/// </code>
/// </remarks>
internal sealed class ChartValidatorEmitter
{
    private readonly List<string> _patterns = new();

    /// <summary>
    /// The regular expressions the validator uses: each made on its first use (a method, and the field it fills), since
    /// most belong to properties that a given values file leaves unset, and parsing a pattern costs more than checking it.
    /// </summary>
    public void WritePatternFields(SourceWriter writer)
    {
        const string Regex = "global::System.Text.RegularExpressions.Regex";
        for (var i = 0; i < _patterns.Count; i++)
        {
            writer.WriteLine();
            writer.WriteLine($"private static {Regex}? {PatternMethod(i)}Regex;");
            writer.WriteLine();
            writer.WriteLine(
                $"private static {Regex} {PatternMethod(i)}() => {PatternMethod(i)}Regex ??= new({IdentifierNames.Literal(_patterns[i])}, global::System.Text.RegularExpressions.RegexOptions.CultureInvariant);"
            );
        }
    }

    public void WriteValidate(SourceWriter writer, ObjectTypeSpec type)
    {
        writer.WriteLine(
            "/// <summary>Checks the schema's rules on these values and everything inside them, adding each problem to <paramref name=\"context\"/>.</summary>"
        );
        writer.WriteLine("/// <param name=\"context\">Collects problems with their paths.</param>");
        writer.WriteLine("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.WriteLine($"public void Validate({RuntimeNames.ValidationContext} context)");
        using (writer.WriteBlock())
        {
            writer.WriteLine("global::System.ArgumentNullException.ThrowIfNull(context);");
            foreach (var property in type.Properties)
            {
                var key = IdentifierNames.Literal(property.Key);
                if (property.Deprecated is { } deprecated)
                {
                    writer.WriteLine($"context.WarnIfSet({key}, {property.Name} is not null, {IdentifierNames.Literal(deprecated)});");
                }

                if (property.Reserved is { } reserved)
                {
                    writer.WriteLine($"context.WarnIfSet({key}, {property.Name} is not null, {IdentifierNames.Literal(reserved)});");
                }

                if (ValidateLambda(property.Type, 1) is { } lambda)
                {
                    var method = property.Type.IsValueType ? "ValidateValueProperty" : "ValidateProperty";
                    writer.WriteLine($"context.{method}({key}, {property.Name}, {lambda});");
                }
            }

            if (type.AdditionalProperties is { } additional && ValidateLambda(additional, 1) is { } additionalLambda)
            {
                writer.WriteLine($"context.ValidateEntries({type.AdditionalPropertiesName}, {additionalLambda});");
            }

            foreach (var group in type.Constraints?.ForbiddenKeyGroups ?? EquatableArray<KeyGroup>.Empty)
            {
                var keys = string.Join(", ", group.Keys.Select(IdentifierNames.Literal));
                var present = string.Join(", ", group.Keys.Select(k => Presence(type, k)));
                writer.WriteLine($"context.CheckNotAllSet(new[] {{ {keys} }}, new[] {{ {present} }});");
            }

            writer.WriteLine("ValidateRules(context);");
        }

        writer.WriteLine();
        writer.WriteLine(
            "/// <summary>Rules the schema cannot express, implemented by hand in a partial declaration of this record.</summary>"
        );
        writer.WriteLine($"partial void ValidateRules({RuntimeNames.ValidationContext} context);");
    }

    private static string Presence(ObjectTypeSpec type, string key)
    {
        foreach (var property in type.Properties)
        {
            if (property.Key == key)
            {
                return property.Name + " is not null";
            }
        }

        return type.AdditionalProperties is null
            ? "false"
            : $"{type.AdditionalPropertiesName}?.ContainsKey({IdentifierNames.Literal(key)}) == true";
    }

    /// <summary>A lambda checking one value, or null when nothing about it needs checking.</summary>
    private string? ValidateLambda(TypeRef type, int depth)
    {
        var c = "c" + depth.ToString(CultureInfo.InvariantCulture);
        var v = "v" + depth.ToString(CultureInfo.InvariantCulture);
        var checks = new List<string>();
        var constraints = type.Constraints;
        switch (type.Kind)
        {
            case TypeKind.Integer or TypeKind.Long or TypeKind.Number when constraints is not null:
                var bounds = new[]
                {
                    Bound("minimum", constraints.Minimum),
                    Bound("maximum", constraints.Maximum),
                    Bound("exclusiveMinimum", constraints.ExclusiveMinimum),
                    Bound("exclusiveMaximum", constraints.ExclusiveMaximum),
                }.Where(b => b is not null);
                if (bounds.Any())
                {
                    checks.Add($"{c}.CheckRange({v}, {string.Join(", ", bounds)})");
                }

                break;
            case TypeKind.String when constraints is not null:
                if (constraints.MinLength is not null || constraints.MaxLength is not null)
                {
                    checks.Add($"{c}.CheckLength({v}, {Count(constraints.MinLength)}, {Count(constraints.MaxLength)})");
                }

                if (constraints.Pattern is { } pattern)
                {
                    checks.Add($"{c}.CheckPattern({v}, {PatternMethod(Pattern(pattern))}())");
                }

                if (constraints.Format == "quantity")
                {
                    checks.Add($"{c}.CheckQuantity({v})");
                }

                break;
            case TypeKind.StringOrNumber when constraints?.Format == "quantity":
                checks.Add($"{c}.CheckQuantity({v})");
                break;
            case TypeKind.Array:
                if (constraints is not null && (constraints.MinItems is not null || constraints.MaxItems is not null))
                {
                    checks.Add($"{c}.CheckCount({v}.Count, {Count(constraints.MinItems)}, {Count(constraints.MaxItems)})");
                }

                if (ValidateLambda(type.Element!, depth + 1) is { } items)
                {
                    checks.Add($"{c}.ValidateItems({v}, {items})");
                }

                break;
            case TypeKind.Map:
                foreach (var group in constraints?.ForbiddenKeyGroups ?? EquatableArray<KeyGroup>.Empty)
                {
                    checks.Add($"{c}.CheckForbiddenKeys({v}, {string.Join(", ", group.Keys.Select(IdentifierNames.Literal))})");
                }

                if (ValidateLambda(type.Element!, depth + 1) is { } entries)
                {
                    checks.Add($"{c}.ValidateEntries({v}, {entries})");
                }

                break;
            case TypeKind.Object:
                checks.Add($"{v}.Validate({c})");
                break;
            case TypeKind.External:
                checks.Add(
                    $"{ChartTypeSyntax.KubernetesCodec(type)}.{(type.Builder.Length > 0 ? "ValidateYaml" : "Validate")}({c}, {v}{ChartTypeSyntax.Patch(type)})"
                );
                break;
        }

        return checks.Count switch
        {
            0 => null,
            1 => $"static ({c}, {v}) => {checks[0]}",
            _ => $"static ({c}, {v}) => {{ {string.Join("; ", checks)}; }}",
        };
    }

    private int Pattern(string pattern)
    {
        var index = _patterns.IndexOf(pattern);
        if (index >= 0)
        {
            return index;
        }

        _patterns.Add(pattern);
        return _patterns.Count - 1;
    }

    // Lower case first, like every private member generated next to properties: no property name starts that way.
    private static string PatternMethod(int index) => "_pattern" + index.ToString(CultureInfo.InvariantCulture);

    private static string? Bound(string name, string? json) => json is null ? null : $"{name}: {json}d";

    private static string Count(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? "null";
}
