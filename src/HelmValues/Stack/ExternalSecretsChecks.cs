using System.Collections.Generic;
using System.Linq;
using HelmValues.ExternalSecrets.ExternalSecretV1;
using HelmValues.Validation;
using ECRAuthorizationToken = HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1.ECRAuthorizationToken;
using SecretStore = HelmValues.ExternalSecrets.SecretStoreV1.SecretStore;

namespace HelmValues.Stack;

/// <summary>
/// The references between External Secrets objects and the rest of the stack: an ExternalSecret's store or generator, and the
/// ServiceAccount a store or generator authenticates as, must be in the stack (or, for a ServiceAccount, declared existing).
/// </summary>
internal static class ExternalSecretsChecks
{
    /// <summary>
    /// True when one of the stack's ExternalSecrets writes the Secret <paramref name="name"/>: its <c>spec.target.name</c>,
    /// else the ExternalSecret's own name.
    /// </summary>
    public static bool RendersSecret(StackState state, string name)
    {
        for (var i = 0; i < state.Resources.Count; i++)
        {
            if (state.Resources[i] is ExternalSecret secret && (secret.Spec?.Target?.Name ?? secret.Metadata?.Name) == name)
            {
                return true;
            }
        }

        return false;
    }

    public static void Run(StackState state, ValidationContext context)
    {
        if (state.Resources.Count == 0)
        {
            // Nothing to check, and no sets to build (most stacks have no External Secrets objects).
            return;
        }

        var resources = state.Resources.Select(r => (r.ResourceKind, r.Metadata?.Name ?? "")).ToHashSet();
        var accounts = state
            .Manifests.Where(m => m.Kind == "ServiceAccount")
            .Select(m => m.Metadata?.Name)
            .Concat(state.Existing.Where(e => e.Kind == "ServiceAccount").Select(e => e.Name))
            .ToHashSet();
        foreach (var resource in state.Resources)
        {
            var path = ValuePath.Root.Key(AgentStack.ManifestFile(resource)).Key("spec");
            switch (resource)
            {
                case ExternalSecret { Spec: { } spec }:
                    CheckStore(context, path, spec, resources);
                    CheckGenerators(context, path, spec, resources);
                    break;
                case SecretStore { Spec.Provider.Aws.Auth.Jwt.ServiceAccountRef.Name: { } name }:
                    CheckAccount(context, path.Key("provider").Key("aws").Key("auth"), name, accounts);
                    break;
                case ECRAuthorizationToken { Spec.Auth.Jwt.ServiceAccountRef.Name: { } name }:
                    CheckAccount(context, path.Key("auth"), name, accounts);
                    break;
            }
        }
    }

    private static void CheckStore(ValidationContext context, ValuePath path, Spec spec, HashSet<(string, string)> resources)
    {
        // A ClusterSecretStore is cluster-wide, made outside the release namespace: the stack cannot know it.
        if (
            spec.SecretStoreRef is { Name: { } name } store
            && store.Kind is null or Kind.SecretStore
            && !resources.Contains(("SecretStore", name))
        )
        {
            context.AddError(
                path.Key("secretStoreRef").Key("name"),
                $"SecretStore \"{name}\" is not in the stack (a SecretStore is namespaced: the ExternalSecret can only use one in its namespace)"
            );
        }
    }

    private static void CheckGenerators(ValidationContext context, ValuePath path, Spec spec, HashSet<(string, string)> resources)
    {
        for (var i = 0; i < (spec.DataFrom?.Count ?? 0); i++)
        {
            if (
                spec.DataFrom![i].SourceRef?.GeneratorRef
                    is { Name: { } name, Kind: DataFromItemSourceRefGeneratorRefKind.ECRAuthorizationToken }
                && !resources.Contains((ECRAuthorizationToken.ResourceKind, name))
            )
            {
                context.AddError(
                    path.Key("dataFrom").Index(i).Key("sourceRef").Key("generatorRef").Key("name"),
                    $"{ECRAuthorizationToken.ResourceKind} \"{name}\" is not in the stack (a generator is namespaced: the ExternalSecret can only use one in its namespace)"
                );
            }
        }
    }

    private static void CheckAccount(ValidationContext context, ValuePath path, string name, HashSet<string?> accounts)
    {
        if (!accounts.Contains(name))
        {
            context.AddError(
                path.Key("jwt").Key("serviceAccountRef").Key("name"),
                $"ServiceAccount \"{name}\" is neither in the stack nor declared existing (add it, or call WithExistingServiceAccount(\"{name}\"))"
            );
        }
    }
}
