using System;
using System.Text.RegularExpressions;

namespace HelmValues.Validation;

/// <summary>The grammar of Kubernetes resource quantities (<c>k8s.io/apimachinery/pkg/api/resource</c>).</summary>
internal static partial class Quantities
{
    // <quantity> ::= <signedNumber><suffix>; suffix: binarySI (Ki..Ei), decimalSI (n u m "" k M G T P E), or decimal exponent (e3, E-2).
    [GeneratedRegex(
        @"^[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]+)?$",
        RegexOptions.CultureInvariant
    )]
    private static partial Regex Grammar();

    public static bool IsValid(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && Grammar().IsMatch(text);
    }
}
