using HelmValues.Aws;
using HelmValues.Kubernetes;
using HelmValues.Manifests;

namespace HelmValues.Tests.Aws;

public class IrsaTests
{
    private const string RoleArn = "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role";

    private static readonly ServiceAccountBuilder Account = new ServiceAccountBuilder()
        .WithName("buildkite-agent")
        .WithNamespace("buildkite");

    [Test]
    public void The_service_account_recipes_make_without_a_builder_is_the_one_the_builder_makes()
    {
        var role = IamRoleArn.Parse(RoleArn);

        Irsa.ServiceAccount("buildkite-agent", "buildkite", role).ShouldBe(Account.WithIamRole(role).Build());
        ManifestYaml
            .Serialize(Irsa.ServiceAccount("buildkite-agent", "buildkite", role))
            .ShouldBe(ManifestYaml.Serialize(Account.WithIamRole(role).Build()));
    }

    [Test]
    public void Sets_the_role_and_the_webhook_annotations()
    {
        var account = Account
            .WithIamRole(IamRoleArn.Parse(RoleArn))
            .WithIrsaAudience("sts.amazonaws.com")
            .WithIrsaStsRegionalEndpoints(true)
            .WithIrsaTokenExpiration(3600)
            .Build();

        account.Metadata.Annotations.ShouldBe(
            new Dictionary<string, string>
            {
                ["eks.amazonaws.com/role-arn"] = RoleArn,
                ["eks.amazonaws.com/audience"] = "sts.amazonaws.com",
                ["eks.amazonaws.com/sts-regional-endpoints"] = "true",
                ["eks.amazonaws.com/token-expiration"] = "3600",
            },
            ignoreOrder: true
        );
        ManifestValidator.Validate(account).Problems.ShouldBeEmpty();
    }

    [Test]
    public void Leaves_the_builder_it_started_from_unchanged()
    {
        var withRole = Account.WithIamRole(RoleArn);
        var withOtherRole = Account.WithIamRole("arn:aws:iam::123456789012:role/other");

        Account.Build().Metadata.Annotations.ShouldBeNull();
        withRole.Build().Metadata.Annotations["eks.amazonaws.com/role-arn"].ShouldBe(RoleArn);
        withOtherRole.Build().Metadata.Annotations["eks.amazonaws.com/role-arn"].ShouldBe("arn:aws:iam::123456789012:role/other");
    }

    [TestCase(600)]
    [TestCase(86400)]
    public void Accepts_the_token_expiration_bounds(int seconds) =>
        ManifestValidator.Validate(Account.WithIamRole(RoleArn).WithIrsaTokenExpiration(seconds).Build()).Problems.ShouldBeEmpty();

    [Test]
    public void Reports_an_escaped_role_arn_at_its_annotation()
    {
        var account = Account.WithIamRole(@"arn\:aws\:iam::123456789012:role/buildkite-agent-ecr-role").Build();

        Errors(account)
            .ShouldBe([
                "metadata.annotations[\"eks.amazonaws.com/role-arn\"]: contains backslash-escaped colons (\\:), as shown in some "
                    + "documentation; write plain colons: arn:aws:iam::123456789012:role/buildkite-agent-ecr-role",
            ]);
    }

    [Test]
    public void Reports_an_invalid_role_arn_with_the_rule()
    {
        var account = Account.WithIamRole("arn:aws:iam::1234:role/buildkite").Build();

        Errors(account).ShouldBe(["metadata.annotations[\"eks.amazonaws.com/role-arn\"]: must have a 12-digit account ID (is \"1234\")"]);
    }

    [TestCase(599)]
    [TestCase(86401)]
    [TestCase(-1)]
    public void Reports_a_token_expiration_out_of_range(int seconds)
    {
        var account = Account.WithIamRole(RoleArn).WithIrsaTokenExpiration(seconds).Build();

        Errors(account)
            .ShouldBe([
                "metadata.annotations[\"eks.amazonaws.com/token-expiration\"]: must be a whole number of seconds from 600 (the API "
                    + $"server's minimum) to 86400 (the EKS maximum) (is \"{seconds}\")",
            ]);
    }

    [Test]
    public void Reports_a_token_expiration_that_is_not_a_number()
    {
        var account = Account.WithIamRole(RoleArn).WithAnnotation(Irsa.TokenExpirationAnnotation, "1h").Build();

        Errors(account).Single().ShouldEndWith("(the EKS maximum) (is \"1h\")");
    }

    [Test]
    public void Reports_an_sts_regional_endpoints_value_other_than_true_or_false()
    {
        var account = Account.WithIamRole(RoleArn).WithAnnotation(Irsa.StsRegionalEndpointsAnnotation, "yes").Build();

        Errors(account)
            .ShouldBe(["metadata.annotations[\"eks.amazonaws.com/sts-regional-endpoints\"]: must be \"true\" or \"false\" (is \"yes\")"]);
    }

    [Test]
    public void Reports_an_empty_audience()
    {
        var account = Account.WithIamRole(RoleArn).WithIrsaAudience("").Build();

        Errors(account)
            .ShouldBe([
                "metadata.annotations[\"eks.amazonaws.com/audience\"]: must not be empty: it is the audience of the token the role trusts",
            ]);
    }

    [Test]
    public void Warns_about_webhook_annotations_without_a_role()
    {
        var result = ManifestValidator.Validate(Account.WithIrsaStsRegionalEndpoints(false).Build());

        result.IsValid.ShouldBeTrue();
        result
            .Warnings.Select(w => w.ToString())
            .ShouldBe([
                "warning: metadata.annotations[\"eks.amazonaws.com/sts-regional-endpoints\"]: has no effect without the "
                    + "eks.amazonaws.com/role-arn annotation",
            ]);
    }

    [Test]
    public void Reports_every_irsa_problem_at_once()
    {
        var account = Account
            .WithIamRole("arn:aws:iam::123456789012:user/x")
            .WithIrsaAudience(" ")
            .WithAnnotation(Irsa.StsRegionalEndpointsAnnotation, "True")
            .WithIrsaTokenExpiration(60)
            .Build();

        Errors(account).Count.ShouldBe(4);
    }

    private static List<string> Errors(k8s.IKubernetesObject manifest) =>
        ManifestValidator.Validate(manifest).Errors.Select(e => e.ToString()).ToList();
}
