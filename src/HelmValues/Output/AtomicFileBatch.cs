using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Win32.SafeHandles;

namespace HelmValues.Output;

/// <summary>
/// Writes the files of one output directory so that each is never seen half-written: every file goes to a temporary file
/// beside it, all of them are flushed to disk as a batch, renamed over their targets, and then each directory that got a new
/// name is flushed once (<see cref="Durability"/> says how). A crash leaves, for each file, the old one or the new one.
/// </summary>
/// <remarks>
/// On Linux the files are created, written and renamed with libc's calls (<see cref="Libc"/>), half the system calls of .NET's,
/// and their paths are built as UTF-8 in place (<see cref="NativePath"/>), with no string per call.
/// The index is staged with the others but renamed only after every other file is durable, so an index never names a file
/// that a crash could still lose. With <see cref="Durability.None"/> the files stay atomic (temporary file and rename) but
/// nothing is flushed: for scratch output that a power loss may lose.
/// </remarks>
internal sealed class AtomicFileBatch : IDisposable
{
    // Paths no longer than this are built on the stack.
    private const int StackPathBytes = 512;

    private readonly string _root;

    // The root as libc takes it (Linux), encoded once for every file of the batch.
    private readonly byte[]? _nativeRoot;

    private readonly Durability _durability;

    // Every directory a file is staged in, the root first: each exists (created once if needed) and is flushed once after
    // the renames; with Durability.FileSystem, through the handle of the first file staged there.
    private readonly List<StagedDirectory> _directories = [];

    // In staging order; the index, when staged, is last.
    private readonly List<Staged> _files = [];
    private bool _indexStaged;

    /// <summary>A batch for the files below <paramref name="root"/>, which is created now when it does not exist.</summary>
    public AtomicFileBatch(string root, bool rootExists, Durability durability)
    {
        // syncfs is Linux's: elsewhere the same guarantee comes from flushing each file and directory.
        _durability = durability == Durability.FileSystem && !Libc.WritesFiles ? Durability.EachFile : durability;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        _nativeRoot = Libc.WritesFiles ? NativePath.Root(_root) : null;
        _directories.Add(new StagedDirectory("", 0));
        if (!rootExists)
        {
            // Parent first: creating a subdirectory of a missing directory costs a failed mkdir per missing level.
            CreateDirectory(_directories[0]);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, relative to the root with
    /// <c>/</c> separators (<see cref="OutputFile.Path"/>).
    /// </summary>
    public void Stage(string path, ReadOnlySpan<byte> content)
    {
        if (_indexStaged)
        {
            throw new InvalidOperationException("The index is staged last.");
        }

        var file = new Staged(path, TemporaryName.Next(), DirectoryOf(path));
        var handle = WriteTemporary(file, content);
        var directory = _directories[file.Directory];
        if (directory.First is null)
        {
            _directories[file.Directory] = directory with { First = handle };
        }

        _files.Add(file with { Handle = handle });
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
        var last = _indexStaged ? _files.Count - 1 : _files.Count;
        FlushContents();
        for (var i = 0; i < last; i++)
        {
            Rename(i);
        }

        FlushNames(index: null);
        if (_indexStaged)
        {
            Rename(last);
            FlushNames(_files[last]);
        }
    }

    /// <summary>Deletes the temporary files that were not renamed (after a failure), and closes every file.</summary>
    public void Dispose()
    {
        foreach (var file in _files)
        {
            file.Handle!.Dispose();
            if (!file.Renamed)
            {
                DeleteTemporary(file);
            }
        }
    }

    // The index in _directories of the directory that holds path, added (and created) when it is new. Compared as spans: a
    // directory's name is never made into a string of its own.
    private int DirectoryOf(string path)
    {
        var length = Math.Max(path.LastIndexOf('/'), 0);
        for (var i = 0; i < _directories.Count; i++)
        {
            if (_directories[i].Path.AsSpan(0, _directories[i].Length).SequenceEqual(path.AsSpan(0, length)))
            {
                return i;
            }
        }

        var directory = new StagedDirectory(path, length);
        CreateDirectory(directory);
        _directories.Add(directory);
        return _directories.Count - 1;
    }

    private SafeFileHandle WriteTemporary(Staged file, ReadOnlySpan<byte> content)
    {
        SafeFileHandle handle;
        if (_nativeRoot is not null)
        {
            Span<byte> buffer = stackalloc byte[StackPathBytes];
            var temporary = Native(buffer, file.Path, file.Temporary);
            handle = Libc.CreateNew(temporary);
            try
            {
                Libc.WriteAll(handle, content, temporary);
            }
            catch
            {
                handle.Dispose();
                Libc.Delete(temporary);
                throw;
            }

            return handle;
        }

        var path = TemporaryName.Of(Portable(file.Path), file.Temporary);
        // The name is ours alone (create-new), so nothing needs locking: FileShare.Read keeps .NET's flock shared, not exclusive.
        handle = File.OpenHandle(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            RandomAccess.Write(handle, content, fileOffset: 0);
        }
        catch
        {
            handle.Dispose();
            File.Delete(path);
            throw;
        }

        return handle;
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
    private void FlushNames(Staged? index)
    {
        switch (_durability)
        {
            case Durability.EachFile when index is null:
                foreach (var directory in _directories)
                {
                    DirectorySync.Flush(Portable(directory));
                }

                break;
            case Durability.EachFile:
                DirectorySync.Flush(Portable(_directories[index.Value.Directory]));
                break;
            case Durability.FileSystem when index is null:
                FlushFileSystems();
                break;
            case Durability.FileSystem:
                SyncFileSystem(index.Value.Handle!, _directories[index.Value.Directory]);
                break;
        }
    }

    // One syncfs per directory: they are almost always on one file system, and the second finds nothing left to write.
    private void FlushFileSystems()
    {
        foreach (var directory in _directories)
        {
            if (directory.First is { } handle)
            {
                SyncFileSystem(handle, directory);
            }
        }
    }

    // The handle stays open, for FlushNames' syncfs: renaming an open file is fine on Unix, and Windows does not get here
    // with one (File.Move needs the file closed, so that path closes it first).
    private void Rename(int index)
    {
        var file = _files[index];
        if (_nativeRoot is not null)
        {
            Span<byte> from = stackalloc byte[StackPathBytes];
            Span<byte> to = stackalloc byte[StackPathBytes];
            Libc.Replace(Native(from, file.Path, file.Temporary), Native(to, file.Path, temporary: 0));
        }
        else
        {
            file.Handle!.Dispose();
            var path = Portable(file.Path);
            File.Move(TemporaryName.Of(path, file.Temporary), path, overwrite: true);
        }

        _files[index] = file with { Renamed = true };
    }

    private void Flush(Staged file)
    {
        if (_nativeRoot is not null)
        {
            Span<byte> buffer = stackalloc byte[StackPathBytes];
            Libc.Flush(file.Handle!, Native(buffer, file.Path, file.Temporary));
        }
        else
        {
            RandomAccess.FlushToDisk(file.Handle!);
        }
    }

    private void SyncFileSystem(SafeFileHandle handle, StagedDirectory directory)
    {
        Span<byte> buffer = stackalloc byte[StackPathBytes];
        Libc.SyncFileSystem(handle, Native(buffer, directory.Path.AsSpan(0, directory.Length), temporary: 0));
    }

    private void CreateDirectory(StagedDirectory directory)
    {
        if (_nativeRoot is not null)
        {
            Span<byte> buffer = stackalloc byte[StackPathBytes];
            Libc.CreateDirectory(Native(buffer, directory.Path.AsSpan(0, directory.Length), temporary: 0));
        }
        else
        {
            Directory.CreateDirectory(Portable(directory));
        }
    }

    private void DeleteTemporary(Staged file)
    {
        if (_nativeRoot is not null)
        {
            Span<byte> buffer = stackalloc byte[StackPathBytes];
            Libc.Delete(Native(buffer, file.Path, file.Temporary));
        }
        else
        {
            File.Delete(TemporaryName.Of(Portable(file.Path), file.Temporary));
        }
    }

    // The full path of relative (with its temporary suffix unless temporary is 0), in buffer when it fits there.
    private NativePath Native(Span<byte> buffer, ReadOnlySpan<char> relative, long temporary)
    {
        var capacity = NativePath.Capacity(_nativeRoot!.Length, relative);
        return NativePath.Join(capacity <= buffer.Length ? buffer : new byte[capacity], _nativeRoot, relative, temporary);
    }

    // The full path of relative in the local file system's form, for .NET's APIs (and DirectorySync's error messages).
    private string Portable(string relative) =>
        relative.Length == 0 ? _root : Path.Join(_root, relative.Replace('/', Path.DirectorySeparatorChar));

    private string Portable(StagedDirectory directory) => Portable(directory.Path[..directory.Length]);

    // Path: relative to the root; Temporary: its temporary name's number; Directory: its index in _directories.
    private readonly record struct Staged(string Path, long Temporary, int Directory)
    {
        public SafeFileHandle? Handle { get; init; }

        public bool Renamed { get; init; }
    }

    // The directory is Path's first Length characters (Path is the first file staged there, or "" for the root).
    private readonly record struct StagedDirectory(string Path, int Length)
    {
        public SafeFileHandle? First { get; init; }
    }
}
