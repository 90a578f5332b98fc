using CsCheck;
using HelmValues.AgentStackK8s;
using HelmValues.Tests.Yaml;

namespace HelmValues.Tests.AgentStackK8s;

/// <summary>Nothing lost: any strings put into the typed values come back from the YAML we write, exactly.</summary>
public class ValuesRoundTripPropertyTests
{
    [Test]
    public void Annotations_tags_and_env_values_round_trip_exactly()
    {
        var strings = YamlWriterPropertyTests.YamlishString;
        Gen.Select(Gen.Select(strings, strings).Array[0, 4], strings.Array[0, 4], strings)
            .Sample(
                (pairs, tagValues, envValue) =>
                {
                    // The controller reads a tag as key=value; any text may follow the `=`.
                    var tags = tagValues.Select(t => "key=" + t).ToArray();
                    var annotations = pairs.DistinctBy(p => p.Item1).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
                    var values = new AgentStackK8sValuesBuilder()
                        .WithAgentStackSecret("s")
                        .WithAnnotations(annotations)
                        .WithConfig(c =>
                            c.WithTags(tags)
                                .WithPodSpecPatch(p =>
                                    p.AddContainer(k => k.WithName("container-0").AddEnv(e => e.WithName("V").WithValue(envValue)))
                                )
                        )
                        .Build();

                    var loaded = AgentStackK8sValues.FromYaml(values.ToYaml());

                    loaded
                        .Annotations.ShouldNotBeNull()
                        .OrderBy(e => e.Key, StringComparer.Ordinal)
                        .ShouldBe(annotations.OrderBy(e => e.Key, StringComparer.Ordinal));
                    loaded.Config!.Tags.ShouldBe(tags);
                    loaded.Config.PodSpecPatch!.Containers[0].Env[0].Value.ShouldBe(envValue);
                },
                iter: 2_000
            );
    }
}
