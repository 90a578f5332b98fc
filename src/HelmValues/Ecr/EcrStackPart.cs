using System;
using System.Collections.Generic;
using System.Linq;
using HelmValues.Aws;
using HelmValues.Collections;
using HelmValues.Pipelines;
using HelmValues.Stack;
using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Ecr;

/// <summary>
/// What the ECR recipes keep in a stack: the registries its images come from, whether those may be in another account than the
/// roles, and the pull Secrets a token refresh job fills in. Its checks: each registry is in the partition and (unless allowed)
/// the account of every role that pulls from it, and the pipeline's <c>ecr</c> plugin logs in to a registry's region.
/// </summary>
/// <param name="Registries">The registries, in the order the recipes named them.</param>
/// <param name="AllowCrossAccount">Whether a registry may be in another account than the roles.</param>
/// <param name="RefreshedSecrets">The names of the pull Secrets that a token refresh CronJob fills in.</param>
internal sealed record EcrStackPart(IReadOnlyList<EcrRegistry> Registries, bool AllowCrossAccount, IReadOnlyList<string> RefreshedSecrets)
    : IStackPart
{
    public static EcrStackPart Empty { get; } =
        new(ValueList.From(Array.Empty<EcrRegistry>()), false, ValueList.From(Array.Empty<string>()));

    /// <summary>This part with <paramref name="registry"/> added.</summary>
    public EcrStackPart AddRegistry(EcrRegistry registry) => this with { Registries = ValueList.Append(Registries, registry) };

    /// <summary>This part with the pull Secret <paramref name="name"/>, which a token refresh fills in, added.</summary>
    public EcrStackPart AddRefreshedSecret(string name) => this with { RefreshedSecrets = ValueList.Append(RefreshedSecrets, name) };

    // An ECR registry must be in the partition and (unless allowed) the account of the roles that pull from it, and
    // the pipeline's ecr plugin must log in to the registry's region.
    public void Check(StackState stack, ValidationContext context)
    {
        // Loops rather than queries, paths only for problems: this runs for every stack validated.
        for (var r = 0; r < Registries.Count; r++)
        {
            var registry = Registries[r];
            if (IndexOf(Registries, registry) < r)
            {
                continue;
            }

            for (var i = 0; i < stack.Roles.Count; i++)
            {
                CheckRole(stack.Roles[i], registry, context);
            }

            foreach (var use in StackChecks.PipelineRoles(stack.Pipeline))
            {
                CheckRole(use, registry, context);
            }
        }

        if (Registries.Count == 0)
        {
            return;
        }

        foreach (var (plugin, path) in StackChecks.PipelinePlugins(stack.Pipeline))
        {
            if (plugin is EcrPlugin { Region: var region } && IndexOfRegion(region) < 0)
            {
                var regions = Registries.Select(r => r.Region).Distinct().Order(StringComparer.Ordinal);
                context.AddError(path.Key("region"), $"is {region}, but the stack's ECR registries are in {string.Join(", ", regions)}");
            }
        }
    }

    private void CheckRole(RoleUse use, EcrRegistry registry, ValidationContext context)
    {
        if (use.Role.Partition != registry.Partition)
        {
            context.AddError(
                use.Path,
                $"role {use.Role} is in partition {use.Role.Partition}, but the ECR registry {registry} is in {registry.Partition}"
            );
        }
        else if (use.Role.AccountId != registry.AccountId && !AllowCrossAccount)
        {
            context.AddError(
                use.Path,
                $"role {use.Role} is in account {use.Role.AccountId}, but the ECR registry {registry} is in account {registry.AccountId} "
                    + "(if the registry policy grants that account access, call AllowCrossAccountRegistries())"
            );
        }
    }

    private static int IndexOf(IReadOnlyList<EcrRegistry> registries, EcrRegistry registry)
    {
        for (var i = 0; i < registries.Count; i++)
        {
            if (registries[i].Equals(registry))
            {
                return i;
            }
        }

        return -1;
    }

    private int IndexOfRegion(string region)
    {
        for (var i = 0; i < Registries.Count; i++)
        {
            if (Registries[i].Region == region)
            {
                return i;
            }
        }

        return -1;
    }

    public bool FillsInCluster(V1Secret secret) => secret.Metadata?.Name is { } name && RefreshedSecrets.Contains(name);
}
