namespace HelmValues.Kubernetes;

/// <summary>
/// The built-in values of a Secret's <c>type</c>. The API server requires the keys listed for each, and so does
/// <see cref="Manifests.ManifestValidator"/>.
/// </summary>
public static class SecretTypes
{
    /// <summary>Arbitrary user data; what an unset <c>type</c> means.</summary>
    public const string Opaque = "Opaque";

    /// <summary>A service account token; needs the annotation <c>kubernetes.io/service-account.name</c>.</summary>
    public const string ServiceAccountToken = "kubernetes.io/service-account-token";

    /// <summary>A legacy <c>~/.dockercfg</c> file; needs the key <c>.dockercfg</c> holding a JSON object.</summary>
    public const string DockerCfg = "kubernetes.io/dockercfg";

    /// <summary>A <c>~/.docker/config.json</c> file for <c>imagePullSecrets</c>; needs the key <c>.dockerconfigjson</c> holding a JSON object.</summary>
    public const string DockerConfigJson = "kubernetes.io/dockerconfigjson";

    /// <summary>Basic authentication; needs the key <c>username</c> or <c>password</c>.</summary>
    public const string BasicAuth = "kubernetes.io/basic-auth";

    /// <summary>SSH authentication; needs the key <c>ssh-privatekey</c>.</summary>
    public const string SshAuth = "kubernetes.io/ssh-auth";

    /// <summary>A TLS certificate and its key; needs the keys <c>tls.crt</c> and <c>tls.key</c>.</summary>
    public const string Tls = "kubernetes.io/tls";
}
