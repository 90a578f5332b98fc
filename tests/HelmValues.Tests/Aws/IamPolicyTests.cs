using HelmValues.Aws;

namespace HelmValues.Tests.Aws;

/// <summary>The IAM documents on their own: exact JSON, every partition, and the grammar check that guards them.</summary>
public class IamPolicyTests
{
    private const string Id = "EXAMPLED539D4633E53DE1B71EXAMPLE";

    [Test]
    public void An_irsa_trust_policy_is_written_in_a_fixed_order_with_sorted_subjects()
    {
        var issuer = EksOidcIssuer.Parse($"https://oidc.eks.us-east-1.amazonaws.com/id/{Id}");

        var json = IamPolicies
            .IrsaTrust(issuer, "123456789012", ["system:serviceaccount:buildkite:b", "system:serviceaccount:buildkite:a"])
            .ToJson();

        json.ShouldBe(
            $$"""
            {
              "Version": "2012-10-17",
              "Statement": [
                {
                  "Effect": "Allow",
                  "Principal": {
                    "Federated": "arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/{{Id}}"
                  },
                  "Action": "sts:AssumeRoleWithWebIdentity",
                  "Condition": {
                    "StringEquals": {
                      "oidc.eks.us-east-1.amazonaws.com/id/{{Id}}:aud": "sts.amazonaws.com",
                      "oidc.eks.us-east-1.amazonaws.com/id/{{Id}}:sub": [
                        "system:serviceaccount:buildkite:a",
                        "system:serviceaccount:buildkite:b"
                      ]
                    }
                  }
                }
              ]
            }

            """.ReplaceLineEndings("\n")
        );
    }

    [TestCase("us-east-1", "amazonaws.com", "aws")]
    [TestCase("cn-north-1", "amazonaws.com.cn", "aws-cn")]
    [TestCase("us-gov-west-1", "amazonaws.com", "aws-us-gov")]
    public void Every_document_follows_the_grammar_in_every_partition(string region, string domain, string partition)
    {
        var issuer = EksOidcIssuer.Parse($"https://oidc.eks.{region}.{domain}/id/{Id}");
        var repositories = new Dictionary<string, EcrAccess>
        {
            [$"arn:{partition}:ecr:{region}:123456789012:repository/team/app"] = EcrAccess.PullAndPush,
            [$"arn:{partition}:ecr:{region}:123456789012:repository/base"] = EcrAccess.Pull,
        };

        var trust = IamPolicies.IrsaTrust(issuer, "123456789012", [IamPolicies.ServiceAccountSubject("buildkite", "agent")]).ToJson();
        var podIdentity = IamPolicies.PodIdentityTrust().ToJson();
        var buildkite = IamPolicies.BuildkiteOidcTrust(partition, "123456789012", "acme", ["app"]).ToJson();
        var ecr = IamPolicies.EcrAccessPolicy(repositories).ToJson();

        issuer.Partition.ShouldBe(partition);
        trust.ShouldContain($"\"arn:{partition}:iam::123456789012:oidc-provider/oidc.eks.{region}.{domain}/id/{Id}\"");
        IamPolicyGrammar.Problems(trust).ShouldBeEmpty();
        IamPolicyGrammar.Problems(podIdentity).ShouldBeEmpty();
        buildkite.ShouldContain($"\"arn:{partition}:iam::123456789012:oidc-provider/agent.buildkite.com\"");
        IamPolicyGrammar.Problems(buildkite).ShouldBeEmpty();
        IamPolicyGrammar.Problems(ecr).ShouldBeEmpty();
    }

    [Test]
    public void The_ecr_policy_grants_push_only_where_asked_and_the_token_on_star()
    {
        var json = IamPolicies
            .EcrAccessPolicy(
                new Dictionary<string, EcrAccess>
                {
                    ["arn:aws:ecr:us-east-1:123456789012:repository/pushed"] = EcrAccess.PullAndPush,
                    ["arn:aws:ecr:us-east-1:123456789012:repository/pulled"] = EcrAccess.Pull,
                }
            )
            .ToJson();
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var statements = document
            .RootElement.GetProperty("Statement")
            .EnumerateArray()
            .ToDictionary(s => s.GetProperty("Sid").GetString()!);

        statements.Keys.ShouldBe(["GetAuthorizationToken", "Pull", "Push"]);
        statements["GetAuthorizationToken"].GetProperty("Resource").GetString().ShouldBe("*");
        statements["Pull"].GetProperty("Resource").EnumerateArray().Count().ShouldBe(2);
        statements["Push"].GetProperty("Resource").GetString().ShouldBe("arn:aws:ecr:us-east-1:123456789012:repository/pushed");
        statements["Push"].GetProperty("Action").EnumerateArray().Select(a => a.GetString()).ShouldContain("ecr:PutImage");
    }

    [Test]
    public void The_pod_identity_trust_policy_trusts_the_eks_pods_service_to_assume_and_tag()
    {
        IamPolicies
            .PodIdentityTrust()
            .ToJson()
            .ShouldBe(
                """
                {
                  "Version": "2012-10-17",
                  "Statement": [
                    {
                      "Effect": "Allow",
                      "Principal": {
                        "Service": "pods.eks.amazonaws.com"
                      },
                      "Action": [
                        "sts:AssumeRole",
                        "sts:TagSession"
                      ]
                    }
                  ]
                }

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void The_pod_identity_association_is_the_input_of_the_aws_cli()
    {
        var association = new PodIdentityAssociation(
            "buildkite",
            "buildkite",
            "buildkite-agent",
            IamRoleArn.Parse("arn:aws:iam::123456789012:role/buildkite-agent-ecr-role")
        );

        association
            .ToCliInputJson()
            .ShouldBe(
                """
                {
                  "clusterName": "buildkite",
                  "namespace": "buildkite",
                  "serviceAccount": "buildkite-agent",
                  "roleArn": "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role"
                }

                """.ReplaceLineEndings("\n")
            );
    }

    // The grammar check must be able to fail, or the tests above prove nothing.
    [TestCase("""{"Version":"2012-10-17","Statement":[{"Effect":"allow","Action":"ecr:BatchGetImage","Resource":"*"}]}""")]
    [TestCase("""{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"ecr:BatchGetImage","Resource":"*"}]}""")]
    [TestCase("""{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"ecr:BatchGetImage"}]}""")]
    [TestCase(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"pods.eks.amazonaws.com"},"Action":"sts:AssumeRole","Resource":"*"}]}"""
    )]
    [TestCase(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/A"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEqual":{"oidc.eks.us-east-1.amazonaws.com/id/A:sub":"x"}}}]}"""
    )]
    [TestCase(
        """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Federated":"arn:aws:iam::123456789012:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/A"},"Action":"sts:AssumeRoleWithWebIdentity","Condition":{"StringEquals":{"oidc.eks.us-east-1.amazonaws.com/id/B:sub":"x"}}}]}"""
    )]
    public void The_grammar_check_refuses_a_broken_document(string json) => IamPolicyGrammar.Problems(json).ShouldNotBeEmpty();

    [TestCase("oidc.eks.us-west-2.amazonaws.com/id/ABC", "us-west-2", "aws")]
    [TestCase("https://oidc.eks.cn-northwest-1.amazonaws.com.cn/id/ABC", "cn-northwest-1", "aws-cn")]
    public void An_issuer_parses_with_or_without_its_scheme(string text, string region, string partition)
    {
        var issuer = EksOidcIssuer.Parse(text);

        issuer.Region.ShouldBe(region);
        issuer.Partition.ShouldBe(partition);
        issuer.Url.ShouldStartWith("https://oidc.eks.");
    }

    [TestCase("https://oidc.eks.cn-north-1.amazonaws.com/id/ABC", "China regions (cn-*) use .amazonaws.com.cn")]
    [TestCase("https://oidc.eks.us-east-1.amazonaws.com.cn/id/ABC", "China regions (cn-*) use .amazonaws.com.cn")]
    [TestCase("https://token.actions.githubusercontent.com", "is not an EKS OIDC issuer")]
    public void A_wrong_issuer_is_refused_with_the_rule(string text, string message) =>
        Should.Throw<FormatException>(() => EksOidcIssuer.Parse(text)).Message.ShouldContain(message);
}
