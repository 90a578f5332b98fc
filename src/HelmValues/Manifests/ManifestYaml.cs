using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using HelmValues.Kubernetes;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s;

namespace HelmValues.Manifests;

/// <summary>
/// Writes Kubernetes manifests (<c>k8s.Models</c> objects) as YAML: deterministic, YAML 1.1-safe, validated first.
/// The contract is in <c>docs/yaml-contract.md</c>.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>One document per object, in the order given, separated by <c>---</c> lines (no <c>---</c> before the first,
/// no <c>...</c>); LF line breaks; a final newline; 2-space indentation, list items indented under their key.</item>
/// <item>In each object: <c>apiVersion</c>, <c>kind</c>, <c>metadata</c>, then the other fields in ordinal order of their
/// names; the fields of nested objects in ordinal order; map keys (labels, annotations, data…) sorted ordinally.</item>
/// <item>Nothing unset is written (no <c>null</c>, no <c>creationTimestamp: null</c>); <c>status</c> is never written;
/// empty lists and maps that are set are written <c>[]</c> and <c>{}</c>.</item>
/// <item>Strings are plain only when YAML 1.1 (go-yaml v2: the controller, Helm) and YAML 1.2 both read them back as the
/// same string: <c>"on"</c>, <c>"yes"</c>, <c>"0755"</c>, <c>"1e3"</c>, <c>"2001-12-14"</c> are quoted; multi-line
/// strings are literal blocks when that keeps them exactly.</item>
/// <item>Integers are written as integers, floats keep a float form (<c>1.0</c>), booleans are <c>true</c>/<c>false</c>,
/// <c>data</c> bytes are base64; quantities are always strings (<c>"1"</c>, <c>1536Mi</c>) in the canonical form
/// KubernetesClient keeps; int-or-strings are integers when they hold one (<c>8080</c>) and strings otherwise (<c>http</c>).</item>
/// </list>
/// <para>
/// Every manifest is checked with <see cref="ManifestValidator"/> first; when any has an error nothing is written and a
/// <see cref="ValidationException"/> lists every problem of every manifest (warnings do not stop the writing).
/// </para>
/// </remarks>
/// <example>
/// <code>
/// var yaml = ManifestYaml.Serialize(
///     new ServiceAccountBuilder().WithName("buildkite-agent").WithNamespace("buildkite").Build(),
///     Secrets.Opaque("aws-credentials", credentials).WithNamespace("buildkite").Build());
/// // apiVersion: v1
/// // kind: ServiceAccount
/// // metadata:
/// //   name: buildkite-agent
/// //   namespace: buildkite
/// // ---
/// // apiVersion: v1
/// // kind: Secret
/// // …
/// </code>
/// </example>
public static class ManifestYaml
{
    /// <summary>Validates the manifests and returns them as one YAML stream.</summary>
    /// <param name="manifests">The objects, one document each, in this order.</param>
    /// <exception cref="ValidationException">A manifest has an error; the exception lists all of them.</exception>
    public static string Serialize(params IKubernetesObject[] manifests) => Serialize((IEnumerable<IKubernetesObject>)manifests);

    /// <summary>Validates the manifests and returns them as one YAML stream (empty when there are none).</summary>
    /// <param name="manifests">The objects, one document each, in this order.</param>
    /// <exception cref="ValidationException">A manifest has an error; the exception lists all of them.</exception>
    /// <exception cref="ArgumentException">An item is null.</exception>
    public static string Serialize(IEnumerable<IKubernetesObject> manifests)
    {
        var list = ManifestValidator.ToList(manifests);
        var context = new ValidationContext();
        context.ValidateItems(list, ManifestValidator.Validate);
        context.ToResult().ThrowIfInvalid();

        // A manifest is a few hundred characters: starting there saves most of the StringBuilder's regrowth.
        using var text = new StringWriter(new StringBuilder(512 * list.Count), CultureInfo.InvariantCulture);
        using (var writer = new YamlWriter(text))
        {
            foreach (var manifest in list)
            {
                writer.BeginDocument();
                KubernetesCodecs.WriteObject(writer, manifest);
                writer.EndDocument();
            }
        }

        return text.ToString();
    }

    /// <summary>
    /// Validates the manifests and writes them to <paramref name="output"/> as one YAML stream. Nothing is written when
    /// validation fails, nor when writing fails half-way.
    /// </summary>
    /// <param name="output">Where the YAML goes; write it as UTF-8 (without a byte order mark) to get the documented bytes.</param>
    /// <param name="manifests">The objects, one document each, in this order.</param>
    /// <exception cref="ValidationException">A manifest has an error; the exception lists all of them.</exception>
    public static void Write(TextWriter output, IEnumerable<IKubernetesObject> manifests)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.Write(Serialize(manifests));
    }
}
