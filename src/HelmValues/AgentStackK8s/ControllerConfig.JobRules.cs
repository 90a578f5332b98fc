using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using HelmValues.Aws;
using HelmValues.Kubernetes;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.AgentStackK8s;

/// <summary>
/// What Kubernetes refuses in the Jobs the controller builds from its config: the controller starts, and every job fails.
/// </summary>
public sealed partial record ControllerConfig
{
    private const string JobRefused = "Kubernetes refuses every Job the controller creates";

    // Keys convertDurations (cmd/controller/flags.go) turns into nanoseconds wherever they appear in the config's maps.
    private static readonly HashSet<string> ConvertedDurationKeys = new(StringComparer.Ordinal)
    {
        "container-start-timeout",
        "empty-job-grace-period",
        "http-timeout",
        "image-pull-backoff-grace-period",
        "job-cancel-checker-poll-interval",
        "job-ttl",
        "pod-pending-timeout",
        "poll-interval",
        "query-reset-interval",
    };

    private void CheckJobRules(ValidationContext context)
    {
        if (JobTtl is { } ttl && ttl < TimeSpan.Zero)
        {
            context.AddError(
                context.Path.Key("job-ttl"),
                $"must not be negative: it becomes the Job's ttlSecondsAfterFinished, and {JobRefused}"
            );
        }

        if (DefaultMetadata?.Labels is { } labels)
        {
            var labelsPath = context.Path.Key("default-metadata").Key("labels");
            LabelRules.Check(context, labelsPath, labels);
            CheckConvertedDurations(context, labelsPath, labels);
        }

        if (DefaultMetadata?.Annotations is { } annotations)
        {
            CheckConvertedDurations(context, context.Path.Key("default-metadata").Key("annotations"), annotations);
        }

        if (WorkspaceVolume is { } workspace)
        {
            CheckOneSource(context, context.Path.Key("workspace-volume"), workspace);
        }

        if (PodSpecPatch is { } patch)
        {
            var patchPath = context.Path.Key("pod-spec-patch");
            CheckAddedContainers(context, patchPath, "containers", patch.Containers, ControllerContainer());
            CheckAddedContainers(context, patchPath, "initContainers", patch.InitContainers, ControllerInitContainer());
            for (var i = 0; i < (patch.Containers?.Count ?? 0); i++)
            {
                RoleArnEnv.Check(context, patchPath.Key("containers").Index(i).Key("env"), patch.Containers![i]?.Env);
            }

            for (var i = 0; i < (patch.InitContainers?.Count ?? 0); i++)
            {
                RoleArnEnv.Check(context, patchPath.Key("initContainers").Index(i).Key("env"), patch.InitContainers![i]?.Env);
            }

            if (patch.NodeSelector is { } nodeSelector)
            {
                CheckConvertedDurations(context, patchPath.Key("nodeSelector"), nodeSelector);
            }

            for (var i = 0; i < (patch.Volumes?.Count ?? 0); i++)
            {
                if (patch.Volumes![i] is { } volume)
                {
                    CheckOneSource(context, patchPath.Key("volumes").Index(i), volume);
                }
            }
        }
    }

    private static void CheckOneSource(ValidationContext context, ValuePath path, V1Volume volume)
    {
        if (VolumeSources.Count(volume) > 1)
        {
            context.AddError(path, $"sets more than one volume source: {JobRefused} ('may not specify more than 1 volume type')");
        }
    }

    // A patch container whose name matches none of the controller's is added to the pod as it is, so it needs an image. The
    // list is under `key` of the patch; its path is made only for a problem.
    private static void CheckAddedContainers(
        ValidationContext context,
        ValuePath patchPath,
        string key,
        IList<V1Container>? containers,
        Regex controllers
    )
    {
        for (var i = 0; i < (containers?.Count ?? 0); i++)
        {
            if (containers![i] is { Name: { } name } container && string.IsNullOrEmpty(container.Image) && !controllers.IsMatch(name))
            {
                context.AddError(
                    patchPath.Key(key).Index(i).Key("image"),
                    $"is required: `{name}` is not a container the controller builds, so the patch adds it as written and {JobRefused}"
                );
            }
        }
    }

    // convertDurations turns the string into a number, which a map of strings cannot hold: the controller does not start.
    private static void CheckConvertedDurations(ValidationContext context, ValuePath path, IEnumerable<KeyValuePair<string, string>> map)
    {
        var converted = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in map)
        {
            if (ConvertedDurationKeys.Contains(key) && GoDuration.TryParse(value, out _))
            {
                converted[key] = value;
            }
        }

        foreach (var (key, value) in converted)
        {
            context.AddError(
                path.Key(key),
                $"the controller reads every `{key}` in its config as a duration and turns \"{value}\" into a number, which cannot be a string here: it refuses to start; rename the key"
            );
        }
    }

    // The containers the controller builds, which a patch container of the same name changes rather than adds. Generated, so
    // they are compiled with the library and made on first use: a static constructor building them cost every process
    // about 4 ms at start, for a check few stacks reach.
    [GeneratedRegex("^(agent|checkout|container-[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ControllerContainer();

    [GeneratedRegex("^(copy-agent|imagecheck-[0-9]+)$", RegexOptions.CultureInvariant)]
    private static partial Regex ControllerInitContainer();
}
