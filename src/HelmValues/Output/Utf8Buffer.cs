using System;
using System.Buffers;
using System.IO;
using HelmValues.Yaml;

namespace HelmValues.Output;

/// <summary>
/// A file's text as UTF-8 (no byte order mark): the file's own bytes (<see cref="OutputFile.Utf8Content"/>), or its string
/// encoded in a pooled buffer. Writing a directory allocates no byte arrays.
/// </summary>
internal readonly struct Utf8Buffer : IDisposable
{
    private readonly byte[] _array;
    private readonly int _length;

    // Whether _array came from the pool, and goes back to it.
    private readonly bool _rented;

    public Utf8Buffer(ReadOnlySpan<char> text)
    {
        _array = ArrayPool<byte>.Shared.Rent(Utf8Text.Encoding.GetMaxByteCount(text.Length));
        _length = Utf8Text.Encoding.GetBytes(text, _array);
        _rented = true;
    }

    private Utf8Buffer(byte[] utf8)
    {
        _array = utf8;
        _length = utf8.Length;
    }

    /// <summary>The text of <paramref name="file"/>: its own bytes when it has them.</summary>
    public static Utf8Buffer Of(OutputFile file) => file.Utf8Content is { } utf8 ? new Utf8Buffer(utf8) : new Utf8Buffer(file.Content);

    /// <summary>The index of <paramref name="set"/> (<see cref="OutputSet.IndexContent"/>), with no string made of it.</summary>
    public static Utf8Buffer OfIndex(OutputSet set)
    {
        var length = set.IndexLength();
        var chars = ArrayPool<char>.Shared.Rent(length);
        try
        {
            set.WriteIndex(chars.AsSpan(0, length));
            return new Utf8Buffer(chars.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    public ReadOnlySpan<byte> Bytes => _array.AsSpan(0, _length);

    /// <summary>True when the file at <paramref name="path"/> holds exactly these bytes; false when it differs or is missing.</summary>
    public bool IsContentOf(string path)
    {
        if (!File.Exists(path))
        {
            return false;
        }

        using var handle = File.OpenHandle(path);
        if (RandomAccess.GetLength(handle) != _length)
        {
            return false;
        }

        var existing = ArrayPool<byte>.Shared.Rent(_length);
        try
        {
            var read = 0;
            while (read < _length && RandomAccess.Read(handle, existing.AsSpan(read, _length - read), read) is var n and > 0)
            {
                read += n;
            }

            return read == _length && existing.AsSpan(0, _length).SequenceEqual(Bytes);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(existing);
        }
    }

    public void Dispose()
    {
        if (_rented)
        {
            ArrayPool<byte>.Shared.Return(_array);
        }
    }
}
