using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Diagnostics;

/// <summary>Every diagnostic the generator reports. IDs are stable: never reuse or renumber one.</summary>
/// <remarks>
/// Messages name the file and the JSON path (<c>#/properties/config/...</c>) because the location alone is
/// not shown by every tool (CI logs often print only the message). The README's diagnostics table mirrors this file.
/// </remarks>
internal static class DiagnosticDescriptors
{
    public static readonly DiagnosticDescriptor InvalidJson = new(
        id: "HV0001",
        title: "Schema file is not valid JSON",
        messageFormat: "'{0}' is not valid JSON: {1}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0001"),
        description: "The file could not be parsed as JSON (RFC 8259). Fix the syntax at the reported position; comments and trailing commas are not allowed."
    );

    public static readonly DiagnosticDescriptor UnresolvableRef = new(
        id: "HV0002",
        title: "$ref cannot be resolved",
        messageFormat: "'{0}' at {1}: cannot resolve $ref '{2}': {3}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0002"),
        description: "Local references must point into the same document (#/definitions/..., #/$defs/...). Remote references are never fetched: map their URL to a Kubernetes definitions file or another schema file in the overlay's x-helmvalues.refs or with a <HelmValuesRef Include=\"url-prefix\" MapTo=\"...\" /> item in the project, or use a Kubernetes definition name that exists."
    );

    public static readonly DiagnosticDescriptor UnsupportedKeyword = new(
        id: "HV0003",
        title: "Schema keyword is not supported",
        messageFormat: "'{0}' at {1}: the keyword '{2}' is not supported: HelmValues could not check values as Helm does",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0003"),
        description: "The chart's schema is checked at runtime as Helm checks it, every keyword included, except the dynamic scopes of $dynamicAnchor and $recursiveAnchor, which no chart we know uses. Remove the keyword in an overlay (set it to null) and write the rule as a C# rule in a partial ValidateRules method."
    );

    public static readonly DiagnosticDescriptor UnsupportedConstruct = new(
        id: "HV0004",
        title: "Schema construct has no C# type",
        messageFormat: "'{0}' at {1}: {2}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0004"),
        description: "The schema uses a shape C# cannot type (for example tuple 'items' or a union of object and scalar). The value is generated as an untyped YamlValue instead; the runtime still checks it against the schema as Helm does. An overlay can give the property a concrete type."
    );

    public static readonly DiagnosticDescriptor NameCollision = new(
        id: "HV0005",
        title: "Two names map to the same C# identifier",
        messageFormat: "'{0}' at {1}: '{2}' and '{3}' both become the C# name '{4}'; '{3}' is generated as '{5}'",
        category: DiagnosticCategories.Naming,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0005"),
        description: "Keys such as 'pod-spec-patch' and 'podSpecPatch' both become PodSpecPatch. The generator keeps the first (in ordinal key order) and suffixes the other, always the same way. Give one of them a name with x-helmvalues-name in an overlay to choose yourself."
    );

    public static readonly DiagnosticDescriptor InvalidSchema = new(
        id: "HV0006",
        title: "Schema is invalid",
        messageFormat: "'{0}' at {1}: {2}",
        category: DiagnosticCategories.Schema,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0006"),
        description: "A keyword has a value of the wrong JSON type (for example 'minimum' is not a number or 'required' is not an array of strings), or a name chosen in the schema or overlay (x-helmvalues-name, x-helmvalues-type-name, x-helmvalues.typeName, x-helmvalues.namespace) is not one C# can take. Names of types and members start with an upper-case letter A-Z and hold only ASCII letters, digits and underscores; a namespace is identifiers joined by dots."
    );

    public static readonly DiagnosticDescriptor OverlayWithoutSchema = new(
        id: "HV0007",
        title: "Overlay has no chart schema",
        messageFormat: "'{0}': there is no '{1}.values.schema.json' for this overlay to apply to",
        category: DiagnosticCategories.Overlay,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0007"),
        description: "An overlay '<chart>.values.overlay.json' applies to the schema '<chart>.values.schema.json' beside it. Add the schema as an AdditionalFiles item, or rename the overlay."
    );

    public static readonly DiagnosticDescriptor InvalidKubernetesSettings = new(
        id: "HV0008",
        title: "Kubernetes builder settings are invalid",
        messageFormat: "'{0}' at {1}: {2}",
        category: DiagnosticCategories.Kubernetes,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0008"),
        description: "A '*.kinds.json' file names the definitions file, the C# namespace of the builders and the kinds to build. Every name must exist in the definitions file."
    );

    public static readonly DiagnosticDescriptor DuplicateChart = new(
        id: "HV0009",
        title: "Two schemas generate the same types",
        messageFormat: "'{0}': another schema already generates '{1}'; this one is skipped",
        category: DiagnosticCategories.Naming,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0009"),
        description: "Two '*.values.schema.json' files have the same chart name or the same namespace and root type. Rename one file, or set x-helmvalues.namespace in an overlay."
    );

    public static readonly DiagnosticDescriptor InvalidBuildProperty = new(
        id: "HV0010",
        title: "MSBuild setting is invalid",
        messageFormat: "MSBuild property {0}: {1}",
        category: DiagnosticCategories.Configuration,
        defaultSeverity: DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLinks.For("HV0010"),
        description: "A property the generator reads has a value it cannot use: a HelmValuesNamespace or RootNamespace that is not a C# namespace, or a malformed ref mapping (the package's targets report a HelmValuesRef item without MapTo under the same ID). HelmValuesRefs is written by the package's targets from <HelmValuesRef Include=\"url-prefix\" MapTo=\"kubernetes or a file name\" /> items; declare the items rather than setting the property by hand."
    );
}
