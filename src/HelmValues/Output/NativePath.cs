using System;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>
/// A path as libc takes it: UTF-8 and NUL-terminated, built in the caller's buffer. Writing a stack's files makes no
/// string per call for its paths (a full path, its directory and its temporary name were a third of what the write
/// allocated); the path becomes a string only for an error message.
/// </summary>
internal readonly ref struct NativePath
{
    // Through its NUL.
    private readonly ReadOnlySpan<byte> _bytes;

    private NativePath(ReadOnlySpan<byte> bytes) => _bytes = bytes;

    /// <summary>The first byte, for a <c>fixed</c> statement; the path is NUL-terminated.</summary>
    public ref readonly byte Start => ref _bytes[0];

    /// <summary>The buffer size <see cref="Join"/> needs for <paramref name="relative"/> below a root of <paramref name="rootBytes"/>.</summary>
    public static int Capacity(int rootBytes, ReadOnlySpan<char> relative) =>
        rootBytes + 1 + Utf8Text.Encoding.GetMaxByteCount(relative.Length) + TemporaryName.MaxSuffixBytes + 1;

    /// <summary><paramref name="path"/> in a new array: for a call made once, not once per file.</summary>
    public static NativePath Of(string path)
    {
        var bytes = new byte[Utf8Text.Encoding.GetByteCount(path) + 1];
        Utf8Text.Encoding.GetBytes(path, bytes);
        return new NativePath(bytes);
    }

    /// <summary>The UTF-8 form of a full directory path, without its NUL: the root that <see cref="Join"/> starts from.</summary>
    public static byte[] Root(string directory) => Utf8Text.Encoding.GetBytes(directory);

    /// <summary>
    /// <paramref name="root"/>, then <paramref name="relative"/> (with <c>/</c> separators) when it is not empty, then
    /// the temporary name's suffix when <paramref name="temporary"/> is not 0 (<see cref="TemporaryName"/>), in
    /// <paramref name="buffer"/> (at least <see cref="Capacity"/> bytes).
    /// </summary>
    public static NativePath Join(Span<byte> buffer, ReadOnlySpan<byte> root, ReadOnlySpan<char> relative, long temporary)
    {
        root.CopyTo(buffer);
        var length = root.Length;
        if (!relative.IsEmpty)
        {
            // The root "/" already ends with the separator.
            if (length == 0 || buffer[length - 1] != (byte)'/')
            {
                buffer[length++] = (byte)'/';
            }

            length += Utf8Text.Encoding.GetBytes(relative, buffer[length..]);
        }

        if (temporary != 0)
        {
            length += TemporaryName.WriteSuffix(temporary, buffer[length..]);
        }

        buffer[length++] = 0;
        return new NativePath(buffer[..length]);
    }

    /// <summary>The path as text, for an error message.</summary>
    public override string ToString() => Utf8Text.Encoding.GetString(_bytes[..^1]);
}
