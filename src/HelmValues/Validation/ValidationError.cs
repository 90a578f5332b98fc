using System.Globalization;

namespace HelmValues.Validation;

/// <summary>One problem found in a value: where it is, and which rule it breaks.</summary>
/// <param name="Path">
/// Where the value is, in the form users see in YAML: <c>config.pod-spec-patch.containers[0].args</c>.
/// Keys that contain dots or brackets are quoted: <c>annotations["eks.amazonaws.com/role-arn"]</c>.
/// </param>
/// <param name="Message">The rule that is broken, in one sentence.</param>
/// <param name="Severity">Whether the value is refused or only suspicious.</param>
/// <param name="Line">The 1-based line in the YAML input, when the value was loaded from text.</param>
/// <param name="Column">The 1-based column in the YAML input, when the value was loaded from text.</param>
/// <param name="Source">
/// The file the value came from, when several were loaded as layers (<c>prod.yaml</c>, or the chart's defaults), or null.
/// </param>
/// <param name="SchemaKeyword">
/// For a problem Helm's check of the chart's schema found, the schema keyword it breaks (<c>required</c>, <c>type</c>);
/// null for HelmValues' own rules (reading, the overlay, the controller's rules).
/// </param>
public sealed record ValidationError(
    string Path,
    string Message,
    ValidationSeverity Severity = ValidationSeverity.Error,
    int? Line = null,
    int? Column = null,
    string? Source = null,
    string? SchemaKeyword = null
)
{
    /// <summary>
    /// Formats the problem as <c>path: message</c>, or <c>path (line 3, column 5): message</c> when it came from YAML text
    /// (<c>path (prod.yaml, line 3, column 5): message</c> when the file is named); a warning starts with <c>warning: </c>.
    /// </summary>
    public override string ToString() => (Severity == ValidationSeverity.Warning ? "warning: " : "") + Located;

    /// <summary>The problem without its severity: <c>path (line 3, column 5): message</c>.</summary>
    internal string Located
    {
        get
        {
            var where = Path.Length == 0 ? "(root)" : Path;
            var file = Source is null ? "" : Source + ", ";
            var position =
                Line is { } line ? string.Format(CultureInfo.InvariantCulture, " ({0}line {1}, column {2})", file, line, Column ?? 1)
                : Source is null ? ""
                : $" ({Source})";
            return $"{where}{position}: {Message}";
        }
    }
}
