using System;
using System.Collections.Generic;
using System.Text;
using HelmValues.Kubernetes;
using HelmValues.Validation;
using k8s;
using k8s.Models;

namespace HelmValues.Manifests;

/// <summary>
/// Checks Kubernetes manifests (<c>k8s.Models</c> objects such as <c>V1ServiceAccount</c> or <c>V1Secret</c>) against the
/// rules the API server applies, so a bad manifest fails here, with every problem and its path, instead of in the
/// cluster after a GitOps sync.
/// </summary>
/// <remarks>
/// <para>The rules:</para>
/// <list type="bullet">
/// <item><c>apiVersion</c> and <c>kind</c> are set and match the model type; <c>metadata.name</c> is set.</item>
/// <item>Names: a lowercase RFC 1123 subdomain (at most 253 characters); an RFC 1123 label for Namespaces, an RFC 1035
/// label for Services, a path segment for Roles, ClusterRoles and their bindings; at most 52 characters for CronJobs.</item>
/// <item><c>metadata.namespace</c>: an RFC 1123 label (at most 63 characters).</item>
/// <item>Label keys and annotation keys: an optional RFC 1123 subdomain prefix and <c>/</c>, then a name of at most 63
/// characters; label values: at most 63 characters; annotations: at most 256 KiB in total (keys and values, UTF-8).</item>
/// <item>Fields the API server sets (<c>creationTimestamp</c>, <c>resourceVersion</c>, <c>uid</c>, …) are unset.</item>
/// <item>Secret <c>data</c> and <c>stringData</c> keys (and ConfigMap <c>data</c> and <c>binaryData</c> keys): at most
/// 253 characters of letters, digits, <c>-</c>, <c>_</c> and <c>.</c>; a Secret's values at most 1 MiB in total; each
/// built-in Secret type's required keys (see <see cref="SecretTypes"/>).</item>
/// <item>What other layers add through <see cref="ManifestRules"/>: the IRSA annotations of ServiceAccounts (<c>HelmValues.Aws.Irsa</c>).</item>
/// <item>The Kubernetes definitions' required fields and allowed values, checked by the codec the generator made for the
/// object's type (<see cref="KubernetesCodecs"/>); an object of a type without one cannot be written, which is an error.</item>
/// </list>
/// <para>Messages never contain Secret values.</para>
/// </remarks>
/// <example>
/// <code>
/// var result = ManifestValidator.Validate(new ServiceAccountBuilder().WithName("Buildkite_Agent").Build());
/// // metadata.name: must be a lowercase RFC 1123 subdomain: … (is "Buildkite_Agent")
/// </code>
/// </example>
public static class ManifestValidator
{
    /// <summary>The most a Secret's values may hold in total (<c>MaxSecretSize</c>).</summary>
    private const int MaxSecretSize = 1024 * 1024;

    /// <summary>The most the annotations of one object may hold in total (<c>TotalAnnotationSizeLimitB</c>).</summary>
    private const int MaxAnnotationsSize = 256 * 1024;

    /// <summary>Checks one manifest; paths start at the object (<c>metadata.name</c>).</summary>
    /// <param name="manifest">The object.</param>
    public static ValidationResult Validate(IKubernetesObject manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        var context = new ValidationContext();
        Validate(context, manifest);
        return context.ToResult();
    }

    /// <summary>Checks several manifests; paths start with the index of the object (<c>[1].metadata.name</c>).</summary>
    /// <param name="manifests">The objects, in the order they are written.</param>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static ValidationResult Validate(IEnumerable<IKubernetesObject> manifests)
    {
        var list = ToList(manifests);
        var context = new ValidationContext();
        context.ValidateItems(list, Validate);
        return context.ToResult();
    }

    /// <summary>Checks one manifest, reporting problems below <paramref name="context"/>'s current path.</summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="manifest">The object.</param>
    public static void Validate(ValidationContext context, IKubernetesObject manifest) => ValidateReadingDockerConfig(context, manifest);

    /// <summary>
    /// <see cref="Validate(ValidationContext, IKubernetesObject)"/>, giving back the docker config it read to check a
    /// docker-registry Secret (null for any other manifest): the stack's output reads the registry from it for the Secret's
    /// command, and so parses it once.
    /// </summary>
    internal static DockerConfigLogin.Summary? ValidateReadingDockerConfig(ValidationContext context, IKubernetesObject manifest)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(manifest);
        DockerConfigLogin.Summary? dockerConfig = null;
        var path = context.Path;
        var codec = KubernetesCodecs.For(manifest.GetType());
        ValidateHeader(context, path, manifest, codec);
        var metadata = manifest is IMetadata<V1ObjectMeta> withMetadata ? withMetadata.Metadata : null;
        ValidateMetadata(context, path, metadata, codec?.Kind ?? manifest.Kind);
        switch (manifest)
        {
            case V1Secret secret:
                dockerConfig = ValidateSecret(context, path, secret);
                break;
            case V1ConfigMap configMap:
                ValidateKeys(context, path, "data", configMap.Data);
                ValidateKeys(context, path, "binaryData", configMap.BinaryData);
                break;
        }

        ManifestRules.Run(context, path, manifest);

        codec?.ValidateObject(context, manifest, asPatch: false);
        return dockerConfig;
    }

    /// <summary>Copies the manifests into a list, refusing null items.</summary>
    internal static List<IKubernetesObject> ToList(IEnumerable<IKubernetesObject> manifests)
    {
        ArgumentNullException.ThrowIfNull(manifests);
        var list = new List<IKubernetesObject>(manifests);
        if (list.Contains(null!))
        {
            throw new ArgumentException("A manifest is null.", nameof(manifests));
        }

        return list;
    }

    // A kind's codec knows its apiVersion and kind; an object of a type without a codec cannot be written at all.
    private static void ValidateHeader(ValidationContext context, ValuePath path, IKubernetesObject manifest, KubernetesCodec? codec)
    {
        if (codec is null)
        {
            context.AddError(path, "cannot be written: " + KubernetesCodecs.Missing(manifest.GetType()));
        }

        var apiVersion = codec?.ApiVersion;
        if (string.IsNullOrEmpty(manifest.ApiVersion))
        {
            context.AddError(path.Key("apiVersion"), apiVersion is null ? "is required" : $"is required ({apiVersion})");
        }
        else if (apiVersion is not null && manifest.ApiVersion != apiVersion)
        {
            context.AddError(
                path.Key("apiVersion"),
                $"must be {apiVersion} for a {manifest.GetType().Name} (is \"{manifest.ApiVersion}\")"
            );
        }

        var kind = codec?.Kind;
        if (string.IsNullOrEmpty(manifest.Kind))
        {
            context.AddError(path.Key("kind"), kind is null ? "is required" : $"is required ({kind})");
        }
        else if (kind is not null && manifest.Kind != kind)
        {
            context.AddError(path.Key("kind"), $"must be {kind} for a {manifest.GetType().Name} (is \"{manifest.Kind}\")");
        }
    }

    // The metadata of the object at `objectPath`. Paths below it are made for problems only: most manifests have none.
    internal static void ValidateMetadata(ValidationContext context, ValuePath objectPath, V1ObjectMeta? metadata, string? kind)
    {
        if (string.IsNullOrEmpty(metadata?.Name))
        {
            context.AddError(objectPath.Key("metadata").Key("name"), "is required: manifests are applied by name");
        }
        else if (CheckName(kind, metadata.Name) is { } problem)
        {
            context.AddError(objectPath.Key("metadata").Key("name"), problem);
        }

        if (metadata is null)
        {
            return;
        }

        if (metadata.NamespaceProperty is { } ns && KubernetesNames.CheckDnsLabel(ns) is { } nsProblem)
        {
            context.AddError(objectPath.Key("metadata").Key("namespace"), nsProblem);
        }

        ValidateServerFields(context, objectPath, metadata);
        if (metadata.Labels is { } labels)
        {
            LabelRules.Check(context, objectPath.Key("metadata").Key("labels"), labels);
        }

        if (metadata.Annotations is { } annotations)
        {
            ValidateAnnotations(context, objectPath, annotations);
        }
    }

    private static void ValidateAnnotations(ValidationContext context, ValuePath objectPath, IDictionary<string, string> annotations)
    {
        long size = 0;
        var keyProblems = false;
        foreach (var (key, value) in MapEntries.Of(annotations))
        {
            keyProblems |= KubernetesNames.CheckAnnotationKey(key) is not null;
            size += Encoding.UTF8.GetByteCount(key) + (value is null ? 0 : Encoding.UTF8.GetByteCount(value));
        }

        // Sorted only to report, in the order the keys are written.
        if (keyProblems)
        {
            foreach (var (key, _) in Sorted(annotations))
            {
                if (KubernetesNames.CheckAnnotationKey(key) is { } keyProblem)
                {
                    context.AddError(objectPath.Key("metadata").Key("annotations").Key(key), "the key " + keyProblem);
                }
            }
        }

        if (size > MaxAnnotationsSize)
        {
            context.AddError(
                objectPath.Key("metadata").Key("annotations"),
                $"must be at most {MaxAnnotationsSize} bytes (256 KiB) in total, keys and values in UTF-8 (is {size})"
            );
        }
    }

    private static string? CheckName(string? kind, string name) =>
        kind switch
        {
            "Namespace" => KubernetesNames.CheckDnsLabel(name),
            "Service" => KubernetesNames.CheckDns1035Label(name),
            "Role" or "RoleBinding" or "ClusterRole" or "ClusterRoleBinding" => KubernetesNames.CheckPathSegmentName(name),

            // The CronJob controller names each Job "<cronjob>-<11-character suffix>", and Job names are at most 63.
            "CronJob" when name.Length > 52 =>
                $"must be at most 52 characters: the CronJob's Jobs get an 11-character suffix (is {name.Length} characters long)",
            _ => KubernetesNames.CheckDnsSubdomain(name),
        };

    // These describe an object the API server already holds; a manifest that sets them fails or fights the server.
    private static void ValidateServerFields(ValidationContext context, ValuePath objectPath, V1ObjectMeta metadata)
    {
        ReportServerField(context, objectPath, "creationTimestamp", metadata.CreationTimestamp is not null);
        ReportServerField(context, objectPath, "deletionGracePeriodSeconds", metadata.DeletionGracePeriodSeconds is not null);
        ReportServerField(context, objectPath, "deletionTimestamp", metadata.DeletionTimestamp is not null);
        ReportServerField(context, objectPath, "generation", metadata.Generation is not null);
        ReportServerField(context, objectPath, "managedFields", metadata.ManagedFields is not null);
        ReportServerField(context, objectPath, "resourceVersion", metadata.ResourceVersion is not null);
        ReportServerField(context, objectPath, "selfLink", metadata.SelfLink is not null);
        ReportServerField(context, objectPath, "uid", metadata.Uid is not null);
    }

    private static void ReportServerField(ValidationContext context, ValuePath objectPath, string key, bool isSet)
    {
        if (isSet)
        {
            context.AddError(objectPath.Key("metadata").Key(key), "is set by the API server: leave it out of manifests");
        }
    }

    // The docker config it read for a docker-registry Secret, else null.
    private static DockerConfigLogin.Summary? ValidateSecret(ValidationContext context, ValuePath path, V1Secret secret)
    {
        ValidateKeys(context, path, "data", secret.Data);
        ValidateKeys(context, path, "stringData", secret.StringData);

        // The API server merges stringData into data (stringData wins) before it checks the size and the required keys.
        long size = 0;
        foreach (var (key, value) in MapEntries.Of(secret.Data))
        {
            size += secret.StringData?.ContainsKey(key) == true ? 0 : value?.Length ?? 0;
        }

        foreach (var (_, value) in MapEntries.Of(secret.StringData))
        {
            size += value is null ? 0 : Encoding.UTF8.GetByteCount(value);
        }

        if (size > MaxSecretSize)
        {
            context.AddError(path.Key("data"), $"must hold at most {MaxSecretSize} bytes (1 MiB) of values in total (holds {size})");
        }

        var type = string.IsNullOrEmpty(secret.Type) ? SecretTypes.Opaque : secret.Type;
        switch (type)
        {
            case SecretTypes.DockerConfigJson:
                return RequireJsonObject(context, path, secret, DockerConfigJsonEncoder.Key, type);
            case SecretTypes.DockerCfg:
                RequireJsonObject(context, path, secret, ".dockercfg", type);
                break;
            case SecretTypes.BasicAuth when !Has(secret, "username") && !Has(secret, "password"):
                context.AddError(path.Key("data"), $"must have the key username or password for a Secret of type {type}");
                break;
            case SecretTypes.SshAuth:
                Require(context, path, secret, "ssh-privatekey", type);
                break;
            case SecretTypes.Tls:
                Require(context, path, secret, "tls.crt", type);
                Require(context, path, secret, "tls.key", type);
                break;
            case SecretTypes.ServiceAccountToken
                when secret.Metadata?.Annotations?.ContainsKey("kubernetes.io/service-account.name") != true:
                context.AddError(
                    path.Key("metadata").Key("annotations").Key("kubernetes.io/service-account.name"),
                    $"is required for a Secret of type {type}: it names the ServiceAccount the token is for"
                );
                break;
        }

        return null;
    }

    private static bool Has(V1Secret secret, string key) =>
        secret.StringData?.ContainsKey(key) == true || secret.Data?.ContainsKey(key) == true;

    private static bool Require(ValidationContext context, ValuePath path, V1Secret secret, string key, string type)
    {
        if (Has(secret, key))
        {
            return true;
        }

        context.AddError(path.Key("data").Key(key), $"is required for a Secret of type {type}");
        return false;
    }

    // The API server unmarshals these keys into Go's docker config types and refuses what does not fit.
    // The content is a credential: the message says what is wrong, never what is there.
    // The summary is null when the key is missing.
    private static DockerConfigLogin.Summary? RequireJsonObject(
        ValidationContext context,
        ValuePath path,
        V1Secret secret,
        string key,
        string type
    )
    {
        if (!Require(context, path, secret, key, type))
        {
            return null;
        }

        var summary = DockerConfigLogin.Read(secret, key);
        if (!summary.IsObject)
        {
            context.AddError(path.Key("data").Key(key), $"must be a JSON object (a Docker config file) for a Secret of type {type}");
        }

        return summary;
    }

    // The keys of the map `field` of the object at `path`: sorted, and their paths made, only when one has a problem.
    private static void ValidateKeys<T>(ValidationContext context, ValuePath path, string field, IDictionary<string, T>? map)
    {
        var problems = false;
        foreach (var (key, _) in MapEntries.Of(map))
        {
            problems |= KubernetesNames.CheckConfigKey(key) is not null;
        }

        if (!problems)
        {
            return;
        }

        var sorted = new List<string>(map!.Keys);
        sorted.Sort(StringComparer.Ordinal);
        foreach (var key in sorted)
        {
            if (KubernetesNames.CheckConfigKey(key) is { } problem)
            {
                context.AddError(path.Key(field).Key(key), "the key " + problem);
            }
        }
    }

    // Maps are reported in ordinal key order, as they are written.
    private static List<KeyValuePair<string, string>> Sorted(IDictionary<string, string> map)
    {
        var entries = new List<KeyValuePair<string, string>>(map);
        entries.Sort(static (a, b) => string.CompareOrdinal(a.Key, b.Key));
        return entries;
    }
}
