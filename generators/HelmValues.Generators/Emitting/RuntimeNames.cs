namespace HelmValues.Generators.Emitting;

/// <summary>
/// The runtime types generated code uses, fully qualified, in one place. The generator cannot reference the runtime (it
/// runs inside the compiler), so these are strings: <c>RuntimeNamesTests</c> resolves every one against HelmValues.dll,
/// so a renamed or moved runtime type fails there, by name, instead of in a user's build.
/// </summary>
internal static class RuntimeNames
{
    public const string ValuesDocument = "global::HelmValues.ValuesDocument";
    public const string ValuesObject = "global::HelmValues.IValuesObject";
    public const string StringOrNumber = "global::HelmValues.StringOrNumber";
    public const string ValueList = "global::HelmValues.Collections.ValueList";
    public const string ValueMap = "global::HelmValues.Collections.ValueMap";
    public const string NullKeys = "global::HelmValues.Collections.NullKeys";
    public const string HelmChart = "global::HelmValues.Charts.HelmChart";
    public const string ValuesFile = "global::HelmValues.Charts.ValuesFile";
    public const string YamlWriter = "global::HelmValues.Yaml.YamlWriter";
    public const string YamlReader = "global::HelmValues.Yaml.YamlReader";
    public const string YamlSourceNode = "global::HelmValues.Yaml.YamlSourceNode";
    public const string YamlValue = "global::HelmValues.Yaml.YamlValue";
    public const string YamlKeySet = "global::HelmValues.Yaml.YamlKeySet";
    public const string YamlKeyCase = "global::HelmValues.Yaml.YamlKeyCase";
    public const string ValuesLoadResult = "global::HelmValues.Yaml.ValuesLoadResult";
    public const string ValidationContext = "global::HelmValues.Validation.ValidationContext";
    public const string ValidationResult = "global::HelmValues.Validation.ValidationResult";
    public const string ValidationException = "global::HelmValues.Validation.ValidationException";
    public const string KubernetesBuild = "global::HelmValues.Kubernetes.KubernetesBuild";
    public const string KubernetesCodec = "global::HelmValues.Kubernetes.KubernetesCodec";
    public const string KubernetesCodecs = "global::HelmValues.Kubernetes.KubernetesCodecs";
    public const string KubernetesYamlWriting = "global::HelmValues.Kubernetes.KubernetesYamlWriting";
    public const string KubernetesYamlReading = "global::HelmValues.Kubernetes.KubernetesYamlReading";
    public const string KubernetesValidating = "global::HelmValues.Kubernetes.KubernetesValidating";
}
