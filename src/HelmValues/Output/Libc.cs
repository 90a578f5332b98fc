using System;
using System.ComponentModel;
using System.IO;
using System.Runtime.InteropServices;

namespace HelmValues.Output;

/// <summary>
/// The libc calls the output writer makes itself: a directory's fsync on Unix, which .NET has no API for, and on Linux the
/// mkdir of each directory, the create, write, fsync and rename of each file, and <c>syncfs</c>. .NET's file APIs add two
/// <c>flock</c>s, an <c>fstatfs</c> and an <c>lseek</c> to every file they open and an <c>lstat</c> to every move: 30 of the
/// 75 system calls that writing a fleet stack made (issue 16).
/// </summary>
/// <remarks>
/// The direct file calls are Linux only (<see cref="WritesFiles"/>): <c>open</c> is variadic, and Apple's arm64 passes
/// variadic arguments on the stack, where a P/Invoke does not put the file mode. Elsewhere the writer uses .NET's APIs.
/// </remarks>
internal static partial class Libc
{
    // open(2) flags. O_WRONLY is 1 on every Unix; O_CREAT (0100), O_EXCL (0200) and O_CLOEXEC (02000000) are Linux's values on
    // every architecture .NET runs on.
    private const int CreateNewForWriting = 0x1 | 0x40 | 0x80 | 0x80000;

    // 0666: read and write for everyone, less the process's umask, as .NET creates files.
    private const int ReadWriteForAll = 0x1B6;

    // 0777, less the umask, as .NET creates directories.
    private const int ReadWriteSearchForAll = 0x1FF;

    // errno values, the same on every Linux architecture .NET runs on.
    private const int NoSuchEntry = 2;
    private const int Interrupted = 4;
    private const int AlreadyExists = 17;

    /// <summary>True where this class creates, writes and renames files (Linux).</summary>
    public static bool WritesFiles { get; } = OperatingSystem.IsLinux();

    /// <summary>
    /// Creates the directory <paramref name="path"/> when it is missing, and its parents: one <c>mkdir</c> when the parent
    /// exists, and no <see cref="DirectoryInfo"/> (.NET's <see cref="Directory.CreateDirectory(string)"/> returns one).
    /// </summary>
    public static unsafe void CreateDirectory(NativePath path)
    {
        fixed (byte* name = &path.Start)
        {
            if (MakeDirectory(name, ReadWriteSearchForAll) == 0)
            {
                return;
            }
        }

        switch (Marshal.GetLastPInvokeError())
        {
            case AlreadyExists:
                return;
            case NoSuchEntry:
                // A parent is missing (the first stack of a new fleet directory): .NET creates every missing level.
                Directory.CreateDirectory(path.ToString());
                return;
            default:
                throw Failure($"mkdir of '{path.ToString()}'");
        }
    }

    /// <summary>Creates <paramref name="path"/>, which must not exist, open for writing: its descriptor, for <see cref="Close"/>.</summary>
    public static int CreateNew(NativePath path)
    {
        var descriptor = Open(path, CreateNewForWriting, ReadWriteForAll);
        return descriptor >= 0 ? descriptor : throw Failure($"open of '{path.ToString()}'");
    }

    /// <summary>Writes all of <paramref name="content"/> at the file's current position (its start, for a new file).</summary>
    public static unsafe void WriteAll(int file, ReadOnlySpan<byte> content, NativePath path)
    {
        fixed (byte* start = content)
        {
            var written = 0;
            while (written < content.Length)
            {
                var count = Write(file, start + written, content.Length - written);
                if (count > 0)
                {
                    written += (int)count;
                }
                else if (count == 0 || Marshal.GetLastPInvokeError() != Interrupted)
                {
                    // Nothing written with bytes left (a full device reports that as an error, but never loop on it).
                    throw Failure($"write of '{path.ToString()}'");
                }
            }
        }
    }

    /// <summary>Flushes the file's data and size to disk.</summary>
    public static void Flush(int file, NativePath path)
    {
        if (Fsync(file) != 0)
        {
            throw Failure($"fsync of '{path.ToString()}'");
        }
    }

    /// <summary>Flushes everything pending on the file system that holds <paramref name="file"/> (in <paramref name="directory"/>).</summary>
    public static void SyncFileSystem(int file, NativePath directory)
    {
        if (SyncFs(file) != 0)
        {
            throw Failure($"syncfs of the file system of '{directory.ToString()}'");
        }
    }

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/>, atomically replacing any file there.</summary>
    public static unsafe void Replace(NativePath from, NativePath to)
    {
        fixed (byte* source = &from.Start)
        fixed (byte* target = &to.Start)
        {
            if (Rename(source, target) == 0)
            {
                return;
            }
        }

        throw Failure($"rename of '{from.ToString()}' to '{to.ToString()}'");
    }

    /// <summary>Removes the file <paramref name="path"/>; one that is already gone is not an error.</summary>
    public static unsafe void Delete(NativePath path)
    {
        fixed (byte* name = &path.Start)
        {
            if (Unlink(name) == 0)
            {
                return;
            }
        }

        if (Marshal.GetLastPInvokeError() != NoSuchEntry)
        {
            throw Failure($"unlink of '{path.ToString()}'");
        }
    }

    /// <summary>
    /// Closes a descriptor. Not checked: only files whose contents were already flushed, or that are being given up after a
    /// failure, are closed, and a close is not retried on Linux even when interrupted.
    /// </summary>
    public static void Close(int file) => CloseDescriptor(file);

    /// <summary>Opens <paramref name="path"/>: the descriptor, or -1 with the error in <see cref="Marshal.GetLastPInvokeError"/>.</summary>
    public static unsafe int Open(NativePath path, int flags, int mode)
    {
        fixed (byte* name = &path.Start)
        {
            return Open(name, flags, mode);
        }
    }

    /// <summary>The error of the last call: <paramref name="call"/> names it and its path, the inner exception says why.</summary>
    public static IOException Failure(string call) => new($"{call} failed", new Win32Exception(Marshal.GetLastPInvokeError()));

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true)]
    private static unsafe partial int Open(byte* path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    internal static partial int Fsync(int file);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int CloseDescriptor(int file);

    [LibraryImport("libc", EntryPoint = "write", SetLastError = true)]
    private static unsafe partial nint Write(int file, byte* buffer, nint count);

    [LibraryImport("libc", EntryPoint = "syncfs", SetLastError = true)]
    private static partial int SyncFs(int file);

    [LibraryImport("libc", EntryPoint = "mkdir", SetLastError = true)]
    private static unsafe partial int MakeDirectory(byte* path, int mode);

    [LibraryImport("libc", EntryPoint = "rename", SetLastError = true)]
    private static unsafe partial int Rename(byte* from, byte* to);

    [LibraryImport("libc", EntryPoint = "unlink", SetLastError = true)]
    private static unsafe partial int Unlink(byte* path);
}
