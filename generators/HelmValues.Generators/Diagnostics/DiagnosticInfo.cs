using HelmValues.Generators.Json;
using HelmValues.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace HelmValues.Generators.Diagnostics;

/// <summary>A diagnostic waiting to be reported, in a value-equal form the pipeline can cache.</summary>
/// <remarks>
/// Keeps the file path and spans instead of a <see cref="Location"/>, which is not value-equal;
/// <see cref="DiagnosticReporter"/> makes the Location only inside RegisterSourceOutput.
/// </remarks>
internal sealed record DiagnosticInfo(string Id, string FilePath, TextSpan Span, LinePositionSpan LineSpan, EquatableArray<string> Args)
{
    /// <summary>A diagnostic pointing at a JSON node (or, with <paramref name="start"/>/<paramref name="end"/>, at part of its file).</summary>
    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, JsonSource source, int start, int end, params string[] args)
    {
        var (startLine, startCharacter) = source.Position(start);
        var (endLine, endCharacter) = source.Position(end);
        return new DiagnosticInfo(
            descriptor.Id,
            source.Path,
            TextSpan.FromBounds(start, end),
            new LinePositionSpan(new LinePosition(startLine, startCharacter), new LinePosition(endLine, endCharacter)),
            new EquatableArray<string>(args)
        );
    }

    public static DiagnosticInfo At(DiagnosticDescriptor descriptor, JsonNode node, params string[] args) =>
        At(descriptor, node.Source, node.Start, node.End, args);

    /// <summary>Points at a property's key rather than its whole value (shorter squiggle, clearer intent).</summary>
    public static DiagnosticInfo AtKey(DiagnosticDescriptor descriptor, JsonProperty property, params string[] args) =>
        At(descriptor, property.Value.Source, property.NameStart, property.NameEnd, args);

    /// <summary>A diagnostic about a whole file with no particular position.</summary>
    public static DiagnosticInfo AtFile(DiagnosticDescriptor descriptor, string path, params string[] args) =>
        new(descriptor.Id, path, default, default, new EquatableArray<string>(args));

    /// <summary>A diagnostic about the project (an MSBuild property), with no file.</summary>
    public static DiagnosticInfo Global(DiagnosticDescriptor descriptor, params string[] args) =>
        new(descriptor.Id, "", default, default, new EquatableArray<string>(args));
}
