using System.Linq;
using HelmValues.Validation;

namespace HelmValues.Output;

/// <summary>Secrets stay out of git unless the caller says otherwise.</summary>
internal static class SecretPolicy
{
    public static void ThrowIfRefused(OutputSet set, OutputOptions options)
    {
        if (options.AllowSecrets)
        {
            return;
        }

        var refused = set
            .Files.Where(f => f.HoldsSecrets)
            .Select(f => new ValidationError(
                f.Path,
                "holds Secret values, which are not written unless secrets are explicitly allowed (OutputOptions.AllowSecrets). "
                    + $"Create the Secret in the cluster instead and reference it as existing: {f.SecretCreateCommand}"
            ))
            .ToList();
        if (refused.Count > 0)
        {
            throw new ValidationException(refused);
        }
    }
}
