using System;
using HelmValues.Yaml;

namespace HelmValues.Pipelines;

/// <summary>A Buildkite plugin on a command step: <c>- ecr#v2.11.0: {region: us-east-1}</c>.</summary>
public abstract record PipelinePlugin
{
    /// <summary>Creates a plugin reference.</summary>
    /// <param name="name">The plugin name as pipelines spell it (<c>ecr</c>, <c>kubernetes</c>).</param>
    /// <param name="version">The version tag (<c>v2.11.0</c>), or null for plugins referenced without one.</param>
    protected PipelinePlugin(string name, string? version)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Version = version;
    }

    /// <summary>The plugin name.</summary>
    public string Name { get; }

    /// <summary>The version tag, or null.</summary>
    public string? Version { get; }

    /// <summary>The key the plugin is written under: <c>name#version</c>.</summary>
    public string Key => Version is null ? Name : Name + "#" + Version;

    /// <summary>Writes the plugin's configuration mapping.</summary>
    /// <param name="writer">The writer.</param>
    public abstract void WriteConfiguration(YamlWriter writer);
}
