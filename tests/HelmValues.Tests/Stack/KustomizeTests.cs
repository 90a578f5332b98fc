using System.Diagnostics;
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Manifests;
using HelmValues.Output;
using HelmValues.Stack;
using YamlDotNet.RepresentationModel;

namespace HelmValues.Tests.Stack;

/// <summary>
/// manifests/kustomization.yaml, built by its real consumer: <c>kubectl kustomize</c> (what Flux and Argo CD run) must give
/// back exactly the objects written beside it.
/// </summary>
public class KustomizeTests
{
    private static readonly IamRoleArn Role = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");

    public static IEnumerable<TestCaseData> Stacks =>
        [
            new TestCaseData(EcrQuickstart.QuickstartStack.Create()).SetArgDisplayNames("quickstart"),
            new TestCaseData(
                new AgentStackBuilder("buildkite")
                    .UseExistingAgentTokenSecret("buildkite-agent-token")
                    .WithIamPolicies(
                        new EksCluster(
                            "buildkite",
                            EksOidcIssuer.Parse("https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE")
                        )
                    )
                    .UsePodIdentityForJobPods("buildkite-agent", Role)
                    .Build()
            ).SetArgDisplayNames("pod-identity"),
            new TestCaseData(ExternalSecrets.ExternalSecretsRecipeTests.Stack()).SetArgDisplayNames("external-secrets"),
        ];

    [Test]
    public void The_kustomization_lists_each_file_once_in_ordinal_order_and_refuses_a_null_one()
    {
        Kustomization
            .ToYaml(["b.yaml", "a.yaml", "B.yaml", "a.yaml", "true"])
            .ShouldBe(
                "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - B.yaml\n  - a.yaml\n  - b.yaml\n  - \"true\"\n"
            );
        Should.Throw<ArgumentNullException>(() => Kustomization.ToYaml(["a.yaml", null!]));
    }

    [TestCaseSource(nameof(Stacks))]
    public void Kubectl_kustomize_builds_the_objects_that_were_written(AgentStack stack)
    {
        var directory = Path.Combine(Path.GetTempPath(), "helmvalues-kustomize-" + Guid.NewGuid().ToString("N"));
        try
        {
            OutputWriter.Write(stack.ToOutput(), directory);
            var manifests = Path.Combine(directory, "manifests");

            var built = Objects(Kustomize(manifests));
            var written = Directory
                .GetFiles(manifests, "*.yaml")
                .Where(f => Path.GetFileName(f) != "kustomization.yaml")
                .SelectMany(f => Objects(File.ReadAllText(f)));

            built.Count.ShouldBe(stack.Manifests.Count + stack.Resources.Count);
            built.Order(StringComparer.Ordinal).ShouldBe(written.Order(StringComparer.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static string Kustomize(string directory)
    {
        var start = new ProcessStartInfo("kubectl", ["kustomize", directory])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        process.ExitCode.ShouldBe(0, error);
        return output.Result;
    }

    // Each object in a canonical form (keys sorted, scalars with their tag-free value), so the comparison ignores layout
    // and quoting, which kustomize chooses itself, and nothing else.
    private static List<string> Objects(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return stream.Documents.Where(d => d.RootNode is YamlMappingNode).Select(d => Canonical(d.RootNode)).ToList();
    }

    private static string Canonical(YamlNode node) =>
        node switch
        {
            YamlMappingNode map => "{"
                + string.Join(
                    ",",
                    map.Children.Select(c => (Key: ((YamlScalarNode)c.Key).Value!, c.Value))
                        .OrderBy(c => c.Key, StringComparer.Ordinal)
                        .Select(c => c.Key + ":" + Canonical(c.Value))
                )
                + "}",
            YamlSequenceNode sequence => "[" + string.Join(",", sequence.Children.Select(Canonical)) + "]",
            YamlScalarNode scalar => System.Text.Json.JsonSerializer.Serialize(scalar.Value),
            _ => throw new InvalidOperationException($"unexpected node {node.NodeType}"),
        };
}
