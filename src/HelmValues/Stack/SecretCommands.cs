using System;
using System.Runtime.CompilerServices;
using HelmValues.Kubernetes;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// What a Secret holds, and the <c>kubectl create secret</c> command that creates it instead of committing it.
/// </summary>
public static class SecretCommands
{
    /// <summary>
    /// True when the Secret holds credentials: any non-empty value, except a docker config that names no registry
    /// (<c>{"auths":{}}</c>), judged as the API server stores the Secret (a key in both <c>stringData</c> and <c>data</c>
    /// has <c>stringData</c>'s value). (A Secret that a job of the stack fills in the cluster, such as the pull Secret of an ECR
    /// token refresh, is written as a placeholder; the stack asks the recipe that added it.)
    /// </summary>
    /// <param name="secret">The Secret.</param>
    public static bool HoldsCredentials(V1Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return HoldsCredentials(secret, ReadDockerConfig(secret));
    }

    /// <summary>
    /// <see cref="CreateCommand(V1Secret)"/> when the Secret <see cref="HoldsCredentials(V1Secret)">holds credentials</see>,
    /// else null: what the stack's output needs for each Secret, with one parse of its docker config for both questions.
    /// </summary>
    /// <param name="secret">The Secret.</param>
    /// <param name="dockerConfig">Its docker config as its validation read it, or null to read it here.</param>
    internal static string? CreateCommandIfHoldsCredentials(V1Secret secret, DockerConfigLogin.Summary? dockerConfig = null)
    {
        var summary = dockerConfig ?? ReadDockerConfig(secret);
        return HoldsCredentials(secret, summary) ? CreateCommand(secret, summary) : null;
    }

    /// <summary>
    /// The command that creates the same Secret from the command line, with every value replaced by a placeholder:
    /// <c>kubectl create secret generic aws-credentials --namespace buildkite --from-literal=KEY='&lt;KEY&gt;'</c>.
    /// </summary>
    /// <param name="secret">The Secret.</param>
    public static string CreateCommand(V1Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return CreateCommand(secret, ReadDockerConfig(secret));
    }

    /// <summary>The command for a docker-registry Secret.</summary>
    /// <param name="name">The Secret's name.</param>
    /// <param name="namespace">Its namespace, if any.</param>
    /// <param name="server">The registry host.</param>
    /// <param name="username">The user name.</param>
    /// <param name="password">The password argument as shell text: a placeholder (<c>'&lt;password&gt;'</c>) or a command substitution.</param>
    /// <param name="email">The e-mail, if any.</param>
    public static string CreateDockerRegistryCommand(
        string name,
        string? @namespace,
        string server,
        string username,
        string password,
        string? email = null
    )
    {
        // Written into one pooled buffer, as GenericCommand is: no namespace option or e-mail option made first on its own.
        var command = new DefaultInterpolatedStringHandler(0, 0);
        command.AppendLiteral("kubectl create secret docker-registry ");
        command.AppendFormatted(name);
        AppendOptional(ref command, " --namespace ", @namespace);
        command.AppendLiteral(" --docker-server=");
        command.AppendFormatted(server);
        command.AppendLiteral(" --docker-username=");
        command.AppendFormatted(username);
        command.AppendLiteral(" --docker-password=");
        command.AppendFormatted(password);
        AppendOptional(ref command, " --docker-email=", email);
        return command.ToStringAndClear();
    }

    /// <summary>The command for a generic Secret with these keys, values elided.</summary>
    /// <param name="name">The Secret's name.</param>
    /// <param name="namespace">Its namespace.</param>
    /// <param name="keys">Its keys.</param>
    public static string CreateGenericCommand(string name, string @namespace, params string[] keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var sorted = (string[])keys.Clone();
        Array.Sort(sorted, string.CompareOrdinal);
        for (var i = 0; i < sorted.Length; i++)
        {
            ArgumentNullException.ThrowIfNull(sorted[i], nameof(keys));
            if (i > 0 && sorted[i] == sorted[i - 1])
            {
                throw new ArgumentException($"The key '{sorted[i]}' is given twice.", nameof(keys));
            }
        }

        return GenericCommand(name ?? "<name>", @namespace, type: null, sorted);
    }

    /// <summary>The command for a generic Secret with one key: what the stack declares for its agent token, with no array.</summary>
    internal static string CreateGenericCommand(string name, string @namespace, string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return GenericCommand(name ?? "<name>", @namespace, type: null, [key]);
    }

    private static string CreateCommand(V1Secret secret, DockerConfigLogin.Summary dockerConfig)
    {
        var name = secret.Metadata?.Name ?? "<name>";
        if (secret.Type == SecretTypes.DockerConfigJson && dockerConfig.Login is var (server, username, email))
        {
            return CreateDockerRegistryCommand(name, secret.Metadata?.NamespaceProperty, server, username, "'<password>'", email);
        }

        // The keys of both maps in one array, sorted; GenericCommand writes a key in both once.
        var keys = new string[(secret.Data?.Count ?? 0) + (secret.StringData?.Count ?? 0)];
        var count = 0;
        foreach (var (key, _) in MapEntries.Of(secret.Data))
        {
            keys[count++] = key;
        }

        foreach (var (key, _) in MapEntries.Of(secret.StringData))
        {
            keys[count++] = key;
        }

        Array.Sort(keys, string.CompareOrdinal);
        return GenericCommand(
            name,
            secret.Metadata?.NamespaceProperty,
            secret.Type is null or SecretTypes.Opaque ? null : secret.Type,
            keys
        );
    }

    // kubectl create secret generic NAME [--namespace NS] [--type=TYPE] --from-literal=KEY='<KEY>'..., written into one
    // pooled buffer: the stack builds this line for every Secret it declares existing. A key repeated in
    // sortedKeys (ordinal order) is written once.
    private static string GenericCommand(string name, string? @namespace, string? type, ReadOnlySpan<string> sortedKeys)
    {
        var command = new DefaultInterpolatedStringHandler(0, 0);
        command.AppendLiteral("kubectl create secret generic ");
        command.AppendLiteral(name);
        AppendOptional(ref command, " --namespace ", @namespace);
        AppendOptional(ref command, " --type=", type);
        for (var i = 0; i < sortedKeys.Length; i++)
        {
            if (i > 0 && sortedKeys[i] == sortedKeys[i - 1])
            {
                continue;
            }

            command.AppendLiteral(" --from-literal=");
            command.AppendLiteral(sortedKeys[i]);
            command.AppendLiteral("='<");
            command.AppendLiteral(sortedKeys[i]);
            command.AppendLiteral(">'");
        }

        return command.ToStringAndClear();
    }

    // Loops, not queries: a closure over the docker config and boxed enumerators for every Secret of every stack written.
    // The option and its value, or nothing when there is no value.
    private static void AppendOptional(ref DefaultInterpolatedStringHandler command, string option, string? value)
    {
        if (value is not null)
        {
            command.AppendLiteral(option);
            command.AppendLiteral(value);
        }
    }

    // Judged on what the API server stores: stringData merged into data, stringData's value winning for a key in both.
    private static bool HoldsCredentials(V1Secret secret, DockerConfigLogin.Summary dockerConfig)
    {
        foreach (var (key, value) in MapEntries.Of(secret.StringData))
        {
            if (!string.IsNullOrEmpty(value) && !NamesNoRegistry(key, dockerConfig))
            {
                return true;
            }
        }

        foreach (var (key, value) in MapEntries.Of(secret.Data))
        {
            if (value is { Length: > 0 } && secret.StringData?.ContainsKey(key) != true && !NamesNoRegistry(key, dockerConfig))
            {
                return true;
            }
        }

        return false;
    }

    private static bool NamesNoRegistry(string key, DockerConfigLogin.Summary dockerConfig) =>
        key == DockerConfigJsonEncoder.Key && dockerConfig.NamesNoRegistry;

    // The .dockerconfigjson the API server stores; nothing when there is none.
    private static DockerConfigLogin.Summary ReadDockerConfig(V1Secret secret) =>
        DockerConfigLogin.Read(secret, DockerConfigJsonEncoder.Key);
}
