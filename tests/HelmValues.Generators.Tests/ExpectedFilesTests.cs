using HelmValues.Testing;

namespace HelmValues.Generators.Tests;

/// <summary>The expected-file update mode: on only when asked for, and never under CI.</summary>
public class ExpectedFilesTests
{
    [TestCase(null, null)]
    [TestCase("0", null)]
    [TestCase(null, "true")]
    [TestCase("true", "false")]
    public void Files_are_compared_unless_the_update_mode_is_asked_for(string? update, string? ci)
    {
        ExpectedFiles.IsUpdating(update, ci).ShouldBeFalse();
    }

    [TestCase(null)]
    [TestCase("false")]
    public void HELMVALUES_UPDATE_EXPECTED_1_rewrites_files_outside_CI(string? ci)
    {
        ExpectedFiles.IsUpdating("1", ci).ShouldBeTrue();
    }

    [TestCase("true")]
    [TestCase("True")]
    public void The_update_mode_is_refused_under_CI(string ci)
    {
        Should.Throw<InvalidOperationException>(() => ExpectedFiles.IsUpdating("1", ci)).Message.ShouldContain("refused under CI=true");
    }
}
