#:package HelmValues@HELMVALUES_PACKAGE_VERSION
// Buildkite's Agent Stack for Kubernetes on EKS, pulling from and pushing to Amazon ECR. Made from the
// helmvalues-script template: change what you need and run it again.
//
//   dotnet run app.cs                   writes ./out (values.yaml, manifests/, pipeline.yaml, kubelet/)
//   dotnet run app.cs -- --out DIR      writes DIR
//   dotnet run app.cs -- --check DIR    fails (exit code 1) when DIR is not what this script writes: run it in CI
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Output;
using HelmValues.Pipelines;
using HelmValues.Stack;
using HelmValues.Validation;

const string Namespace = "HELMVALUES_NAMESPACE";
const string Region = "HELMVALUES_REGION";
const string Account = "HELMVALUES_REGISTRY_ACCOUNT";

try
{
    var domain = Region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
    var registry = EcrRegistry.Parse($"{Account}.dkr.ecr.{Region}.{domain}");
    var role = IamRoleArn.Parse("HELMVALUES_ROLE_ARN");

    var stack = new AgentStackBuilder(Namespace)
        .UseExistingAgentTokenSecret("buildkite-agent-token")
        .WithValues(v => v.WithConfig(c => c.WithQueue("kubernetes")))
        // Job pods run as buildkite-agent, which assumes the IAM role (IRSA): no AWS keys anywhere.
        .UseIrsaForJobPods("buildkite-agent", role)
        // Every job pod can pull private images: a CronJob keeps the 12-hour ECR token in ecr-credentials fresh.
        .AddEcrTokenRefresh(new EcrTokenRefresh(registry, role))
        // Or, on nodes you manage, the kubelet pulls from ECR by itself (kubelet/credential-provider-config.yaml).
        .UseKubeletCredentialProvider()
        .WithPipeline(p =>
            p.AddStep(step =>
                step.WithLabel(":docker: Build and push to ECR")
                    .AddCommands("docker build -t myimage:latest .", $"docker push {registry.Host}/myimage:latest")
                    .OnQueue("kubernetes")
                    .AddPlugin(new EcrPlugin(registry.Region))
            )
        )
        .Build();

    var (check, directory) = args switch
    {
        ["--check", var dir] => (true, dir),
        ["--out", var dir] => (false, dir),
        _ => (false, "out"),
    };
    var output = stack.ToOutput();
    if (check)
    {
        var report = OutputChecker.Check(output, directory);
        Console.WriteLine(report.IsUpToDate ? $"{directory} is up to date." : $"{directory} is stale:");
        Console.WriteLine(report);
        return report.IsUpToDate ? 0 : 1;
    }

    var written = OutputWriter.Write(output, directory);
    Console.WriteLine(written.Written.Count + written.Removed.Count == 0 ? $"{directory} was up to date." : written.ToString());
    Console.WriteLine("Create these in the cluster first:");
    foreach (var command in stack.SetupCommands)
    {
        Console.WriteLine("  " + command);
    }

    return 0;
}
catch (Exception e) when (e is FormatException or ValidationException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
