using System.Text.Json;
using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>The change report: what regenerating a committed directory changes, per key path and per object, secrets hidden.</summary>
public class ChangeReportTests
{
    private string _directory = "";

    [SetUp]
    public void CreateDirectory() => _directory = Directory.CreateTempSubdirectory("helmvalues-report-").FullName;

    [TearDown]
    public void DeleteDirectory() => Directory.Delete(_directory, recursive: true);

    private static OutputSet Set(params (string Path, string Content)[] files) => new(files.Select(f => new OutputFile(f.Path, f.Content)));

    private ChangeReport Regenerate(OutputSet committed, OutputSet current)
    {
        OutputWriter.Write(committed, _directory, new OutputOptions { AllowSecrets = true });
        return ChangeReport.Compare(current, _directory);
    }

    private const string ServiceAccount = """
        apiVersion: v1
        kind: ServiceAccount
        metadata:
          annotations:
            eks.amazonaws.com/role-arn: arn:aws:iam::123456789012:role/a
          name: buildkite-agent
          namespace: buildkite

        """;

    [Test]
    public void Values_changes_are_reported_per_key_path_with_old_and_new_values()
    {
        var report = Regenerate(
            Set(("values.yaml", "config:\n  max-in-flight: 25\n  queue: kubernetes\n  tags: [a]\n")),
            Set(
                (
                    "values.yaml",
                    "config:\n  max-in-flight: 50\n  pod-spec-patch:\n    imagePullSecrets:\n      - name: ecr\n  tags: [a, b]\n"
                )
            )
        );

        report
            .ToString()
            .ShouldBe(
                """
                values.yaml
                  config.max-in-flight: 25 → 50
                  config.pod-spec-patch: added
                  config.queue: removed (was kubernetes)
                  config.tags[1]: added, b

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void Manifest_changes_name_the_object_and_the_field()
    {
        var report = Regenerate(
            Set(("manifests/sa.yaml", ServiceAccount)),
            Set(("manifests/sa.yaml", ServiceAccount.Replace("role/a", "role/b")))
        );

        report
            .Format(ChangeReportFormat.Markdown)
            .ShouldBe(
                """
                **ServiceAccount buildkite/buildkite-agent** (`manifests/sa.yaml`)
                - `metadata.annotations["eks.amazonaws.com/role-arn"]`: `arn:aws:iam::123456789012:role/a` → `arn:aws:iam::123456789012:role/b`

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void Files_added_and_removed_are_reported_once_each_by_what_they_hold()
    {
        var report = Regenerate(
            Set(("values.yaml", "a: 1\n"), ("manifests/old.yaml", "b: 1\n")),
            Set(("values.yaml", "a: 1\n"), ("manifests/sa.yaml", ServiceAccount))
        );

        report
            .ToString()
            .ShouldBe(
                """
                manifests/old.yaml: removed
                ServiceAccount buildkite/buildkite-agent (manifests/sa.yaml): added

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void Secret_values_are_never_shown_only_that_they_changed()
    {
        const string secret = """
            apiVersion: v1
            data:
              AWS_SECRET_ACCESS_KEY: b2xk
            kind: Secret
            metadata:
              name: aws
            stringData:
              note: old-plain-text
            type: Opaque

            """;
        var report = Regenerate(
            Set(("manifests/secret.yaml", secret), ("values.yaml", "agentToken: old-token-value\n")),
            Set(
                (
                    "manifests/secret.yaml",
                    secret
                        .Replace("b2xk", "bmV3", StringComparison.Ordinal)
                        .Replace("old-plain-text", "new-plain-text", StringComparison.Ordinal)
                ),
                ("values.yaml", "agentToken: new-token-value\n")
            )
        );

        var text = report.ToString() + report.Format(ChangeReportFormat.Markdown) + report.Format(ChangeReportFormat.Json);

        report.Changes.ShouldAllBe(c => c.IsHidden && c.Before == null && c.After == null);
        report.Changes.Select(c => c.Path).ShouldBe(["data.AWS_SECRET_ACCESS_KEY", "stringData.note", "agentToken"]);
        text.ShouldContain("data.AWS_SECRET_ACCESS_KEY: changed (secret value hidden)");
        foreach (var value in new[] { "b2xk", "bmV3", "old-plain-text", "new-plain-text", "old-token-value", "new-token-value" })
        {
            text.ShouldNotContain(value);
        }
    }

    [Test]
    public void A_quoted_string_and_a_number_with_the_same_text_differ()
    {
        var report = Regenerate(Set(("values.yaml", "tag: 1.2\n")), Set(("values.yaml", "tag: \"1.2\"\n")));

        report.ToString().ShouldBe("values.yaml\n  tag: 1.2 → \"1.2\"\n");
    }

    [Test]
    public void The_same_data_written_differently_or_a_broken_committed_file_is_still_a_change()
    {
        var reformatted = Regenerate(Set(("values.yaml", "a: [1, 2]\n")), Set(("values.yaml", "a:\n  - 1\n  - 2\n")));
        var broken = Regenerate(Set(("values.yaml", "a: [1, 2\n")), Set(("values.yaml", "a: 1\n")));

        reformatted.ToString().ShouldBe("values.yaml\n  the file: changed (the same values, written differently, or not YAML)\n");
        broken.Changes.ShouldBe([new OutputChange("values.yaml", "values.yaml", "", OutputChangeKind.Changed)]);
    }

    [Test]
    public void An_up_to_date_directory_has_an_empty_report_in_every_format()
    {
        var set = Set(("values.yaml", "a: 1\n"));

        var report = Regenerate(set, set);

        report.IsEmpty.ShouldBeTrue();
        report.ToString().ShouldBe("");
        report.Format(ChangeReportFormat.Markdown).ShouldBe("");
        report.Format(ChangeReportFormat.Json).ShouldBe("{\n  \"changes\": []\n}\n");
    }

    [Test]
    public void The_json_format_parses_and_carries_every_field()
    {
        var report = Regenerate(Set(("values.yaml", "a: 1\n")), Set(("values.yaml", "a: 2\n")));

        using var json = JsonDocument.Parse(report.Format(ChangeReportFormat.Json));

        var change = json.RootElement.GetProperty("changes").EnumerateArray().ShouldHaveSingleItem();
        change.GetProperty("file").GetString().ShouldBe("values.yaml");
        change.GetProperty("path").GetString().ShouldBe("a");
        change.GetProperty("change").GetString().ShouldBe("changed");
        change.GetProperty("before").GetString().ShouldBe("1");
        change.GetProperty("after").GetString().ShouldBe("2");
        change.GetProperty("hidden").GetBoolean().ShouldBeFalse();
    }

    [Test]
    public void Long_and_multi_line_values_are_cut_in_text_but_whole_in_json()
    {
        var report = Regenerate(
            Set(("values.yaml", "script: |\n  echo one\n  echo two\n")),
            Set(("values.yaml", $"script: {new string('x', 100)}\n"))
        );

        // A block scalar is a string, so it shows with the quote of one; only its first line is shown.
        report.ToString().ShouldBe($"values.yaml\n  script: \"echo one … → {new string('x', 80)}…\n");
        report.Changes.Single().After.ShouldBe(new string('x', 100));
    }

    [Test]
    public void A_value_with_backticks_stays_one_code_span_in_markdown()
    {
        var report = Regenerate(Set(("values.yaml", "cmd: a\n")), Set(("values.yaml", "cmd: echo `date`\n")));

        report.Format(ChangeReportFormat.Markdown).ShouldBe("**values.yaml**\n- `cmd`: `a` → `` echo `date` ``\n");
    }
}
