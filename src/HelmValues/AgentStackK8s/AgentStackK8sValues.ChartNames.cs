using HelmValues.Kubernetes;
using HelmValues.Validation;

namespace HelmValues.AgentStackK8s;

/// <summary>The names and labels the chart's templates put on the objects they create, which the API server checks.</summary>
public sealed partial record AgentStackK8sValues
{
    private const string InstallRefused = "the API server refuses the chart's objects and the install fails";

    private void CheckChartNames(ValidationContext context)
    {
        // _helper.tpl: `fullnameOverride | trunc 63 | trimSuffix "-"` names every object (…-config, …-controller) and is
        // the value of their `app` label.
        if (FullnameOverride is { Length: > 0 } fullnameOverride)
        {
            var fullname = HelmName(fullnameOverride);
            if ((KubernetesNames.CheckDnsSubdomain(fullname) ?? KubernetesNames.CheckLabelValue(fullname)) is { } problem)
            {
                context.AddError(context.Path.Key("fullnameOverride"), $"names the chart's objects, which {problem}: {InstallRefused}");
            }
        }

        // Without fullnameOverride the names are `<release>-<nameOverride>`: whatever the release, these characters fail.
        if (NameOverride is { } nameOverride && !IsNameText(nameOverride))
        {
            context.AddError(
                context.Path.Key("nameOverride"),
                $"goes into the chart's object names, which allow only lower-case letters, digits, '-' and '.': {InstallRefused}"
            );
        }

        // The templates merge `labels` into the labels of the controller's Deployment and pod.
        if (Labels is { } labels)
        {
            LabelRules.Check(context, context.Path.Key("labels"), labels);
        }
    }

    /// <summary>A name as the chart's helpers cut it: <c>trunc 63 | trimSuffix "-"</c> (one trailing '-' removed).</summary>
    internal static string HelmName(string name)
    {
        var cut = name.Length > 63 ? name[..63] : name;
        return cut.EndsWith('-') ? cut[..^1] : cut;
    }

    private static bool IsNameText(string value)
    {
        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '.'))
            {
                return false;
            }
        }

        return true;
    }
}
