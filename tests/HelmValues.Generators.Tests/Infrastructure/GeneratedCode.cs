using Microsoft.CodeAnalysis;

namespace HelmValues.Generators.Tests.Infrastructure;

/// <summary>Asserts that a compilation holding generated sources builds cleanly, as a user's project with warnings as errors would.</summary>
internal static class GeneratedCode
{
    /// <summary>Fails on any compiler diagnostic (errors, warnings and infos; nullable and XML doc checks are on).</summary>
    public static void ShouldCompile(Compilation compilation)
    {
        var diagnostics = compilation.GetDiagnostics().Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
        diagnostics.Count.ShouldBe(0, Describe(diagnostics));
    }

    // The first few diagnostics with the generated line they point at, so a failure says what to fix.
    private static string Describe(IReadOnlyList<Diagnostic> diagnostics) =>
        string.Join(
            "\n",
            diagnostics
                .Take(10)
                .Select(d =>
                {
                    var line = d.Location.SourceTree?.GetText().Lines[d.Location.GetLineSpan().StartLinePosition.Line].ToString().Trim();
                    return $"{d} in: {line}";
                })
        );
}
