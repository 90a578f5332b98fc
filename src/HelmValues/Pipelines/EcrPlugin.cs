using System;
using HelmValues.Yaml;

namespace HelmValues.Pipelines;

/// <summary>The <c>ecr</c> plugin: logs Docker in to Amazon ECR before the step runs, with the job's AWS credentials.</summary>
public sealed record EcrPlugin : PipelinePlugin
{
    /// <summary>The version the seed guide uses.</summary>
    public const string DefaultVersion = "v2.11.0";

    /// <summary>Creates the plugin reference.</summary>
    /// <param name="region">The registry's AWS region (<c>us-east-1</c>).</param>
    /// <param name="version">The plugin version.</param>
    public EcrPlugin(string region, string version = DefaultVersion)
        : base("ecr", version)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        Region = region;
    }

    /// <summary>The registry's AWS region.</summary>
    public string Region { get; }

    /// <inheritdoc/>
    public override void WriteConfiguration(YamlWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.BeginMapping();
        writer.WriteProperty("region", Region);
        writer.EndMapping();
    }
}
