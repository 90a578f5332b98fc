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
/// <remarks>
/// An assembly registers a catalog, not its codecs: a codec is made on its type's first use, so an app loads and wraps
/// the few types it writes or checks, not the hundred and fifty HelmValues generates (registering all of them made its
/// module initializer about 11 ms of every app's start, against about 5 ms with catalogs).
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class KubernetesCodecs
{
    private static readonly ConcurrentDictionary<Type, KubernetesCodec> ByType = new();
    private static readonly object RegisterLock = new();

    // In registration order; the user's are asked before HelmValues' own. Replaced whole under the lock.
    private static Func<Type, KubernetesCodec?>[] _userCatalogs = [];
    private static Func<Type, KubernetesCodec?>[] _builtInCatalogs = [];

    /// <summary>
    /// Registers the codecs an assembly generated: <paramref name="catalog"/> makes the codec of a type the assembly
    /// generated one for, and returns null for any other type. A codec generated in the user's assembly (from the user's
    /// <c>*.kinds.json</c> and definitions) replaces HelmValues' own for the same type, whichever assembly loads first;
    /// between two of the user's, the first registered stays.
    /// </summary>
    /// <param name="catalog">Makes the codec of a model type, or returns null; called at most once per type it makes.</param>
    public static void RegisterCatalog(Func<Type, KubernetesCodec?> catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        lock (RegisterLock)
        {
            if (KubernetesCodec.IsGeneratedInHelmValues(catalog))
            {
                _builtInCatalogs = [.. _builtInCatalogs, catalog];
                return;
            }

            _userCatalogs = [.. _userCatalogs, catalog];

            // Codecs of HelmValues' own already in use give way to the user's for the same type.
            foreach (var (modelType, codec) in ByType)
            {
                if (codec.IsBuiltIn && Make(catalog, modelType) is { } replacement)
                {
                    Install(replacement);
                }
            }
        }
    }

    /// <summary>The codec of a model type, or null when no loaded assembly generated one.</summary>
    /// <param name="modelType">The <c>k8s.Models</c> type.</param>
    public static KubernetesCodec? For(Type modelType)
    {
        ArgumentNullException.ThrowIfNull(modelType);
        return ByType.TryGetValue(modelType, out var codec) ? codec : Resolve(modelType);
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
        where T : class =>
        KubernetesCodec<T>.Installed
        ?? (KubernetesCodec<T>?)Resolve(typeof(T))
        ?? throw new NotSupportedException(Missing(typeof(T)) + ".");

    // The first use of a type: its codec from the first catalog that makes one, the user's before HelmValues' own.
    private static KubernetesCodec? Resolve(Type modelType)
    {
        lock (RegisterLock)
        {
            if (ByType.TryGetValue(modelType, out var installed))
            {
                return installed;
            }

            foreach (var catalog in (Func<Type, KubernetesCodec?>[])[.. _userCatalogs, .. _builtInCatalogs])
            {
                if (Make(catalog, modelType) is { } codec)
                {
                    Install(codec);
                    return codec;
                }
            }

            return null;
        }
    }

    private static KubernetesCodec? Make(Func<Type, KubernetesCodec?> catalog, Type modelType)
    {
        var codec = catalog(modelType);
        return codec is null || codec.ModelType == modelType
            ? codec
            : throw new InvalidOperationException(
                $"The codec catalog of {catalog.Method.Module.Assembly.GetName().Name} made a codec of {codec.ModelType.FullName} when asked for {modelType.FullName}."
            );
    }

    // Found by type (manifests) and by the generic calls of generated code, which read the codec's own static slot.
    private static void Install(KubernetesCodec codec)
    {
        ByType[codec.ModelType] = codec;
        codec.Install();
    }
}
