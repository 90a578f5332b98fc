using System.Reflection;
using HelmValues.Generators.Emitting;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>The runtime types the emitters name in strings exist in HelmValues.dll, under those very names.</summary>
public class RuntimeNamesTests
{
    public static IEnumerable<TestCaseData> Names =>
        typeof(RuntimeNames)
            .GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => new TestCaseData((string)f.GetRawConstantValue()!).SetArgDisplayNames(f.Name));

    [TestCaseSource(nameof(Names))]
    public void Names_a_public_type_of_the_runtime(string name)
    {
        name.ShouldStartWith("global::HelmValues.");
        var clrName = name["global::".Length..];
        var type =
            typeof(global::HelmValues.ValuesDocument).Assembly.GetType(clrName)
            ?? typeof(global::HelmValues.ValuesDocument).Assembly.GetType(clrName + "`1");

        type.ShouldNotBeNull($"{clrName} is not a type of HelmValues.dll");
        type.IsPublic.ShouldBeTrue();
    }
}
