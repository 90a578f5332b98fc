using System;
using System.Collections.Concurrent;
using System.ComponentModel;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Kubernetes;

/// <summary>
/// The codecs the generator made for <c>k8s.Models</c> types, registered by each assembly that generated them when it
/// loads (HelmValues' own kinds, and any <c>*.kinds.json</c> of the user's). Generated code of a chart whose values hold
/// Kubernetes objects of a type it did not generate calls these; manifests are written and checked through
/// <see cref="For"/>.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesCodecs
{
    private static readonly ConcurrentDictionary<Type, KubernetesCodec> ByType = new();
    private static readonly object RegisterLock = new();

    /// <summary>
    /// Registers a generated codec. A codec generated in the user's assembly (from the user's <c>*.kinds.json</c> and
    /// definitions) replaces HelmValues' own for the same type, whichever assembly loads first; between two of the
    /// user's, the first registered stays.
    /// </summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="codec">The codec.</param>
    public static void Register<T>(KubernetesCodec<T> codec)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(codec);
        lock (RegisterLock)
        {
            if (ByType.TryGetValue(typeof(T), out var existing) && !(existing.IsBuiltIn && !codec.IsBuiltIn))
            {
                return;
            }

            ByType[typeof(T)] = codec;
            Slot<T>.Codec = codec;
        }
    }

    /// <summary>The codec of a model type, or null when no loaded assembly generated one.</summary>
    /// <param name="modelType">The <c>k8s.Models</c> type.</param>
    public static KubernetesCodec? For(Type modelType)
    {
        ArgumentNullException.ThrowIfNull(modelType);
        return ByType.TryGetValue(modelType, out var codec) ? codec : null;
    }

    /// <summary>Writes a value with its type's codec.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="writer">The writer.</param>
    /// <param name="value">The value.</param>
    /// <param name="asPatch">Write it as a strategic-merge patch.</param>
    /// <exception cref="NotSupportedException">No codec was generated for <typeparamref name="T"/>.</exception>
    public static void Write<T>(YamlWriter writer, T value, bool asPatch = false)
        where T : class => Of<T>().Write(writer, value, asPatch);

    /// <summary>Reads a value strictly with its type's codec.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="reader">Collects problems.</param>
    /// <param name="node">The YAML node.</param>
    /// <exception cref="NotSupportedException">No codec was generated for <typeparamref name="T"/>.</exception>
    public static T? Read<T>(YamlReader reader, YamlSourceNode node)
        where T : class => Of<T>().Read(reader, node);

    /// <summary>Checks a value with its type's codec.</summary>
    /// <typeparam name="T">The model type.</typeparam>
    /// <param name="context">Collects problems.</param>
    /// <param name="value">The value.</param>
    /// <param name="asPatch">Check it as a strategic-merge patch.</param>
    /// <exception cref="NotSupportedException">No codec was generated for <typeparamref name="T"/>.</exception>
    public static void Validate<T>(ValidationContext context, T value, bool asPatch = false)
        where T : class => Of<T>().Validate(context, value, asPatch);

    /// <summary>Writes an object of any type with a codec (a manifest).</summary>
    /// <exception cref="NotSupportedException">No codec was generated for the object's type.</exception>
    internal static void WriteObject(YamlWriter writer, object value) =>
        (For(value.GetType()) ?? throw new NotSupportedException(Missing(value.GetType()) + ".")).WriteObject(
            writer,
            value,
            asPatch: false
        );

    /// <summary>What to do about a model type without a codec, for messages.</summary>
    internal static string Missing(Type modelType) =>
        $"{modelType.FullName} has no generated codec: name its Kubernetes definition in a *.kinds.json of your project "
        + "(or use a kind HelmValues.Kubernetes builds)";

    private static KubernetesCodec<T> Of<T>()
        where T : class => Slot<T>.Codec ?? throw new NotSupportedException(Missing(typeof(T)) + ".");

    // One static field per type: the generic calls of generated code find their codec without a dictionary lookup.
    private static class Slot<T>
        where T : class
    {
        public static KubernetesCodec<T>? Codec;
    }
}
