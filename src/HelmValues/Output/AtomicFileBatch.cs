using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using Microsoft.Win32.SafeHandles;

namespace HelmValues.Output;

/// <summary>
/// Writes the files of one output directory so that each is never seen half-written: every file goes to a temporary file
/// beside it, all of them are flushed to disk as a batch, renamed over their targets, and then each directory that got a new
/// name is flushed once (<see cref="Durability"/> says how). A crash leaves, for each file, the old one or the new one.
/// </summary>
/// <remarks>
/// On Linux the files are created, written and renamed with libc's calls (<see cref="Libc"/>), half the system calls of .NET's.
/// The index is staged with the others but renamed only after every other file is durable, so an index never names a file
/// that a crash could still lose. With <see cref="Durability.None"/> the files stay atomic (temporary file and rename) but
/// nothing is flushed: for scratch output that a power loss may lose.
/// </remarks>
internal sealed class AtomicFileBatch : IDisposable
{
    private static long _temporaryCount;

    private readonly Durability _durability;

    // Every directory a file is staged in, with the first file staged there: each exists (created once if needed) and is
    // flushed once after the renames; with Durability.FileSystem, through that file's handle.
    private readonly Dictionary<string, Staged?> _directories = new(StringComparer.Ordinal);

    // In staging order; the index, when staged, is last.
    private readonly List<Staged> _files = [];
    private bool _indexStaged;

    /// <summary>A batch for the files below <paramref name="root"/>, which is created now when it does not exist.</summary>
    public AtomicFileBatch(string root, bool rootExists, Durability durability)
    {
        // syncfs is Linux's: elsewhere the same guarantee comes from flushing each file and directory.
        _durability = durability == Durability.FileSystem && !Libc.WritesFiles ? Durability.EachFile : durability;
        root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!rootExists)
        {
            // Parent first: creating a subdirectory of a missing directory costs a failed mkdir per missing level.
            CreateDirectory(root);
        }

        _directories.Add(root, null);
    }

    /// <summary>Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/> (a full path).</summary>
    public void Stage(string path, ReadOnlySpan<byte> content)
    {
        if (_indexStaged)
        {
            throw new InvalidOperationException("The index is staged last.");
        }

        _files.Add(WriteTemporary(path, content));
    }

    /// <summary>Like <see cref="Stage"/>, for the one file renamed last, once every other file is on disk.</summary>
    public void StageIndex(string path, ReadOnlySpan<byte> content)
    {
        Stage(path, content);
        _indexStaged = true;
    }

    /// <summary>Flushes the temporary files, renames them over their targets, and flushes the directories.</summary>
    public void Commit()
    {
        var index = _indexStaged ? _files[^1] : null;
        FlushContents();
        foreach (var file in _files)
        {
            if (file != index)
            {
                Rename(file);
            }
        }

        FlushNames();
        if (index is not null)
        {
            Rename(index);
            FlushNames(index);
        }
    }

    /// <summary>Deletes the temporary files that were not renamed (after a failure), and closes every file.</summary>
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Handle.Dispose();
            if (!file.Renamed)
            {
                File.Delete(file.Temporary);
            }
        }
    }

    // The temporary files' contents on disk, before any name points at them.
    private void FlushContents()
    {
        switch (_durability)
        {
            case Durability.EachFile:
                foreach (var file in _files)
                {
                    Flush(file);
                }

                break;
            case Durability.FileSystem:
                FlushFileSystems();
                break;
        }
    }

    // The new names on disk, before the index names them (or, for the index, before the write returns).
    private void FlushNames(Staged? index = null)
    {
        switch (_durability)
        {
            case Durability.EachFile when index is null:
                foreach (var directory in _directories.Keys)
                {
                    DirectorySync.Flush(directory);
                }

                break;
            case Durability.EachFile:
                DirectorySync.Flush(index.Directory);
                break;
            case Durability.FileSystem when index is null:
                FlushFileSystems();
                break;
            case Durability.FileSystem:
                Libc.SyncFileSystem(index.Handle, index.Directory);
                break;
        }
    }

    // One syncfs per directory: they are almost always on one file system, and the second finds nothing left to write.
    private void FlushFileSystems()
    {
        foreach (var (directory, first) in _directories)
        {
            if (first is not null)
            {
                Libc.SyncFileSystem(first.Handle, directory);
            }
        }
    }

    // The handle stays open, for FlushNames' syncfs: renaming an open file is fine on Unix, and Windows does not get here
    // with one (File.Move needs the file closed, so that path closes it first).
    private static void Rename(Staged file)
    {
        if (Libc.WritesFiles)
        {
            Libc.Replace(file.Temporary, file.Path);
        }
        else
        {
            file.Handle.Dispose();
            File.Move(file.Temporary, file.Path, overwrite: true);
        }

        file.Renamed = true;
    }

    private Staged WriteTemporary(string path, ReadOnlySpan<byte> content)
    {
        var directory = Path.GetDirectoryName(path)!;
        if (!_directories.TryGetValue(directory, out var first))
        {
            CreateDirectory(directory);
        }

        // Unique within the process and across processes, without the cost of a GUID; the ".tmp-" marks it as ours.
        var temporary = $"{path}.tmp-{Environment.ProcessId}-{Interlocked.Increment(ref _temporaryCount)}";
        var handle = CreateNew(temporary);
        var staged = new Staged(path, directory, temporary, handle);
        try
        {
            if (Libc.WritesFiles)
            {
                Libc.WriteAll(handle, content, temporary);
            }
            else
            {
                RandomAccess.Write(handle, content, fileOffset: 0);
            }
        }
        catch
        {
            handle.Dispose();
            File.Delete(temporary);
            throw;
        }

        if (first is null)
        {
            _directories[directory] = staged;
        }

        return staged;
    }

    private static void Flush(Staged file)
    {
        if (Libc.WritesFiles)
        {
            Libc.Flush(file.Handle, file.Temporary);
        }
        else
        {
            RandomAccess.FlushToDisk(file.Handle);
        }
    }

    private static void CreateDirectory(string directory)
    {
        if (Libc.WritesFiles)
        {
            Libc.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory);
        }
    }

    // The name is ours alone (create-new), so nothing needs locking: FileShare.Read keeps .NET's flock shared, not exclusive.
    private static SafeFileHandle CreateNew(string temporary) =>
        Libc.WritesFiles ? Libc.CreateNew(temporary) : File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read);

    private sealed class Staged(string path, string directory, string temporary, SafeFileHandle handle)
    {
        public string Path { get; } = path;

        // Kept from staging, for the directory fsync after the rename, rather than taken from the path again.
        public string Directory { get; } = directory;

        public string Temporary { get; } = temporary;

        public SafeFileHandle Handle { get; } = handle;

        public bool Renamed { get; set; }
    }
}
