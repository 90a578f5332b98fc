using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using HelmValues.Testing;
using HelmValues.Tests.Yaml;

namespace HelmValues.Tests.ExternalSecrets;

/// <summary>
/// The External Secrets CRDs vendored in <c>src/HelmValues/Schemas/external-secrets/</c>, and the converter that derives the
/// generator's input from them: the <c>openAPIV3Schema</c> of one served version, as JSON, written as a
/// <c>*.values.schema.json</c> beside the other bundled schemas. Deterministic: the CRD's key order, 2-space indentation, LF.
/// </summary>
public static class CustomResourceDefinitions
{
    /// <summary>The External Secrets release the CRDs come from (tag v2.9.0), as recorded in THIRD-PARTY-NOTICES.md.</summary>
    public const string Commit = "378bdb622ed9712ef4a58370f6a17af033b7d343";

    public static readonly Crd ExternalSecret = new(
        "external-secrets.io_externalsecrets.yaml",
        "v1",
        "externalsecret-v1.values.schema.json",
        Keep: []
    );

    // Only the AWS provider is kept: the others (about 90% of the CRD) are for stores HelmValues has no recipe for, and
    // would add hundreds of types nobody builds. spec.provider is open, so a store of another provider is not refused.
    public static readonly Crd SecretStore = new(
        "external-secrets.io_secretstores.yaml",
        "v1",
        "secretstore-v1.values.schema.json",
        Keep: [("/properties/spec/properties/provider/properties", ["aws"])]
    );

    public static readonly Crd EcrAuthorizationToken = new(
        "generators.external-secrets.io_ecrauthorizationtokens.yaml",
        "v1alpha1",
        "ecrauthorizationtoken-v1alpha1.values.schema.json",
        Keep: []
    );

    public static IEnumerable<Crd> All => [ExternalSecret, SecretStore, EcrAuthorizationToken];

    /// <summary>The openAPIV3Schema of <paramref name="crd"/>'s version, whole, as the API server has it.</summary>
    public static JsonObject Schema(Crd crd)
    {
        var document = YamlJson.ToJson(File.ReadAllText(Repository.PathOf("src", "HelmValues", "Schemas", "external-secrets", crd.File)));
        var version = document!["spec"]!["versions"]!.AsArray().Single(v => (string?)v!["name"] == crd.Version)!;
        ((bool?)version["served"]).ShouldBe(true, $"{crd.File} {crd.Version} must be served");
        return version["schema"]!["openAPIV3Schema"]!.AsObject();
    }

    /// <summary>The derived file's text: the schema with the pruning of <see cref="Crd.Keep"/> and a <c>$comment</c> naming the source.</summary>
    public static string Derive(Crd crd)
    {
        var schema = Schema(crd);
        foreach (var (pointer, names) in crd.Keep)
        {
            var properties = Resolve(schema, pointer);
            foreach (var name in properties.Select(p => p.Key).Where(n => !names.Contains(n)).ToList())
            {
                properties.Remove(name);
            }
        }

        var pruned =
            crd.Keep.Length == 0
                ? ""
                : $"; pruned to {string.Join(", ", crd.Keep.Select(k => k.Pointer + ": " + string.Join(", ", k.Names)))}";
        var root = new JsonObject
        {
            ["$comment"] =
                $"Derived from external-secrets/external-secrets {crd.File} at commit {Commit} (Apache-2.0): spec.versions[{crd.Version}].schema.openAPIV3Schema{pruned}. Do not edit: regenerate with HELMVALUES_UPDATE_EXPECTED=1 dotnet test tests/HelmValues.Tests --filter FullyQualifiedName~CustomResourceSchemaTests.",
        };
        foreach (var (key, value) in schema.ToList())
        {
            schema.Remove(key);
            root[key] = value;
        }

        var options = new JsonWriterOptions
        {
            Indented = true,
            NewLine = "\n",
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            root.WriteTo(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string DerivedPath(Crd crd) => Repository.PathOf("src", "HelmValues", "Schemas", crd.Derived);

    private static JsonObject Resolve(JsonObject schema, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(schema, (node, key) => node[key]!.AsObject());

    /// <summary>One CRD: its vendored file, the version typed, the derived file, and which properties to keep where.</summary>
    public sealed record Crd(string File, string Version, string Derived, (string Pointer, string[] Names)[] Keep);
}
