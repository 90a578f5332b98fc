#:project ../src/HelmValues/HelmValues.csproj
// IRSA for Buildkite job pods, as a single-file app: `dotnet run examples/irsa.cs [role-arn]`.
// Prints the ServiceAccount that carries the IAM role and the values that make every job pod use it.
using System;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Stack;
using HelmValues.Validation;

try
{
    var role = IamRoleArn.Parse(args.Length > 0 ? args[0] : "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
    var stack = new AgentStackBuilder("buildkite")
        .UseExistingAgentTokenSecret("buildkite-agent-token")
        .UseIrsaForJobPods("buildkite-agent", role)
        .Build();

    foreach (var file in stack.ToOutput().Files)
    {
        Console.WriteLine($"--- {file.Path}");
        Console.Write(file.Content);
    }

    return 0;
}
catch (Exception e) when (e is FormatException or ValidationException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
