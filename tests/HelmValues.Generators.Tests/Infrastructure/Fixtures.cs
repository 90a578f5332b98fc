using HelmValues.Testing;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>Finds the shared fixture files and the real bundled schemas in the source tree.</summary>
internal static class Fixtures
{
    public static string RepositoryRoot => Repository.Root;

    public static string TestProjectDirectory => Path.Combine(RepositoryRoot, "tests", "HelmValues.Generators.Tests");

    /// <summary>A fixture from <c>tests/Fixtures</c>, with a stable path (diagnostic messages contain it).</summary>
    public static (string Path, string Text) File(string name) =>
        ("/fixtures/" + name, System.IO.File.ReadAllText(Path.Combine(RepositoryRoot, "tests", "Fixtures", name)));

    /// <summary>A bundled schema from <c>src/HelmValues/Schemas</c>.</summary>
    public static (string Path, string Text) Bundled(string name) =>
        ("/schemas/" + name, System.IO.File.ReadAllText(Path.Combine(RepositoryRoot, "src", "HelmValues", "Schemas", name)));

    public static (string Path, string Text)[] Shop =>
        [File("shop.values.schema.json"), File("shop.values.overlay.json"), File("mini.definitions.json"), File("mini.kinds.json")];

    /// <summary>A user's chart shaped like real ones (root <c>$ref</c>, <c>$defs</c>, dotted names, closed objects), no overlay.</summary>
    public static (string Path, string Text)[] Webapp => [File("webapp.values.schema.json"), File("mini.definitions.json")];

    public static (string Path, string Text)[] AgentStack =>
        [
            Bundled("agent-stack-k8s.values.schema.json"),
            Bundled("agent-stack-k8s.values.overlay.json"),
            Bundled("kubernetes-v1.35.0.definitions.json"),
            Bundled("kubernetes.kinds.json"),
        ];
}
