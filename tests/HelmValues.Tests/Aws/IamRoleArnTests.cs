using HelmValues.Aws;

namespace HelmValues.Tests.Aws;

public class IamRoleArnTests
{
    [TestCase("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role", "aws", "/", "buildkite-agent-ecr-role")]
    [TestCase("arn:aws-cn:iam::123456789012:role/r", "aws-cn", "/", "r")]
    [TestCase("arn:aws-us-gov:iam::123456789012:role/ci/buildkite/agent", "aws-us-gov", "/ci/buildkite/", "agent")]
    [TestCase("arn:aws:iam::123456789012:role/a+b=c,d.e@f_g-h", "aws", "/", "a+b=c,d.e@f_g-h")]
    [TestCase("arn:aws:iam::123456789012:role/p:a!th~/n", "aws", "/p:a!th~/", "n")]
    public void Parses_role_arns(string text, string partition, string path, string name)
    {
        var arn = IamRoleArn.Parse(text);

        arn.Partition.ShouldBe(partition);
        arn.AccountId.ShouldBe("123456789012");
        arn.Path.ShouldBe(path);
        arn.RoleName.ShouldBe(name);
        arn.ToString().ShouldBe(text);
        arn.ShouldBe(IamRoleArn.Parse(text));
        IamRoleArn.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(arn);
    }

    [Test]
    public void Accepts_the_longest_name_and_path()
    {
        var name = new string('n', 64);
        var path = "/" + new string('p', 510) + "/";

        IamRoleArn.Parse($"arn:aws:iam::123456789012:role{path}{name}").RoleName.ShouldBe(name);
    }

    [Test]
    public void Refuses_an_arn_with_backslash_escaped_colons_and_says_so()
    {
        // As the Buildkite ECR guide shows it (seed: ecr-authentication.md).
        var error = Should.Throw<FormatException>(() => IamRoleArn.Parse(@"arn\:aws\:iam::123456789012:role/buildkite-agent-ecr-role"));

        error.Message.ShouldBe(
            "\"arn\\:aws\\:iam::123456789012:role/buildkite-agent-ecr-role\" contains backslash-escaped colons (\\:), as shown in "
                + "some documentation; write plain colons: arn:aws:iam::123456789012:role/buildkite-agent-ecr-role"
        );
    }

    [TestCase("", "must be an IAM role ARN such as arn:aws:iam::123456789012:role/my-role (is empty)")]
    [TestCase(" arn:aws:iam::123456789012:role/r", "must not start or end with whitespace")]
    [TestCase("buildkite-agent-ecr-role", "must be an IAM role ARN such as arn:aws:iam::123456789012:role/my-role")]
    [TestCase("urn:aws:iam::123456789012:role/r", "must be an IAM role ARN such as arn:aws:iam::123456789012:role/my-role")]
    [TestCase("arn:aws-eu:iam::123456789012:role/r", "must have the partition aws, aws-cn or aws-us-gov (is \"aws-eu\")")]
    [TestCase("arn:aws:sts::123456789012:role/r", "must be an IAM ARN (arn:aws:iam::…), not one of the service \"sts\"")]
    [TestCase("arn:aws:iam:us-east-1:123456789012:role/r", "must have an empty region (IAM is global: arn:aws:iam::…), not \"us-east-1\"")]
    [TestCase("arn:aws:iam::12345678901:role/r", "must have a 12-digit account ID (is \"12345678901\")")]
    [TestCase("arn:aws:iam::12345678901a:role/r", "must have a 12-digit account ID (is \"12345678901a\")")]
    [TestCase("arn:aws:iam::123456789012:user/r", "must name a role (…:role/<name>), not \"user/r\"")]
    [TestCase("arn:aws:iam::123456789012:role", "must name a role (…:role/<name>), not \"role\"")]
    [TestCase("arn:aws:iam::123456789012:role/", "must have a role name of 1 to 64 letters, digits and +=,.@_- characters (is \"\")")]
    [TestCase("arn:aws:iam::123456789012:role/a b", "must have a role name of 1 to 64 letters, digits and +=,.@_- characters (is \"a b\")")]
    [TestCase("arn:aws:iam::123456789012:role/a:b", "must have a role name of 1 to 64 letters, digits and +=,.@_- characters (is \"a:b\")")]
    [TestCase(
        "arn:aws:iam::123456789012:role/ci path/r",
        "must have a role path of at most 512 characters from '!' to '~', starting and ending with '/' (is \"/ci path/\")"
    )]
    [TestCase(
        "arn:aws:iam::123456789012:role/é/r",
        "must have a role path of at most 512 characters from '!' to '~', starting and ending with '/' (is \"/é/\")"
    )]
    public void Refuses_what_iam_refuses(string text, string message)
    {
        IamRoleArn.TryParse(text, out _).ShouldBeFalse();
        Should.Throw<FormatException>(() => IamRoleArn.Parse(text)).Message.ShouldBe($"\"{text}\" {message}");
    }

    [Test]
    public void Refuses_a_name_over_64_and_a_path_over_512_characters()
    {
        var name = new string('n', 65);
        var path = "/" + new string('p', 511) + "/";

        Should
            .Throw<FormatException>(() => IamRoleArn.Parse($"arn:aws:iam::123456789012:role/{name}"))
            .Message.ShouldEndWith($"(is \"{name}\")");
        Should
            .Throw<FormatException>(() => IamRoleArn.Parse($"arn:aws:iam::123456789012:role{path}r"))
            .Message.ShouldContain("must have a role path of at most 512 characters");
    }
}
