using System;
using System.Linq;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.AgentStackK8s;

/// <summary>The controller's own checks on its config file (NOTES 4.1), which the schema cannot express.</summary>
public sealed partial record ControllerConfig
{
    private const string CommandRule =
        "not allowed unless allow-pod-spec-patch-unsafe-command-modification is true (the controller refuses to start); put command-bearing helpers in initContainers with restartPolicy: Always";

    partial void ValidateRules(ValidationContext context)
    {
        if (PodSpecPatch is { } patch)
        {
            var patchPath = context.Path.Key("pod-spec-patch");
            CheckPatchContainers(context, patchPath, patch);
            CheckOverhead(context, patchPath, patch);
            WarnPodLevelResources(context, patchPath, patch);
        }

        CheckDefaultResourceClass(context);
        CheckRequiredValues(context);
        CheckTags(context);
        WarnNegativeGracePeriod(context);
        CheckJobRules(context);
    }

    // controller.Run reads each tag with agenttags.TagMapFromTags, which refuses one without `=`: the controller stops.
    private void CheckTags(ValidationContext context)
    {
        for (var i = 0; i < (Tags?.Count ?? 0); i++)
        {
            if (Tags![i] is { } tag && !tag.Contains('=', StringComparison.Ordinal))
            {
                context.AddError(
                    context.Path.Key("tags").Index(i),
                    $"\"{tag}\" is not key=value (queue=kubernetes): the controller refuses the tag and stops"
                );
            }
        }
    }

    // validateConfig marks it `validate:"required"`, which for a number means non-zero; Kubernetes accepts a negative
    // terminationGracePeriodSeconds on a pod with a warning and uses 1 second instead.
    private void WarnNegativeGracePeriod(ValidationContext context)
    {
        if (DefaultTerminationGracePeriodSeconds == 0)
        {
            context.AddError(context.Path.Key("default-termination-grace-period-seconds"), "must not be 0: " + RequiredRule);
        }
        else if (DefaultTerminationGracePeriodSeconds is < 0 and var seconds)
        {
            context.AddWarning(
                context.Path.Key("default-termination-grace-period-seconds"),
                $"{seconds} is negative: Kubernetes uses 1 second instead (and warns when the job's pod is created)"
            );
        }
    }

    // Keys the controller's validateConfig requires and the chart's schema does not declare, so that nothing but the
    // controller notices a null: Helm keeps a null the defaults lack (3.20.1 and later), the user's key overrides the
    // template's line, and the controller refuses to start. (A null for a key the schema types, such as job-prefix, is
    // refused by Helm's check already.)
    private static readonly string[] NullRefusedByController = ["agent-token-secret", "namespace"];

    private const string RequiredRule = "the controller requires a value here (validate:\"required\") and refuses to start";

    private void CheckRequiredValues(ValidationContext context)
    {
        foreach (var key in NullRefusedByController)
        {
            if (Collections.NullKeys.Contains(NullKeys, key))
            {
                context.AddError(
                    context.Path.Key(key),
                    "must not be null: Helm keeps the null (the chart has no default for it), it overrides the chart's template, and the controller refuses to start without a value; remove the key to keep the chart's"
                );
            }
        }

        // An empty string passes Helm and the template alike; validate:"required" refuses it.
        RequireNotEmpty(context, "agent-token-secret", AgentTokenSecret);
        RequireNotEmpty(context, "image", Image);
        RequireNotEmpty(context, "job-prefix", JobPrefix);
        RequireNotEmpty(context, "namespace", Namespace);

        if (Image is { } image && image.Any(char.IsUpper))
        {
            context.AddError(
                context.Path.Key("image"),
                $"must be lower-case: the controller cannot parse \"{image}\" as an image reference and does not start"
            );
        }
    }

    private static void RequireNotEmpty(ValidationContext context, string key, string? value)
    {
        if (value is { Length: 0 })
        {
            context.AddError(context.Path.Key(key), "must not be empty: " + RequiredRule);
        }
    }

    // The controller refuses to start when a patch container sets command or args (unless the unsafe flag is on) or
    // when an image has upper-case letters. A container without a name is caught by the definitions' required fields.
    private void CheckPatchContainers(ValidationContext context, ValuePath patchPath, V1PodSpec patch)
    {
        var containers = patch.Containers ?? Array.Empty<V1Container>();
        for (var i = 0; i < containers.Count; i++)
        {
            var container = containers[i];
            var path = patchPath.Key("containers").Index(i);
            if (container is null)
            {
                continue;
            }

            if (AllowPodSpecPatchUnsafeCommandModification != true)
            {
                if (container.Command is { Count: > 0 })
                {
                    context.AddError(path.Key("command"), CommandRule);
                }

                if (container.Args is { Count: > 0 })
                {
                    context.AddError(path.Key("args"), CommandRule);
                }
            }

            if (container.Image is { } image && image.Any(char.IsUpper))
            {
                context.AddError(path.Key("image"), $"container images must be lower-case (the controller refuses \"{image}\")");
            }
        }
    }

    // The RuntimeClass admission plugin refuses a pod that sets overhead without a RuntimeClass defining it.
    private static void CheckOverhead(ValidationContext context, ValuePath patchPath, V1PodSpec patch)
    {
        if (patch.Overhead is { Count: > 0 } && string.IsNullOrEmpty(patch.RuntimeClassName))
        {
            context.AddError(
                patchPath.Key("overhead"),
                "is set without runtimeClassName: Kubernetes refuses the job's pod (pod overhead comes from a RuntimeClass)"
            );
        }
    }

    // The docs' "default resources" recipe is mis-indented into PodSpec.resources (pod-level resources, a separate
    // feature); it is valid, so only a warning, but it is almost never what was meant.
    private static void WarnPodLevelResources(ValidationContext context, ValuePath patchPath, V1PodSpec patch)
    {
        if (patch.Resources is not null)
        {
            context.AddWarning(
                patchPath.Key("resources"),
                "sets pod-level resources (PodSpec.resources, the PodLevelResources feature); per-container defaults go under containers[].resources or initContainers[].resources"
            );
        }
    }

    private void CheckDefaultResourceClass(ValidationContext context)
    {
        if (DefaultResourceClassName is not { Length: > 0 } name)
        {
            return;
        }

        var path = context.Path.Key("default-resource-class-name");
        if (ResourceClasses is null || ResourceClasses.Count == 0)
        {
            context.AddError(path, $"\"{name}\" is set but no resource-classes are defined");
        }
        else if (!ResourceClasses.ContainsKey(name))
        {
            context.AddError(
                path,
                $"\"{name}\" is not one of the resource-classes ({string.Join(", ", ResourceClasses.Keys.Order(StringComparer.Ordinal))})"
            );
        }
    }
}
