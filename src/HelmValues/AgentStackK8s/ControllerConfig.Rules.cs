using System;
using System.Linq;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.AgentStackK8s;

/// <summary>The controller's own checks on its config file (NOTES 4.1), which the schema cannot express.</summary>
public sealed partial record ControllerConfig
{
    private const string UnsafeFlag = "allow-pod-spec-patch-unsafe-command-modification";

    partial void ValidateRules(ValidationContext context)
    {
        if (PodSpecPatch is { } patch)
        {
            CheckPatchContainers(context, context.Path.Key("pod-spec-patch"), patch);
        }

        CheckDefaultResourceClass(context);
    }

    // The controller refuses to start when a patch container sets command or args (unless the unsafe flag is on),
    // when an image has upper-case letters, and a patch container without a name cannot be merged (SMP merges by name).
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
                    context.AddError(
                        path.Key("command"),
                        $"not allowed unless {UnsafeFlag} is true (the controller refuses to start); put command-bearing helpers in initContainers with restartPolicy: Always"
                    );
                }

                if (container.Args is { Count: > 0 })
                {
                    context.AddError(
                        path.Key("args"),
                        $"not allowed unless {UnsafeFlag} is true (the controller refuses to start); put command-bearing helpers in initContainers with restartPolicy: Always"
                    );
                }
            }

            if (container.Image is { } image && image.Any(char.IsUpper))
            {
                context.AddError(path.Key("image"), $"container images must be lower-case (the controller refuses \"{image}\")");
            }
        }

        foreach (var (list, key) in new[] { (patch.Containers, "containers"), (patch.InitContainers, "initContainers") })
        {
            for (var i = 0; i < (list?.Count ?? 0); i++)
            {
                if (string.IsNullOrEmpty(list![i]?.Name))
                {
                    context.AddError(
                        patchPath.Key(key).Index(i).Key("name"),
                        "is required: the patch is merged into the job's containers by name (agent, checkout, container-0, ... or a new name)"
                    );
                }
            }
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
