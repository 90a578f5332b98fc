using System;
using BenchmarkDotNet.Attributes;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using k8s.Models;

namespace HelmValues.Benchmarks;

/// <summary>
/// The ECR docker-registry Secret (<c>UseImagePullSecret</c>'s) with a password as long as the fleet benchmark's literal and
/// as long as a real <c>aws ecr get-login-password</c> token (about 2,300 characters): building it (the docker config's
/// JSON, escaped as Go escapes it) and writing it (validation reads the docker config back).
/// </summary>
[MemoryDiagnoser]
public class EcrSecretBenchmarks
{
    private const string Registry = "123456789012.dkr.ecr.us-east-1.amazonaws.com";

    private string _password = "";
    private V1Secret _secret = new();

    /// <summary>The password's length: the fleet benchmark's <c>ecr-login-password</c>, or a real token's.</summary>
    [Params(18, 2300)]
    public int PasswordLength { get; set; }

    /// <summary>A password of base64 characters, as an ECR token is.</summary>
    [GlobalSetup]
    public void Setup()
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        var random = new Random(1);
        var chars = new char[PasswordLength];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[random.Next(alphabet.Length)];
        }

        _password = new string(chars);
        _secret = Build();
    }

    /// <summary>Builds the Secret: its <c>.dockerconfigjson</c> is encoded here.</summary>
    [Benchmark]
    public V1Secret Build() => Secrets.DockerConfigJson("ecr-credentials", Registry, "AWS", _password).WithNamespace("buildkite").Build();

    /// <summary>Validates and writes the Secret.</summary>
    [Benchmark]
    public string Serialize() => ManifestYaml.Serialize(_secret);
}
