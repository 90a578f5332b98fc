using CsCheck;
using HelmValues.Output;
using HelmValues.Testing;

namespace HelmValues.Tests.Output;

/// <summary>
/// The diff a stale check prints: diff's unified format, checked by GNU <c>patch</c>, an independent reader of that format, which
/// must turn the committed text into the generated one.
/// </summary>
public class UnifiedDiffTests
{
    [Test]
    public void Equal_texts_have_no_diff()
    {
        UnifiedDiff.Format("values.yaml", "a\nb\n", "a\nb\n").ShouldBe("");
    }

    [Test]
    public void A_changed_line_is_shown_with_three_lines_of_context_on_each_side()
    {
        var before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        var after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";

        UnifiedDiff
            .Format("out/values.yaml", before, after)
            .ShouldBe(
                """
                --- out/values.yaml (committed)
                +++ out/values.yaml (generated)
                @@ -2,7 +2,7 @@
                 2
                 3
                 4
                -5
                +five
                 6
                 7
                 8

                """.ReplaceLineEndings("\n")
            );
    }

    [Test]
    public void Changes_more_than_six_lines_apart_make_two_hunks_and_closer_ones_one()
    {
        var lines = Enumerable.Range(1, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var before = string.Concat(lines.Select(l => l + "\n"));
        var apart = string.Concat(lines.Select(l => (l is "2" or "12" ? "x" : l) + "\n"));
        var close = string.Concat(lines.Select(l => (l is "2" or "8" ? "x" : l) + "\n"));

        UnifiedDiff
            .Format("f", before, apart)
            .Split('\n')
            .Where(l => l.StartsWith("@@", StringComparison.Ordinal))
            .ShouldBe(["@@ -1,5 +1,5 @@", "@@ -9,7 +9,7 @@"]);
        UnifiedDiff
            .Format("f", before, close)
            .Split('\n')
            .Where(l => l.StartsWith("@@", StringComparison.Ordinal))
            .ShouldBe(["@@ -1,11 +1,11 @@"]);
    }

    [Test]
    public void A_new_file_comes_from_dev_null_and_a_removed_one_goes_to_it()
    {
        UnifiedDiff
            .Format("out/pipeline.yaml", null, "a\nb\n")
            .ShouldBe("--- /dev/null\n+++ out/pipeline.yaml (generated)\n@@ -0,0 +1,2 @@\n+a\n+b\n");
        UnifiedDiff.Format("out/old.yaml", "a\n", null).ShouldBe("--- out/old.yaml (committed)\n+++ /dev/null\n@@ -1 +0,0 @@\n-a\n");
    }

    [Test]
    public void A_missing_final_newline_is_a_difference_and_is_marked()
    {
        UnifiedDiff
            .Format("f", "a\nb", "a\nb\n")
            .ShouldBe("--- f (committed)\n+++ f (generated)\n@@ -1,2 +1,2 @@\n a\n-b\n\\ No newline at end of file\n+b\n");
    }

    [Test]
    public void Files_too_different_for_a_shortest_diff_are_shown_as_replaced_and_still_apply()
    {
        var before = string.Concat(Enumerable.Range(0, 1500).Select(i => $"old {i}\n"));
        var after = string.Concat(Enumerable.Range(0, 1500).Select(i => $"new {i}\n"));

        var diff = UnifiedDiff.Format("f", before, after);

        diff.Split('\n')[2].ShouldBe("@@ -1,1500 +1,1500 @@");
        Patch(before, diff).ShouldBe(after);
    }

    [Test]
    public void GNU_patch_turns_the_committed_text_into_the_generated_one()
    {
        // Few distinct lines, so that texts share many lines in many places: the hard case for alignment.
        var line = Gen.OneOf("a\n", "b\n", "c\n", "key: value\n", "  - item\n", "\n");
        var text = line.Array[0, 30].Select(string.Concat);
        var lastLine = Gen.OneOf("", "no newline");

        Gen.Select(text, lastLine, text, lastLine)
            .Sample(
                (before, beforeTail, after, afterTail) =>
                {
                    var committed = before + beforeTail;
                    var generated = after + afterTail;
                    var diff = UnifiedDiff.Format("f", committed, generated);

                    (diff.Length == 0).ShouldBe(committed == generated);
                    if (diff.Length > 0)
                    {
                        Patch(committed, diff).ShouldBe(generated, diff);
                    }
                },
                iter: 60,
                seed: "0N0XIzNsQ0O2"
            );
    }

    private static string Patch(string original, string diff)
    {
        var directory = Directory.CreateTempSubdirectory("helmvalues-diff-").FullName;
        try
        {
            var file = Path.Combine(directory, "file");
            File.WriteAllText(file, original);
            File.WriteAllText(Path.Combine(directory, "diff"), diff);
            var patch = Command.Run(
                "patch",
                directory,
                ["--quiet", "--force", "--no-backup-if-mismatch", file, Path.Combine(directory, "diff")]
            );
            patch.ExitCode.ShouldBe(0, patch.Log + "\n" + diff);
            return File.ReadAllText(file);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
