#:project ../src/HelmValues/HelmValues.csproj
#:property PublishAot=false
// IRSA for Buildkite job pods, as a single-file app: `dotnet run examples/irsa.cs` writes ./out, `-- --check DIR` checks a copy.
// The ServiceAccount carries the IAM role; the values make every job pod use it.
// PublishAot=false: restoring for Native AOT (the default of file-based apps) would download a compiler `dotnet run` never uses.
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Output;
using HelmValues.Stack;

return new OutputCommandLine("dotnet run examples/irsa.cs --").Run(
    args,
    () =>
        new AgentStackBuilder("buildkite")
            .UseExistingAgentTokenSecret("buildkite-agent-token")
            .UseIrsaForJobPods("buildkite-agent", IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role"))
            .Build()
            .ToOutput()
);
