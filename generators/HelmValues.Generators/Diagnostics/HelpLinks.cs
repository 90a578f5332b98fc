namespace HelmValues.Generators.Diagnostics;

/// <summary>Help links of diagnostics: each ID's entry in the README's diagnostics table (an anchor named like the ID).</summary>
internal static class HelpLinks
{
    public static string For(string id) => GeneratorVersion.ReadmeUrl + "#" + id.ToLowerInvariant();
}
