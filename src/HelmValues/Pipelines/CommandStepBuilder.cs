using System;
using System.Collections.Generic;
using HelmValues.Collections;

namespace HelmValues.Pipelines;

/// <summary>Builds a <see cref="CommandStep"/>. Every method returns a new builder.</summary>
public sealed class CommandStepBuilder
{
    private readonly CommandStep _step;

    /// <summary>Starts an empty step.</summary>
    public CommandStepBuilder()
        : this(
            new CommandStep(
                null,
                ValueList.From(Array.Empty<string>()),
                ValueMap.From(Array.Empty<KeyValuePair<string, string>>()),
                ValueList.From(Array.Empty<PipelinePlugin>())
            )
        ) { }

    private CommandStepBuilder(CommandStep step) => _step = step;

    /// <summary>Sets the label.</summary>
    /// <param name="label">The label, e.g. <c>:docker: Build and push to ECR</c>.</param>
    public CommandStepBuilder WithLabel(string label) => new(_step with { Label = label });

    /// <summary>Appends shell commands.</summary>
    /// <param name="commands">The commands, in order.</param>
    public CommandStepBuilder AddCommands(params string[] commands)
    {
        ArgumentNullException.ThrowIfNull(commands);
        var all = new List<string>(_step.Commands);
        all.AddRange(commands);
        return new(_step with { Commands = ValueList.From(all) });
    }

    /// <summary>Runs the step on agents of <paramref name="queue"/> (<c>agents: {queue: …}</c>).</summary>
    /// <param name="queue">The queue.</param>
    public CommandStepBuilder OnQueue(string queue) => WithAgent("queue", queue);

    /// <summary>Adds an agent targeting rule.</summary>
    /// <param name="key">The tag.</param>
    /// <param name="value">Its value.</param>
    public CommandStepBuilder WithAgent(string key, string value) => new(_step with { Agents = ValueMap.Set(_step.Agents, key, value) });

    /// <summary>Appends a plugin; plugins run in the order they are added.</summary>
    /// <param name="plugin">The plugin.</param>
    public CommandStepBuilder AddPlugin(PipelinePlugin plugin) => new(_step with { Plugins = ValueList.Append(_step.Plugins, plugin) });

    /// <summary>The step.</summary>
    public CommandStep Build() => _step;
}
