using System.Threading;
using CsCheck;
using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Testing.Fuzz;

/// <summary>
/// The property every chart's <c>Load</c> keeps on any input: it returns (never throws), within an allocation budget;
/// what it accepts validates and writes within the budget too, and the written text loads back to the same data.
/// </summary>
/// <remarks>
/// A short run is part of <c>dotnet test</c>. The long run sets the number of cases, and optionally a CsCheck seed to
/// replay a failure: <c>HELMVALUES_FUZZ_ITERATIONS=1000000 dotnet test tests/HelmValues.Tests --filter Fuzz</c>.
/// </remarks>
internal static class LoadFuzzing
{
    private const int DefaultIterations = 1_500;

    /// <summary>A fixed allowance for the first load of a chart (caches) plus a multiple of the input's size.</summary>
    public static long Budget(string yaml) => 48L * 1024 * 1024 + 64L * yaml.Length;

    /// <summary>Cases to run: <c>HELMVALUES_FUZZ_ITERATIONS</c>, or a short run that keeps the suite fast.</summary>
    public static long Iterations =>
        long.TryParse(Environment.GetEnvironmentVariable("HELMVALUES_FUZZ_ITERATIONS"), out var n) ? n : DefaultIterations;

    /// <summary>Runs the property on generated documents for one chart.</summary>
    public static void Run<T>(
        IReadOnlyList<string> seeds,
        Func<string, ValuesLoadResult<T>> load,
        Func<T, ValidationResult> validate,
        Func<T, string> write
    )
        where T : class
    {
        var iterations = Iterations;
        long accepted = 0;
        long refused = 0;
        YamlFuzz
            .Document(seeds)
            .Sample(
                yaml =>
                {
                    if (Check(yaml, load, validate, write))
                    {
                        Interlocked.Increment(ref accepted);
                    }
                    else
                    {
                        Interlocked.Increment(ref refused);
                    }
                },
                seed: Environment.GetEnvironmentVariable("HELMVALUES_FUZZ_SEED"),
                iter: iterations,
                threads: iterations > DefaultIterations ? -1 : 1,
                print: Describe
            );
        TestContext.Out.WriteLine(
            $"{typeof(T).Name}: {accepted + refused} cases, {accepted} accepted and round-tripped, {refused} refused"
        );
    }

    /// <summary>The property for one document.</summary>
    /// <returns>Whether the document was accepted.</returns>
    public static bool Check<T>(
        string yaml,
        Func<string, ValuesLoadResult<T>> load,
        Func<T, ValidationResult> validate,
        Func<T, string> write
    )
        where T : class
    {
        ValuesLoadResult<T>? result = null;
        Allocations.Of(() => result = load(yaml)).ShouldBeLessThan(Budget(yaml), "allocated by Load");
        if (!result!.Succeeded)
        {
            result.Problems.ShouldContain(e => e.Severity == ValidationSeverity.Error);
            result.Problems.ShouldAllBe(e =>
                e.Message.Length > 0 && !e.Message.Contains("Exception") && !e.Message.Contains("Operation is not valid")
            );
            return false;
        }

        string? written = null;
        Allocations
            .Of(() => written = Write(result.Value!, validate, write))
            .ShouldBeLessThan(Budget(yaml), "allocated by Validate and ToYaml");
        var again = load(written!);
        again.Succeeded.ShouldBeTrue($"what was written does not load back:\n{written}\n{string.Join("\n", again.Problems)}");
        write(again.Value!).ShouldBe(written, "the written data changed on a reload");
        return true;
    }

    private static string Write<T>(T value, Func<T, ValidationResult> validate, Func<T, string> write)
    {
        validate(value);
        return write(value);
    }

    private static string Describe(string yaml) =>
        yaml.Length <= 2_000 ? $"{yaml.Length} chars: {Escape(yaml)}" : $"{yaml.Length} chars, starting: {Escape(yaml[..2_000])}";

    private static string Escape(string text) =>
        System.Text.Json.JsonSerializer.Serialize(text, new System.Text.Json.JsonSerializerOptions { Encoder = null });
}
