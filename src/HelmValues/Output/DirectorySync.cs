using System;
using System.ComponentModel;
using System.Runtime.InteropServices;

namespace HelmValues.Output;

/// <summary>
/// Makes a directory's entries durable: after a rename, the file's data is on disk (the temporary file was fsynced) but the
/// new name is only in the directory, which needs its own fsync or a crash can bring the old name back.
/// </summary>
/// <remarks>
/// .NET has no API for this (<c>File.OpenHandle</c> refuses directories), so on Unix it calls libc's <c>open</c> and
/// <c>fsync</c>. On Windows it does nothing: NTFS journals renames as metadata, and flushing a directory needs a handle
/// opened with backup semantics, which ordinary users do not have.
/// </remarks>
internal static partial class DirectorySync
{
    // O_RDONLY is 0 on every Unix; O_DIRECTORY and O_CLOEXEC differ between Linux architectures and macOS, so they are not used:
    // the descriptor is closed before this method returns.
    private const int ReadOnly = 0;

    // fsync's EINVAL: the file system cannot flush a directory (some network and FUSE file systems). The renames are then as
    // durable as that file system makes them, which is not a reason to fail the write.
    private const int CannotSynchronize = 22;

    public static void Flush(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var descriptor = Open(directory, ReadOnly);
        if (descriptor < 0)
        {
            throw Failure("open", directory);
        }

        try
        {
            if (Fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() != CannotSynchronize)
            {
                throw Failure("fsync", directory);
            }
        }
        finally
        {
            _ = Close(descriptor);
        }
    }

    private static System.IO.IOException Failure(string call, string directory) =>
        new($"{call} of directory '{directory}' failed", new Win32Exception(Marshal.GetLastPInvokeError()));

    [LibraryImport("libc", EntryPoint = "open", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    private static partial int Fsync(int descriptor);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int descriptor);
}
