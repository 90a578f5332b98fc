using System.Text;
using HelmValues.Kubernetes;
using HelmValues.Stack;
using k8s.Models;

namespace HelmValues.Tests.Stack;

public class SecretCommandsTests
{
    [Test]
    public void A_docker_config_that_names_no_registry_holds_no_credentials() =>
        SecretCommands.HoldsCredentials(DockerConfig("{\"auths\":{}}")).ShouldBeFalse();

    [Test]
    public void A_docker_config_that_names_a_registry_holds_credentials() =>
        SecretCommands.HoldsCredentials(DockerConfig("{\"auths\":{\"ghcr.io\":{\"auth\":\"dTpw\"}}}")).ShouldBeTrue();

    [Test]
    public void Any_other_non_empty_value_is_a_credential()
    {
        SecretCommands.HoldsCredentials(new V1Secret { StringData = new Dictionary<string, string> { ["token"] = "t" } }).ShouldBeTrue();
        SecretCommands.HoldsCredentials(new V1Secret { StringData = new Dictionary<string, string> { ["token"] = "" } }).ShouldBeFalse();
    }

    [Test]
    public void A_key_in_both_maps_is_judged_by_its_string_data_value_as_the_API_server_stores_it()
    {
        var noRegistryInStringData = DockerConfig("{\"auths\":{\"ghcr.io\":{\"auth\":\"dTpw\"}}}");
        noRegistryInStringData.StringData = new Dictionary<string, string> { [DockerConfigJsonEncoder.Key] = "{\"auths\":{}}" };
        SecretCommands.HoldsCredentials(noRegistryInStringData).ShouldBeFalse();

        var emptiedByStringData = new V1Secret
        {
            Data = new Dictionary<string, byte[]> { ["token"] = [1] },
            StringData = new Dictionary<string, string> { ["token"] = "" },
        };
        SecretCommands.HoldsCredentials(emptiedByStringData).ShouldBeFalse();
    }

    [Test]
    public void The_command_names_the_registry_of_the_string_data_docker_config_over_data_s()
    {
        var secret = DockerConfig("{\"auths\":{}}");
        secret.Metadata = new V1ObjectMeta { Name = "pull", NamespaceProperty = "buildkite" };
        secret.StringData = new Dictionary<string, string>
        {
            [DockerConfigJsonEncoder.Key] = "{\"auths\":{\"ghcr.io\":{\"username\":\"u\",\"password\":\"p\"}}}",
        };

        SecretCommands.HoldsCredentials(secret).ShouldBeTrue();
        SecretCommands
            .CreateCommandIfHoldsCredentials(secret)
            .ShouldBe(
                "kubectl create secret docker-registry pull --namespace buildkite --docker-server=ghcr.io --docker-username=u --docker-password='<password>'"
            );
    }

    [Test]
    public void The_output_s_command_is_the_create_command_for_a_secret_with_credentials_and_null_otherwise()
    {
        var withRegistry = DockerConfig("{\"auths\":{\"ghcr.io\":{\"auth\":\"dTpw\"}}}");
        withRegistry.Metadata = new V1ObjectMeta { Name = "pull" };

        SecretCommands.CreateCommandIfHoldsCredentials(withRegistry).ShouldBe(SecretCommands.CreateCommand(withRegistry));
        SecretCommands.CreateCommandIfHoldsCredentials(DockerConfig("{\"auths\":{}}")).ShouldBeNull();
        SecretCommands.CreateCommandIfHoldsCredentials(new V1Secret { Metadata = new V1ObjectMeta { Name = "empty" } }).ShouldBeNull();
    }

    [Test]
    public void A_generic_command_names_each_key_once_in_ordinal_order()
    {
        SecretCommands
            .CreateGenericCommand("aws-credentials", "buildkite", "b", "B", "a")
            .ShouldBe(
                "kubectl create secret generic aws-credentials --namespace buildkite --from-literal=B='<B>' --from-literal=a='<a>' --from-literal=b='<b>'"
            );
        SecretCommands
            .CreateCommand(
                new V1Secret
                {
                    Metadata = new V1ObjectMeta { Name = "s" },
                    Type = "example.com/t",
                    Data = new Dictionary<string, byte[]> { ["k"] = [1] },
                    StringData = new Dictionary<string, string> { ["k"] = "v", ["j"] = "" },
                }
            )
            .ShouldBe("kubectl create secret generic s --type=example.com/t --from-literal=j='<j>' --from-literal=k='<k>'");
        Should.Throw<ArgumentException>(() => SecretCommands.CreateGenericCommand("s", "buildkite", "k", "k"));
    }

    private static V1Secret DockerConfig(string json) =>
        new()
        {
            Type = SecretTypes.DockerConfigJson,
            Data = new Dictionary<string, byte[]> { [DockerConfigJsonEncoder.Key] = Encoding.UTF8.GetBytes(json) },
        };
}
