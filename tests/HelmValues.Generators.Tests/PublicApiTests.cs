using System.Reflection;
using HelmValues.Generators.Tests.Infrastructure;
using HelmValues.Testing;
using PublicApiGenerator;

namespace HelmValues.Generators.Tests;

/// <summary>
/// The public API of each shipped assembly, against a checked-in record in <c>PublicApi/</c>: a rename or a new member,
/// hand-written or generated for agent-stack-k8s, shows up in the diff of that file. Change it on purpose with
/// <c>HELMVALUES_UPDATE_EXPECTED=1</c> and review the diff.
/// </summary>
public class PublicApiTests
{
    private static readonly ApiGeneratorOptions Options = new()
    {
        IncludeAssemblyAttributes = false,
        // The version in [GeneratedCode] changes with every release; the API does not.
        ExcludeAttributes = ["System.CodeDom.Compiler.GeneratedCodeAttribute"],
    };

    [Test]
    public void The_runtime_library_has_the_approved_public_api() => Verify(typeof(global::HelmValues.IValuesObject).Assembly);

    [Test]
    public void The_generator_has_the_approved_public_api() => Verify(typeof(HelmValuesGenerator).Assembly);

    // PublicApiGenerator leaves [EditorBrowsable] out of the record, so the hiding of support types is checked here.
    [TestCase(typeof(global::HelmValues.ValuesDocument))]
    [TestCase(typeof(global::HelmValues.Collections.ValueList))]
    [TestCase(typeof(global::HelmValues.Collections.ValueMap))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesBuild))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesCodecs))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesCodec))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesCodec<>))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesYamlWriting))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesYamlReading))]
    [TestCase(typeof(global::HelmValues.Kubernetes.KubernetesValidating))]
    public void Types_only_generated_code_calls_are_hidden_from_users(Type type)
    {
        var attribute = type.GetCustomAttribute<System.ComponentModel.EditorBrowsableAttribute>();

        attribute.ShouldNotBeNull();
        attribute.State.ShouldBe(System.ComponentModel.EditorBrowsableState.Never);
    }

    private static void Verify(Assembly assembly) =>
        ExpectedFiles.VerifyFile(
            Path.Combine(Fixtures.TestProjectDirectory, "PublicApi", assembly.GetName().Name + ".approved.txt"),
            assembly.GeneratePublicApi(Options).ReplaceLineEndings("\n")
        );
}
