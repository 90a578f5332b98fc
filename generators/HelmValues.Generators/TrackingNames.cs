namespace HelmValues.Generators;

/// <summary>Names of the pipeline steps, so tests can check which ran and which were cached.</summary>
public static class TrackingNames
{
    /// <summary>Reading the text of the AdditionalFiles we recognise.</summary>
    public const string ReadInputFiles = nameof(ReadInputFiles);

    /// <summary>Reading the MSBuild properties the generator uses.</summary>
    public const string ReadOptions = nameof(ReadOptions);

    /// <summary>Parsing Kubernetes definitions files (and the kinds files naming them).</summary>
    public const string ParseDefinitions = nameof(ParseDefinitions);

    /// <summary>Parsing chart values schemas with their overlays into specs.</summary>
    public const string ParseCharts = nameof(ParseCharts);

    /// <summary>Finding schemas that would generate the same types.</summary>
    public const string FindDuplicateCharts = nameof(FindDuplicateCharts);

    /// <summary>Finding overlays with no schema to apply to.</summary>
    public const string FindOrphanOverlays = nameof(FindOrphanOverlays);
}
