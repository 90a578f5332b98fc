using HelmValues.Generators.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Tests;

/// <summary>
/// The External Secrets CRDs, typed by the generator as the library bundles them: each CRD's <c>openAPIV3Schema</c> (derived
/// as a <c>*.values.schema.json</c>) with our overlay, its <c>metadata</c> resolved to Kubernetes' ObjectMeta.
/// </summary>
public class CustomResourceTests
{
    private static readonly string[] Charts = ["externalsecret-v1", "secretstore-v1", "ecrauthorizationtoken-v1alpha1"];

    private static readonly Lazy<GeneratorRunResult> Result = new(() =>
    {
        var files = Charts
            .SelectMany(c => new[] { Fixtures.Bundled(c + ".values.schema.json"), Fixtures.Bundled(c + ".values.overlay.json") })
            .Append(Fixtures.Bundled("kubernetes-v1.35.0.definitions.json"))
            .ToArray();
        // HelmValues.dll holds these types already (CS0436 is expected only there); the output must still compile cleanly.
        return GeneratorHarness
            .RunAndCompile(
                GeneratorHarness.Driver(files.Select(f => (AdditionalText)new InMemoryAdditionalText(f.Path, f.Text))),
                GeneratorHarness.ProductCompilation()
            )
            .GetRunResult()
            .Results.Single();
    });

    [Test]
    public void The_crd_schemas_generate_without_diagnostics_and_compile()
    {
        Result.Value.Diagnostics.ShouldBeEmpty();
        Result.Value.Exception.ShouldBeNull();
    }

    [TestCase("HelmValues.ExternalSecrets.ExternalSecretV1", "ExternalSecret")]
    [TestCase("HelmValues.ExternalSecrets.SecretStoreV1", "SecretStore")]
    [TestCase("HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1", "ECRAuthorizationToken")]
    public void Each_kind_gets_a_record_and_a_builder_with_metadata_as_object_meta(string ns, string kind)
    {
        var root = Source($"{ns}.{kind}.g.cs");

        root.ShouldContain($"namespace {ns};");
        root.ShouldContain($"public sealed partial record {kind} : global::HelmValues.IValuesObject");
        root.ShouldContain($"public sealed partial class {kind}Builder");
        root.ShouldContain("public global::k8s.Models.V1ObjectMeta? Metadata { get; init; }");
        root.ShouldContain(
            $"public {kind}Builder WithSpec(global::System.Func<global::{ns}.SpecBuilder, global::{ns}.SpecBuilder> configure)"
        );
        root.ShouldNotContain("Status");
        Source($"{ns}.{kind}.Chart.g.cs").ShouldContain("openAPIV3Schema");
    }

    [Test]
    public void The_overlay_summary_documents_the_root_record_as_a_custom_resource_not_chart_values()
    {
        var root = Source("HelmValues.ExternalSecrets.ExternalSecretV1.ExternalSecret.g.cs");

        root.ShouldContain(
            "/// The External Secrets ExternalSecret custom resource (external-secrets.io/v1), typed from its CRD's schema.\n/// ExternalSecret is the Schema for the external-secrets API."
        );
        root.ShouldNotContain("Helm chart");
    }

    [Test]
    public void The_builders_the_recipes_use_exist()
    {
        Source("HelmValues.ExternalSecrets.ExternalSecretV1.Template.g.cs")
            .ShouldContain("public TemplateBuilder WithData(string key, string value)");
        Source("HelmValues.ExternalSecrets.ExternalSecretV1.DataFromItemSourceRefGeneratorRef.g.cs")
            .ShouldContain("WithKind(global::HelmValues.ExternalSecrets.ExternalSecretV1.DataFromItemSourceRefGeneratorRefKind? value)");
        Source("HelmValues.ExternalSecrets.SecretStoreV1.Aws.g.cs")
            .ShouldContain("WithService(global::HelmValues.ExternalSecrets.SecretStoreV1.Service? value)");
        Source("HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1.Jwt.g.cs").ShouldContain("WithServiceAccountRef(");
    }

    [Test]
    public void Only_the_aws_provider_of_the_secret_store_is_typed()
    {
        Source("HelmValues.ExternalSecrets.SecretStoreV1.Provider.g.cs").ShouldContain("Aws? Aws { get; init; }");
        Result.Value.GeneratedSources.ShouldNotContain(s => s.HintName.Contains("Vault", StringComparison.Ordinal));
    }

    private static string Source(string hintName) =>
        Result.Value.GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();
}
