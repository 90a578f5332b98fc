using System.Collections.Generic;
using System.Text;
using HelmValues.Aws;
using HelmValues.Kubernetes;
using k8s;
using k8s.Models;

namespace HelmValues.Ecr;

/// <summary>The five objects of an ECR token refresh: the Secret, and the CronJob with its ServiceAccount, Role and RoleBinding.</summary>
internal sealed record EcrTokenRefreshManifests(
    V1Secret Secret,
    V1ServiceAccount ServiceAccount,
    V1Role Role,
    V1RoleBinding RoleBinding,
    V1CronJob CronJob
)
{
    // The job asks ECR for a token with its IRSA role, and merge-patches the one Secret through the API server with its
    // ServiceAccount token: no kubectl, no static credentials, and a Role that cannot touch any other Secret.
    private const string Script = """
        set -euo pipefail
        password="$(aws ecr get-login-password --region "${REGION}")"
        auth="$(printf 'AWS:%s' "${password}" | base64 | tr -d '\n')"
        config="$(printf '{"auths":{"%s":{"username":"AWS","password":"%s","auth":"%s"}}}' "${REGISTRY}" "${password}" "${auth}")"
        data="$(printf '%s' "${config}" | base64 | tr -d '\n')"
        account=/var/run/secrets/kubernetes.io/serviceaccount
        curl --fail --silent --show-error --output /dev/null \
          --cacert "${account}/ca.crt" \
          --header "Authorization: Bearer $(cat "${account}/token")" \
          --header "Content-Type: application/merge-patch+json" \
          --request PATCH \
          --data "{\"data\":{\".dockerconfigjson\":\"${data}\"}}" \
          "https://kubernetes.default.svc/api/v1/namespaces/${NAMESPACE}/secrets/${SECRET_NAME}"
        echo "refreshed ${SECRET_NAME} for ${REGISTRY}"

        """;

    public IEnumerable<IKubernetesObject<V1ObjectMeta>> All => [Secret, ServiceAccount, Role, RoleBinding, CronJob];

    public static EcrTokenRefreshManifests Create(EcrTokenRefresh refresh, string ns)
    {
        refresh.ThrowIfInvalid();
        // The Secret starts without credentials (safe to commit); the job fills it in. Flux creates it once and then
        // leaves it alone; other GitOps tools need to ignore differences in its data.
        var secret = new SecretBuilder()
            .WithName(refresh.SecretName)
            .WithNamespace(ns)
            .WithAnnotation("kustomize.toolkit.fluxcd.io/ssa", "IfNotPresent")
            .WithType(SecretTypes.DockerConfigJson)
            .WithData(DockerConfigJsonEncoder.Key, Encoding.UTF8.GetBytes("""{"auths":{}}"""))
            .Build();
        var account = new ServiceAccountBuilder().WithName(refresh.Name).WithNamespace(ns).WithIamRole(refresh.Role).Build();
        var role = new RoleBuilder()
            .WithName(refresh.Name)
            .WithNamespace(ns)
            .AddRule(r => r.AddApiGroup("").AddResource("secrets").AddResourceName(refresh.SecretName).AddVerb("get").AddVerb("patch"))
            .Build();
        var binding = new RoleBindingBuilder()
            .WithName(refresh.Name)
            .WithNamespace(ns)
            .WithRoleRef(r => r.WithApiGroup("rbac.authorization.k8s.io").WithKind("Role").WithName(refresh.Name))
            .AddSubject(s => s.WithKind("ServiceAccount").WithName(refresh.Name).WithNamespace(ns))
            .Build();
        var cronJob = new CronJobBuilder()
            .WithName(refresh.Name)
            .WithNamespace(ns)
            .WithSpec(spec =>
                spec.WithSchedule(refresh.Schedule)
                    .WithConcurrencyPolicy("Forbid")
                    .WithSuccessfulJobsHistoryLimit(1)
                    .WithFailedJobsHistoryLimit(3)
                    .WithJobTemplate(job =>
                        job.WithSpec(jobSpec =>
                            jobSpec
                                .WithBackoffLimit(3)
                                .WithActiveDeadlineSeconds(600)
                                .WithTemplate(template => template.WithSpec(pod => Pod(pod, refresh)))
                        )
                    )
            )
            .Build();
        return new EcrTokenRefreshManifests(secret, account, role, binding, cronJob);
    }

    private static PodSpecBuilder Pod(PodSpecBuilder pod, EcrTokenRefresh refresh) =>
        pod.WithServiceAccountName(refresh.Name)
            .WithRestartPolicy("OnFailure")
            .AddContainer(container =>
                container
                    .WithName("refresh")
                    .WithImage(refresh.Image)
                    .AddCommand("/bin/bash")
                    .AddCommand("-c")
                    .AddCommand(Script)
                    .AddEnv(e => e.WithName("REGISTRY").WithValue(refresh.Registry.Host))
                    .AddEnv(e => e.WithName("REGION").WithValue(refresh.Registry.Region))
                    .AddEnv(e => e.WithName("SECRET_NAME").WithValue(refresh.SecretName))
                    .AddEnv(e => e.WithName("NAMESPACE").WithValueFrom(v => v.WithFieldRef(f => f.WithFieldPath("metadata.namespace"))))
            );
}
