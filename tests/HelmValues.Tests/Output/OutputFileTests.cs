using System.Text;
using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>A file made from UTF-8 (as the library makes them) is the same file as one made from its string.</summary>
public class OutputFileTests
{
    private const string Text = "# ü\nkey: välue\n";

    [Test]
    public void A_file_made_from_utf8_has_the_text_and_equals_the_file_made_from_the_string()
    {
        var fromBytes = new OutputFile("values.yaml", Encoding.UTF8.GetBytes(Text), "kubectl create secret …");
        var fromString = new OutputFile("values.yaml", Text, "kubectl create secret …");

        fromBytes.Content.ShouldBe(Text);
        fromBytes.ShouldBe(fromString);
        fromString.ShouldBe(fromBytes);
        fromBytes.GetHashCode().ShouldBe(fromString.GetHashCode());
        fromBytes.ShouldBe(new OutputFile("values.yaml", Encoding.UTF8.GetBytes(Text), "kubectl create secret …"));
        fromBytes.ToString().ShouldBe(fromString.ToString());
    }

    [Test]
    public void Files_that_differ_in_path_text_or_command_are_not_equal()
    {
        var file = new OutputFile("values.yaml", Encoding.UTF8.GetBytes(Text), null);

        file.ShouldNotBe(new OutputFile("other.yaml", Encoding.UTF8.GetBytes(Text), null));
        file.ShouldNotBe(new OutputFile("values.yaml", Encoding.UTF8.GetBytes(Text + "#\n"), null));
        file.ShouldNotBe(new OutputFile("values.yaml", Text + "#\n"));
        file.ShouldNotBe(new OutputFile("values.yaml", Text, "kubectl create secret …"));
    }

    [Test]
    public void With_a_new_text_the_bytes_are_gone_and_deconstruction_gives_the_parts()
    {
        var file = new OutputFile("values.yaml", Encoding.UTF8.GetBytes(Text), null) with { Content = "a: 1\n" };

        file.Utf8Content.ShouldBeNull();
        var (path, content, command) = file;
        (path, content, command).ShouldBe(("values.yaml", "a: 1\n", (string?)null));
    }

    [Test]
    public void The_writer_writes_the_bytes_of_the_set_index_and_files()
    {
        var directory = Directory.CreateTempSubdirectory("helmvalues-file-").FullName;
        try
        {
            var set = new OutputSet([new OutputFile("b/ü.yaml", Encoding.UTF8.GetBytes(Text), null), new OutputFile("a.yaml", "a: 1\n")]);

            OutputWriter.Write(set, directory);

            File.ReadAllText(Path.Combine(directory, "b", "ü.yaml")).ShouldBe(Text);
            File.ReadAllText(Path.Combine(directory, OutputSet.IndexFileName)).ShouldBe(set.IndexContent);
            set.IndexContent.ShouldBe($"{GeneratedHeader.Line}\na.yaml\nb/ü.yaml\n");
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
