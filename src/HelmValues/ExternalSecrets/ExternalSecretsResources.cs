using HelmValues.Manifests;

// The External Secrets Operator's resources, typed by the generator from the schemas of their CRDs (see
// Schemas/THIRD-PARTY-NOTICES.md): these partial declarations make them manifests a stack can write.

namespace HelmValues.ExternalSecrets.ExternalSecretV1
{
    public sealed partial record ExternalSecret : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "external-secrets.io/v1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "ExternalSecret";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }

    public sealed partial class ExternalSecretBuilder
    {
        /// <summary>Starts an ExternalSecret with its <c>apiVersion</c>, <c>kind</c>, name and namespace set.</summary>
        /// <param name="name">The object's name.</param>
        /// <param name="namespace">The object's namespace (the stack's).</param>
        public static ExternalSecretBuilder Create(string name, string @namespace) =>
            new ExternalSecretBuilder()
                .WithApiVersion(ExternalSecret.ResourceApiVersion)
                .WithKind(ExternalSecret.ResourceKind)
                .WithMetadata(m => m.WithName(name).WithNamespace(@namespace));
    }
}

namespace HelmValues.ExternalSecrets.SecretStoreV1
{
    public sealed partial record SecretStore : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "external-secrets.io/v1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "SecretStore";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }

    public sealed partial class SecretStoreBuilder
    {
        /// <summary>Starts a SecretStore with its <c>apiVersion</c>, <c>kind</c>, name and namespace set.</summary>
        /// <param name="name">The object's name.</param>
        /// <param name="namespace">The object's namespace (the stack's).</param>
        public static SecretStoreBuilder Create(string name, string @namespace) =>
            new SecretStoreBuilder()
                .WithApiVersion(SecretStore.ResourceApiVersion)
                .WithKind(SecretStore.ResourceKind)
                .WithMetadata(m => m.WithName(name).WithNamespace(@namespace));
    }
}

namespace HelmValues.ExternalSecrets.EcrAuthorizationTokenV1Alpha1
{
    public sealed partial record ECRAuthorizationToken : ICustomResource
    {
        /// <summary>The <c>apiVersion</c> of this schema.</summary>
        public const string ResourceApiVersion = "generators.external-secrets.io/v1alpha1";

        /// <summary>The kind.</summary>
        public const string ResourceKind = "ECRAuthorizationToken";

        string ICustomResource.ResourceApiVersion => ResourceApiVersion;

        string ICustomResource.ResourceKind => ResourceKind;
    }

    public sealed partial class ECRAuthorizationTokenBuilder
    {
        /// <summary>Starts an ECRAuthorizationToken with its <c>apiVersion</c>, <c>kind</c>, name and namespace set.</summary>
        /// <param name="name">The object's name.</param>
        /// <param name="namespace">The object's namespace (the stack's).</param>
        public static ECRAuthorizationTokenBuilder Create(string name, string @namespace) =>
            new ECRAuthorizationTokenBuilder()
                .WithApiVersion(ECRAuthorizationToken.ResourceApiVersion)
                .WithKind(ECRAuthorizationToken.ResourceKind)
                .WithMetadata(m => m.WithName(name).WithNamespace(@namespace));
    }
}
