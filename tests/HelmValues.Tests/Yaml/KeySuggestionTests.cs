using HelmValues.Testing.Fuzz;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

/// <summary>Suggestions keep finding real typos, and cost nothing worth measuring on hostile keys.</summary>
public class KeySuggestionTests
{
    private static readonly string[] Known = ["max-in-flight", "workspace-volume", "job-ttl", "queue", "pod-spec-patch", "tags"];

    [TestCase("max-inflight", "max-in-flight")]
    [TestCase("workspaceVolume", "workspace-volume")]
    [TestCase("JOB_TTL", "job-ttl")]
    [TestCase("jbo-ttl", "job-ttl")]
    [TestCase("queu", "queue")]
    [TestCase("taggs", "tags")]
    public void Finds_the_key_a_typo_was_meant_to_be(string key, string expected) => KeySuggestion.Closest(key, Known).ShouldBe(expected);

    [TestCase("x")]
    [TestCase("completely-different")]
    public void Suggests_nothing_when_no_key_is_close(string key) => KeySuggestion.Closest(key, Known).ShouldBeNull();

    [Test]
    public void Keys_longer_than_the_limit_get_no_suggestion_even_when_close()
    {
        var longKnown = new string('a', KeySuggestion.MaxKeyLength + 1);

        KeySuggestion.Closest(longKnown + "b", [longKnown]).ShouldBeNull();
        KeySuggestion.Closest(longKnown[..^2] + "b", [longKnown[..^1]]).ShouldBe(longKnown[..^1]);
    }

    [Test]
    public void Hostile_keys_allocate_nothing()
    {
        var huge = new string('q', 1_000_000);
        var nearMiss = "max-in-flihgt12345";

        Allocations.Of(() => KeySuggestion.Closest(huge, Known)).ShouldBe(0);
        Allocations.Of(() => KeySuggestion.Closest(nearMiss, Known)).ShouldBe(0);
    }
}
