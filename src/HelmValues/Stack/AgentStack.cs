using System;
using System.Collections.Generic;
using HelmValues.AgentStackK8s;
using HelmValues.Kubelet;
using HelmValues.Kubernetes;
using HelmValues.Manifests;
using HelmValues.Output;
using HelmValues.Pipelines;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s;
using k8s.Models;

namespace HelmValues.Stack;

/// <summary>
/// A consistent set of agent-stack-k8s values and the manifests, pipeline and node configuration around them.
/// Build one with <see cref="AgentStackBuilder"/>.
/// </summary>
public sealed class AgentStack
{
    /// <summary>The path of the values file in the output.</summary>
    public const string ValuesFile = "values.yaml";

    /// <summary>The path of the pipeline in the output.</summary>
    public const string PipelineFile = "pipeline.yaml";

    /// <summary>The path of the kubelet credential provider configuration in the output.</summary>
    public const string CredentialProviderFile = "kubelet/credential-provider-config.yaml";

    /// <summary>
    /// The kustomization of the manifests (<c>manifests/kustomization.yaml</c>): Flux's Kustomization or an Argo CD Application
    /// can point at the <c>manifests</c> folder as it is.
    /// </summary>
    public const string KustomizationFile = ManifestsDirectory + "kustomization.yaml";

    private const string ManifestsDirectory = "manifests/";

    private readonly StackState _state;

    internal AgentStack(StackState state) => _state = state;

    /// <summary>The namespace every object lives in (the Helm release namespace).</summary>
    public string Namespace => _state.Namespace;

    /// <summary>The chart values.</summary>
    public AgentStackK8sValues Values => _state.Values;

    /// <summary>The manifests written beside the values.</summary>
    public IReadOnlyList<IKubernetesObject<V1ObjectMeta>> Manifests => _state.Manifests;

    /// <summary>
    /// The custom resources written beside the manifests (External Secrets objects, typed from their CRDs): each is one of the
    /// generated records in <c>HelmValues.ExternalSecrets</c>.
    /// </summary>
    public IReadOnlyList<IValuesObject> Resources => _state.Resources;

    /// <summary>Secrets and ServiceAccounts the stack references but does not write.</summary>
    public IReadOnlyList<ExistingObject> Existing => _state.Existing;

    /// <summary>The pipeline, if the stack has one.</summary>
    public Pipeline? Pipeline => _state.Pipeline;

    /// <summary>The kubelet credential provider configuration, if the stack has one.</summary>
    public CredentialProviderConfig? CredentialProvider => _state.CredentialProvider;

    /// <summary>The commands that create the existing objects (values elided), for whoever sets up the cluster.</summary>
    public IReadOnlyList<string> SetupCommands
    {
        get
        {
            // Counted, then copied: one array of the right size, no query or list for each stack written.
            var existing = _state.Existing;
            var count = 0;
            for (var i = 0; i < existing.Count; i++)
            {
                count += existing[i].CreateCommand is null ? 0 : 1;
            }

            var commands = count == 0 ? [] : new string[count];
            count = 0;
            for (var i = 0; i < existing.Count; i++)
            {
                if (existing[i].CreateCommand is { } command)
                {
                    commands[count++] = command;
                }
            }

            return commands;
        }
    }

    /// <summary>The output path of a manifest: <c>manifests/&lt;kind&gt;-&lt;name&gt;.yaml</c>.</summary>
    /// <param name="manifest">The manifest.</param>
    public static string ManifestFile(IKubernetesObject<V1ObjectMeta> manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        return ManifestFile(manifest.Kind, manifest.Metadata?.Name);
    }

    internal static string ManifestFile(string? kind, string? name)
    {
        kind ??= "";
        name ??= "";

        // One string, the kind lower-cased in place (not a lower-case copy first).
        return string.Create(
            ManifestsDirectory.Length + kind.Length + 1 + name.Length + ".yaml".Length,
            (kind, name),
            static (path, parts) =>
            {
                ManifestsDirectory.CopyTo(path);
                var rest = path[ManifestsDirectory.Length..];
                parts.kind.AsSpan().ToLowerInvariant(rest);
                rest = rest[parts.kind.Length..];
                rest[0] = '-';
                parts.name.CopyTo(rest[1..]);
                ".yaml".CopyTo(rest[(1 + parts.name.Length)..]);
            }
        );
    }

    internal static string ManifestFile(ICustomResource resource) => ManifestFile(resource.ResourceKind, resource.Metadata?.Name);

    /// <summary>
    /// Checks everything at once: the values, each manifest, and how they fit together (every referenced Secret and
    /// ServiceAccount is in the stack or declared existing, one namespace, ECR registries that agree with the roles
    /// and the pipeline's region).
    /// </summary>
    public ValidationResult Validate() =>
        // The docker configs the checks read are for ToOutput's commands: here they are dropped.
        Validate(Values.Validate(), ManifestFiles(), new DockerConfigLogin.Summary?[Manifests.Count]);

    // The output path of each manifest, in order: made once for validating and writing.
    private string[] ManifestFiles()
    {
        var files = new string[Manifests.Count];
        for (var i = 0; i < files.Length; i++)
        {
            files[i] = ManifestFile(Manifests[i]);
        }

        return files;
    }

    // The values' verdict (their own rules and Helm's verdict on them over the chart's defaults), then the manifests and the
    // stack. dockerConfigs gets, for each manifest, the docker config its check read (a docker-registry Secret's), which the
    // output's command needs again.
    private ValidationResult Validate(ValidationResult values, string[] manifestFiles, DockerConfigLogin.Summary?[] dockerConfigs)
    {
        // The values were judged first: their context is done, and its path stack free for this one, before this one is made.
        var valuesProblems = values.Problems;
        var context = new ValidationContext();
        for (var i = 0; i < valuesProblems.Count; i++)
        {
            context.Add(valuesProblems[i]);
        }

        for (var i = 0; i < manifestFiles.Length; i++)
        {
            dockerConfigs[i] = context.CheckProperty(
                manifestFiles[i],
                (IKubernetesObject)Manifests[i],
                ManifestValidator.ValidateReadingDockerConfig
            );
        }

        foreach (var resource in _state.Resources)
        {
            CustomResources.Validate(context, ValuePath.Root.Key(ManifestFile(resource)), resource);
        }

        StackChecks.Run(_state, manifestFiles, context);
        return new ValidationResult(context.Finish());
    }

    // The paths of the manifests' and custom resources' files (the count after values.yaml), all in the kustomization's folder:
    // one array, which it may sort.
    private static string[] KustomizationResources(List<OutputFile> files, int count)
    {
        var resources = new string[count];
        for (var i = 0; i < resources.Length; i++)
        {
            resources[i] = files[i + 1].Path;
        }

        return resources;
    }

    /// <summary>
    /// The files to write: values.yaml, one file per manifest and their kustomization, pipeline.yaml, the kubelet configuration,
    /// and the IAM documents under <c>aws/</c>.
    /// </summary>
    /// <exception cref="ValidationException">The stack has errors; the exception lists all of them.</exception>
    public OutputSet ToOutput()
    {
        // The values' text comes from the walk that Helm's verdict takes; it is kept only if everything is valid.
        var values = ValuesDocument.ValidateWithText(Values, AgentStackK8sValues.Chart, GeneratedHeader.Prefix, out var valuesText);
        var manifestFiles = ManifestFiles();
        var dockerConfigs = new DockerConfigLogin.Summary?[manifestFiles.Length];
        Validate(values, manifestFiles, dockerConfigs).ThrowIfInvalid();

        // Everything was validated above, as a whole: the manifests are written without ManifestYaml's second validation, a
        // Secret's command is made from the docker config its check read, and the files hold their text as the UTF-8 the
        // writer writes (half the memory of a string per file).
        var files = new List<OutputFile>(Manifests.Count + 3) { new(ValuesFile, valuesText, null) };
        for (var i = 0; i < manifestFiles.Length; i++)
        {
            var manifest = Manifests[i];
            var yaml = YamlWriter.SerializeUtf8(GeneratedHeader.Prefix, manifest, static (w, m) => KubernetesCodecs.WriteObject(w, m));
            files.Add(
                new OutputFile(
                    manifestFiles[i],
                    yaml,
                    manifest is V1Secret secret && !_state.FillsInCluster(secret)
                        ? SecretCommands.CreateCommandIfHoldsCredentials(secret, dockerConfigs[i])
                        : null
                )
            );
        }

        foreach (var resource in _state.Resources)
        {
            files.Add(
                new OutputFile(
                    ManifestFile(resource),
                    YamlWriter.SerializeUtf8(GeneratedHeader.Prefix, resource, static (w, r) => r.WriteYaml(w)),
                    null
                )
            );
        }

        if (Pipeline is not null)
        {
            files.Add(new OutputFile(PipelineFile, GeneratedHeader.Prepend(Pipeline.ToYaml())));
        }

        if (CredentialProvider is not null)
        {
            files.Add(new OutputFile(CredentialProviderFile, GeneratedHeader.Prepend(CredentialProvider.ToYaml())));
        }

        if (Manifests.Count + _state.Resources.Count > 0)
        {
            files.Add(
                new OutputFile(
                    KustomizationFile,
                    Kustomization.ToUtf8(
                        GeneratedHeader.Prefix,
                        KustomizationResources(files, Manifests.Count + _state.Resources.Count),
                        ManifestsDirectory.Length
                    ),
                    null
                )
            );
        }

        // Only with a cluster (WithIamPolicies) are there IAM files: no iterator to find out there are none.
        if (_state.Iam.Cluster is not null)
        {
            files.AddRange(IamOutput.Files(_state));
        }

        return OutputSet.Owning(files, SetupCommands);
    }
}
