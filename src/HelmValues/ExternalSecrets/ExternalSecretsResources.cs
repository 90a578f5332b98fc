using HelmValues.Manifests;

// The External Secrets Operator's resources, typed by the generator from the schemas of their CRDs (see
// Schemas/THIRD-PARTY-NOTICES.md): these partial declarations make them manifests a stack can write.

namespace HelmValues.ExternalSecrets.ExternalSecretV1
{
    /// <summary>An External Secrets <c>ExternalSecret</c> (<c>external-secrets.io/v1</c>).</summary>
    public sealed partial record ExternalSecret : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "external-secrets.io/v1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "ExternalSecret";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }
}

namespace HelmValues.ExternalSecrets.SecretStoreV1
{
    /// <summary>An External Secrets <c>SecretStore</c> (<c>external-secrets.io/v1</c>).</summary>
    public sealed partial record SecretStore : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "external-secrets.io/v1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "SecretStore";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }
}

namespace HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1
{
    /// <summary>An External Secrets <c>ECRAuthorizationToken</c> generator (<c>generators.external-secrets.io/v1alpha1</c>).</summary>
    public sealed partial record ECRAuthorizationToken : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "generators.external-secrets.io/v1alpha1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "ECRAuthorizationToken";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }
}
