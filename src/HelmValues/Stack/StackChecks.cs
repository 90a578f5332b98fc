using System.Collections.Generic;
using System.Linq;
using HelmValues.Pipelines;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>The checks across the whole stack, which no single object can make on its own.</summary>
/// <remarks>
/// These run for every stack validated, and most stacks break none of them: they loop rather than query, and build the path
/// of a problem only when there is one.
/// </remarks>
internal static class StackChecks
{
    // manifestFiles: the output path of each of the stack's manifests, in order (made once by the caller).
    public static void Run(StackState state, string[] manifestFiles, ValidationContext context)
    {
        var files = OutputFiles(state, manifestFiles);
        CheckDuplicates(files, context);
        CheckNamespaces(state, files, context);
        CheckReferences(state, context);
        ExternalSecretsChecks.Run(state, context);
        for (var i = 0; i < state.Parts.Count; i++)
        {
            state.Parts[i].Check(state, context);
        }

        IamChecks.Run(state, context);
    }

    // The output path of every object: the manifests', then the resources'.
    private static string[] OutputFiles(StackState state, string[] manifestFiles)
    {
        if (state.Resources.Count == 0)
        {
            return manifestFiles;
        }

        var files = new string[manifestFiles.Length + state.Resources.Count];
        manifestFiles.CopyTo(files, 0);
        for (var i = 0; i < state.Resources.Count; i++)
        {
            files[manifestFiles.Length + i] = AgentStack.ManifestFile(state.Resources[i]);
        }

        return files;
    }

    // Each path written by more than one object, once, in the order of its first object. A scan rather than a grouping: a
    // stack has a few dozen objects at most, and nearly never a clash.
    private static void CheckDuplicates(string[] files, ValidationContext context)
    {
        for (var i = 0; i < files.Length; i++)
        {
            if (System.Array.IndexOf(files, files[i], 0, i) >= 0)
            {
                continue;
            }

            var count = 1;
            for (var j = i + 1; j < files.Length; j++)
            {
                count += files[j] == files[i] ? 1 : 0;
            }

            if (count > 1)
            {
                context.AddError(ValuePath.Root.Key(files[i]), $"{count} manifests have this kind and name");
            }
        }
    }

    // One namespace throughout: the chart's Role and every reference from the values only reach the release namespace.
    private static void CheckNamespaces(StackState state, string[] files, ValidationContext context)
    {
        for (var i = 0; i < state.Manifests.Count; i++)
        {
            CheckNamespace(state, files[i], state.Manifests[i].Metadata, context);
        }

        for (var i = 0; i < state.Resources.Count; i++)
        {
            CheckNamespace(state, files[state.Manifests.Count + i], state.Resources[i].Metadata, context);
        }
    }

    private static void CheckNamespace(StackState state, string file, V1ObjectMeta? metadata, ValidationContext context)
    {
        var ns = metadata?.NamespaceProperty;
        if (string.IsNullOrEmpty(ns))
        {
            context.AddError(NamespacePath(file), $"is required: every object of the stack lives in namespace \"{state.Namespace}\"");
        }
        else if (ns != state.Namespace)
        {
            context.AddError(
                NamespacePath(file),
                $"is \"{ns}\", but the stack's namespace is \"{state.Namespace}\" (values can only reference objects there)"
            );
        }
    }

    private static ValuePath NamespacePath(string file) => ValuePath.Root.Key(file).Key("metadata").Key("namespace");

    private static void CheckReferences(StackState state, ValidationContext context)
    {
        foreach (var reference in ReferenceCollector.Unresolved(state))
        {
            var declare = reference.Kind == "Secret" ? "WithExistingSecret" : "WithExistingServiceAccount";
            context.AddError(
                reference.Path,
                $"{reference.Kind} \"{reference.Name}\" is neither in the stack nor declared existing (add it, or call {declare}(\"{reference.Name}\"))"
            );
        }
    }

    /// <summary>
    /// True when the stack has the object <paramref name="kind"/> <paramref name="name"/>: a manifest, an existing object, or
    /// a Secret an ExternalSecret renders. A scan: a stack has few objects, and the check allocates nothing.
    /// </summary>
    internal static bool Has(StackState state, string kind, string name)
    {
        for (var i = 0; i < state.Manifests.Count; i++)
        {
            if ((state.Manifests[i].Kind ?? "") == kind && (state.Manifests[i].Metadata?.Name ?? "") == name)
            {
                return true;
            }
        }

        for (var i = 0; i < state.Existing.Count; i++)
        {
            if (state.Existing[i].Kind == kind && state.Existing[i].Name == name)
            {
                return true;
            }
        }

        return kind == "Secret" && ExternalSecretsChecks.RendersSecret(state, name);
    }

    // Without a pipeline (most stacks), nothing to enumerate and no iterator.
    internal static IEnumerable<RoleUse> PipelineRoles(Pipeline? pipeline) =>
        pipeline is null
            ? []
            : PipelinePlugins(pipeline)
                .Where(p => p.Plugin is AssumeRoleWithWebIdentityPlugin)
                .Select(p => new RoleUse(((AssumeRoleWithWebIdentityPlugin)p.Plugin).RoleArn, p.Path.Key("role-arn")));

    internal static IEnumerable<(PipelinePlugin Plugin, ValuePath Path)> PipelinePlugins(Pipeline? pipeline) =>
        pipeline is null ? [] : Plugins(pipeline);

    private static IEnumerable<(PipelinePlugin Plugin, ValuePath Path)> Plugins(Pipeline pipeline)
    {
        for (var s = 0; s < pipeline.Steps.Count; s++)
        {
            var plugins = pipeline.Steps[s].Plugins;
            for (var p = 0; p < plugins.Count; p++)
            {
                yield return (plugins[p], ValuePath.Root.Key("pipeline").Key("steps").Index(s).Key("plugins").Index(p).Key(plugins[p].Key));
            }
        }
    }
}
