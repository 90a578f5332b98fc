using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues;

/// <summary>A generated values record: it can write itself as YAML and check its rules.</summary>
/// <remarks>Implemented by generated code; you do not implement it yourself.</remarks>
public interface IValuesObject
{
    /// <summary>Writes the object as a YAML mapping, keys in ordinal order.</summary>
    /// <param name="writer">The writer.</param>
    void WriteYaml(YamlWriter writer);

    /// <summary>Adds every broken rule of the object and everything inside it to <paramref name="context"/>.</summary>
    /// <param name="context">Collects the problems with their paths.</param>
    void Validate(ValidationContext context);
}
