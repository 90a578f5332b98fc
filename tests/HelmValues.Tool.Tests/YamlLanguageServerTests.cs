using System.Threading.Tasks;
using HelmValues.Tool.Tests.Lsp;

namespace HelmValues.Tool.Tests;

/// <summary>
/// The real yaml-language-server, driven as VS Code drives it, checks values files against a schema named in their modeline:
/// what the schema the tool exports must work with.
/// </summary>
public class YamlLanguageServerTests
{
    private static readonly string Files = Path.Combine(AppContext.BaseDirectory, "Files", "lsp");

    [Test]
    public async Task A_values_file_the_schema_accepts_gets_no_diagnostics()
    {
        var diagnostics = await DiagnoseAsync("good.values.yaml");

        diagnostics.ShouldBeEmpty(Describe(diagnostics));
    }

    [Test]
    public async Task A_values_file_the_schema_rejects_gets_an_error_on_each_broken_line()
    {
        var diagnostics = await DiagnoseAsync("bad.values.yaml");

        // Line numbers are the file's as an editor shows them (the modeline went on top); the column is where the
        // underline starts: the value for a wrong value, the key for a key the schema does not allow.
        var sorted = diagnostics.OrderBy(d => d.Line).ToList();
        sorted.Select(d => (d.Line, d.Character)).ShouldBe([(3, 14), (4, 14), (5, 7), (6, 0)], customMessage: Describe(diagnostics));
        sorted[0].Message.ShouldContain("IfNotPresent", customMessage: "enum: pullPolicy: Sometimes");
        sorted[1].Message.ShouldContain("integer", customMessage: "type: replicaCount: two");
        sorted[2].Message.ShouldContain("^[a-z][a-z0-9-]*$", customMessage: "pattern: queue: Build_Linux");
        sorted[3].Message.ShouldContain("replicas", customMessage: "closed object: replicas (for replicaCount)");
        // yaml-language-server reports every schema violation as an error (it promotes its warnings), as the editor shows it.
        sorted.ShouldAllBe(d => d.Severity == 1, Describe(diagnostics));
    }

    [Test]
    public async Task The_exported_schema_works_in_the_language_server_where_lint_finds_errors()
    {
        var schema = Path.Combine(Path.GetTempPath(), $"helmvalues-lsp-{Guid.NewGuid():N}.schema.json");
        try
        {
            ToolRun.Of("schema", "-o", schema).ExitCode.ShouldBe(0);
            var uri = new Uri(schema).AbsoluteUri;

            var good = ToolRun.File("lint", "good.yaml");
            (
                await LanguageServerProcess.DiagnoseAsync($"# yaml-language-server: $schema={uri}\n" + File.ReadAllText(good), good)
            ).ShouldBeEmpty();

            var bad = ToolRun.File("lint", "bad.yaml");
            var diagnostics = await LanguageServerProcess.DiagnoseAsync(
                $"# yaml-language-server: $schema={uri}\n" + File.ReadAllText(bad),
                bad
            );
            // The lines lint reports for bad.yaml: the unknown key, the duration, the pull policy, the patch without containers.
            diagnostics.Select(d => d.Line).Distinct().Order().ToList().ShouldBe([3, 4, 5, 6], customMessage: Describe(diagnostics));
        }
        finally
        {
            File.Delete(schema);
        }
    }

    // The modeline names the schema by its file:// URI, as an exported schema is named; it goes on line 0, so LSP's
    // 0-based line N is line N of the file counted from 1.
    private static Task<IReadOnlyList<LspDiagnostic>> DiagnoseAsync(string valuesFile)
    {
        var schema = new Uri(Path.Combine(Files, "values.schema.json")).AbsoluteUri;
        var path = Path.Combine(Files, valuesFile);
        return LanguageServerProcess.DiagnoseAsync($"# yaml-language-server: $schema={schema}\n" + File.ReadAllText(path), path);
    }

    private static string Describe(IEnumerable<LspDiagnostic> diagnostics) =>
        "yaml-language-server published:\n"
        + string.Join("\n", diagnostics.Select(d => $"  {d.Line}:{d.Character} [{d.Severity}] {d.Message}"));
}
