using System;
using System.ComponentModel;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Kubernetes;

/// <summary>
/// The generated reader, writer and validator of one <c>k8s.Models</c> type, as <see cref="KubernetesCodecs"/> keeps it
/// for code that has only the object (manifests) or only the type (values of charts in other assemblies).
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public abstract class KubernetesCodec
{
    private protected KubernetesCodec(Type modelType, string? apiVersion, string? kind, Delegate write)
    {
        ModelType = modelType;
        ApiVersion = apiVersion;
        Kind = kind;
        IsBuiltIn = IsGeneratedInHelmValues(write);
    }

    /// <summary>The <c>k8s.Models</c> type.</summary>
    public Type ModelType { get; }

    /// <summary>For a kind: its <c>apiVersion</c> (<c>v1</c>, <c>batch/v1</c>); null for a part of one.</summary>
    public string? ApiVersion { get; }

    /// <summary>For a kind: its <c>kind</c> (<c>ServiceAccount</c>); null for a part of one.</summary>
    public string? Kind { get; }

    /// <summary>Generated in HelmValues itself, for its own kinds (as opposed to a user's <c>*.kinds.json</c>).</summary>
    internal bool IsBuiltIn { get; }

    /// <summary>Writes <paramref name="value"/>, which must be a <see cref="ModelType"/>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The object.</param>
    /// <param name="asPatch">Write it as a strategic-merge patch (required lists it leaves unset are written <c>[]</c>).</param>
    public abstract void WriteObject(YamlWriter writer, object value, bool asPatch);

    /// <summary>Checks <paramref name="value"/>, which must be a <see cref="ModelType"/>, against the definitions' rules.</summary>
    /// <param name="context">Collects problems.</param>
    /// <param name="value">The object.</param>
    /// <param name="asPatch">Check it as a strategic-merge patch (its own required fields may be left out).</param>
    public abstract void ValidateObject(ValidationContext context, object value, bool asPatch);

    /// <summary>True for generated code of HelmValues itself, as opposed to a user's assembly.</summary>
    internal static bool IsGeneratedInHelmValues(Delegate generated) =>
        generated.Method.Module.Assembly == typeof(KubernetesCodec).Assembly;

    /// <summary>Makes this the codec that generic calls for <see cref="ModelType"/> find.</summary>
    internal abstract void Install();
}

/// <summary>The generated reader, writer and validator of <typeparamref name="T"/>.</summary>
/// <typeparam name="T">The <c>k8s.Models</c> type.</typeparam>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class KubernetesCodec<T> : KubernetesCodec
    where T : class
{
    /// <summary>Wraps the generated methods of one type.</summary>
    /// <param name="write">Writes a value.</param>
    /// <param name="read">Reads a value strictly.</param>
    /// <param name="validate">Checks a value.</param>
    /// <param name="apiVersion">For a kind: its <c>apiVersion</c>.</param>
    /// <param name="kind">For a kind: its <c>kind</c>.</param>
    public KubernetesCodec(
        Action<YamlWriter, T, bool> write,
        Func<YamlReader, YamlSourceNode, T?> read,
        Action<ValidationContext, T, bool> validate,
        string? apiVersion = null,
        string? kind = null
    )
        : base(typeof(T), apiVersion, kind, write ?? throw new ArgumentNullException(nameof(write)))
    {
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(validate);
        Write = write;
        Read = read;
        Validate = validate;
    }

    // The codec in use for T (KubernetesCodecs.Install): generic calls find it without a dictionary lookup.
    internal static KubernetesCodec<T>? Installed;

    /// <summary>Writes a value; the flag writes it as a strategic-merge patch.</summary>
    public Action<YamlWriter, T, bool> Write { get; }

    /// <summary>Reads a value strictly: an unknown key is an error, as in the controller's decoder.</summary>
    public Func<YamlReader, YamlSourceNode, T?> Read { get; }

    /// <summary>Checks a value; the flag checks it as a strategic-merge patch.</summary>
    public Action<ValidationContext, T, bool> Validate { get; }

    /// <inheritdoc/>
    public override void WriteObject(YamlWriter writer, object value, bool asPatch) => Write(writer, (T)value, asPatch);

    /// <inheritdoc/>
    public override void ValidateObject(ValidationContext context, object value, bool asPatch) => Validate(context, (T)value, asPatch);

    internal override void Install() => Installed = this;
}
