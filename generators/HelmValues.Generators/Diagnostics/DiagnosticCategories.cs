namespace HelmValues.Generators.Diagnostics;

internal static class DiagnosticCategories
{
    public const string Schema = "HelmValues.Schema";
    public const string Overlay = "HelmValues.Overlay";
    public const string Kubernetes = "HelmValues.Kubernetes";
    public const string Naming = "HelmValues.Naming";
    public const string Configuration = "HelmValues.Configuration";
}
