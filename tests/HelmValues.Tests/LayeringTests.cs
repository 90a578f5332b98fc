using System.Text.RegularExpressions;
using HelmValues.Testing;

namespace HelmValues.Tests;

/// <summary>
/// Dependencies point one way (STYLE 23): the generic layers know nothing of the agent stack, Buildkite pipelines, AWS or ECR,
/// and the AWS layer nothing of the recipes that use it. Read from the sources, one folder per namespace.
/// </summary>
public partial class LayeringTests
{
    private static readonly string[] Recipes = ["AgentStackK8s", "Stack", "Ecr", "Pipelines", "Kubelet"];

    public static IEnumerable<TestCaseData> Rules =>
        [
            .. new[] { "Yaml", "Validation", "Output", "Collections", "Manifests", "Kubernetes" }.Select(layer =>
                new TestCaseData(layer, (string[])[.. Recipes, "Aws", "ExternalSecrets"]).SetArgDisplayNames(layer)
            ),
            // The External Secrets objects typed from their CRDs are generic too: the recipes use them, never the reverse.
            new TestCaseData("ExternalSecrets", (string[])[.. Recipes, "Aws"]).SetArgDisplayNames("ExternalSecrets"),
            new TestCaseData("Aws", (string[])[.. Recipes, "Output"]).SetArgDisplayNames("Aws"),
        ];

    [TestCaseSource(nameof(Rules))]
    public void A_layer_uses_no_namespace_above_it(string layer, string[] forbidden)
    {
        var offences = Directory
            .GetFiles(Repository.PathOf("src", "HelmValues", layer), "*.cs")
            .SelectMany(file =>
                NamespaceReference()
                    .Matches(File.ReadAllText(file))
                    .Select(m => m.Groups["ns"].Value)
                    .Where(forbidden.Contains)
                    .Distinct()
                    .Select(ns => $"{Path.GetFileName(file)} uses HelmValues.{ns}")
            )
            .ToList();

        offences.ShouldBeEmpty();
    }

    [Test]
    public void The_check_sees_a_reference()
    {
        NamespaceReference().Match("using HelmValues.Ecr;").Groups["ns"].Value.ShouldBe("Ecr");
        NamespaceReference().Match("x is global::HelmValues.Aws.EcrAccess").Groups["ns"].Value.ShouldBe("Aws");
    }

    [GeneratedRegex(@"\bHelmValues\.(?<ns>[A-Za-z0-9]+)\b")]
    private static partial Regex NamespaceReference();
}
