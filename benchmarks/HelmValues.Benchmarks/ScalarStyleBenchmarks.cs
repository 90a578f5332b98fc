using System;
using BenchmarkDotNet.Attributes;
using HelmValues.Yaml;

namespace HelmValues.Benchmarks;

/// <summary>
/// <see cref="ScalarStyleChooser"/> on the strings a fleet stack writes: keys, short values (names, ARNs, registries,
/// images, base64 credentials, with a few that must be quoted), and long values (a docker config, a JSON line, a script,
/// a certificate). Each benchmark chooses the style of every string of its set once.
/// </summary>
public class ScalarStyleBenchmarks
{
    private static readonly string[] Keys =
    [
        "apiVersion",
        "kind",
        "metadata",
        "name",
        "namespace",
        "annotations",
        "eks.amazonaws.com/role-arn",
        "data",
        ".dockerconfigjson",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "type",
        "agentStackSecret",
        "config",
        "queue",
        "pod-spec-patch",
        "default-command-params",
        "containers",
        "imagePullSecrets",
        "serviceAccountName",
        "envFrom",
        "secretRef",
        "resources",
        "aws-assume-role-with-web-identity#v1.4.0",
        "successfulJobsHistoryLimit",
    ];

    private static readonly string[] ShortValues =
    [
        "v1",
        "Secret",
        "ServiceAccount",
        "kustomize.config.k8s.io/v1beta1",
        "Kustomization",
        "secret-ecr-credentials.yaml",
        "team-000042",
        "buildkite-agent-token",
        "buildkite-agent",
        "arn:aws:iam::123456789012:role/buildkite-agent-ecr-role",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com",
        "123456789012.dkr.ecr.us-east-1.amazonaws.com/myimage:latest",
        "public.ecr.aws/aws-cli/aws-cli:2.17.0",
        "ecr-credentials",
        "aws-credentials",
        "kubernetes.io/dockerconfigjson",
        "Opaque",
        "QUtJQUlPU0ZPRE5ON0VYQU1QTEU=",
        "d0phbHJYVXRuRkVNSS9LN01ERU5HL2JQeFJmaUNZRVhBTVBMRUtFWQ==",
        "us-east-1",
        "metadata.namespace",
        "0 */6 * * *",
        ":docker: Build and push to ECR",
        "-c",
        "on",
        "0755",
    ];

    private static readonly string[] LongValues =
    [
        "eyJhdXRocyI6eyIxMjM0NTY3ODkwMTIuZGtyLmVjci51cy1lYXN0LTEuYW1hem9uYXdzLmNvbSI6eyJ1c2VybmFtZSI6IkFXUyIsInBhc3N3b3JkIjoiZXlKd1lYbHNiMkZrSWpvaVpYaGhiWEJzWlNKOSIsImF1dGgiOiJRVmRUT21WNVNuZFpXR3h6WWpKR2EwbHFiMmxhV0dob1lsaENjMXBUU2prPSJ9fX0=",
        """
            #!/bin/bash
            set -euo pipefail
            echo "--- :docker: pulling ${IMAGE} for ${BUILDKITE_PIPELINE_SLUG}"
            aws ecr get-login-password --region us-east-1 | docker login --username AWS --password-stdin "${REGISTRY}"
            docker pull "${REGISTRY}/${IMAGE}:${TAG:-latest}"

            """.ReplaceLineEndings("\n"),
        CertificateLike(),
        """{"auths":{"123456789012.dkr.ecr.us-east-1.amazonaws.com":{"username":"AWS","password":"eyJwYXlsb2FkIjoiZXhhbXBsZSJ9"}}}""",
    ];

    /// <summary>Keys: short identifiers, a few with '.', '/', '#' or '_'.</summary>
    [Benchmark]
    public int Keys25() => ChooseAll(Keys, isKey: true);

    /// <summary>Short values: mostly plain, a few quoted (': ', a leading ':' or '-', YAML 1.1 words and octals).</summary>
    [Benchmark]
    public int ShortValues26() => ChooseAll(ShortValues, isKey: false);

    /// <summary>Long values: a 232-character base64 docker config, a JSON line (plain), a script and a PEM certificate (literal blocks).</summary>
    [Benchmark]
    public int LongValues4() => ChooseAll(LongValues, isKey: false);

    // A CA bundle as users paste one into values: 1 KB of DER, base64 in lines of 76 characters.
    private static string CertificateLike()
    {
        var der = new byte[1024];
        new Random(42).NextBytes(der);
        var body = Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks);
        return $"-----BEGIN CERTIFICATE-----\n{body}\n-----END CERTIFICATE-----\n".ReplaceLineEndings("\n");
    }

    private static int ChooseAll(string[] strings, bool isKey)
    {
        var sum = 0;
        foreach (var s in strings)
        {
            sum += (int)(isKey ? ScalarStyleChooser.ForKey(s) : ScalarStyleChooser.ForValue(s));
        }

        return sum;
    }
}
