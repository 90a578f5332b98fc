using System.Collections.Generic;
using System.Linq;

namespace HelmValues.Aws;

/// <summary>Access to named repositories of one ECR registry, given to an IAM role (the ECR recipes' <c>GrantEcr</c>).</summary>
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
