using HelmValues.Generators.Emitting;
using HelmValues.Generators.Model;

namespace HelmValues.Generators.Tests.Unit;

/// <summary>The emitter is a pure function of the spec: tested without any Roslyn driver.</summary>
public class ChartEnumEmitterTests
{
    [Test]
    public void Emits_the_enum_and_its_yaml_spellings()
    {
        var spec = new EnumSpec(
            "LogLevel",
            "The controller's log level.",
            new EquatableArray<EnumMemberSpec>([new("Debug", "debug"), new("DryRun", "dry-run")])
        );
        var writer = new SourceWriter();

        ChartEnumEmitter.Write(writer, spec);

        writer
            .ToString()
            .Replace(GeneratorVersion.Value, "%VERSION%")
            .ShouldBe(
                """
                /// <summary>The controller's log level.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("HelmValues.Generators", "%VERSION%")]
                public enum LogLevel
                {
                    /// <summary><c>debug</c></summary>
                    Debug,
                    /// <summary><c>dry-run</c></summary>
                    DryRun,
                }

                /// <summary>The YAML spelling of each <see cref="LogLevel"/> member.</summary>
                [global::System.CodeDom.Compiler.GeneratedCode("HelmValues.Generators", "%VERSION%")]
                public static class LogLevelYaml
                {
                    /// <summary>Every member with its spelling, in declaration order.</summary>
                    [global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]
                    public static readonly global::System.Collections.Generic.IReadOnlyList<global::System.Collections.Generic.KeyValuePair<string, LogLevel>> Members =
                        new global::System.Collections.Generic.KeyValuePair<string, LogLevel>[]
                        {
                            new("debug", LogLevel.Debug),
                            new("dry-run", LogLevel.DryRun),
                        };

                    /// <summary>The value as it is written in YAML.</summary>
                    /// <param name="value">The member.</param>
                    public static string ToYamlString(this LogLevel value) =>
                        value switch
                        {
                            LogLevel.Debug => "debug",
                            LogLevel.DryRun => "dry-run",
                            _ => throw new global::System.ArgumentOutOfRangeException(nameof(value), value, null),
                        };
                }

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void Hint_names_are_sanitized() => GeneratedFile.HintFor("My-Charts.A b", "Values<T>").ShouldBe("My_Charts.A_b.Values_T_.g.cs");
}
