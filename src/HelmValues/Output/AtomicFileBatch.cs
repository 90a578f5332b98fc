using System;
using System.IO;
using HelmValues.Collections;

namespace HelmValues.Output;

/// <summary>
/// Writes the files of one output directory so that each is never seen half-written: every file goes to a temporary file
/// beside it, and once all of them are on disk they are renamed over their targets, and each directory that got a new name
/// is flushed once (<see cref="Durability"/> says how). A crash leaves, for each file, the old one or the new one.
/// </summary>
/// <remarks>
/// <para>
/// On Linux the files are created, written and renamed with libc's calls (<see cref="Libc"/>), half the system calls of .NET's,
/// with paths built as UTF-8 in place (<see cref="NativePath"/>) and bare descriptors: no string or handle object per file.
/// The index is staged with the others but renamed only after every other file is durable, so an index never names a file
/// that a crash could still lose. With <see cref="Durability.None"/> the files stay atomic (temporary file and rename) but
/// nothing is flushed: for scratch output that a power loss may lose.
/// </para>
/// <para>
/// A directory that does not exist yet is written whole on Linux: its files, under their own names, in a temporary directory
/// beside it, which is renamed into place once everything in it is on disk. One rename instead of one per file (a fleet's
/// first run writes thousands of new directories), and a crash leaves no directory or the whole one.
/// </para>
/// </remarks>
internal sealed class AtomicFileBatch : IDisposable
{
    // Paths no longer than this are built on the stack.
    private const int StackPathBytes = 512;

    // Where the files are written: the output directory, or the temporary directory that becomes it (_target).
    private readonly string _root;

    // The output directory when the batch writes it whole under a temporary name (_root), else null.
    private readonly string? _target;

    // The root as libc takes it (Linux), encoded once for every file of the batch.
    private readonly byte[]? _nativeRoot;

    private readonly Durability _durability;

    // Every directory a file is staged in, the root first: each exists (created once if needed) and is flushed once after
    // the renames; with Durability.FileSystem, through the descriptor of the first file staged there, kept open for that.
    private readonly StructList<StagedDirectory> _directories = new(2);

    // In staging order; the index, when staged, is last.
    private readonly StructList<Staged> _files;
    private bool _indexStaged;

    // A directory written whole has been renamed into place.
    private bool _committed;

    /// <summary>
    /// A batch for the files below <paramref name="root"/>. One that does not exist is created now, on Linux under a
    /// temporary name beside it that <see cref="Commit"/> renames to <paramref name="root"/>.
    /// </summary>
    /// <param name="root">The output directory.</param>
    /// <param name="rootExists">Whether it exists already.</param>
    /// <param name="durability">How the files are made to survive a crash.</param>
    /// <param name="files">How many files will be staged (the index included), so the batch sizes its list once.</param>
    public AtomicFileBatch(string root, bool rootExists, Durability durability, int files = 4)
    {
        // syncfs is Linux's: elsewhere the same guarantee comes from flushing each file and directory.
        _durability = durability == Durability.FileSystem && !Libc.WritesFiles ? Durability.EachFile : durability;
        _root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        if (!rootExists && Libc.WritesFiles)
        {
            _target = _root;
            _root = TemporaryName.Of(_target, TemporaryName.Next());
        }

        _nativeRoot = Libc.WritesFiles ? NativePath.Root(_root) : null;
        _files = new StructList<Staged>(files);
        _directories.Add(new StagedDirectory("", 0));
        if (!rootExists)
        {
            // Parent first: creating a subdirectory of a missing directory costs a failed mkdir per missing level.
            CreateDirectory(_directories[0]);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> to a temporary file beside <paramref name="path"/>, relative to the root with
    /// <c>/</c> separators (<see cref="OutputFile.Path"/>); with <see cref="Durability.EachFile"/>, flushed to disk.
    /// </summary>
    public void Stage(string path, ReadOnlySpan<byte> content)
    {
        if (_indexStaged)
        {
            throw new InvalidOperationException("The index is staged last.");
        }

        // In a directory written whole, files take their own names at once: the directory is what is renamed.
        var file = new Staged(path, _target is null ? TemporaryName.Next() : 0, DirectoryOf(path));
        if (_nativeRoot is not null)
        {
            WriteNative(file, content);
        }
        else
        {
            WritePortable(file, content);
        }

        _files.Add(file);
    }

    /// <summary>Like <see cref="Stage"/>, for the one file renamed last, once every other file is on disk.</summary>
    public void StageIndex(string path, ReadOnlySpan<byte> content)
    {
        Stage(path, content);
        _indexStaged = true;
    }

    /// <summary>Flushes the temporary files (unless already flushed), renames them over their targets, and flushes the directories.</summary>
    public void Commit()
    {
        if (_target is not null)
        {
            CommitDirectory();
            return;
        }

        var last = _indexStaged ? _files.Count - 1 : _files.Count;
        if (_durability == Durability.FileSystem)
        {
            // The temporary files' contents on disk, before any name points at them.
            FlushFileSystems();
        }

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

    /// <summary>Deletes the temporary files that were not renamed (after a failure), and closes the directories' files.</summary>
    public void Dispose()
    {
        for (var i = 0; i < _directories.Count; i++)
        {
            var directory = _directories[i];
            if (directory.Descriptor >= 0)
            {
                Libc.Close(directory.Descriptor);
            }
        }

        if (_target is not null)
        {
            // Not renamed into place: the temporary directory goes, with whatever was written in it.
            if (!_committed && Directory.Exists(_root))
            {
                Directory.Delete(_root, recursive: true);
            }

            return;
        }

        for (var i = 0; i < _files.Count; i++)
        {
            var file = _files[i];
            if (!file.Renamed)
            {
                DeleteTemporary(file);
            }
        }
    }

    // A directory written whole: everything in it on disk (contents and names) before its name appears, then that name.
    // With Durability.FileSystem one syncfs does each, through a file kept open: the new directories, and the parent the
    // temporary one was made in, are all on one file system (a directory just made is no mount point). With no file to
    // sync through, the directories are flushed one by one instead.
    private void CommitDirectory()
    {
        var syncVia = SyncVia();
        var durability = _durability == Durability.FileSystem && syncVia < 0 ? Durability.EachFile : _durability;
        if (durability == Durability.FileSystem)
        {
            SyncFileSystem(_directories[syncVia]);
        }
        else if (durability == Durability.EachFile)
        {
            // The files were flushed as they were written; their names are in these directories.
            for (var i = 0; i < _directories.Count; i++)
            {
                DirectorySync.Flush(Portable(_directories[i]));
            }
        }

        Span<byte> buffer = stackalloc byte[StackPathBytes];
        Libc.Replace(Native(buffer, "", temporary: 0), NativePath.Of(_target!));
        _committed = true;
        if (durability == Durability.FileSystem)
        {
            SyncFileSystem(_directories[syncVia]);
        }
        else if (durability == Durability.EachFile)
        {
            DirectorySync.Flush(Path.GetDirectoryName(_target)!);
        }
    }

    // The index in _directories of the first directory with a descriptor kept open for syncfs, or -1.
    private int SyncVia()
    {
        for (var i = 0; i < _directories.Count; i++)
        {
            if (_directories[i].Descriptor >= 0)
            {
                return i;
            }
        }

        return -1;
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

    private void WriteNative(Staged file, ReadOnlySpan<byte> content)
    {
        Span<byte> buffer = stackalloc byte[StackPathBytes];
        var temporary = Native(buffer, file.Path, file.Temporary);
        var descriptor = Libc.CreateNew(temporary);
        var directory = _directories[file.Directory];
        var keep = _durability == Durability.FileSystem && directory.Descriptor < 0;
        try
        {
            Libc.WriteAll(descriptor, content, temporary);
            if (_durability == Durability.EachFile)
            {
                Libc.Flush(descriptor, temporary);
            }
        }
        catch
        {
            Libc.Close(descriptor);
            Libc.Delete(temporary);
            throw;
        }

        if (keep)
        {
            _directories[file.Directory] = directory with { Descriptor = descriptor };
        }
        else
        {
            Libc.Close(descriptor);
        }
    }

    private void WritePortable(Staged file, ReadOnlySpan<byte> content)
    {
        var temporary = TemporaryName.Of(Portable(file.Path), file.Temporary);
        // The name is ours alone (create-new), so nothing needs locking: FileShare.Read keeps .NET's flock shared.
        using var handle = File.OpenHandle(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.Read);
        try
        {
            RandomAccess.Write(handle, content, fileOffset: 0);
            if (_durability == Durability.EachFile)
            {
                RandomAccess.FlushToDisk(handle);
            }
        }
        catch
        {
            handle.Dispose();
            File.Delete(temporary);
            throw;
        }
    }

    // The new names on disk, before the index names them (or, for the index, before the write returns).
    private void FlushNames(Staged? index)
    {
        switch (_durability)
        {
            case Durability.EachFile when index is null:
                for (var i = 0; i < _directories.Count; i++)
                {
                    var directory = _directories[i];
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
                SyncFileSystem(_directories[index.Value.Directory]);
                break;
        }
    }

    // One syncfs per directory: they are almost always on one file system, and the second finds nothing left to write.
    private void FlushFileSystems()
    {
        for (var i = 0; i < _directories.Count; i++)
        {
            var directory = _directories[i];
            if (directory.Descriptor >= 0)
            {
                SyncFileSystem(directory);
            }
        }
    }

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
            var path = Portable(file.Path);
            File.Move(TemporaryName.Of(path, file.Temporary), path, overwrite: true);
        }

        _files[index] = file with { Renamed = true };
    }

    private void SyncFileSystem(StagedDirectory directory)
    {
        Span<byte> buffer = stackalloc byte[StackPathBytes];
        Libc.SyncFileSystem(directory.Descriptor, Native(buffer, directory.Path.AsSpan(0, directory.Length), temporary: 0));
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
        public bool Renamed { get; init; }
    }

    // The directory is Path's first Length characters (Path is the first file staged there, or "" for the root).
    // Descriptor: with Durability.FileSystem, that of the first file staged there, kept open for syncfs; otherwise -1.
    private readonly record struct StagedDirectory(string Path, int Length)
    {
        public int Descriptor { get; init; } = -1;
    }
}
