using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace HelmValues.Tests.Architecture;

/// <summary>
/// Dependencies point one way (STYLE 23), checked on the compiled HelmValues.dll: each namespace uses only the namespaces its row
/// allows. YAML, validation and collections are the base; Kubernetes, manifests, output and Helm's verdict are generic and know
/// nothing of Buildkite or AWS; AWS knows Kubernetes but nothing of Buildkite; the stack composes them all; recipes (ECR) use
/// the stack, never the reverse. docs/architecture.md explains each row.
/// </summary>
public class ArchitectureTests
{
    private const string Root = "HelmValues";

    private static readonly string[] Base = [Root, "Collections", "Validation", "Yaml"];

    // The stack may use every layer but the recipes; the recipes (Ecr) may use the stack too.
    private static readonly string[] Stack =
    [
        .. Base,
        "AgentStackK8s",
        "Aws",
        "Charts",
        "ExternalSecrets",
        "Kubelet",
        "Kubernetes",
        "Manifests",
        "Output",
        "Pipelines",
    ];

    /// <summary>What each namespace of HelmValues (and the namespaces below it) may use, besides itself.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Collections"] = [],
        // The root namespace holds the contract of every typed value (IValuesObject, StringOrNumber), which the YAML reader and
        // writer and the validation context take and return: the one cycle left (see docs/architecture.md).
        ["Validation"] = [Root],
        ["Yaml"] = [Root, "Collections", "Validation"],
        [Root] = [.. Base, "Charts"],
        ["Charts"] = Base,
        ["Kubernetes"] = Base,
        ["Manifests"] = [.. Base, "Charts", "Kubernetes"],
        ["Output"] = Base,
        ["ExternalSecrets"] = [.. Base, "Charts", "Kubernetes", "Manifests"],
        ["Aws"] = [.. Base, "Kubernetes", "Manifests"],
        ["Kubelet"] = [.. Base, "Aws"],
        ["Pipelines"] = [.. Base, "Aws", "Kubernetes"],
        ["AgentStackK8s"] = [.. Base, "Aws", "Charts", "Kubernetes", "Manifests"],
        ["Stack"] = Stack,
        ["Ecr"] = [.. Stack, "Stack"],
    };

    private static readonly IReadOnlyDictionary<string, TypeUses> HelmValuesUses = NamespaceDependencies.Read(
        typeof(HelmValues.Stack.AgentStack).Assembly.Location
    );

    [Test]
    public void Each_namespace_uses_only_what_its_row_allows() => Offences(HelmValuesUses).ShouldBeEmpty();

    [Test]
    public void Every_namespace_has_a_row() =>
        HelmValuesUses
            .Values.Select(u => Layer(u.Namespace))
            .OfType<string>()
            .Distinct()
            .Where(l => !Allowed.ContainsKey(l))
            .ShouldBeEmpty();

    [Test]
    public void The_check_sees_calls_and_lambdas_in_method_bodies()
    {
        // Irsa names HelmValues.Manifests only in a method body (ManifestRules.Add) and in the lambda it passes, which the compiler
        // puts in a nested closure class; the recipes extend the stack's builder.
        HelmValuesUses["HelmValues.Aws.Irsa"].Namespaces.ShouldContain("HelmValues.Manifests");
        HelmValuesUses["HelmValues.Ecr.EcrRecipes"].Namespaces.ShouldContain("HelmValues.Stack");
        HelmValuesUses["HelmValues.Ecr.EcrStackPart"].Namespaces.ShouldContain("HelmValues.Stack");
    }

    [Test]
    public void The_check_fails_on_a_forbidden_use_however_the_source_spells_it()
    {
        var uses = NamespaceDependencies.Read(
            Compile(
                """
                using System;
                using System.Collections.Generic;
                using System.Threading.Tasks;
                using Part = HelmValues.Ecr.EcrPart;

                namespace HelmValues.Ecr
                {
                    public class EcrPart { public static int Count; public static void Touch() { } }
                    public class EcrAttribute : Attribute { }
                    public class EcrException : Exception { }
                }

                namespace HelmValues.Stack
                {
                    public class ByRelativeName { public object Make() => new Ecr.EcrPart(); }
                    public class ByAlias { public Type Name() => typeof(Part); }
                    public class ByLambda { public Func<int> Count() => () => Ecr.EcrPart.Count; }
                    public class ByIterator { public IEnumerable<int> Counts() { yield return Ecr.EcrPart.Count; } }
                    public class ByAsync { public async Task Run() { await Task.Yield(); Ecr.EcrPart.Touch(); } }
                    public class ByGenericArgument { public int Size(List<Ecr.EcrPart> parts) => parts.Count; }
                    public class ByLocal { public bool Test(object o) { var part = o as Ecr.EcrPart; return part is null; } }
                    [Ecr.Ecr] public class ByAttribute { }
                    public class ByCatch { public void Run() { try { } catch (Ecr.EcrException) { } } }
                    public class ByBaseType : Ecr.EcrPart { }
                    public class Clean { public int Zero() => 0; }
                }
                """
            )
        );

        Offences(uses)
            .ShouldBe([
                "HelmValues.Stack.ByAlias → HelmValues.Ecr",
                "HelmValues.Stack.ByAsync → HelmValues.Ecr",
                "HelmValues.Stack.ByAttribute → HelmValues.Ecr",
                "HelmValues.Stack.ByBaseType → HelmValues.Ecr",
                "HelmValues.Stack.ByCatch → HelmValues.Ecr",
                "HelmValues.Stack.ByGenericArgument → HelmValues.Ecr",
                "HelmValues.Stack.ByIterator → HelmValues.Ecr",
                "HelmValues.Stack.ByLambda → HelmValues.Ecr",
                "HelmValues.Stack.ByLocal → HelmValues.Ecr",
                "HelmValues.Stack.ByRelativeName → HelmValues.Ecr",
            ]);
    }

    /// <summary>Each use a row does not allow, as "type → namespace", in ordinal order.</summary>
    private static List<string> Offences(IReadOnlyDictionary<string, TypeUses> uses) =>
        [
            .. uses
                .Values.Where(u => Layer(u.Namespace) is { } layer && Allowed.ContainsKey(layer))
                .SelectMany(u =>
                    u.Namespaces.Where(ns =>
                            Layer(ns) is { } used && used != Layer(u.Namespace) && !Allowed[Layer(u.Namespace)!].Contains(used)
                        )
                        .Select(ns => $"{u.Type} → {ns}")
                )
                .Order(StringComparer.Ordinal),
        ];

    /// <summary>The row of a namespace: <c>HelmValues</c>, or its first part below it (<c>HelmValues.Charts.Schema</c> → <c>Charts</c>); null outside HelmValues.</summary>
    private static string? Layer(string ns) =>
        ns == Root ? Root
        : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0]
        : null;

    private static ImmutableArray<byte> Compile(string source)
    {
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Select(path => MetadataReference.CreateFromFile(path));
        var compilation = CSharpCompilation.Create(
            "Layers",
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        );
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image);
        emitted.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ShouldBeEmpty();
        return [.. image.ToArray()];
    }
}
