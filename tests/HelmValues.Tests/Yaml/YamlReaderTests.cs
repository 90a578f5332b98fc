using HelmValues.Validation;
using HelmValues.Yaml;

namespace HelmValues.Tests.Yaml;

public class YamlReaderTests
{
    private static readonly YamlKeySet ConfigKeys = new(
        ["queue", "tags", "job-ttl", "max-in-flight", "debug", "workspace-volume", "pod-spec-patch", "default-metadata", "ratio", "extra"],
        isClosed: true,
        removed: new Dictionary<string, string> { ["org"] = "was removed in controller v0.33.0" },
        misplaced: new Dictionary<string, string> { ["image"] = "belongs at the top level, next to `config`" }
    );

    private static readonly YamlKeySet RootKeys = new(
        ["config", "image"],
        isClosed: false,
        misplaced: new Dictionary<string, string> { ["default-metadata"] = "belongs under `config`" }
    );

    private sealed record Config(
        string? Queue,
        IReadOnlyList<string>? Tags,
        TimeSpan? JobTtl,
        int? MaxInFlight,
        bool? Debug,
        double? Ratio,
        YamlValue? Extra
    );

    private static Config ReadConfig(YamlReader r, YamlSourceNode node)
    {
        string? queue = null;
        IReadOnlyList<string>? tags = null;
        TimeSpan? ttl = null;
        int? maxInFlight = null;
        bool? debug = null;
        double? ratio = null;
        YamlValue? extra = null;
        foreach (var (key, value) in r.ReadMapping(node, ConfigKeys))
        {
            switch (key)
            {
                case "queue":
                    queue = r.ReadString(value);
                    break;
                case "tags":
                    tags = r.ReadSequence(value, static (r, n) => r.ReadString(n));
                    break;
                case "job-ttl":
                    ttl = r.ReadDuration(value);
                    break;
                case "max-in-flight":
                    maxInFlight = r.ReadInt32(value);
                    if (maxInFlight < 0)
                    {
                        r.AddError("must be 0 or more");
                    }

                    break;
                case "debug":
                    debug = r.ReadBoolean(value);
                    break;
                case "ratio":
                    ratio = r.ReadDouble(value);
                    break;
                case "extra":
                    extra = r.ReadValue(value);
                    break;
            }
        }

        return new Config(queue, tags, ttl, maxInFlight, debug, ratio, extra);
    }

    private static Config? ReadValuesFile(YamlReader r, YamlSourceNode node)
    {
        Config? config = null;
        foreach (var (key, value) in r.ReadMapping(node, RootKeys))
        {
            if (key == "config")
            {
                config = ReadConfig(r, value);
            }
        }

        return config;
    }

    private static ValuesLoadResult<Config> Load(string yaml) => YamlReader.Load(yaml, ReadValuesFile);

    [Test]
    public void Loads_typed_values()
    {
        var result = Load(
            "config:\n  queue: kubernetes\n  tags: [a=b, c=d]\n  job-ttl: 1h30m\n  max-in-flight: 0x10\n  debug: true\n  ratio: .5\n"
        );

        result.Problems.ShouldBeEmpty();
        result.Succeeded.ShouldBeTrue();
        result.Value.ShouldNotBeNull();
        result.Value.Queue.ShouldBe("kubernetes");
        result.Value.Tags.ShouldBe(["a=b", "c=d"]);
        result.Value.JobTtl.ShouldBe(TimeSpan.FromMinutes(90));
        result.Value.MaxInFlight.ShouldBe(16);
        result.Value.Debug.ShouldBe(true);
        result.Value.Ratio.ShouldBe(0.5);
    }

    [Test]
    public void Null_values_are_absent_without_errors()
    {
        var result = Load("config:\n  queue:\n  tags: ~\n  job-ttl: null\n  debug:\n  extra: ~\n");
        result.Problems.ShouldBeEmpty();
        result.Value!.Queue.ShouldBeNull();
        result.Value.Tags.ShouldBeNull();
        result.Value.Extra!.IsNull.ShouldBeTrue();
    }

    [Test]
    public void Reports_every_error_at_once_with_paths_and_positions_and_no_value()
    {
        var result = Load("config:\n  queue: yes\n  tags: [a, 1, on]\n  job-ttl: 300\n  max-in-flight: -1\n  workspaceVolume: {}\n");

        result.Succeeded.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "config.queue (line 2, column 10): expected a string, but YAML 1.1 reads `yes` as a boolean: quote it",
                "config.tags[1] (line 3, column 13): expected a string, but YAML 1.1 reads `1` as an integer: quote it",
                "config.tags[2] (line 3, column 16): expected a string, but YAML 1.1 reads `on` as a boolean: quote it",
                "config.job-ttl (line 4, column 12): expected a Go duration string such as \"300s\" or \"300m\", but found the number 300, which the controller reads as 300 nanoseconds",
                "config.max-in-flight (line 5, column 18): must be 0 or more",
                "config.workspaceVolume (line 6, column 3): unknown key `workspaceVolume`; did you mean `workspace-volume`?",
            ]);
    }

    [TestCase("podSpecPatch", "pod-spec-patch")]
    [TestCase("queu", "queue")]
    [TestCase("deubg", "debug")]
    [TestCase("Tags", "tags")]
    [TestCase("job_ttl", "job-ttl")]
    public void Unknown_keys_suggest_the_closest_known_key(string key, string suggestion)
    {
        var error = Load($"config:\n  {key}: 1\n").Problems.ShouldHaveSingleItem();
        error.Message.ShouldBe($"unknown key `{key}`; did you mean `{suggestion}`?");
        error.Path.ShouldBe($"config.{key}");
    }

    [Test]
    public void Unknown_keys_far_from_any_known_key_get_no_suggestion()
    {
        Load("config:\n  completely-different: 1\n").Problems.ShouldHaveSingleItem().Message.ShouldBe("unknown key `completely-different`");
        Load("config:\n  x: 1\n").Problems.ShouldHaveSingleItem().Message.ShouldBe("unknown key `x`");
    }

    [Test]
    public void Removed_and_misplaced_keys_get_their_own_explanation()
    {
        var result = Load("default-metadata: {}\nconfig:\n  org: acme\n  image: x\n");
        result
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "default-metadata (line 1, column 1): `default-metadata` belongs under `config`",
                "config.org (line 3, column 3): `org` was removed in controller v0.33.0",
                "config.image (line 4, column 3): `image` belongs at the top level, next to `config`",
            ]);
    }

    [Test]
    public void Where_the_reader_ignores_unknown_keys_they_and_misplaced_keys_are_warnings_and_not_read()
    {
        var keys = new YamlKeySet(
            ["config"],
            misplaced: new Dictionary<string, string> { ["queue"] = "belongs under `config`" },
            unknownKeysIgnored: true
        );
        var read = new List<string>();
        var result = YamlReader.Load(
            "config: {}\nconfgi: 1\nqueue: x\n",
            (r, node) =>
            {
                foreach (var (key, _) in r.ReadMapping(node, keys))
                {
                    read.Add(key);
                }

                return true;
            }
        );

        result.Succeeded.ShouldBeTrue();
        read.ShouldBe(["config"]);
        result
            .Problems.Select(e => e.ToString())
            .ShouldBe([
                "warning: confgi (line 2, column 1): unknown key `confgi`: no template reads it, so it has no effect; did you mean `config`?",
                "warning: queue (line 3, column 1): `queue` belongs under `config`",
            ]);
    }

    [Test]
    public void Open_key_sets_yield_unknown_keys_to_the_caller()
    {
        var keys = new List<string>();
        var result = YamlReader.Load(
            "config: {}\nextra: 1\nimage: x\n",
            (r, node) =>
            {
                foreach (var (key, _) in r.ReadMapping(node, RootKeys))
                {
                    keys.Add(key);
                    r.Path.ToString().ShouldBe(key);
                }

                r.Path.ToString().ShouldBe("");
                return "done";
            }
        );

        result.Problems.ShouldBeEmpty();
        keys.ShouldBe(["config", "extra", "image"]);
    }

    [TestCase("yes", "a boolean")]
    [TestCase("~", "null")]
    [TestCase("0755", "an integer")]
    [TestCase("1e3", "a float")]
    [TestCase("2001-12-14", "a timestamp")]
    public void Plain_keys_that_YAML_reads_as_other_types_are_errors(string key, string kind)
    {
        var result = YamlReader.Load($"{key}: 1\n", static (r, n) => r.ReadMap(n, static (r, v) => r.ReadInt64(v)));
        result.Problems.ShouldHaveSingleItem().Message.ShouldBe($"YAML 1.1 reads the key `{key}` as {kind}, not a string: quote it");
    }

    [Test]
    public void ReadMap_reads_free_form_keys_and_skips_failed_values()
    {
        var result = YamlReader.Load("app: web\n\"on\": x\nteam: [1]\n", static (r, n) => r.ReadMap(n, static (r, v) => r.ReadString(v)));

        result.Problems.ShouldHaveSingleItem().Path.ShouldBe("team");
        var reader = new YamlReader();
        var map = reader.ReadMap(YamlDocumentReader.Read("app: web\n\"on\": x\nteam: [1]\n").Root!, static (r, v) => r.ReadString(v));
        map!.Keys.Order(StringComparer.Ordinal).ShouldBe(["app", "on"]);
        reader.Problems.ShouldHaveSingleItem().Message.ShouldBe("expected a string, but found a list");
    }

    [Test]
    public void ReadSequence_skips_items_that_failed_and_keeps_their_index_in_the_path()
    {
        var reader = new YamlReader();
        var items = reader.ReadSequence(YamlDocumentReader.Read("[1, x, 3, {}]").Root!, static (r, n) => r.ReadInt64(n));
        items.ShouldBe([1L, 3L]);
        reader.Problems.Select(e => e.Path).ShouldBe(["[1]", "[3]"]);
        reader.HasErrors.ShouldBeTrue();
    }

    [TestCase("\"text\"", "text")]
    [TestCase("'on'", "on")]
    [TestCase("!!str yes", "yes")]
    [TestCase("|\n  block\n", "block\n")]
    [TestCase("plain text", "plain text")]
    [TestCase("1.2.3", "1.2.3")]
    public void ReadString_accepts_strings(string yaml, string expected)
    {
        var reader = new YamlReader();
        reader.ReadString(YamlDocumentReader.Read(yaml).Root!).ShouldBe(expected);
        reader.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ReadString_warns_when_only_YAML_1_2_reads_another_type()
    {
        var reader = new YamlReader();
        reader.ReadString(YamlDocumentReader.Read("1e999").Root!).ShouldBe("1e999");
        var warning = reader.Problems.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(ValidationSeverity.Warning);
        reader.HasErrors.ShouldBeFalse();
    }

    [TestCase("[a]", "expected a string, but found a list")]
    [TestCase("{a: 1}", "expected a string, but found a mapping")]
    [TestCase("on", "expected a string, but YAML 1.1 reads `on` as a boolean: quote it")]
    [TestCase("0x1F", "expected a string, but YAML 1.1 reads `0x1F` as an integer: quote it")]
    [TestCase(".inf", "expected a string, but YAML 1.1 reads `.inf` as a float: quote it")]
    [TestCase("2001-12-14", "expected a string, but YAML 1.1 reads `2001-12-14` as a timestamp: quote it")]
    public void ReadString_refuses_other_types(string yaml, string message)
    {
        AssertError(static (r, n) => r.ReadString(n), yaml, message);
    }

    [TestCase("true", true)]
    [TestCase("False", false)]
    public void ReadBoolean_reads_booleans(string yaml, bool expected)
    {
        var reader = new YamlReader();
        reader.ReadBoolean(YamlDocumentReader.Read(yaml).Root!).ShouldBe(expected);
        reader.Problems.ShouldBeEmpty();
    }

    [Test]
    public void ReadBoolean_accepts_YAML_1_1_booleans_with_a_warning()
    {
        var reader = new YamlReader();
        reader.ReadBoolean(YamlDocumentReader.Read("yes").Root!).ShouldBe(true);
        var warning = reader.Problems.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(ValidationSeverity.Warning);
        warning.Message.ShouldBe("`yes` is a boolean only in YAML 1.1: write true");
    }

    [TestCase("\"true\"", "expected a boolean (true or false), but found the string \"true\": remove the quotes")]
    [TestCase("1", "expected a boolean (true or false), but found `1` (an integer)")]
    [TestCase("maybe", "expected a boolean (true or false), but found the string `maybe`")]
    public void ReadBoolean_refuses_other_values(string yaml, string message)
    {
        AssertError(static (r, n) => r.ReadBoolean(n), yaml, message);
    }

    [TestCase("42", 42)]
    [TestCase("-7", -7)]
    [TestCase("+3", 3)]
    [TestCase("0x1F", 31)]
    [TestCase("0o17", 15)]
    [TestCase("2147483647", int.MaxValue)]
    public void ReadInt32_reads_integers(string yaml, int expected)
    {
        var reader = new YamlReader();
        reader.ReadInt32(YamlDocumentReader.Read(yaml).Root!).ShouldBe(expected);
        reader.Problems.ShouldBeEmpty();
    }

    [TestCase("0755", 493L)]
    [TestCase("1_000", 1000L)]
    [TestCase("0b101", 5L)]
    public void ReadInt64_reads_YAML_1_1_only_forms_with_a_warning(string yaml, long expected)
    {
        var reader = new YamlReader();
        reader.ReadInt64(YamlDocumentReader.Read(yaml).Root!).ShouldBe(expected);
        var warning = reader.Problems.ShouldHaveSingleItem();
        warning.Severity.ShouldBe(ValidationSeverity.Warning);
        warning.Message.ShouldContain($"write {expected}");
    }

    [TestCase("2147483648", "2147483648 is out of range for a 32-bit integer")]
    [TestCase("1.5", "expected an integer, but found the float `1.5`")]
    [TestCase("1:20", "expected an integer, but found the string `1:20`")]
    [TestCase("\"5\"", "expected an integer, but found the string \"5\": remove the quotes")]
    [TestCase("[5]", "expected an integer, but found a list")]
    public void ReadInt32_refuses_other_values(string yaml, string message)
    {
        AssertError(static (r, n) => r.ReadInt32(n), yaml, message);
    }

    // Helm reads every number as a float and renders a whole one as an integer, so these reach the controller as 1 and 8.
    [TestCase("1.0", 1, "`1.0` is the integer 1 to Helm, which renders it so: write 1")]
    [TestCase("08", 8, "`08` is the integer 8 to Helm, which renders it so: write 8")]
    public void ReadInt32_takes_a_whole_float_as_helm_renders_it_with_a_warning(string yaml, int expected, string warning)
    {
        var result = YamlReader.Load(yaml, static (r, n) => r.ReadInt32(n));

        result.Value.ShouldBe(expected);
        result.Problems.Select(e => (e.Severity, e.Message)).ShouldBe([(ValidationSeverity.Warning, warning)]);
    }

    [Test]
    public void ReadInt64_refuses_values_beyond_64_bits()
    {
        AssertError(static (r, n) => r.ReadInt64(n), "18446744073709551615", "18446744073709551615 is out of range for a 64-bit integer");
    }

    [TestCase("1.5", 1.5)]
    [TestCase("1e3", 1000.0)]
    [TestCase("-.inf", double.NegativeInfinity)]
    [TestCase("7", 7.0)]
    public void ReadDouble_reads_numbers(string yaml, double expected)
    {
        var reader = new YamlReader();
        reader.ReadDouble(YamlDocumentReader.Read(yaml).Root!).ShouldBe(expected);
        reader.Problems.ShouldBeEmpty();
    }

    [TestCase("abc", "expected a number, but found the string `abc`")]
    [TestCase("\"1.5\"", "expected a number, but found the string \"1.5\": remove the quotes")]
    public void ReadDouble_refuses_other_values(string yaml, string message)
    {
        AssertError(static (r, n) => r.ReadDouble(n), yaml, message);
    }

    [TestCase("30s", 30L)]
    [TestCase("\"15m\"", 900L)]
    [TestCase("1h30m", 5400L)]
    [TestCase("'-1.5h'", -5400L)]
    public void ReadDuration_reads_go_durations(string yaml, long seconds)
    {
        var reader = new YamlReader();
        reader.ReadDuration(YamlDocumentReader.Read(yaml).Root!).ShouldBe(TimeSpan.FromSeconds(seconds));
        reader.Problems.ShouldBeEmpty();
    }

    [TestCase(
        "300",
        "expected a Go duration string such as \"300s\" or \"300m\", but found the number 300, which the controller reads as 300 nanoseconds"
    )]
    [TestCase("1.5", "expected a Go duration string such as \"30s\", but YAML 1.1 reads `1.5` as a float")]
    [TestCase("5 minutes", "\"5 minutes\" has the unknown unit \" minutes\" (use ns, us, ms, s, m or h)")]
    [TestCase("1d", "\"1d\" has the unknown unit \"d\" (use ns, us, ms, s, m or h)")]
    [TestCase(
        "5",
        "expected a Go duration string such as \"5s\" or \"5m\", but found the number 5, which the controller reads as 5 nanoseconds"
    )]
    [TestCase("\"5\"", "\"5\" has a number without a unit (ns, us, ms, s, m or h)")]
    [TestCase("1ns", "\"1ns\" is not a whole number of 100-nanosecond ticks, so TimeSpan cannot hold it exactly")]
    [TestCase("3000000h", "\"3000000h\" is not a Go duration (examples: \"30s\", \"15m\", \"1h30m\", \"500ms\")")]
    [TestCase("{}", "expected a Go duration string such as \"30s\", but found a mapping")]
    public void ReadDuration_refuses_anything_but_go_duration_strings(string yaml, string message)
    {
        AssertError(static (r, n) => r.ReadDuration(n), yaml, message);
    }

    [Test]
    public void ReadValue_keeps_plain_and_quoted_scalars_apart_and_writes_them_back_unchanged()
    {
        const string Yaml = "a: on\nb: \"on\"\nc: 0755\nd: [1, 2.5, ~, x]\ne: {z: 1, w: 2}\nf: 1:20\ng: |\n  two\n  lines\n";
        var result = YamlReader.Load(Yaml, static (r, n) => r.ReadValue(n));

        result.Problems.ShouldBeEmpty();
        var value = result.Value!;
        value.Entries.Select(e => e.Key).ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
        value.Entries[0].Value.ShouldBe(YamlValue.Plain("on"));
        value.Entries[1].Value.ShouldBe(YamlValue.String("on"));
        value.Entries[5].Value.ShouldBe(YamlValue.String("1:20"));
        YamlWriter
            .Serialize(w => w.WriteValue(value))
            .ShouldBe(
                "a: on\nb: \"on\"\nc: 0755\nd:\n  - 1\n  - 2.5\n  - ~\n  - x\ne:\n  w: 2\n  z: 1\nf: \"1:20\"\ng: |\n  two\n  lines\n"
            );
    }

    [Test]
    public void ReadValue_refuses_keys_that_are_not_strings()
    {
        var result = YamlReader.Load("yes: 1\nok: 2\n", static (r, n) => r.ReadValue(n));
        result.Problems.ShouldHaveSingleItem().Path.ShouldBe("yes");
        result.Value.ShouldBeNull();
    }

    [Test]
    public void ReadMapping_reports_a_node_that_is_not_a_mapping()
    {
        var result = YamlReader.Load("config: [1]\n", ReadValuesFile);
        result.Problems.ShouldHaveSingleItem().ToString().ShouldBe("config (line 1, column 9): expected a mapping, but found a list");
    }

    [Test]
    public void Load_returns_parse_errors_without_calling_the_reader()
    {
        var called = false;
        var result = YamlReader.Load(
            "a: [1\n",
            (_, _) =>
            {
                called = true;
                return "x";
            }
        );

        called.ShouldBeFalse();
        result.Value.ShouldBeNull();
        result.Problems.ShouldHaveSingleItem().Message.ShouldStartWith("invalid YAML");
    }

    [Test]
    public void Load_keeps_reading_after_non_fatal_document_errors()
    {
        var result = Load("config:\n  queue: a\n  queue: b\n  debug: maybe\n");
        result.Problems.Count.ShouldBe(2);
        result.Problems[0].Message.ShouldContain("appears twice");
        result.Problems[1].Path.ShouldBe("config.debug");
    }

    [Test]
    public void Warnings_do_not_fail_the_load()
    {
        var result = Load("config:\n  debug: on\n");
        result.Succeeded.ShouldBeTrue();
        result.Value!.Debug.ShouldBe(true);
        result.Problems.ShouldHaveSingleItem().ToString().ShouldStartWith("warning: config.debug (line 2, column 10)");
    }

    [Test]
    public void Errors_are_capped()
    {
        var yaml = string.Concat(Enumerable.Range(0, 500).Select(i => $"  unknown{i}: 1\n"));
        var result = Load("config:\n" + yaml);
        result.Problems.Count.ShouldBe(YamlReader.MaxErrors + 1);
        result.Problems[^1].Message.ShouldContain("only the first 100");
    }

    [TestCase("a: 1\n---\nb: 2\n")]
    [TestCase("a: &a [*a]\n")]
    [TestCase("\u0000")]
    [TestCase("a: !!binary x\n")]
    [TestCase("[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[")]
    [TestCase("? - a\n  - b\n: c\n")]
    [TestCase("{a: 1, a: 2}")]
    public void Load_never_throws_for_bad_input(string yaml)
    {
        var result = Should.NotThrow(() => YamlReader.Load(yaml, static (r, n) => r.ReadValue(n)));
        result.Succeeded.ShouldBeFalse();
    }

    private static void AssertError<T>(Func<YamlReader, YamlSourceNode, T> read, string yaml, string message)
    {
        var reader = new YamlReader();
        var root = YamlDocumentReader.Read(yaml).Root!;
        ((object?)read(reader, root)).ShouldBeNull();
        var error = reader.Problems.ShouldHaveSingleItem();
        error.Message.ShouldBe(message);
        error.Severity.ShouldBe(ValidationSeverity.Error);
        (error.Line, error.Column).ShouldBe((1, 1));
    }
}
