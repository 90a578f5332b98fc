// A console app that references the HelmValues package, with a chart schema of its own in charts/.
using Consumer.Webshop;
using HelmValues.AgentStackK8s;
using k8s.Models;
// Both namespaces have a PullPolicy enum (the agent stack's chart has one too).
using PullPolicy = Consumer.Webshop.PullPolicy;

var values = new WebshopValuesBuilder()
    .WithReplicaCount(2)
    .WithImage(i => i.WithRepository("registry.example.com/webshop").WithTag("1.2.3").WithPullPolicy(PullPolicy.IfNotPresent))
    .WithPodLabel("team", "shop")
    .AddToleration(
        new V1Toleration
        {
            Key = "dedicated",
            OperatorProperty = "Equal",
            Value = "on",
            Effect = "NoSchedule",
        }
    )
    .WithSidecar(s => s.WithName("proxy").WithPort(8080))
    .Build();
values.Validate().ThrowIfInvalid();
Console.Write(values.ToYaml());

// The schema's rules come with the types: closed objects, the overlay's enum, ranges.
Console.WriteLine("--- invalid");
foreach (
    var yaml in new[]
    {
        "image:\n  repository: shop\n  pullPolicy: Sometimes\n  colour: red\n",
        "replicaCount: 11\nimage:\n  repository: shop\n",
    }
)
{
    foreach (var error in WebshopValues.Load(yaml).Problems)
    {
        Console.WriteLine(error);
    }
}

Console.WriteLine("--- agent-stack-k8s");
var agentStack = new AgentStackK8sValuesBuilder()
    .WithAgentStackSecret("buildkite-agent-token")
    .WithConfig(c => c.WithQueue("kubernetes"))
    .Build();
Console.Write(agentStack.ToYaml());

// Which HelmValues.dll the host loaded: on Linux x64, the package's ReadyToRun build (runtimes/linux-x64).
Console.WriteLine("--- assembly");
Console.WriteLine(Path.GetRelativePath(AppContext.BaseDirectory, typeof(AgentStackK8sValuesBuilder).Assembly.Location).Replace('\\', '/'));
