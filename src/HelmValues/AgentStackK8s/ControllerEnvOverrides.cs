using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using HelmValues.Validation;
using HelmValues.Yaml;
using k8s.Models;

namespace HelmValues.AgentStackK8s;

/// <summary>
/// <c>controllerEnv</c> entries that the controller reads as flags: Kong takes every flag from an environment variable
/// named like it (<c>MAX_IN_FLIGHT</c> for <c>max-in-flight</c>), and applyCLIOverrides puts it over the config file
/// before validateConfig runs. Each such value is checked by the config key's own rules, reported at the entry.
/// </summary>
internal static class ControllerEnvOverrides
{
    private enum Kind
    {
        String,
        Integer,
        Port,
        Boolean,
        Duration,
        Tags,
    }

    // The flags of the controller's CLI struct (cmd/controller/flags.go, v0.47.0) and how Kong reads each.
    private static readonly Dictionary<string, (string Key, Kind Kind)> Flags = Build(
        ("agent-token-secret", Kind.String),
        ("allow-pod-spec-patch-unsafe-command-modification", Kind.Boolean),
        ("debug", Kind.Boolean),
        ("default-image-check-pull-policy", Kind.String),
        ("default-image-pull-policy", Kind.String),
        ("default-termination-grace-period-seconds", Kind.Integer),
        ("empty-job-grace-period", Kind.Duration),
        ("enable-completion-watcher", Kind.Boolean),
        ("enable-queue-pause", Kind.Boolean),
        ("http-timeout", Kind.Duration),
        ("image", Kind.String),
        ("image-check-container-cpu-limit", Kind.String),
        ("image-check-container-memory-limit", Kind.String),
        ("image-pull-backoff-grace-period", Kind.Duration),
        ("job-active-deadline-seconds", Kind.Integer),
        ("job-cancel-checker-poll-interval", Kind.Duration),
        ("job-creation-concurrency", Kind.Integer),
        ("job-prefix", Kind.String),
        ("job-ttl", Kind.Duration),
        ("k8s-client-rate-limiter-burst", Kind.Integer),
        ("k8s-client-rate-limiter-qps", Kind.Integer),
        ("log-format", Kind.String),
        ("log-http-payloads", Kind.Boolean),
        ("log-level", Kind.String),
        ("max-in-flight", Kind.Integer),
        ("namespace", Kind.String),
        ("no-color", Kind.Boolean),
        ("pagination-depth-limit", Kind.Integer),
        ("pagination-page-size", Kind.Integer),
        ("pod-pending-timeout", Kind.Duration),
        ("poll-interval", Kind.Duration),
        ("profiler-address", Kind.String),
        ("prohibit-kubernetes-plugin", Kind.Boolean),
        ("prometheus-port", Kind.Port),
        ("query-reset-interval", Kind.Duration),
        ("queue", Kind.String),
        ("reservation-expiry-seconds", Kind.Integer),
        ("skip-image-check-containers", Kind.Boolean),
        ("tags", Kind.Tags),
        ("work-queue-limit", Kind.Integer)
    );

    private static readonly string[] GoBooleans = ["1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False"];

    public static void Check(ValidationContext context, IReadOnlyList<V1EnvVar>? env)
    {
        for (var i = 0; i < (env?.Count ?? 0); i++)
        {
            // A value from a Secret or ConfigMap is not known here; an empty string is "not set" to applyCLIOverrides.
            if (env![i] is not { Name: { } name, Value: { Length: > 0 } value } || !Flags.TryGetValue(name, out var flag))
            {
                continue;
            }

            var path = context.Path.Key("controllerEnv").Index(i).Key("value");
            if (AsYaml(value, flag.Kind) is not { } yaml)
            {
                context.AddError(
                    path,
                    $"the controller reads {name} as {Describe(flag.Kind)} and cannot read \"{value}\": it does not start"
                );
                continue;
            }

            foreach (var problem in ProblemsOf(flag.Key, yaml))
            {
                var message = $"{name} overrides config.{flag.Key}: {problem.Message}";
                if (problem.Severity == ValidationSeverity.Error)
                {
                    context.AddError(path, message);
                }
                else
                {
                    context.AddWarning(path, message);
                }
            }
        }
    }

    // The override read and checked as the config key itself, by the same reader and rules as the values file.
    private static IEnumerable<ValidationError> ProblemsOf(string key, string yaml)
    {
        var loaded = YamlReader.Load($"{key}: {yaml}\n", static (reader, node) => ControllerConfig.ReadYaml(reader, node));
        var problems = new List<ValidationError>(loaded.Problems);
        if (loaded.Value is { } config)
        {
            var context = new ValidationContext();
            config.Validate(context);
            problems.AddRange(context.Problems);
        }

        return problems.FindAll(p => p.Path == key || p.Path.StartsWith(key + "[", StringComparison.Ordinal));
    }

    // The flag's value as Kong parses it, written as a YAML scalar (or flow list) of that type; null when Kong fails.
    private static string? AsYaml(string value, Kind kind) =>
        kind switch
        {
            Kind.Integer => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                ? n.ToString(CultureInfo.InvariantCulture)
                : null,
            Kind.Port => ushort.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port)
                ? port.ToString(CultureInfo.InvariantCulture)
                : null,
            Kind.Boolean => Array.IndexOf(GoBooleans, value) is var at and >= 0 ? (at < 6 ? "true" : "false") : null,
            Kind.Duration => GoDuration.TryParse(value, out _) ? Quoted(value) : null,
            Kind.Tags => "[" + string.Join(", ", Array.ConvertAll(value.Split(','), Quoted)) + "]",
            _ => Quoted(value),
        };

    // A JSON string is a valid YAML double-quoted scalar. JsonEncodedText escapes as JsonSerializer does (the default
    // encoder), without the serializer's reflection, which trimmed and Native AOT apps do not have.
    private static string Quoted(string value) => "\"" + JsonEncodedText.Encode(value).Value + "\"";

    private static string Describe(Kind kind) =>
        kind switch
        {
            Kind.Integer => "an integer",
            Kind.Port => "a port number (0 to 65535)",
            Kind.Boolean => "a boolean (true, false, 1, 0, t, f)",
            Kind.Duration => "a Go duration (90s, 15m, 1h30m)",
            _ => "a string",
        };

    private static Dictionary<string, (string Key, Kind Kind)> Build(params (string Key, Kind Kind)[] flags)
    {
        var byName = new Dictionary<string, (string, Kind)>(StringComparer.Ordinal);
        foreach (var flag in flags)
        {
            byName[flag.Key.ToUpperInvariant().Replace('-', '_')] = flag;
        }

        return byName;
    }
}
