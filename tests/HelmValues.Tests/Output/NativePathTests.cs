using HelmValues.Output;

namespace HelmValues.Tests.Output;

/// <summary>Paths as libc takes them: the root, the relative path and the temporary suffix, NUL-terminated UTF-8.</summary>
public class NativePathTests
{
    [TestCase("/srv/out", "", 0, "/srv/out")]
    [TestCase("/srv/out", "manifests/a.yaml", 0, "/srv/out/manifests/a.yaml")]
    [TestCase("/", "values.yaml", 0, "/values.yaml")]
    [TestCase("/srv/ö", "ü/é.yaml", 0, "/srv/ö/ü/é.yaml")]
    public void Joins_the_root_and_the_relative_path(string root, string relative, long temporary, string expected)
    {
        var native = NativePath.Root(root);
        Span<byte> buffer = stackalloc byte[NativePath.Capacity(native.Length, relative)];

        var path = NativePath.Join(buffer, native, relative, temporary);

        path.ToString().ShouldBe(expected);
        buffer[System.Text.Encoding.UTF8.GetByteCount(expected)].ShouldBe((byte)0);
    }

    [Test]
    public void A_temporary_path_ends_with_the_same_suffix_as_its_string_form()
    {
        var native = NativePath.Root("/srv/out");
        Span<byte> buffer = stackalloc byte[NativePath.Capacity(native.Length, "values.yaml")];

        var path = NativePath.Join(buffer, native, "values.yaml", long.MaxValue);

        path.ToString().ShouldBe(TemporaryName.Of("/srv/out/values.yaml", long.MaxValue));
        path.ToString().ShouldEndWith($".tmp-{Environment.ProcessId}-{long.MaxValue}");
    }

    [Test]
    public void The_capacity_holds_the_longest_suffix_and_multi_byte_characters()
    {
        var native = NativePath.Root("/r");
        var relative = new string('\uFFFD', 10);
        Span<byte> buffer = stackalloc byte[NativePath.Capacity(native.Length, relative)];

        NativePath.Join(buffer, native, relative, long.MaxValue).ToString().ShouldBe($"/r/{relative}{TemporaryName.Of("", long.MaxValue)}");
    }

    [Test]
    public void A_string_path_is_its_own_native_path() => NativePath.Of("/tmp/ü").ToString().ShouldBe("/tmp/ü");
}
