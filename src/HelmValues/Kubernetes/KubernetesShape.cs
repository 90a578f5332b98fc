using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.Kubernetes;

/// <summary>What a <c>k8s.Models</c> value is, for writing, reading and validating it without KubernetesYaml.</summary>
internal enum KubernetesValueKind
{
    String,
    Boolean,
    Int32,
    Int64,
    Double,
    DateTime,
    Quantity,
    IntOrString,
    Bytes,
    List,
    Map,
    Object,

    /// <summary>Free-form JSON (<c>object</c> properties such as RawExtension).</summary>
    Raw,
}

/// <summary>The kind of a CLR type found in k8s.Models, with the element type of lists and maps.</summary>
internal sealed class KubernetesValueType
{
    private static readonly ConcurrentDictionary<Type, KubernetesValueType> Cache = new();

    private KubernetesValueType(Type type, KubernetesValueKind kind, KubernetesValueType? element)
    {
        Type = type;
        Kind = kind;
        Element = element;
    }

    public Type Type { get; }

    public KubernetesValueKind Kind { get; }

    public KubernetesValueType? Element { get; }

    public KubernetesShape Shape => KubernetesShape.For(Type);

    public static KubernetesValueType Of(Type type) => Cache.GetOrAdd(type, Classify);

    private static KubernetesValueType Classify(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string))
        {
            return new(type, KubernetesValueKind.String, null);
        }

        if (underlying == typeof(bool))
        {
            return new(type, KubernetesValueKind.Boolean, null);
        }

        if (underlying == typeof(int))
        {
            return new(type, KubernetesValueKind.Int32, null);
        }

        if (underlying == typeof(long))
        {
            return new(type, KubernetesValueKind.Int64, null);
        }

        if (underlying == typeof(double))
        {
            return new(type, KubernetesValueKind.Double, null);
        }

        if (underlying == typeof(DateTime))
        {
            return new(type, KubernetesValueKind.DateTime, null);
        }

        if (underlying == typeof(ResourceQuantity))
        {
            return new(type, KubernetesValueKind.Quantity, null);
        }

        if (underlying == typeof(IntOrString))
        {
            return new(type, KubernetesValueKind.IntOrString, null);
        }

        if (underlying == typeof(byte[]))
        {
            return new(type, KubernetesValueKind.Bytes, null);
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IList<>))
        {
            return new(type, KubernetesValueKind.List, Of(underlying.GetGenericArguments()[0]));
        }

        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(IDictionary<,>))
        {
            return new(type, KubernetesValueKind.Map, Of(underlying.GetGenericArguments()[1]));
        }

        if (underlying.IsClass && underlying.Namespace == "k8s.Models")
        {
            return new(type, KubernetesValueKind.Object, null);
        }

        return new(type, KubernetesValueKind.Raw, null);
    }
}

/// <summary>One property of a k8s.Models type: its JSON name, how to get and set it, and what it holds.</summary>
internal sealed class KubernetesMember
{
    private static readonly MethodInfo CreateGetterMethod = typeof(KubernetesMember).GetMethod(
        nameof(CreateGetter),
        BindingFlags.NonPublic | BindingFlags.Static
    )!;

    private readonly Func<object, object?> _get;

    public KubernetesMember(string jsonName, PropertyInfo property)
    {
        JsonName = jsonName;
        Property = property;
        ValueType = KubernetesValueType.Of(property.PropertyType);
        _get =
            (Func<object, object?>)
                CreateGetterMethod.MakeGenericMethod(property.DeclaringType!, property.PropertyType).Invoke(null, [property])!;
    }

    public string JsonName { get; }

    public PropertyInfo Property { get; }

    public KubernetesValueType ValueType { get; }

    // Every write and validation reads every property of every object: a delegate bound to the getter is several
    // times faster than PropertyInfo.GetValue.
    public object? Get(object target) => _get(target);

    public void Set(object target, object? value) => Property.SetValue(target, value);

    private static Func<object, object?> CreateGetter<TTarget, TValue>(PropertyInfo property)
    {
        var get = property.GetMethod!.CreateDelegate<Func<TTarget, TValue>>();
        return target => get((TTarget)target);
    }
}

/// <summary>
/// The members of a k8s.Models type in the order we write them, read once by reflection and cached.
/// </summary>
/// <remarks>
/// Order: for kinds (types with <see cref="KubernetesEntityAttribute"/>), <c>apiVersion</c>, <c>kind</c>,
/// <c>metadata</c> first, then the rest; everything else in ordinal order of the JSON name. <c>status</c> of a
/// kind is left out: the API server writes it, manifests must not.
/// </remarks>
internal sealed class KubernetesShape
{
    private static readonly ConcurrentDictionary<Type, KubernetesShape> Cache = new();
    private static readonly string[] HeaderKeys = { "apiVersion", "kind", "metadata" };

    private readonly Dictionary<string, KubernetesMember> _byJsonName;

    private KubernetesShape(Type type)
    {
        Type = type;
        Entity = type.GetCustomAttribute<KubernetesEntityAttribute>();
        IsKind = Entity is not null;
        ApiVersion =
            Entity is null ? null
            : Entity.Group.Length == 0 ? Entity.ApiVersion
            : Entity.Group + "/" + Entity.ApiVersion;
        var members = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanRead && p.CanWrite && p.GetIndexParameters().Length == 0)
            .Select(p => new KubernetesMember(p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, p))
            .Where(m => !(IsKind && m.JsonName == "status"))
            .ToList();
        Members = members
            .OrderBy(m =>
                IsKind
                    ? Array.IndexOf(HeaderKeys, m.JsonName) is var i && i >= 0
                        ? i
                        : HeaderKeys.Length
                    : 0
            )
            .ThenBy(m => m.JsonName, StringComparer.Ordinal)
            .ToArray();
        _byJsonName = Members.ToDictionary(m => m.JsonName, StringComparer.Ordinal);
        // Kubernetes objects in values reach the controller's encoding/json, which matches field names in any case.
        Keys = new YamlKeySet(
            Members.Select(m => m.JsonName).ToArray(),
            isClosed: true,
            removed: null,
            misplaced: null,
            keyCase: YamlKeyCase.Folded
        );
        Rules = KubernetesSchemaRules.ByType.TryGetValue(type, out var rules) ? rules : null;
    }

    public Type Type { get; }

    /// <summary>A top-level kind (ServiceAccount, Secret, ...), as opposed to a part of one.</summary>
    public bool IsKind { get; }

    /// <summary>The kind's group, version and name, for kinds.</summary>
    public KubernetesEntityAttribute? Entity { get; }

    /// <summary>The kind's <c>apiVersion</c> (<c>v1</c>, <c>batch/v1</c>), for kinds.</summary>
    public string? ApiVersion { get; }

    public IReadOnlyList<KubernetesMember> Members { get; }

    /// <summary>The keys a strict reader accepts: exactly the JSON names, as the controller's decoder does.</summary>
    public YamlKeySet Keys { get; }

    /// <summary>Required fields and enums from the definitions, when the type is one we generated builders for.</summary>
    public KubernetesTypeRules? Rules { get; }

    public static KubernetesShape For(Type type) => Cache.GetOrAdd(type, static t => new KubernetesShape(t));

    public KubernetesMember? Member(string jsonName) => _byJsonName.TryGetValue(jsonName, out var member) ? member : null;
}
