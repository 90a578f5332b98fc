// Copied into a temporary project by AotConsumerTests, which publishes it with Native AOT and also runs it on the JIT: both
// must write the same files. The stacks are the ECR scenario (IRSA, an AWS credentials Secret, an image pull Secret).
using System.Runtime.CompilerServices;
using HelmValues.AgentStackK8s;
using HelmValues.Aws;
using HelmValues.Ecr;
using HelmValues.Kubernetes;
using HelmValues.Output;
using HelmValues.Stack;
using HelmValues.Yaml;

var root = args[0];
var role = IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role");
var registry = EcrRegistry.Parse("123456789012.dkr.ecr.us-east-1.amazonaws.com");
var report = OutputWriter.WriteAll(
    new[] { "team-a", "team-b", "team-c" }.Select(name => new OutputJob(
        Path.Combine(root, name),
        () =>
            new AgentStackBuilder(name)
                .UseExistingAgentTokenSecret("buildkite-agent-token")
                .WithValues(v => v.WithConfig(c => c.WithQueue(name)))
                .UseIrsaForJobPods("buildkite-agent", role)
                .UseAwsCredentialsSecret("aws-credentials", "AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY")
                .UseImagePullSecret(registry, "ecr-credentials", "ecr-login-password")
                .Build()
                .ToOutput()
    )),
    new OutputOptions { AllowSecrets = true }
);
Console.WriteLine($"stacks written: {report.Written} files, {report.Failures.Count} failures");
Console.WriteLine($"dynamic code: {RuntimeFeature.IsDynamicCodeSupported}");

// A controllerEnv flag override is read back as the config key it sets, through a JSON-quoted scalar: no reflection.
var overridden = AgentStackK8sValues.Load("agentStackSecret: s\ncontrollerEnv:\n  - {name: LOG_LEVEL, value: verbose}\n");
Console.WriteLine("controllerEnv: " + string.Join("; ", overridden.Problems));

// A free-form Kubernetes field holding a plain object: serialized by reflection on the JIT, refused (clearly) without it.
try
{
    Console.Write(
        "free-form object: " + YamlWriter.Serialize(w => KubernetesYamlWriting.WriteRaw(w, new Dictionary<string, int> { ["a"] = 1 }))
    );
}
catch (NotSupportedException e)
{
    Console.WriteLine("free-form object refused: " + e.Message);
}
