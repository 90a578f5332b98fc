using HelmValues.Generators.Naming;

namespace HelmValues.Generators.Tests.Unit;

public class IdentifierNamesTests
{
    [TestCase("pod-spec-patch", "PodSpecPatch")]
    [TestCase("agentToken", "AgentToken")]
    [TestCase("signingJWKSVolume", "SigningJWKSVolume")]
    [TestCase("eks.amazonaws.com/role-arn", "EksAmazonawsComRoleArn")]
    [TestCase("k8s-client-rate-limiter-qps", "K8sClientRateLimiterQps")]
    [TestCase("2fa", "_2fa")]
    [TestCase("", "_")]
    [TestCase("--", "_")]
    public void Keys_become_pascal_case(string key, string expected) => IdentifierNames.ToPascalCase(key).ShouldBe(expected);

    [TestCase("Tags", "Tag")]
    [TestCase("HostAliases", "HostAlias")]
    [TestCase("Policies", "Policy")]
    [TestCase("Addresses", "Address")]
    [TestCase("Matches", "Match")]
    [TestCase("EnvFrom", "EnvFrom")]
    [TestCase("Status", "Status")]
    [TestCase("Class", "Class")]
    [TestCase("Metadata", "Metadata")]
    public void Plurals_become_singular(string plural, string singular) => IdentifierNames.Singularize(plural).ShouldBe(singular);

    [Test]
    public void Literals_escape_quotes_backslashes_and_control_characters() =>
        IdentifierNames.Literal("a\"b\\c\nd\u0001").ShouldBe("\"a\\\"b\\\\c\\nd\\u0001\"");
}
