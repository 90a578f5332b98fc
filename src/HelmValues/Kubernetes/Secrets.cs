using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>Where <see cref="Secrets.Opaque"/> puts the values of a Secret.</summary>
public enum SecretDataField
{
    /// <summary><c>data</c>, base64-encoded UTF-8: what <c>kubectl create secret generic --from-literal</c> writes.</summary>
    Data,

    /// <summary><c>stringData</c>, as plain text: readable, and merged into <c>data</c> by the API server.</summary>
    StringData,
}

/// <summary>
/// Secrets of the common types, as <see cref="SecretBuilder"/>s to refine further (namespace, labels…).
/// </summary>
/// <remarks>
/// Secret values are never part of <c>ToString()</c>, exception messages or validation messages; argument errors
/// name the key or parameter, never the value. They are of course in the YAML written: commit it only encrypted or
/// keep it out of git.
/// </remarks>
/// <example>
/// <code>
/// var credentials = Secrets.Opaque("aws-credentials", new Dictionary&lt;string, string&gt;
/// {
///     ["AWS_ACCESS_KEY_ID"] = accessKeyId,
///     ["AWS_SECRET_ACCESS_KEY"] = secretAccessKey,
/// }).WithNamespace("buildkite");
/// var registry = Secrets.DockerConfigJson("ecr-credentials", "123456789012.dkr.ecr.us-east-1.amazonaws.com", "AWS", password)
///     .WithNamespace("buildkite");
/// </code>
/// </example>
public static class Secrets
{
    /// <summary>
    /// An <c>Opaque</c> Secret holding <paramref name="values"/>, in <c>data</c> (base64 of the UTF-8 text, as
    /// <c>kubectl create secret generic --from-literal</c> writes) or in <c>stringData</c>.
    /// </summary>
    /// <param name="name">The Secret's name.</param>
    /// <param name="values">Key → value; keys are written in ordinal order, and a later duplicate replaces an earlier one.</param>
    /// <param name="field">Where the values go.</param>
    /// <exception cref="ArgumentException">A value is null or has an unpaired UTF-16 surrogate (the message names the key).</exception>
    public static SecretBuilder Opaque(
        string name,
        IEnumerable<KeyValuePair<string, string>> values,
        SecretDataField field = SecretDataField.Data
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(values);
        return SecretBuilder.From(OpaqueSecret(name, null, values.ToArray(), field));
    }

    /// <summary>
    /// A <c>kubernetes.io/dockerconfigjson</c> Secret for <c>imagePullSecrets</c>: its <c>.dockerconfigjson</c> is byte
    /// for byte what <c>kubectl create secret docker-registry</c> writes for the same arguments.
    /// </summary>
    /// <param name="name">The Secret's name.</param>
    /// <param name="server">The registry, such as <c>123456789012.dkr.ecr.us-east-1.amazonaws.com</c> (kubectl's <c>--docker-server</c>).</param>
    /// <param name="username">The user name (<c>AWS</c> for ECR).</param>
    /// <param name="password">The password or token (for ECR, <c>aws ecr get-login-password</c>; it expires after 12 hours).</param>
    /// <param name="email">An optional e-mail address, left out when null or empty.</param>
    /// <exception cref="ArgumentException">An argument is empty or has an unpaired UTF-16 surrogate (the message names the parameter).</exception>
    public static SecretBuilder DockerConfigJson(string name, string server, string username, string password, string? email = null) =>
        SecretBuilder.From(DockerConfigJsonSecret(name, null, server, username, password, email));

    /// <summary>The Secret <see cref="Opaque"/> starts its builder from, in <paramref name="namespace"/> when it is not null.</summary>
    /// <remarks>Recipes add it to a stack as it is: building it directly spares a builder's state and the copies it makes.</remarks>
    internal static V1Secret OpaqueSecret(
        string name,
        string? @namespace,
        ReadOnlySpan<KeyValuePair<string, string>> values,
        SecretDataField field
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        var data = field == SecretDataField.Data ? new ModelMap<byte[]>(values.Length) : null;
        var stringData = field == SecretDataField.Data ? null : new ModelMap<string>(values.Length);
        foreach (var (key, value) in values)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(values));
            if (Problem(value, allowEmpty: true) is { } problem)
            {
                throw new ArgumentException($"The value of '{key}' {problem}", nameof(values));
            }

            // A later duplicate replaces an earlier one.
            if (data is not null)
            {
                data[key] = Encoding.UTF8.GetBytes(value!);
            }
            else
            {
                stringData![key] = value!;
            }
        }

        return Secret(name, @namespace, SecretTypes.Opaque, data, stringData);
    }

    /// <summary>The Secret <see cref="DockerConfigJson"/> starts its builder from, in <paramref name="namespace"/> when it is not null.</summary>
    /// <remarks>Recipes add it to a stack as it is: building it directly spares a builder's state and the copies it makes.</remarks>
    internal static V1Secret DockerConfigJsonSecret(
        string name,
        string? @namespace,
        string server,
        string username,
        string password,
        string? email
    )
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckText(server, "The registry server", nameof(server), allowEmpty: false);
        CheckText(username, "The user name", nameof(username), allowEmpty: false);
        CheckText(password, "The password", nameof(password), allowEmpty: false);
        if (email is not null)
        {
            CheckText(email, "The e-mail address", nameof(email));
        }

        var data = new ModelMap<byte[]>(1)
        {
            [DockerConfigJsonEncoder.Key] = DockerConfigJsonEncoder.Encode(server, username, password, email),
        };
        return Secret(name, @namespace, SecretTypes.DockerConfigJson, data, null);
    }

    /// <summary>Refuses a null value, an empty one unless allowed, and unpaired surrogates.</summary>
    /// <remarks>Messages describe the argument, never its value: these are secrets.</remarks>
    internal static void CheckText(string? value, string what, string parameter, bool allowEmpty = true)
    {
        if (Problem(value, allowEmpty) is { } problem)
        {
            throw new ArgumentException($"{what} {problem}", parameter);
        }
    }

    // What SecretBuilder.Build makes of a name, a namespace, a type and the data: ModelMaps, so the two compare equal.
    private static V1Secret Secret(string name, string? @namespace, string type, ModelMap<byte[]>? data, ModelMap<string>? stringData) =>
        new()
        {
            ApiVersion = V1Secret.KubeApiVersion,
            Kind = V1Secret.KubeKind,
            Metadata = new V1ObjectMeta { Name = name, NamespaceProperty = @namespace },
            Type = type,
            Data = data,
            StringData = stringData,
        };

    private static string? Problem(string? value, bool allowEmpty) =>
        value is null ? "is null."
        : !allowEmpty && value.Length == 0 ? "must not be empty."
        : DockerConfigJsonEncoder.HasUnpairedSurrogate(value) ? "has an unpaired UTF-16 surrogate, which has no UTF-8 encoding."
        : null;
}
