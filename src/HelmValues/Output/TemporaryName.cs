using System;
using System.Globalization;
using System.Threading;

namespace HelmValues.Output;

/// <summary>
/// The name a file is written under before it is renamed into place: its own name and <c>.tmp-{process}-{number}</c>.
/// Unique within the process and across processes, without the cost of a GUID; the <c>.tmp-</c> marks it as ours.
/// </summary>
internal static class TemporaryName
{
    // ".tmp-", a process id (an int) and "-", a number (a long).
    public const int MaxSuffixBytes = 5 + 11 + 1 + 20;

    private static readonly int ProcessId = Environment.ProcessId;

    private static long _count;

    /// <summary>A number no other temporary file of this process has: never 0.</summary>
    public static long Next() => Interlocked.Increment(ref _count);

    /// <summary>The temporary name of <paramref name="path"/>.</summary>
    public static string Of(string path, long number) => string.Create(CultureInfo.InvariantCulture, $"{path}.tmp-{ProcessId}-{number}");

    /// <summary>Writes the suffix of temporary name <paramref name="number"/> as UTF-8, and returns its length.</summary>
    public static int WriteSuffix(long number, Span<byte> buffer)
    {
        ".tmp-"u8.CopyTo(buffer);
        var length = 5;
        ProcessId.TryFormat(buffer[length..], out var written, provider: CultureInfo.InvariantCulture);
        length += written;
        buffer[length++] = (byte)'-';
        number.TryFormat(buffer[length..], out written, provider: CultureInfo.InvariantCulture);
        return length + written;
    }
}
