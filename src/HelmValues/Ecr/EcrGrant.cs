using System.Collections.Generic;
using System.Linq;
using HelmValues.Aws;
using HelmValues.Kubernetes;

namespace HelmValues.Ecr;

/// <summary>What <see cref="IamRecipes.GrantEcr"/> gives a role: access to named repositories of one registry.</summary>
/// <param name="Role">The role.</param>
/// <param name="Registry">The registry.</param>
/// <param name="Access">Pull, or pull and push.</param>
/// <param name="Repositories">The repository names.</param>
internal sealed record EcrGrant(IamRoleArn Role, EcrRegistry Registry, EcrAccess Access, IReadOnlyList<string> Repositories)
{
    /// <summary>Whether the grant lets the role <paramref name="access"/> <paramref name="repository"/> of <paramref name="registry"/>.</summary>
    public bool Allows(EcrRegistry registry, string? repository, EcrAccess access) =>
        Registry.Equals(registry)
        && (repository is null || Repositories.Contains(repository))
        && (access == EcrAccess.Pull || Access == EcrAccess.PullAndPush);
}
