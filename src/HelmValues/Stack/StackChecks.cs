using System.Collections.Generic;
using System.Linq;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>The checks across the whole stack, which no single object can make on its own.</summary>
internal static class StackChecks
{
    public static void Run(StackState state, ValidationContext context)
    {
        CheckDuplicates(state, context);
        CheckNamespaces(state, context);
        CheckReferences(state, context);
        ExternalSecretsChecks.Run(state, context);
        foreach (var part in state.Parts)
        {
            part.Check(state, context);
        }

        IamChecks.Run(state, context);
    }

    private static void CheckDuplicates(StackState state, ValidationContext context)
    {
        var files = state.Manifests.Select(AgentStack.ManifestFile).Concat(state.Resources.Select(AgentStack.ManifestFile));
        foreach (var group in files.GroupBy(f => f).Where(g => g.Count() > 1))
        {
            context.AddError(ValuePath.Root.Key(group.Key), $"{group.Count()} manifests have this kind and name");
        }
    }

    // One namespace throughout: the chart's Role and every reference from the values only reach the release namespace.
    private static void CheckNamespaces(StackState state, ValidationContext context)
    {
        var objects = state
            .Manifests.Select(m => (File: AgentStack.ManifestFile(m), Metadata: (V1ObjectMeta?)m.Metadata))
            .Concat(state.Resources.Select(r => (File: AgentStack.ManifestFile(r), r.Metadata)));
        foreach (var (file, metadata) in objects)
        {
            var path = ValuePath.Root.Key(file).Key("metadata").Key("namespace");
            var ns = metadata?.NamespaceProperty;
            if (string.IsNullOrEmpty(ns))
            {
                context.AddError(path, $"is required: every object of the stack lives in namespace \"{state.Namespace}\"");
            }
            else if (ns != state.Namespace)
            {
                context.AddError(
                    path,
                    $"is \"{ns}\", but the stack's namespace is \"{state.Namespace}\" (values can only reference objects there)"
                );
            }
        }
    }

    private static void CheckReferences(StackState state, ValidationContext context)
    {
        var available = state
            .Manifests.Select(m => (Kind: m.Kind ?? "", Name: m.Metadata?.Name ?? ""))
            .Concat(state.Existing.Select(e => (e.Kind, e.Name)))
            .Concat(ExternalSecretsChecks.RenderedSecrets(state).Select(name => ("Secret", name)))
            .ToHashSet();
        foreach (var reference in ReferenceCollector.Collect(state.Values, state.Pipeline))
        {
            if (!available.Contains((reference.Kind, reference.Name)))
            {
                var declare = reference.Kind == "Secret" ? "WithExistingSecret" : "WithExistingServiceAccount";
                context.AddError(
                    reference.Path,
                    $"{reference.Kind} \"{reference.Name}\" is neither in the stack nor declared existing (add it, or call {declare}(\"{reference.Name}\"))"
                );
            }
        }
    }

    /// <summary>The roles the pipeline's steps assume with the web-identity plugin, each at its <c>role-arn</c>.</summary>
    internal static IEnumerable<RoleUse> PipelineRoles(Pipeline? pipeline) =>
        PipelinePlugins(pipeline)
            .Where(p => p.Plugin is AssumeRoleWithWebIdentityPlugin)
            .Select(p => new RoleUse(((AssumeRoleWithWebIdentityPlugin)p.Plugin).RoleArn, p.Path.Key("role-arn")));

    /// <summary>Each step's plugins with their paths (<c>pipeline.steps[0].plugins[1]["ecr#v2.11.0"]</c>).</summary>
    internal static IEnumerable<(PipelinePlugin Plugin, ValuePath Path)> PipelinePlugins(Pipeline? pipeline)
    {
        for (var s = 0; s < (pipeline?.Steps.Count ?? 0); s++)
        {
            var plugins = pipeline!.Steps[s].Plugins;
            for (var p = 0; p < plugins.Count; p++)
            {
                yield return (plugins[p], ValuePath.Root.Key("pipeline").Key("steps").Index(s).Key("plugins").Index(p).Key(plugins[p].Key));
            }
        }
    }
}
