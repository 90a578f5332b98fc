using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace HelmValues.Tests.Architecture;

/// <summary>
/// Which namespaces each type of a compiled assembly uses, read from its metadata with System.Reflection.Metadata: base types,
/// interfaces, generic constraints, the signatures of fields, methods and properties, local variables, attributes, and every
/// type, method or field token in method bodies (the IL names what the code uses, however the source spelt it: a <c>using</c>,
/// an alias, <c>global::</c> or a name relative to the enclosing namespace). A nested type counts for its outermost type, so a
/// lambda's closure, an iterator's or an async method's state machine count for the type whose code made them.
/// </summary>
internal static class NamespaceDependencies
{
    private static readonly ImmutableArray<string> None = [];

    // Operand types of the IL opcodes, from System.Reflection.Emit's table: one-byte opcodes by value, two-byte ones (0xFE xx) by xx.
    private static readonly OperandType?[] OneByte = new OperandType?[256];
    private static readonly OperandType?[] TwoByte = new OperandType?[256];

    static NamespaceDependencies()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var opCode = (OpCode)field.GetValue(null)!;
            var value = (ushort)opCode.Value;
            if (opCode.Size == 1)
            {
                OneByte[value] = opCode.OperandType;
            }
            else
            {
                TwoByte[value & 0xFF] = opCode.OperandType;
            }
        }
    }

    /// <summary>
    /// For each type of the assembly (by full name, nested types folded into their outermost type), the namespaces it uses other
    /// than its own.
    /// </summary>
    /// <param name="assemblyPath">The assembly file.</param>
    public static IReadOnlyDictionary<string, TypeUses> Read(string assemblyPath)
    {
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        return Read(pe);
    }

    /// <summary>As <see cref="Read(string)"/>, for an assembly in memory.</summary>
    /// <param name="image">The assembly's bytes.</param>
    public static IReadOnlyDictionary<string, TypeUses> Read(ImmutableArray<byte> image)
    {
        using var pe = new PEReader(image);
        return Read(pe);
    }

    private static Dictionary<string, TypeUses> Read(PEReader pe)
    {
        var reader = pe.GetMetadataReader();
        var provider = new NamespaceProvider(reader);
        var result = new Dictionary<string, TypeUses>(StringComparer.Ordinal);
        foreach (var handle in reader.TypeDefinitions)
        {
            var outer = Outermost(reader, handle);
            var ns = reader.GetString(reader.GetTypeDefinition(outer).Namespace);
            var name = FullName(reader, outer);
            if (!result.TryGetValue(name, out var uses))
            {
                uses = new TypeUses(name, ns);
                result.Add(name, uses);
            }

            Collect(pe, reader, provider, reader.GetTypeDefinition(handle), uses.Namespaces);
        }

        foreach (var uses in result.Values)
        {
            uses.Namespaces.Remove(uses.Namespace);
            uses.Namespaces.Remove("");
        }

        return result;
    }

    private static void Collect(PEReader pe, MetadataReader reader, NamespaceProvider provider, TypeDefinition type, HashSet<string> into)
    {
        var context = GenericContext.Instance;
        if (!type.BaseType.IsNil)
        {
            into.UnionWith(provider.OfEntity(type.BaseType));
        }

        foreach (var handle in type.GetInterfaceImplementations())
        {
            into.UnionWith(provider.OfEntity(reader.GetInterfaceImplementation(handle).Interface));
        }

        AddConstraints(reader, provider, type.GetGenericParameters(), into);
        AddAttributes(reader, provider, type.GetCustomAttributes(), into);
        foreach (var handle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(handle);
            into.UnionWith(field.DecodeSignature(provider, context));
            AddAttributes(reader, provider, field.GetCustomAttributes(), into);
        }

        foreach (var handle in type.GetProperties())
        {
            var property = reader.GetPropertyDefinition(handle);
            AddSignature(property.DecodeSignature(provider, context), into);
            AddAttributes(reader, provider, property.GetCustomAttributes(), into);
        }

        foreach (var handle in type.GetEvents())
        {
            var @event = reader.GetEventDefinition(handle);
            into.UnionWith(provider.OfEntity(@event.Type));
            AddAttributes(reader, provider, @event.GetCustomAttributes(), into);
        }

        foreach (var handle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(handle);
            AddSignature(method.DecodeSignature(provider, context), into);
            AddConstraints(reader, provider, method.GetGenericParameters(), into);
            AddAttributes(reader, provider, method.GetCustomAttributes(), into);
            foreach (var parameter in method.GetParameters())
            {
                AddAttributes(reader, provider, reader.GetParameter(parameter).GetCustomAttributes(), into);
            }

            if (method.RelativeVirtualAddress != 0)
            {
                AddBody(reader, provider, pe.GetMethodBody(method.RelativeVirtualAddress), into);
            }
        }
    }

    private static void AddBody(MetadataReader reader, NamespaceProvider provider, MethodBodyBlock body, HashSet<string> into)
    {
        if (!body.LocalSignature.IsNil)
        {
            var locals = reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, GenericContext.Instance);
            foreach (var local in locals)
            {
                into.UnionWith(local);
            }
        }

        foreach (var region in body.ExceptionRegions)
        {
            if (!region.CatchType.IsNil)
            {
                into.UnionWith(provider.OfEntity(region.CatchType));
            }
        }

        var il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            int code = il.ReadByte();
            var operand = code == 0xFE ? TwoByte[il.ReadByte()] : OneByte[code];
            switch (operand ?? throw new InvalidDataException($"Unknown IL opcode 0x{code:X2} "))
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    into.UnionWith(provider.OfEntity(MetadataTokens.EntityHandle(il.ReadInt32())));
                    break;
                case OperandType.InlineSig:
                    var signature = reader.GetStandaloneSignature((StandaloneSignatureHandle)MetadataTokens.EntityHandle(il.ReadInt32()));
                    AddSignature(signature.DecodeMethodSignature(provider, GenericContext.Instance), into);
                    break;
                case OperandType.InlineSwitch:
                    // The count first: `il.Offset += 4 * il.ReadInt32()` would read the offset before the count moves it.
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineBrTarget or OperandType.InlineI or OperandType.InlineString or OperandType.ShortInlineR:
                    il.Offset += 4;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
            }
        }
    }

    private static void AddConstraints(
        MetadataReader reader,
        NamespaceProvider provider,
        GenericParameterHandleCollection parameters,
        HashSet<string> into
    )
    {
        foreach (var parameter in parameters)
        {
            foreach (var constraint in reader.GetGenericParameter(parameter).GetConstraints())
            {
                into.UnionWith(provider.OfEntity(reader.GetGenericParameterConstraint(constraint).Type));
            }
        }
    }

    private static void AddAttributes(
        MetadataReader reader,
        NamespaceProvider provider,
        CustomAttributeHandleCollection attributes,
        HashSet<string> into
    )
    {
        foreach (var handle in attributes)
        {
            into.UnionWith(provider.OfEntity(reader.GetCustomAttribute(handle).Constructor));
        }
    }

    private static void AddSignature(MethodSignature<ImmutableArray<string>> signature, HashSet<string> into)
    {
        into.UnionWith(signature.ReturnType);
        foreach (var parameter in signature.ParameterTypes)
        {
            into.UnionWith(parameter);
        }
    }

    private static TypeDefinitionHandle Outermost(MetadataReader reader, TypeDefinitionHandle handle)
    {
        while (reader.GetTypeDefinition(handle).GetDeclaringType() is { IsNil: false } declaring)
        {
            handle = declaring;
        }

        return handle;
    }

    private static string FullName(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var ns = reader.GetString(type.Namespace);
        var name = reader.GetString(type.Name);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    /// <summary>Decodes signatures into the namespaces of the types they name (generic arguments, arrays and pointers included).</summary>
    private sealed class NamespaceProvider(MetadataReader reader) : ISignatureTypeProvider<ImmutableArray<string>, GenericContext>
    {
        /// <summary>The namespaces a type, method or field handle names: its declaring type's, and those of its signature.</summary>
        public ImmutableArray<string> OfEntity(EntityHandle handle) =>
            handle.Kind switch
            {
                HandleKind.TypeDefinition => GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
                HandleKind.TypeReference => GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
                HandleKind.TypeSpecification => GetTypeFromSpecification(
                    reader,
                    GenericContext.Instance,
                    (TypeSpecificationHandle)handle,
                    0
                ),
                HandleKind.FieldDefinition => GetTypeFromDefinition(
                    reader,
                    reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType(),
                    0
                ),
                HandleKind.MethodDefinition => GetTypeFromDefinition(
                    reader,
                    reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType(),
                    0
                ),
                HandleKind.MemberReference => OfMember(reader.GetMemberReference((MemberReferenceHandle)handle)),
                HandleKind.MethodSpecification => OfMethodSpecification(reader.GetMethodSpecification((MethodSpecificationHandle)handle)),
                _ => None,
            };

        private ImmutableArray<string> OfMember(MemberReference member)
        {
            var parent = member.Parent.Kind == HandleKind.ModuleReference ? None : OfEntity(member.Parent);
            if (member.GetKind() == MemberReferenceKind.Field)
            {
                return parent.AddRange(member.DecodeFieldSignature(this, GenericContext.Instance));
            }

            var signature = member.DecodeMethodSignature(this, GenericContext.Instance);
            return parent.AddRange(signature.ReturnType).AddRange(signature.ParameterTypes.SelectMany(p => p));
        }

        private ImmutableArray<string> OfMethodSpecification(MethodSpecification specification) =>
            OfEntity(specification.Method).AddRange(specification.DecodeSignature(this, GenericContext.Instance).SelectMany(a => a));

        public ImmutableArray<string> GetTypeFromDefinition(MetadataReader metadata, TypeDefinitionHandle handle, byte rawTypeKind) =>
            [metadata.GetString(metadata.GetTypeDefinition(Outermost(metadata, handle)).Namespace)];

        public ImmutableArray<string> GetTypeFromReference(MetadataReader metadata, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var type = metadata.GetTypeReference(handle);
            while (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                type = metadata.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
            }

            return [metadata.GetString(type.Namespace)];
        }

        public ImmutableArray<string> GetTypeFromSpecification(
            MetadataReader metadata,
            GenericContext genericContext,
            TypeSpecificationHandle handle,
            byte rawTypeKind
        ) => metadata.GetTypeSpecification(handle).DecodeSignature(this, genericContext);

        public ImmutableArray<string> GetGenericInstantiation(
            ImmutableArray<string> genericType,
            ImmutableArray<ImmutableArray<string>> typeArguments
        ) => genericType.AddRange(typeArguments.SelectMany(a => a));

        public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) =>
            signature.ReturnType.AddRange(signature.ParameterTypes.SelectMany(p => p));

        public ImmutableArray<string> GetModifiedType(
            ImmutableArray<string> modifier,
            ImmutableArray<string> unmodifiedType,
            bool isRequired
        ) => unmodifiedType.AddRange(modifier);

        public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

        public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

        public ImmutableArray<string> GetGenericMethodParameter(GenericContext genericContext, int index) => None;

        public ImmutableArray<string> GetGenericTypeParameter(GenericContext genericContext, int index) => None;

        public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => None;
    }

    /// <summary>Generic parameters name no namespace, so the decoder needs no context.</summary>
    private sealed class GenericContext
    {
        public static readonly GenericContext Instance = new();
    }
}

/// <summary>A type of the assembly and the namespaces it uses other than its own.</summary>
/// <param name="Type">The type's full name.</param>
/// <param name="Namespace">Its namespace.</param>
internal sealed record TypeUses(string Type, string Namespace)
{
    /// <summary>The namespaces the type (and every type nested in it) uses.</summary>
    public HashSet<string> Namespaces { get; } = new(StringComparer.Ordinal);
}
