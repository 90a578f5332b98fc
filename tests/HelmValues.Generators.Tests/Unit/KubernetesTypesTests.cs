using System.Reflection;
using System.Text.Json.Serialization;
using System.Threading;
using HelmValues.Generators.Json;
using HelmValues.Generators.Parsing;
using HelmValues.Generators.Tests.Infrastructure;
using k8s.Models;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>The naming rules for k8s.Models, checked against the real KubernetesClient assembly.</summary>
public class KubernetesTypesTests
{
    private static readonly Dictionary<string, Type> ModelTypes = typeof(V1PodSpec)
        .Assembly.GetTypes()
        .Where(t => t.Namespace == "k8s.Models" && t.IsPublic)
        .ToDictionary(t => "global::k8s.Models." + t.Name);

    [TestCase("io.k8s.api.core.v1.PodSpec", "global::k8s.Models.V1PodSpec")]
    [TestCase("io.k8s.api.rbac.v1.Subject", "global::k8s.Models.Rbacv1Subject")]
    [TestCase("io.k8s.api.core.v1.ResourceClaim", "global::k8s.Models.Corev1ResourceClaim")]
    [TestCase("io.k8s.api.batch.v1.CronJob", "global::k8s.Models.V1CronJob")]
    [TestCase("io.k8s.apimachinery.pkg.api.resource.Quantity", "global::k8s.Models.ResourceQuantity")]
    [TestCase("io.k8s.apimachinery.pkg.apis.meta.v1.Time", "global::System.DateTime")]
    public void Definition_names_map_to_model_types(string definition, string clrType) => AllClrTypes()[definition].ShouldBe(clrType);

    [Test]
    public void Every_type_in_the_builder_closure_exists_with_every_property()
    {
        var result = GeneratorHarness.Product;
        var builders = result
            .GeneratedSources.Select(s => s.HintName)
            .Where(h => h.EndsWith("Builder.g.cs", StringComparison.Ordinal))
            .ToList();
        var index = BundledKinds();

        builders.Count.ShouldBeGreaterThan(100);
        foreach (var type in index.Kubernetes!.Types)
        {
            ModelTypes.ShouldContainKey(type.ClrType, type.DefinitionName);
            var properties = ModelTypes[type.ClrType]
                .GetProperties()
                .ToDictionary(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name);
            foreach (var property in type.Properties)
            {
                properties.ShouldContainKey(property.JsonName, $"{type.ClrType}.{property.JsonName}");
                properties[property.JsonName].Name.ShouldBe(property.ClrName, $"{type.ClrType}.{property.JsonName}");
            }
        }
    }

    // The codecs follow the v1.35 definitions and the kinds file. The models also have fields of a newer API (a v1.35 API
    // server refuses them) and the fields the API server sets (ManifestValidator refuses them): the codecs neither write
    // nor read them. This list changes only on purpose.
    [Test]
    public void The_model_fields_the_definitions_lack_are_the_known_few()
    {
        var index = BundledKinds();

        var modelOnly = index
            .Kubernetes!.Types.SelectMany(type =>
                ModelTypes[type.ClrType]
                    .GetProperties()
                    .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name)
                    .Where(name => type.Properties.All(p => p.JsonName != name) && !(type.Kind is not null && name == "status"))
                    .Select(name => type.DefinitionName.Substring(type.DefinitionName.LastIndexOf('.') + 1) + "." + name)
            )
            .Order(StringComparer.Ordinal)
            .ToList();

        modelOnly.ShouldBe([
            "ClusterTrustBundleProjection.user",
            "ConfigMapVolumeSource.defaultUser",
            "DownwardAPIVolumeFile.user",
            "DownwardAPIVolumeSource.defaultUser",
            "EmptyDirVolumeSource.mode",
            "GRPCAction.mode",
            "HTTPGetAction.protocol",
            "JobSpec.scheduling",
            "KeyToPath.user",
            "ObjectMeta.creationTimestamp",
            "ObjectMeta.deletionGracePeriodSeconds",
            "ObjectMeta.deletionTimestamp",
            "ObjectMeta.generation",
            "ObjectMeta.managedFields",
            "ObjectMeta.resourceVersion",
            "ObjectMeta.selfLink",
            "ObjectMeta.uid",
            "PodCertificateProjection.user",
            "PodSpec.evictionResponders",
            "PodSpec.schedulingGroup",
            "ProjectedVolumeSource.defaultUser",
            "SecretVolumeSource.defaultUser",
            "ServiceAccountTokenProjection.user",
            "VolumeMount.bindMountOptions",
        ]);
    }

    [Test]
    public void Most_definitions_exist_in_the_model_assembly()
    {
        var missing = AllClrTypes()
            .Values.Where(t => t.StartsWith("global::k8s.Models.", StringComparison.Ordinal) && !ModelTypes.ContainsKey(t))
            .ToList();

        // KubernetesClient 21.0.8 follows a newer API than v1.35.0: a few alpha/beta types moved. None is in our closure.
        missing.Count.ShouldBeLessThan(60);
    }

    private static Dictionary<string, string> AllClrTypes()
    {
        var root = (JsonObject)JsonParser.Parse("d.json", Fixtures.Bundled("kubernetes-v1.35.0.definitions.json").Text).Root!;
        return KubernetesTypes.ClrTypes(((JsonObject)root["definitions"]!).Properties.Select(p => p.Name).ToList());
    }

    // The bundled definitions and kinds, parsed as the generator parses them.
    private static Generators.Model.DefinitionsResult BundledKinds() =>
        DefinitionsParser.Parse(
            new Generators.Model.InputFile(
                "/schemas/kubernetes-v1.35.0.definitions.json",
                Generators.Model.InputKind.Definitions,
                Fixtures.Bundled("kubernetes-v1.35.0.definitions.json").Text
            ),
            new Generators.Model.EquatableArray<Generators.Model.InputFile>([
                new("/schemas/kubernetes.kinds.json", Generators.Model.InputKind.Kinds, Fixtures.Bundled("kubernetes.kinds.json").Text),
            ]),
            CancellationToken.None
        );
}
