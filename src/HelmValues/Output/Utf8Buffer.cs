using System;
using System.Buffers;
using System.IO;
using System.Text;

namespace HelmValues.Output;

/// <summary>A file's text as UTF-8 (no byte order mark) in a pooled buffer: writing a directory allocates no byte arrays.</summary>
internal readonly struct Utf8Buffer : IDisposable
{
    // Replaces an unpaired surrogate with U+FFFD, as every earlier version wrote it: the same text gives the same bytes.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _array;
    private readonly int _length;

    public Utf8Buffer(string text)
    {
        _array = ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        _length = Utf8.GetBytes(text, _array);
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

    public void Dispose() => ArrayPool<byte>.Shared.Return(_array);
}
