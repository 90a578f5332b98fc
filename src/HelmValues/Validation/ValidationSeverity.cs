namespace HelmValues.Validation;

/// <summary>How serious a <see cref="ValidationError"/> is.</summary>
public enum ValidationSeverity
{
    /// <summary>The value is wrong: the chart, the controller or Kubernetes would refuse it. Nothing is written.</summary>
    Error,

    /// <summary>The value is accepted but probably not what was meant (a deprecated or reserved key).</summary>
    Warning,
}
