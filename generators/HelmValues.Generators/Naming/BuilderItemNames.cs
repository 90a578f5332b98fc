using HelmValues.Generators.Model;

namespace HelmValues.Generators.Naming;

/// <summary>
/// Names of the builder methods that take one item or entry (<c>AddTag</c>, <c>WithLabel(key, value)</c>), unique per
/// record: two lists <c>tags</c> and <c>tag</c> would both want <c>AddTag</c>, two maps <c>labels</c> and <c>label</c>
/// <c>WithLabel(key, value)</c>, and an open record already has <c>WithAdditionalProperty(key, value)</c>.
/// </summary>
internal sealed class BuilderItemNames
{
    private readonly UniqueNames _add = new();
    private readonly UniqueNames _withEntry;

    public BuilderItemNames(bool closed) => _withEntry = new UniqueNames(closed ? null : new[] { "AdditionalProperty" });

    /// <summary>The item name of a property: for lists and maps its singular (<c>Tags</c> → <c>Tag</c>), numbered on a clash.</summary>
    public string Take(string name, TypeRef type) =>
        type.Kind switch
        {
            TypeKind.Array => _add.Take(IdentifierNames.Singularize(name)),
            TypeKind.Map => _withEntry.Take(IdentifierNames.Singularize(name)),
            _ => name,
        };
}
