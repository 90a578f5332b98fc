using System;
using HelmValues.Aws;
using HelmValues.Yaml;

namespace HelmValues.Pipelines;

/// <summary>
/// The <c>aws-assume-role-with-web-identity</c> plugin: assumes an IAM role with the job's Buildkite OIDC token, so
/// no AWS credentials are stored anywhere. Put it before the <c>ecr</c> plugin.
/// </summary>
public sealed record AssumeRoleWithWebIdentityPlugin : PipelinePlugin
{
    /// <summary>The version the seed guide uses.</summary>
    public const string DefaultVersion = "v1.4.0";

    /// <summary>Creates the plugin reference.</summary>
    /// <param name="roleArn">The role to assume.</param>
    /// <param name="version">The plugin version.</param>
    public AssumeRoleWithWebIdentityPlugin(IamRoleArn roleArn, string version = DefaultVersion)
        : base("aws-assume-role-with-web-identity", version)
    {
        ArgumentNullException.ThrowIfNull(roleArn);
        RoleArn = roleArn;
    }

    /// <summary>The role to assume.</summary>
    public IamRoleArn RoleArn { get; }

    /// <inheritdoc/>
    public override void WriteConfiguration(YamlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginMapping();
        writer.WriteProperty("role-arn", RoleArn.ToString());
        writer.EndMapping();
    }
}
