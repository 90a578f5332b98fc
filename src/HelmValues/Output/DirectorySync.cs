using System;
using System.Runtime.InteropServices;

namespace HelmValues.Output;

/// <summary>
/// Makes a directory's entries durable: after a rename, the file's data is on disk (the temporary file was fsynced) but the
/// new name is only in the directory, which needs its own fsync or a crash can bring the old name back.
/// </summary>
/// <remarks>
/// .NET has no API for this (<c>File.OpenHandle</c> refuses directories), so on Unix it calls libc's <c>open</c> and
/// <c>fsync</c> (<see cref="Libc"/>). On Windows it does nothing: NTFS journals renames as metadata, and flushing a directory needs a handle
/// opened with backup semantics, which ordinary users do not have.
/// </remarks>
internal static class DirectorySync
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

        // The mode is read only with O_CREAT; 0 keeps the call's shape the same on every ABI.
        var descriptor = Libc.Open(NativePath.Of(directory), ReadOnly, mode: 0);
        if (descriptor < 0)
        {
            throw Libc.Failure($"open of directory '{directory}'");
        }

        try
        {
            if (Libc.Fsync(descriptor) != 0 && Marshal.GetLastPInvokeError() != CannotSynchronize)
            {
                throw Libc.Failure($"fsync of directory '{directory}'");
            }
        }
        finally
        {
            Libc.Close(descriptor);
        }
    }
}
