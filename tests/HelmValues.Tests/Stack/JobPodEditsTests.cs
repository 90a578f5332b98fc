using HelmValues.AgentStackK8s;
using HelmValues.Ecr;
using HelmValues.Stack;
using static HelmValues.Tests.Stack.GuideNames;

namespace HelmValues.Tests.Stack;

/// <summary>
/// The recipes' changes to the job pods (ServiceAccount, pull Secrets, <c>envFrom</c>) reach the values together, when they
/// are read next: the values must be those the chart builders make one change at a time, in the same order.
/// </summary>
public class JobPodEditsTests
{
    private static readonly AgentStackBuilder Irsa = new AgentStackBuilder("buildkite").UseIrsaForJobPods("buildkite-agent", Role);

    [Test]
    public void The_values_are_those_the_chart_builders_make()
    {
        var stack = Irsa.UseAwsCredentialsSecret("aws-credentials", "AKIAIOSFODNN7EXAMPLE", "secret")
            .UseImagePullSecret(Registry, "ecr-credentials", "token")
            .UseExistingImagePullSecret(Registry, "more-credentials")
            .Build();

        stack.Values.ShouldBe(
            new AgentStackK8sValuesBuilder()
                .WithConfig(c =>
                    c.WithPodSpecPatch(p => p.WithServiceAccountName("buildkite-agent"))
                        .WithDefaultCommandParams(p => p.AddEnvFrom(e => e.WithSecretRef(s => s.WithName("aws-credentials"))))
                        .WithPodSpecPatch(p => p.AddImagePullSecret(s => s.WithName("ecr-credentials")))
                        .WithPodSpecPatch(p => p.AddImagePullSecret(s => s.WithName("more-credentials")))
                )
                .Build()
        );
    }

    [Test]
    public void A_builder_with_changes_not_yet_in_its_values_stays_usable_and_unchanged()
    {
        var pulling = Irsa.UseImagePullSecret(Registry, "ecr-credentials", "token");
        var other = Irsa.UseImagePullSecret(Registry, "other-credentials", "token");

        PullSecrets(Irsa).ShouldBeNull();
        PullSecrets(pulling).ShouldBe(["ecr-credentials"]);
        PullSecrets(other).ShouldBe(["other-credentials"]);
        foreach (var stack in new[] { Irsa, pulling, other })
        {
            stack.Build().Values.Config!.PodSpecPatch!.ServiceAccountName.ShouldBe("buildkite-agent");
        }
    }

    [Test]
    public void Values_changed_after_a_recipe_start_from_its_changes_and_the_later_change_wins()
    {
        static AgentStackBuilder Mine(AgentStackBuilder stack) =>
            stack.WithValues(v => v.WithConfig(c => c.WithPodSpecPatch(p => p.WithServiceAccountName("mine"))));

        var recipeFirst = Mine(Irsa).UseImagePullSecret(Registry, "ecr-credentials", "token").Build();
        var valuesFirst = Mine(new AgentStackBuilder("buildkite")).UseIrsaForJobPods("buildkite-agent", Role).Build();

        recipeFirst.Values.Config!.PodSpecPatch!.ServiceAccountName.ShouldBe("mine");
        PullSecrets(recipeFirst).ShouldBe(["ecr-credentials"]);
        valuesFirst.Values.Config!.PodSpecPatch!.ServiceAccountName.ShouldBe("buildkite-agent");
    }

    private static IEnumerable<string?>? PullSecrets(AgentStackBuilder stack) => PullSecrets(stack.Build());

    private static IEnumerable<string?>? PullSecrets(AgentStack stack) =>
        stack.Values.Config?.PodSpecPatch?.ImagePullSecrets?.Select(s => s.Name);
}
