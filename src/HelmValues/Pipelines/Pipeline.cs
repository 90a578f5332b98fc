using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Collections;
using HelmValues.Yaml;

namespace HelmValues.Pipelines;

/// <summary>A Buildkite pipeline (<c>pipeline.yaml</c>): its steps, in order.</summary>
/// <param name="Steps">The steps.</param>
public sealed record Pipeline(IReadOnlyList<CommandStep> Steps)
{
    /// <summary>Writes <c>steps:</c> as one YAML document.</summary>
    public string ToYaml() =>
        YamlWriter.Serialize(w =>
        {
            w.BeginMapping();
            w.WriteKey("steps");
            w.WriteSequence(Steps, static (writer, step) => step.WriteYaml(writer));
            w.EndMapping();
        });

    /// <summary>Every plugin of every step.</summary>
    public IEnumerable<PipelinePlugin> Plugins => Steps.SelectMany(s => s.Plugins);
}

/// <summary>Builds a <see cref="Pipeline"/>. Every method returns a new builder.</summary>
public sealed class PipelineBuilder
{
    private readonly IReadOnlyList<CommandStep> _steps;

    /// <summary>Starts a pipeline with no steps.</summary>
    public PipelineBuilder()
        : this(ValueList.From(Array.Empty<CommandStep>())) { }

    private PipelineBuilder(IReadOnlyList<CommandStep> steps) => _steps = steps;

    /// <summary>Appends a step built by <paramref name="configure"/>.</summary>
    /// <param name="configure">Configures the step.</param>
    public PipelineBuilder AddStep(Func<CommandStepBuilder, CommandStepBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        return new(ValueList.Append(_steps, configure(new CommandStepBuilder()).Build()));
    }

    /// <summary>The pipeline.</summary>
    public Pipeline Build() => new(_steps);
}
