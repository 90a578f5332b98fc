#:package HelmValues@HELMVALUES_PACKAGE_VERSION
#:property PublishAot=false
#:property TieredPGO=false
// Buildkite's Agent Stack for Kubernetes on EKS, pulling from and pushing to Amazon ECR. Made from the
// helmvalues-script template: change what you need and run it again.
//
//   dotnet run app.cs                   writes ./out (values.yaml, manifests/, pipeline.yaml, kubelet/)
//   dotnet run app.cs -- --out DIR      writes DIR
//   dotnet run app.cs -- --check DIR    fails (exit code 1) when DIR is not what this script writes, with a diff: run it in CI
//
// PublishAot=false: a file-based app publishes with Native AOT by default, and restoring for that downloads the AOT compiler
// (about 300 MB) that `dotnet run` never uses.
// TieredPGO=false: a script runs for seconds, and the runtime's profile-guided tiering would spend them running instrumented
// code and compiling every hot method twice; without it, a script that writes thousands of stacks takes a fifth less time.
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Output;
using HelmValues.Pipelines;
using HelmValues.Stack;

const string Namespace = "HELMVALUES_NAMESPACE";
const string Region = "HELMVALUES_REGION";
const string Account = "HELMVALUES_REGISTRY_ACCOUNT";

return new OutputCommandLine("dotnet run app.cs --").Run(
    args,
    () =>
    {
        var domain = Region.StartsWith("cn-", StringComparison.Ordinal) ? "amazonaws.com.cn" : "amazonaws.com";
        var registry = EcrRegistry.Parse($"{Account}.dkr.ecr.{Region}.{domain}");
        var role = IamRoleArn.Parse("HELMVALUES_ROLE_ARN");

        return new AgentStackBuilder(Namespace)
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
            .Build()
            .ToOutput();
    }
);
