using HelmValues.Validation;
using k8s.Models;

namespace HelmValues.Manifests;

/// <summary>
/// A custom resource typed from its CRD's schema by the generator (a root record with <c>apiVersion</c>, <c>kind</c>,
/// <c>metadata</c> and <c>spec</c>), which a stack writes as a manifest beside the <c>k8s.Models</c> ones.
/// </summary>
/// <remarks>The generated root records implement it through a hand-written partial declaration.</remarks>
internal interface ICustomResource : IValuesObject
{
    /// <summary>The <c>apiVersion</c> the CRD serves the typed schema under (<c>external-secrets.io/v1</c>).</summary>
    string ResourceApiVersion { get; }

    /// <summary>The CRD's kind (<c>ExternalSecret</c>).</summary>
    string ResourceKind { get; }

    string? ApiVersion { get; }

    string? Kind { get; }

    V1ObjectMeta? Metadata { get; }

    /// <summary>The typed rules and the CRD schema's verdict; paths start at the object.</summary>
    ValidationResult Validate();
}

/// <summary>Checks of a custom resource as a manifest: its header and metadata, then its own rules and its CRD schema.</summary>
internal static class CustomResources
{
    public static void Validate(ValidationContext context, ValuePath path, ICustomResource resource)
    {
        if (resource.ApiVersion != resource.ResourceApiVersion)
        {
            context.AddError(
                path.Key("apiVersion"),
                resource.ApiVersion is null
                    ? $"is required ({resource.ResourceApiVersion})"
                    : $"must be {resource.ResourceApiVersion} for a {resource.ResourceKind} (is \"{resource.ApiVersion}\")"
            );
        }

        if (resource.Kind != resource.ResourceKind)
        {
            context.AddError(
                path.Key("kind"),
                resource.Kind is null
                    ? $"is required ({resource.ResourceKind})"
                    : $"must be {resource.ResourceKind} (is \"{resource.Kind}\")"
            );
        }

        ManifestValidator.ValidateMetadata(context, path, resource.Metadata, resource.ResourceKind);
        foreach (var problem in resource.Validate().Problems)
        {
            // The metadata was checked above, as a manifest's; the CRD leaves it to the API server.
            if (problem.Path == "metadata" || problem.Path.StartsWith("metadata.", System.StringComparison.Ordinal))
            {
                continue;
            }

            var prefix = path.ToString();
            var nested =
                problem.Path.Length == 0 ? prefix
                : problem.Path[0] == '[' ? prefix + problem.Path
                : prefix + "." + problem.Path;
            context.Add(problem with { Path = nested });
        }
    }
}
